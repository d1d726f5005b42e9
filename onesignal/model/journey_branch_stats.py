"""Declaration of the ``JourneyBranchStats`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class JourneyBranchStats(Model):
    """How many users went down one branch of a journey; a value of JourneyStats.branches (view_journey_stats)."""

    completed: Optional[int] = declare(doc="Number of users who took this branch.")
