"""Declaration of the ``DeliveryData`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class DeliveryData(Model):
    """Delivery counters of a message, overall or for one platform.

    Part of NotificationWithMeta and of each PlatformDeliveryData entry.
    """

    successful: Optional[int] = declare(
        nullable=True, doc="Messages handed over to push services, mobile carriers or email providers.")
    failed: Optional[int] = declare(nullable=True, doc="Messages addressed to unsubscribed devices.")
    errored: Optional[int] = declare(nullable=True, doc="Number of errors reported during delivery.")
    converted: Optional[int] = declare(nullable=True, doc="Messages that were clicked.")
    received: Optional[int] = declare(nullable=True, doc="Devices that got the message.")
