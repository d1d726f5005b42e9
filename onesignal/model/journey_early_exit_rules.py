"""Declaration of the ``JourneyEarlyExitRules`` model."""
from __future__ import annotations

from typing import Optional, TYPE_CHECKING

from onesignal.model_utils import Model, declare

if TYPE_CHECKING:
    from onesignal.model.journey_early_exit_rules_on_event import JourneyEarlyExitRulesOnEvent
    from onesignal.model.journey_early_exit_rules_on_segment import JourneyEarlyExitRulesOnSegment


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
