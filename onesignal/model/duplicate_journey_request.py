"""Declaration of the ``DuplicateJourneyRequest`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class DuplicateJourneyRequest(Model):
    """Optional body of duplicate_journey, which copies a journey into a new draft and answers that Journey.

    Without a body, or without overrides, the copy keeps everything of the source but its schedule and its
    name (which gets ' (Copy)' appended).
    """

    overrides: Optional[DuplicateJourneyOverrides] = declare(
        doc="Settings of the copy that differ from the source journey.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.duplicate_journey_overrides import DuplicateJourneyOverrides  # noqa: E402
