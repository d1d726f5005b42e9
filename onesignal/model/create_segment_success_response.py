"""Declaration of the ``CreateSegmentSuccessResponse`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class CreateSegmentSuccessResponse(Model):
    """Answer of create_segments (HTTP 201) once the segment was created."""

    success: Optional[bool] = declare(doc="True when the segment was created.")
    id: Optional[str] = declare(doc="UUID of the new segment.")
