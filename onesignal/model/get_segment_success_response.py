"""Declaration of the ``GetSegmentSuccessResponse`` model."""
from __future__ import annotations

from typing import Optional, TYPE_CHECKING

from onesignal.model_utils import Model, declare

if TYPE_CHECKING:
    from onesignal.model.segment_details import SegmentDetails


class GetSegmentSuccessResponse(Model):
    """How many subscribers a segment holds, and optionally its definition; answer of get_segment."""

    subscriber_count: Optional[int] = declare(doc="Number of subscribers the segment currently matches.")
    payload: Optional[SegmentDetails] = declare(
        doc="The segment's description and filters; present only when include_segment_detail was true.")
