"""Declaration of the ``JourneyNodeStats`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class JourneyNodeStats(Model):
    """How users fared at one node of a journey; a value of JourneyStats.nodes (view_journey_stats)."""

    kind: Optional[str] = declare(
        enum=('wait', 'time_window', 'send_push', 'send_email', 'send_sms', 'send_iam', 'send_webhook', 'tag',
              'split_range', 'yes_no', 'wait_until'),
        doc="Kind of the node, given again so that the stats read without the journey at hand.")
    waiting: Optional[int] = declare(doc="Number of users held at this node right now.")
    completed: Optional[int] = declare(doc="Number of users who went past this node the normal way.")
    exited_early: Optional[int] = declare(
        doc="Number of users who left the journey at this node because of an early exit rule.")
    message_stats: Optional[JourneyMessageStats] = declare(doc="For sending nodes: totals about the messages sent.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.journey_message_stats import JourneyMessageStats  # noqa: E402
