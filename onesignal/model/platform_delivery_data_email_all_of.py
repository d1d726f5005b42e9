"""Declaration of the ``PlatformDeliveryDataEmailAllOf`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import declare
from onesignal.model.delivery_data import DeliveryData


class PlatformDeliveryDataEmailAllOf(DeliveryData):
    """Email delivery counters of a notification.

    Combines DeliveryData with email engagement figures; the email entry of PlatformDeliveryData.
    """

    opened: Optional[int] = declare(nullable=True, doc="Total number of opens of the email.")
    unique_opens: Optional[int] = declare(nullable=True, doc="Distinct recipients who opened the email.")
    clicks: Optional[int] = declare(
        nullable=True, doc="Clicks on the email's links, repeated clicks by one recipient included.")
    unique_clicks: Optional[int] = declare(
        nullable=True, doc="Clicks on the email's links with repeats by the same recipient left out.")
    bounced: Optional[int] = declare(nullable=True, doc="Recipients not reached because of a hard or soft bounce.")
    reported_spam: Optional[int] = declare(nullable=True, doc="Recipients who marked the email as spam.")
    unsubscribed: Optional[int] = declare(
        nullable=True, doc="Recipients who opted out through this email's unsubscribe link.")
