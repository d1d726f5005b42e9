"""Declaration of the ``TransferSubscriptionRequestBody`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Limits, Model, declare


class TransferSubscriptionRequestBody(Model):
    """Body of transfer_subscription: aliases of the user who is to own the subscription."""

    identity: Optional[IdentityObject] = declare(
        limits=Limits(max_items=1),
        doc="One alias of the new owner, label mapped to id, e.g. {'external_id': 'u-1'}.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.identity_object import IdentityObject  # noqa: E402
