"""Declaration of the ``UpdateSegmentRequest`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Limits, Model, declare


class UpdateSegmentRequest(Model):
    """Body of update_segment: a segment's new name, and optionally its new description and filters."""

    name: str = declare(
        limits=Limits(max_length=128),
        required=True, doc="Required: name of the segment, 128 characters at most.")
    description: Optional[str] = declare(
        limits=Limits(max_length=255),
        doc="Free text describing the segment, 255 characters at most; '' clears it, leaving it out keeps it.")
    filters: Optional[List[FilterExpression]] = declare(
        doc=("When given, replaces every filter of the segment: conditions on tags, activity, location... "
             "joined by AND/OR operators; 200 entries at most."))


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.filter_expression import FilterExpression  # noqa: E402
