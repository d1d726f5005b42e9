"""Declaration of the ``Journey`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class Journey(Model):
    """A journey in full: its audience, its graph of nodes, its rules and its state.

    Answer of view_journey, create_journey, update_journey, update_journey_node and duplicate_journey.
    """

    id: Optional[str] = declare(read_only=True, doc="Read-only: ID (UUID) of the journey.")
    app_id: Optional[str] = declare(read_only=True, doc="Read-only: ID (UUID) of the app that owns the journey.")
    name: Optional[str] = declare(doc="Name of the journey, 300 characters at most.")
    description: Optional[str] = declare(
        nullable=True, doc="Longer text about the journey, 1024 characters at most; empty unless one was given.")
    state: Optional[str] = declare(
        enum=('draft', 'scheduled', 'processing', 'active', 'archived'),
        doc=("Where the journey stands: 'draft' when created, 'scheduled', 'processing' (briefly, while it is "
             "being activated), 'active', or 'archived' once stopped; changed with update_journey."))
    created_at: Optional[str] = declare(read_only=True, doc="Read-only: when the journey was created, ISO 8601.")
    updated_at: Optional[str] = declare(read_only=True, doc="Read-only: when the journey last changed, ISO 8601.")
    started_at: Optional[str] = declare(
        nullable=True, read_only=True,
        doc=("Read-only: when the journey was activated, ISO 8601, else null; it can stay null for a short "
             "while after the state is set to 'active', until the activation is done."))
    archived_at: Optional[str] = declare(
        nullable=True, read_only=True, doc="Read-only: when the journey was archived, ISO 8601, else null.")
    created_source: Optional[str] = declare(
        nullable=True, read_only=True,
        doc="Read-only: where the journey was made, e.g. 'public_api' or 'dashboard'.")
    audience: Optional[JourneyAudience] = declare(doc="Who enters the journey.")
    early_exit: Optional[JourneyEarlyExit] = declare(
        nullable=True, doc="Rules that take users out before the end; null when there are none.")
    reentry_rules: Optional[JourneyReentryRules] = declare(
        nullable=True, doc="Whether and when a user may enter again; null when nobody enters twice.")
    schedule: Optional[JourneySchedule] = declare(
        nullable=True, doc="Planned start and stop times; null when none is planned.")
    nodes: Optional[List[JourneyNode]] = declare(doc="The steps of the journey, in the order users go through them.")
    concurrency_key: Optional[str] = declare(
        read_only=True,
        doc=("Read-only token of this version of the journey: give it back, untouched, to update_journey or "
             "update_journey_node to have the change refused (409) if someone else changed the journey meanwhile."))


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.journey_audience import JourneyAudience  # noqa: E402
from onesignal.model.journey_early_exit import JourneyEarlyExit  # noqa: E402
from onesignal.model.journey_node import JourneyNode  # noqa: E402
from onesignal.model.journey_reentry_rules import JourneyReentryRules  # noqa: E402
from onesignal.model.journey_schedule import JourneySchedule  # noqa: E402
