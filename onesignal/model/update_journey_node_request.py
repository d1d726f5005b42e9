"""Declaration of the ``UpdateJourneyNodeRequest`` model."""
from __future__ import annotations

from typing import Dict, List, Optional

from onesignal.model_utils import Limits, Model, declare


class UpdateJourneyNodeRequest(Model):
    """Changes to one node of a journey; body of update_journey_node, which answers the whole Journey.

    It is a JSON merge patch (RFC 7396): only the fields sent change, a null clears a field, and the rest of the
    node and of the journey stays as it was.
    """

    client_node_id: Optional[str] = declare(
        doc=("Your own name for the node, unique in the journey, by which other parts of the same request can "
             "point at it; kept and given back."))
    annotation: Optional[str] = declare(
        doc="Free note on the node, 255 characters at most; kept as is and without effect on the journey.")
    duration_seconds: Optional[int] = declare(
        limits=Limits(minimum=60, maximum=31556952),
        nullable=True, doc="For wait nodes: how long a user is held, in seconds, 60 to 31556952 (one year).")
    relative_to: Optional[str] = declare(
        enum=('schedule_in_timezone', 'last_active_time'),
        doc=("For time_window nodes: 'schedule_in_timezone' holds users until one of the windows opens, "
             "'last_active_time' times the hold from when the user was last active."))
    windows: Optional[List[JourneyTimeWindow]] = declare(
        doc=("For time_window nodes with relative_to 'schedule_in_timezone' (needed then, left out otherwise): "
             "the windows in which users may go on."))
    time_zone: Optional[str] = declare(
        doc="For time_window nodes: IANA time zone (e.g. 'Europe/Paris') used when the user's own is unknown.")
    use_user_time_zone: Optional[bool] = declare(
        nullable=True, doc="For time_window nodes: true reads the windows in the user's time zone when it is known.")
    template_id: Optional[str] = declare(
        doc="For send_push, send_email and send_sms nodes: ID (UUID) of the template sent.")
    iam_id: Optional[str] = declare(doc="For send_iam nodes: ID (UUID) of the in-app message shown.")
    user_ttl_seconds: Optional[int] = declare(
        limits=Limits(minimum=1),
        nullable=True, doc="For send_iam nodes: how long, in seconds (1 at least), the in-app message stays available.")
    webhook_id: Optional[str] = declare(doc="For send_webhook nodes: ID (UUID) of the webhook called.")
    assignments: Optional[Dict[str, str]] = declare(
        doc=("For tag nodes: tags set on the user, key to value (keys up to 255 characters, values up to 1024); "
             "an empty value deletes the tag."))
    randomize_on_entry: Optional[bool] = declare(
        nullable=True,
        doc="For split_range nodes: true picks each user's branch at random on entry; false by default.")
    branches: Optional[List[JourneyBranch]] = declare(
        doc=("For branching nodes, their paths: split_range takes 2 to 20 weighted branches, yes_no exactly 2, "
             "wait_until 1 to 10 with conditions."))
    expiration: Optional[JourneyWaitUntilExpiration] = declare(
        nullable=True, doc="For wait_until nodes: the time limit, and what it does; null waits for ever.")
    concurrency_key: Optional[str] = declare(
        nullable=True,
        doc=("concurrency_key of the journey as last read: the change is refused (409) if the journey changed "
             "since; leave out to skip the check. It is not stored on the node."))


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.journey_branch import JourneyBranch  # noqa: E402
from onesignal.model.journey_time_window import JourneyTimeWindow  # noqa: E402
from onesignal.model.journey_wait_until_expiration import JourneyWaitUntilExpiration  # noqa: E402
