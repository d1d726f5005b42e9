"""Declaration of the ``PlatformDeliveryDataSmsAllOf`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import declare
from onesignal.model.delivery_data import DeliveryData


class PlatformDeliveryDataSmsAllOf(DeliveryData):
    """SMS delivery counters of a notification.

    Combines DeliveryData with the figures reported by the SMS provider; the sms entry of PlatformDeliveryData.
    """

    provider_successful: Optional[int] = declare(nullable=True, doc="Messages the SMS provider reports as delivered.")
    provider_failed: Optional[int] = declare(nullable=True, doc="Recipients the SMS provider reports as not reached.")
    provider_errored: Optional[int] = declare(nullable=True, doc="Errors reported by the SMS provider.")
