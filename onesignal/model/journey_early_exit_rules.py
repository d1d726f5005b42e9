"""Declaration of the ``JourneyEarlyExitRules`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class JourneyEarlyExitRules(Model):
    """The events that take a user out of a journey before its end; any one of them is enough.

    The rules of a JourneyEarlyExit, which needs at least one of them set.
    """

    on_segment: Optional[JourneyEarlyExitRulesOnSegment] = declare(
        nullable=True, doc="Leave when the user joins one of the listed segments.")
    when_not_in_audience: Optional[bool] = declare(
        nullable=True, doc="True: leave as soon as the user no longer fits the journey's audience; false by default.")
    on_session: Optional[bool] = declare(
        nullable=True, doc="True: leave when the user starts a new session; false by default.")
    on_event: Optional[JourneyEarlyExitRulesOnEvent] = declare(
        nullable=True, doc="Leave when the user sends the named custom event.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.journey_early_exit_rules_on_event import JourneyEarlyExitRulesOnEvent  # noqa: E402
from onesignal.model.journey_early_exit_rules_on_segment import JourneyEarlyExitRulesOnSegment  # noqa: E402
