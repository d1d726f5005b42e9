"""Declaration of the ``GetSegmentsSuccessResponse`` model."""
from __future__ import annotations

from typing import List, Optional, TYPE_CHECKING

from onesignal.model_utils import Model, declare

if TYPE_CHECKING:
    from onesignal.model.segment_data import SegmentData


class GetSegmentsSuccessResponse(Model):
    """One page of an app's segments, oldest first; answer of get_segments."""

    _rows_field = "segments"

    total_count: Optional[int] = declare(doc="Number of segments in the answer.")
    offset: Optional[int] = declare(doc="How many segments were skipped before this page, as asked (0 by default).")
    limit: Optional[int] = declare(doc="Largest number of segments a page holds, as asked (300 by default).")
    segments: Optional[List[SegmentData]] = declare(doc="The segments of this page.")
