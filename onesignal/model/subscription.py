"""Declaration of the ``Subscription`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class Subscription(Model):
    """One channel on which a user can be reached: a push-enabled device, an email address or a phone number.

    Item of a User's subscriptions and content of the subscription bodies and answers (create_subscription,
    update_subscription). The 2.x SubscriptionObject is a kind of it.
    """

    id: Optional[str] = declare(doc="OneSignal ID of the subscription.")
    type: Optional[str] = declare(
        enum=('iOSPush', 'AndroidPush', 'FireOSPush', 'ChromeExtensionPush', 'ChromePush', 'WindowsPush',
              'SafariLegacyPush', 'FirefoxPush', 'macOSPush', 'HuaweiPush', 'SafariPush', 'Email', 'SMS'),
        doc="Channel of the subscription: one of the push platforms (e.g. 'AndroidPush'), 'Email' or 'SMS'.")
    token: Optional[str] = declare(
        doc="Address messages are delivered to: push token, email address or E.164 phone number.")
    enabled: Optional[bool] = declare(doc="False stops all messages to this subscription.")
    notification_types: Optional[int] = declare(
        doc="Status code of the subscription: positive when it may receive messages, e.g. -2 once unsubscribed.")
    session_time: Optional[int] = declare(doc="Seconds spent in the app, summed over all sessions.")
    session_count: Optional[int] = declare(doc="How many sessions were recorded on this subscription.")
    sdk: Optional[str] = declare(doc="Version of the OneSignal SDK that created the subscription.")
    device_model: Optional[str] = declare(doc="Hardware model of the device, e.g. 'iPhone14,2'.")
    device_os: Optional[str] = declare(doc="Operating system version of the device, e.g. '17.4'.")
    rooted: Optional[bool] = declare(doc="True when the device is rooted or jailbroken.")
    test_type: Optional[int] = declare(
        doc="iOS push only: 1 for a development build, 2 for an ad hoc one; left out for App Store builds.")
    app_version: Optional[str] = declare(doc="Version of your app installed on the device.")
    net_type: Optional[int] = declare(doc="Code of the kind of network the device uses.")
    carrier: Optional[str] = declare(doc="Mobile network operator of the device.")
    web_auth: Optional[str] = declare(doc="Web push only: the auth secret of the browser subscription.")
    web_p256: Optional[str] = declare(doc="Web push only: the P-256 public key of the browser subscription.")
