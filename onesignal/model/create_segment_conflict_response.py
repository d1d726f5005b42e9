"""Declaration of the ``CreateSegmentConflictResponse`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class CreateSegmentConflictResponse(Model):
    """Answer of create_segments with HTTP 409 (conflict): the segment was not created."""

    success: Optional[bool] = declare(doc="Whether the request succeeded; false here.")
    errors: Optional[List[str]] = declare(doc="Messages describing the conflict.")
