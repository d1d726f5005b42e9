"""Declaration of the ``GetSegmentSuccessResponse`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class GetSegmentSuccessResponse(Model):
    """How many subscribers a segment holds, and optionally its definition; answer of get_segment."""

    subscriber_count: Optional[int] = declare(doc="Number of subscribers the segment currently matches.")
    payload: Optional[SegmentDetails] = declare(
        doc="The segment's description and filters; present only when include_segment_detail was true.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.segment_details import SegmentDetails  # noqa: E402
