"""Declaration of the ``CreateSubscriptionRequestBody`` model."""
from __future__ import annotations

from typing import Optional, TYPE_CHECKING

from onesignal.model_utils import Model, declare

if TYPE_CHECKING:
    from onesignal.model.subscription_object import SubscriptionObject


class CreateSubscriptionRequestBody(Model):
    """Body of create_subscription: a subscription to add to the user found by alias.

    Useful for adding an email address or SMS number.
    """

    subscription: Optional[SubscriptionObject] = declare(
        doc="The subscription to create: its type, token and device details.")
    retain_previous_owner: Optional[bool] = declare(
        doc="If the subscription already has an owner, true keeps it with that user instead of moving it.")
