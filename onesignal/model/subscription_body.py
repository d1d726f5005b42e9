"""Declaration of the ``SubscriptionBody`` model."""
from __future__ import annotations

from typing import Optional, TYPE_CHECKING

from onesignal.model_utils import Model, declare

if TYPE_CHECKING:
    from onesignal.model.subscription_object import SubscriptionObject


class SubscriptionBody(Model):
    """A subscription in an object: body of create_subscription and the update_subscription calls.

    It is also the answer of create_subscription. The 2.x CreateSubscriptionRequestBody,
    UpdateSubscriptionRequestBody and InlineResponse201 are kinds of it.
    """

    subscription: Optional[SubscriptionObject] = declare(
        doc="The subscription sent or saved; a Subscription, a SubscriptionObject or a dict of their fields.")
