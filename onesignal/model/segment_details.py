"""Declaration of the ``SegmentDetails`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class SegmentDetails(Model):
    """A segment's description and filters, in the answer of get_segment when include_segment_detail is true."""

    id: Optional[str] = declare(doc="ID (UUID) of the segment.")
    name: Optional[str] = declare(doc="Name of the segment.")
    description: Optional[str] = declare(
        nullable=True, doc="Free text describing the segment, 255 characters at most; None when there is none.")
    created_at: Optional[int] = declare(doc="When the segment was made, as a Unix time in seconds.")
    source: Optional[str] = declare(
        enum=('default', 'custom', 'quickstart'),
        doc="Where the segment comes from: 'default' (made with the app), 'custom' or 'quickstart'.")
    filters: Optional[List[FilterExpression]] = declare(
        doc="The conditions and AND/OR operators that define the segment, as create_segment and update_segment take.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.filter_expression import FilterExpression  # noqa: E402
