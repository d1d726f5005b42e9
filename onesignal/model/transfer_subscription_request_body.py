"""Declaration of the ``TransferSubscriptionRequestBody`` model."""
from __future__ import annotations

from typing import Any, Dict, Optional

from onesignal.model_utils import Model, declare


class TransferSubscriptionRequestBody(Model):
    """Body of transfer_subscription: aliases of the user who is to own the subscription."""

    identity: Optional[Dict[str, Any]] = declare(doc="Alias label mapped to alias id, naming the new owner.")
