"""Declaration of the ``JourneyCondition`` model."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from onesignal.model_utils import Model, declare


class JourneyCondition(Model):
    """The test that decides whether a user takes a branch of a yes_no or wait_until node.

    The condition of a JourneyBranch, in journeys sent to and answered by create_journey, update_journey,
    update_journey_node and view_journey; kind tells which of the other fields are used.
    """

    kind: str = declare(
        required=True, enum=('segment_membership', 'on_notification_action', 'event_trigger'),
        doc=("Required: 'segment_membership' (the user is or is not in segments), 'on_notification_action' "
             "(the user acted on a message the journey sent) or 'event_trigger' (the user sent an event)."))
    included_segment_ids: Optional[List[str]] = declare(
        doc="For kind 'segment_membership': IDs (UUIDs) of segments the user has to be in.")
    excluded_segment_ids: Optional[List[str]] = declare(
        doc="For kind 'segment_membership': IDs (UUIDs) of segments the user must not be in.")
    action: Optional[str] = declare(
        enum=('received', 'clicked', 'opened'),
        doc=("For kind 'on_notification_action': the action waited for, 'received', 'clicked' or 'opened'; "
             "which apply depends on the channel of the sending node."))
    sending_node_id: Optional[str] = declare(
        doc="For kind 'on_notification_action': id of the node that sent the message; answers always give it.")
    client_node_id: Optional[str] = declare(
        doc=("For kind 'on_notification_action', when sending only: the sending node named by its client_node_id "
             "instead of its id (handy for nodes created in the same request)."))
    name: Optional[str] = declare(
        doc="For kind 'event_trigger': name of the custom event; 255 characters at most.")
    attributes: Optional[List[List[JourneyEventAttribute]]] = declare(
        doc=("For kind 'event_trigger': tests on the event's properties, as a list holding one group of "
             "JourneyEventAttribute that must all hold (a JourneyEventTriggerAttributes); one group at most."))
    entry_event_match_attributes: Optional[List[Dict[str, Any]]] = declare(
        nullable=True,
        doc=("For kind 'event_trigger', in journeys entered by an event only: matches between the properties of "
             "this event and those of the event that made the user enter."))


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.journey_event_attribute import JourneyEventAttribute  # noqa: E402
