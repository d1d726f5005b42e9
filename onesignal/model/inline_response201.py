"""Declaration of the ``InlineResponse201`` model."""
from __future__ import annotations

from typing import Optional, TYPE_CHECKING

from onesignal.model_utils import Model, declare

if TYPE_CHECKING:
    from onesignal.model.subscription_object import SubscriptionObject


class InlineResponse201(Model):
    """Answer of create_subscription (HTTP 201 or 202): the subscription as saved."""

    subscription: Optional[SubscriptionObject] = declare(doc="The subscription that was created.")
