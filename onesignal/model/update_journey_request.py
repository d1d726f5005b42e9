"""Declaration of the ``UpdateJourneyRequest`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class UpdateJourneyRequest(Model):
    """Changes to a journey; body of update_journey, which answers the updated Journey.

    It is a JSON merge patch (RFC 7396): fields left out stay as they are, a null clears a nullable field, and a
    list such as nodes replaces the old one as a whole.
    """

    name: Optional[str] = declare(doc="New name of the journey.")
    description: Optional[str] = declare(nullable=True, doc="New description; null clears it.")
    audience: Optional[JourneyAudience] = declare(doc="New audience.")
    early_exit: Optional[JourneyEarlyExit] = declare(
        nullable=True, doc="New early exit rules; null removes them all.")
    reentry_rules: Optional[JourneyReentryRules] = declare(
        nullable=True, doc="New re-entry rules; null stops users from entering twice.")
    schedule: Optional[JourneySchedule] = declare(
        nullable=True, doc="New start and stop times; null removes the planned times.")
    nodes: Optional[List[JourneyNode]] = declare(
        doc=("The whole new list of nodes, replacing the old graph: keep the id of each node read before to "
             "keep the users waiting on it; a node without id is a new one."))
    state: Optional[str] = declare(
        enum=('draft', 'scheduled', 'active', 'archived'),
        doc=("State to move to: 'active' starts a draft now, 'scheduled' (with a future schedule.start_at) starts "
             "it later, 'archived' stops it for good; only scheduled or processing journeys go back to 'draft'."))
    concurrency_key: Optional[str] = declare(
        nullable=True,
        doc=("concurrency_key of the journey as last read: the update is refused (409) if the journey changed "
             "since; leave out to skip the check."))


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.journey_audience import JourneyAudience  # noqa: E402
from onesignal.model.journey_early_exit import JourneyEarlyExit  # noqa: E402
from onesignal.model.journey_node import JourneyNode  # noqa: E402
from onesignal.model.journey_reentry_rules import JourneyReentryRules  # noqa: E402
from onesignal.model.journey_schedule import JourneySchedule  # noqa: E402
