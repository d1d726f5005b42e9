"""Declaration of the ``TransferSubscriptionRequestBody`` model."""
from __future__ import annotations

from typing import Optional, TYPE_CHECKING

from onesignal.model_utils import Limits, Model, declare

if TYPE_CHECKING:
    from onesignal.model.identity_object import IdentityObject


class TransferSubscriptionRequestBody(Model):
    """Body of transfer_subscription: aliases of the user who is to own the subscription."""

    identity: Optional[IdentityObject] = declare(
        limits=Limits(min_items=1, max_items=1),
        doc="One alias of the new owner, label mapped to id, e.g. {'external_id': 'u-1'}.")
