"""Declaration of the ``UpdateSegmentSuccessResponse`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class UpdateSegmentSuccessResponse(Model):
    """Outcome of a segment change; answer of update_segment."""

    success: Optional[bool] = declare(doc="True when the segment was changed.")
    id: Optional[str] = declare(doc="ID (UUID) of the segment that was changed.")
