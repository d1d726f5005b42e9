"""Declaration of the ``DuplicateJourneyOverrides`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class DuplicateJourneyOverrides(Model):
    """What the copy made by duplicate_journey takes instead of the source journey's settings.

    The overrides of a DuplicateJourneyRequest. Fields left out are copied from the source, except the schedule,
    which is never copied.
    """

    name: Optional[str] = declare(
        doc="Name of the copy, 300 characters at most; by default the source's name followed by ' (Copy)'.")
    description: Optional[str] = declare(
        nullable=True,
        doc="Description of the copy, 1024 characters at most; by default the source's; null leaves it empty.")
    audience: Optional[JourneyAudience] = declare(doc="Audience of the copy; by default the source's.")
    early_exit: Optional[JourneyEarlyExit] = declare(
        nullable=True, doc="Early exit rules of the copy; by default the source's.")
    reentry_rules: Optional[JourneyReentryRules] = declare(
        nullable=True, doc="Re-entry rules of the copy; by default the source's.")
    schedule: Optional[JourneySchedule] = declare(
        nullable=True, doc="Start and stop times of the copy; without it the copy has none.")
    nodes: Optional[List[JourneyNode]] = declare(
        doc="Whole list of nodes of the copy, replacing the copied graph; nodes must not carry an id.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.journey_audience import JourneyAudience  # noqa: E402
from onesignal.model.journey_early_exit import JourneyEarlyExit  # noqa: E402
from onesignal.model.journey_node import JourneyNode  # noqa: E402
from onesignal.model.journey_reentry_rules import JourneyReentryRules  # noqa: E402
from onesignal.model.journey_schedule import JourneySchedule  # noqa: E402
