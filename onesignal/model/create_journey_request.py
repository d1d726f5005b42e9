"""Declaration of the ``CreateJourneyRequest`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class CreateJourneyRequest(Model):
    """A new journey; body of create_journey, which answers the Journey made.

    A new journey is always a draft; fields the server owns (id, state...) are refused here.
    """

    name: str = declare(required=True, doc="Required: name of the journey, 300 characters at most.")
    description: Optional[str] = declare(
        nullable=True, doc="Longer text about the journey, 1024 characters at most.")
    audience: Optional[JourneyAudience] = declare(doc="Who enters the journey.")
    early_exit: Optional[JourneyEarlyExit] = declare(
        nullable=True, doc="Rules that take users out before the end; null or absent for none.")
    reentry_rules: Optional[JourneyReentryRules] = declare(
        nullable=True, doc="Whether and when a user may enter again; null or absent: never.")
    schedule: Optional[JourneySchedule] = declare(
        nullable=True, doc="Planned start and stop times; null or absent: none planned.")
    nodes: Optional[List[JourneyNode]] = declare(
        doc="The steps of the journey, in order; they must not carry an id (the server gives them one).")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.journey_audience import JourneyAudience  # noqa: E402
from onesignal.model.journey_early_exit import JourneyEarlyExit  # noqa: E402
from onesignal.model.journey_node import JourneyNode  # noqa: E402
from onesignal.model.journey_reentry_rules import JourneyReentryRules  # noqa: E402
from onesignal.model.journey_schedule import JourneySchedule  # noqa: E402
