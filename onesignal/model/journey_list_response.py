"""Declaration of the ``JourneyListResponse`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class JourneyListResponse(Model):
    """One page of an app's journeys, newest first; answer of view_journeys.

    The pages are read forward with a cursor: pass next_cursor as the cursor argument to get the next one.
    """

    _rows_field = "journeys"

    journeys: Optional[List[JourneyListItem]] = declare(
        doc="The journeys of this page, in short, the most recently created first.")
    has_more: Optional[bool] = declare(doc="True when further journeys come after this page.")
    next_cursor: Optional[str] = declare(
        doc="Token to pass as cursor to view_journeys for the next page; given only when has_more is true.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.journey_list_item import JourneyListItem  # noqa: E402
