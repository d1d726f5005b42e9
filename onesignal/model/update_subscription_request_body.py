"""Declaration of the ``UpdateSubscriptionRequestBody`` model."""
from __future__ import annotations

from onesignal.model.subscription_body import SubscriptionBody


class UpdateSubscriptionRequestBody(SubscriptionBody):
    """Body of update_subscription: new values for an existing subscription.

    A 2.x name of SubscriptionBody: it has the same field and is also one.
    """
