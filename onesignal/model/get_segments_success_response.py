"""Declaration of the ``GetSegmentsSuccessResponse`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class GetSegmentsSuccessResponse(Model):
    """One page of an app's segments, oldest first; answer of get_segments."""

    _rows_field = "segments"

    total_count: Optional[int] = declare(doc="Number of segments in the answer.")
    offset: Optional[int] = declare(doc="How many segments were skipped before this page, as asked (0 by default).")
    limit: Optional[int] = declare(doc="Largest number of segments a page holds, as asked (300 by default).")
    segments: Optional[List[SegmentData]] = declare(doc="The segments of this page.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.segment_data import SegmentData  # noqa: E402
