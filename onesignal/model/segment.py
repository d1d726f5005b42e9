"""Declaration of the ``Segment`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class Segment(Model):
    """A segment: a named group of devices defined by filters.

    Body of create_segments.
    """

    id: Optional[str] = declare(doc="UUID of the segment; the server assigns one when it is left out.")
    name: str = declare(required=True, doc="Name of the segment, as the dashboard shows it.")
    filters: List[FilterExpressions] = declare(
        required=True, doc="Filters, joined by 'AND'/'OR' operators, that decide which devices are in the segment.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.filter_expressions import FilterExpressions  # noqa: E402
