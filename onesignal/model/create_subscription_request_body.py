"""Declaration of the ``CreateSubscriptionRequestBody`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model.subscription_body import SubscriptionBody
from onesignal.model_utils import declare


class CreateSubscriptionRequestBody(SubscriptionBody):
    """Body of create_subscription: a subscription to add to the user found by alias.

    Useful for adding an email address or SMS number. A 2.x name of SubscriptionBody, and also one, with one
    more field.
    """

    retain_previous_owner: Optional[bool] = declare(
        doc="If the subscription already has an owner, true keeps it with that user instead of moving it.")
