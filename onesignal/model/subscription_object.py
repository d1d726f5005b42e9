"""Declaration of the ``SubscriptionObject`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class SubscriptionObject(Model):
    """A subscription of a user: one channel to reach them on (a push device, an email address or a phone number).

    Part of User and of the subscription bodies and answers.
    """

    id: Optional[str] = declare(doc="OneSignal id of the subscription.")
    type: Optional[str] = declare(
        enum=('iOSPush', 'AndroidPush', 'FireOSPush', 'ChromeExtensionPush', 'ChromePush', 'WindowsPush',
              'SafariLegacyPush', 'FirefoxPush', 'macOSPush', 'HuaweiPush', 'SafariPush', 'Email', 'SMS'),
        doc="Kind of subscription: a push platform (e.g. 'iOSPush', 'ChromePush'), 'Email' or 'SMS'.")
    token: Optional[str] = declare(doc="Where messages go: the push token, the email address or the phone number.")
    enabled: Optional[bool] = declare(doc="Whether the subscription may receive messages.")
    notification_types: Optional[float] = declare(
        doc="Subscription status code, e.g. 1 for subscribed and -2 for unsubscribed (a number: the reference "
            "SDK takes floats here).")
    session_time: Optional[float] = declare(doc="Total time spent in the app on this subscription.")
    session_count: Optional[float] = declare(doc="Number of sessions on this subscription.")
    sdk: Optional[str] = declare(doc="Name and version of the SDK that registered the subscription.")
    device_model: Optional[str] = declare(doc="Make and model of the device, e.g. 'iPhone5,1'.")
    device_os: Optional[str] = declare(doc="Version of the device's operating system, e.g. '7.0.4'.")
    rooted: Optional[bool] = declare(doc="Whether the device is rooted (jailbroken).")
    test_type: Optional[float] = declare(
        doc="Push, iOS only: build type for choosing the certificate: 1 development, 2 ad hoc; unset for App Store.")
    app_version: Optional[str] = declare(doc="Version of your app on the device, e.g. '1.1'.")
    net_type: Optional[float] = declare(doc="Code of the network type the device is connected through.")
    carrier: Optional[str] = declare(doc="Mobile carrier of the device.")
    web_auth: Optional[str] = declare(doc="Push, web only: auth secret of the browser's push subscription.")
    web_p256: Optional[str] = declare(doc="Push, web only: P-256 public key of the browser's push subscription.")
