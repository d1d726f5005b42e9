"""Declaration of the ``NotificationWithMetaAllOf`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class NotificationWithMetaAllOf(Model):
    """Delivery counters and timing of a notification.

    The part NotificationWithMeta adds to the notification itself.
    """

    remaining: Optional[int] = declare(
        doc="Messages not sent yet, because processing is still going on or delivery was delayed.")
    successful: Optional[int] = declare(doc="Messages delivered successfully.")
    failed: Optional[int] = declare(doc="Messages not delivered because the target devices are unsubscribed.")
    errored: Optional[int] = declare(doc="Messages not delivered because of an error; the dashboard shows the details.")
    converted: Optional[int] = declare(doc="Users who clicked or tapped the notification.")
    queued_at: Optional[int] = declare(doc="Unix time (seconds) when the notification was created.")
    send_after: Optional[int] = declare(nullable=True, doc="Unix time (seconds) when delivery is to start.")
    completed_at: Optional[int] = declare(
        nullable=True, doc="Unix time (seconds) when delivery ended; subtract send_after to get its duration.")
    platform_delivery_stats: Optional[PlatformDeliveryData] = declare(doc="Delivery counters split by target platform.")
    received: Optional[int] = declare(
        nullable=True,
        doc="Paid plans: confirmed deliveries, i.e. devices that got the push; always 0 on free accounts.")
    throttle_rate_per_minute: Optional[int] = declare(
        nullable=True,
        doc=("Paid plans: pushes sent per minute; null if throttling is off for app or notification, or on free "
             "accounts."))
    canceled: Optional[bool] = declare(doc="True when the notification was canceled before it went out.")
    email_bcc: Optional[List[str]] = declare(
        nullable=True, doc="Email: the blind-copy addresses this email notification was sent with.")
    bcc_sent: Optional[int] = declare(nullable=True, doc="Email: how many blind copies were delivered.")
    email_warm_up: Optional[EmailWarmUp] = declare(
        doc="Email, Auto Warm Up campaigns: the stages of the campaign with their progress.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.email_warm_up import EmailWarmUp  # noqa: E402
from onesignal.model.platform_delivery_data import PlatformDeliveryData  # noqa: E402
