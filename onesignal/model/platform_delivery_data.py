"""Declaration of the ``PlatformDeliveryData`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class PlatformDeliveryData(Model):
    """Delivery counters of a notification split by target platform.

    Found as platform_delivery_stats in NotificationWithMeta.
    """

    edge_web_push: Optional[DeliveryData] = declare(doc="Counters for web push to Microsoft Edge.")
    chrome_web_push: Optional[DeliveryData] = declare(doc="Counters for web push to Chrome.")
    firefox_web_push: Optional[DeliveryData] = declare(doc="Counters for web push to Firefox.")
    safari_web_push: Optional[DeliveryData] = declare(doc="Counters for web push to Safari.")
    android: Optional[DeliveryData] = declare(doc="Counters for push to Android devices.")
    ios: Optional[DeliveryData] = declare(doc="Counters for push to iOS devices.")
    sms: Optional[PlatformDeliveryDataSmsAllOf] = declare(
        doc="Counters for SMS, including the figures reported by the SMS provider.")
    email: Optional[PlatformDeliveryDataEmailAllOf] = declare(
        doc="Counters for email, including opens, clicks, bounces, spam reports and unsubscribes.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.delivery_data import DeliveryData  # noqa: E402
from onesignal.model.platform_delivery_data_email_all_of import PlatformDeliveryDataEmailAllOf  # noqa: E402
from onesignal.model.platform_delivery_data_sms_all_of import PlatformDeliveryDataSmsAllOf  # noqa: E402
