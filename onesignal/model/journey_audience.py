"""Declaration of the ``JourneyAudience`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class JourneyAudience(Model):
    """Who enters a journey: the members of segments, or the users who fire a custom event.

    Part of Journey and of the bodies of create_journey, update_journey and duplicate_journey; kind tells
    which of the other fields are used.
    """

    kind: str = declare(
        required=True, enum=('segment', 'event_trigger'),
        doc="Required: 'segment' (users of the included segments enter) or 'event_trigger' (users sending an event).")
    included_segment_ids: Optional[List[str]] = declare(
        doc="For kind 'segment': IDs (UUIDs) of the segments whose users enter the journey.")
    excluded_segment_ids: Optional[List[str]] = declare(
        doc="For kind 'segment': IDs (UUIDs) of the segments whose users are kept out.")
    future_additions_only: Optional[bool] = declare(
        nullable=True,
        doc="For kind 'segment': true lets in only users who join the segments after activation; false by default.")
    name: Optional[str] = declare(
        doc="For kind 'event_trigger': name of the custom event that makes a user enter; 255 characters at most.")
    attributes: Optional[List[List[JourneyEventAttribute]]] = declare(
        doc=("For kind 'event_trigger': tests on the event's properties, as a list holding one group of "
             "JourneyEventAttribute that must all hold (a JourneyEventTriggerAttributes); one group at most."))


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.journey_event_attribute import JourneyEventAttribute  # noqa: E402
