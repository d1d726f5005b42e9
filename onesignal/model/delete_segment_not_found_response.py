"""Declaration of the ``DeleteSegmentNotFoundResponse`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class DeleteSegmentNotFoundResponse(Model):
    """Answer of delete_segments with HTTP 404: no such segment in the app."""

    success: Optional[bool] = declare(doc="Whether a segment was deleted; false here.")
