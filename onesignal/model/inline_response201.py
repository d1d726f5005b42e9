"""Declaration of the ``InlineResponse201`` model."""
from __future__ import annotations

from onesignal.model.subscription_body import SubscriptionBody


class InlineResponse201(SubscriptionBody):
    """Answer of create_subscription (HTTP 201 or 202): the subscription as saved.

    A 2.x name of SubscriptionBody: it has the same field and is also one.
    """
