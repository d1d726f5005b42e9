"""Declaration of the ``SegmentData`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class SegmentData(Model):
    """A summary of one segment of an app; an item of the answer of get_segments."""

    id: Optional[str] = declare(doc="ID (UUID) of the segment.")
    name: Optional[str] = declare(doc="Name of the segment, as used in included_segments and excluded_segments.")
    created_at: Optional[str] = declare(doc="When the segment was made, as the server formats it.")
    updated_at: Optional[str] = declare(doc="When the segment was last changed, as the server formats it.")
    app_id: Optional[str] = declare(doc="ID (UUID) of the app the segment belongs to.")
    read_only: Optional[bool] = declare(doc="True when the segment cannot be changed.")
    is_active: Optional[bool] = declare(doc="True when the segment is active.")
