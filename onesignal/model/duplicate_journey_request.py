"""Declaration of the ``DuplicateJourneyRequest`` model."""
from __future__ import annotations

from typing import Optional, TYPE_CHECKING

from onesignal.model_utils import Model, declare

if TYPE_CHECKING:
    from onesignal.model.duplicate_journey_overrides import DuplicateJourneyOverrides


class DuplicateJourneyRequest(Model):
    """Optional body of duplicate_journey, which copies a journey into a new draft and answers that Journey.

    Without a body, or without overrides, the copy keeps everything of the source but its schedule and its
    name (which gets ' (Copy)' appended).
    """

    overrides: Optional[DuplicateJourneyOverrides] = declare(
        doc="Settings of the copy that differ from the source journey.")
