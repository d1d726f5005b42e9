"""Declaration of the ``SubscriptionObject`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model.subscription import Subscription
from onesignal.model_utils import declare


class SubscriptionObject(Subscription):
    """A subscription of a user: one channel to reach them on (a push device, an email address or a phone number).

    Part of User and of the subscription bodies and answers. This is the 2.x name of Subscription: it has the same
    fields, takes floats where Subscription says integer (as the 2.x SDK does), and is also a Subscription.
    """

    # Wider than Subscription's int on purpose (the 2.x types), hence the ignored assignment checks.
    notification_types: Optional[float] = declare(  # type: ignore[assignment]
        doc="Subscription status code, e.g. 1 for subscribed and -2 for unsubscribed (a number: the reference "
            "SDK takes floats here).")
    session_time: Optional[float] = declare(  # type: ignore[assignment]
        doc="Total time spent in the app on this subscription.")
    session_count: Optional[float] = declare(  # type: ignore[assignment]
        doc="Number of sessions on this subscription.")
    test_type: Optional[float] = declare(  # type: ignore[assignment]
        doc="Push, iOS only: build type for choosing the certificate: 1 development, 2 ad hoc; unset for App Store.")
    net_type: Optional[float] = declare(  # type: ignore[assignment]
        doc="Code of the network type the device is connected through.")
