"""Declaration of the ``DeleteSegmentSuccessResponse`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class DeleteSegmentSuccessResponse(Model):
    """Answer of delete_segments (HTTP 200) once the segment was removed."""

    success: Optional[bool] = declare(doc="True when the segment was deleted.")
