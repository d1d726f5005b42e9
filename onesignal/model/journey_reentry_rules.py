"""Declaration of the ``JourneyReentryRules`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Limits, Model, declare


class JourneyReentryRules(Model):
    """Whether a user who went through a journey may enter it again, and after how long.

    A null value means users never enter twice. Part of Journey and JourneyListItem, and of the bodies of
    create_journey, update_journey and duplicate_journey.
    """

    duration_seconds: Optional[int] = declare(
        limits=Limits(minimum=600),
        nullable=True, doc="Seconds that must pass before the same user can enter again; 600 (10 minutes) at least.")
