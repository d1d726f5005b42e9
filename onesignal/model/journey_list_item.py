"""Declaration of the ``JourneyListItem`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class JourneyListItem(Model):
    """A journey in short, as one row of view_journeys (a JourneyListResponse).

    It leaves out the description, nodes, early exit rules and concurrency_key; view_journey gives them.
    """

    id: Optional[str] = declare(read_only=True, doc="Read-only: ID (UUID) of the journey.")
    app_id: Optional[str] = declare(read_only=True, doc="Read-only: ID (UUID) of the app that owns the journey.")
    name: Optional[str] = declare(doc="Name of the journey, 300 characters at most.")
    state: Optional[str] = declare(
        enum=('draft', 'scheduled', 'processing', 'active', 'archived'),
        doc=("Where the journey stands: 'draft' when created, 'scheduled', 'processing' (briefly, while it is "
             "being activated), 'active', or 'archived' once stopped."))
    created_at: Optional[str] = declare(read_only=True, doc="Read-only: when the journey was created, ISO 8601.")
    updated_at: Optional[str] = declare(read_only=True, doc="Read-only: when the journey last changed, ISO 8601.")
    started_at: Optional[str] = declare(
        nullable=True, read_only=True, doc="Read-only: when the journey was activated, ISO 8601, else null.")
    archived_at: Optional[str] = declare(
        nullable=True, read_only=True, doc="Read-only: when the journey was archived, ISO 8601, else null.")
    created_source: Optional[str] = declare(
        nullable=True, read_only=True,
        doc="Read-only: where the journey was made, e.g. 'public_api' or 'dashboard'.")
    schedule: Optional[JourneySchedule] = declare(
        nullable=True, doc="Planned start and stop times; null when none is planned.")
    audience: Optional[JourneyListAudience] = declare(doc="The kind of audience the journey has.")
    reentry_rules: Optional[JourneyReentryRules] = declare(
        nullable=True, doc="Whether and when a user may enter again; null when nobody enters twice.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.journey_list_audience import JourneyListAudience  # noqa: E402
from onesignal.model.journey_reentry_rules import JourneyReentryRules  # noqa: E402
from onesignal.model.journey_schedule import JourneySchedule  # noqa: E402
