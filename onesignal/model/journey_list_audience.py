"""Declaration of the ``JourneyListAudience`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class JourneyListAudience(Model):
    """The audience of a journey as view_journeys shows it: its kind only (view_journey gives the rest)."""

    kind: Optional[str] = declare(
        enum=('segment', 'event_trigger'),
        doc="'segment' (members of segments enter) or 'event_trigger' (users sending an event enter).")
