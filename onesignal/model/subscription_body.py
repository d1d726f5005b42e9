"""Declaration of the ``SubscriptionBody`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class SubscriptionBody(Model):
    """A subscription in an object: body of create_subscription and the update_subscription calls.

    It is also the answer of create_subscription. The 2.x CreateSubscriptionRequestBody,
    UpdateSubscriptionRequestBody and InlineResponse201 are kinds of it.
    """

    subscription: Optional[SubscriptionObject] = declare(
        doc="The subscription sent or saved; a Subscription, a SubscriptionObject or a dict of their fields.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.subscription_object import SubscriptionObject  # noqa: E402
