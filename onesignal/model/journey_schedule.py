"""Declaration of the ``JourneySchedule`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class JourneySchedule(Model):
    """When a journey turns itself on and off, both optional; a null schedule means no planned activation.

    Sent in create_journey, update_journey and duplicate_journey, and part of the Journey they answer.
    """

    start_at: Optional[str] = declare(
        nullable=True,
        doc="ISO 8601 time, in UTC (Z or +00:00), at which the journey starts; 5 minutes from now at the earliest.")
    stop_at: Optional[str] = declare(
        nullable=True, doc="ISO 8601 time, in UTC, at which the journey stops; in the future and after start_at.")
    error: Optional[str] = declare(
        nullable=True, read_only=True,
        doc="Read-only: what went wrong while scheduling the journey, set only when something did.")
