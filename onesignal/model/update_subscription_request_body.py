"""Declaration of the ``UpdateSubscriptionRequestBody`` model."""
from __future__ import annotations

from typing import Optional, TYPE_CHECKING

from onesignal.model_utils import Model, declare

if TYPE_CHECKING:
    from onesignal.model.subscription_object import SubscriptionObject


class UpdateSubscriptionRequestBody(Model):
    """Body of update_subscription: new values for an existing subscription."""

    subscription: Optional[SubscriptionObject] = declare(doc="The subscription properties to change.")
