"""Declaration of the ``UserIdentityResponse`` model."""
from __future__ import annotations

from typing import Any, Dict, Optional

from onesignal.model_utils import Model, declare


class UserIdentityResponse(Model):
    """Aliases of the user who owns a subscription.

    Answer of fetch_aliases, identify_user_by_subscription_id and transfer_subscription.
    """

    identity: Optional[Dict[str, Any]] = declare(doc="All aliases of the user, alias label mapped to alias id.")
