"""Declaration of the ``UserIdentityRequestBody`` model."""
from __future__ import annotations

from typing import Any, Dict, Optional

from onesignal.model_utils import Model, declare


class UserIdentityRequestBody(Model):
    """Body of identify_user_by_alias and identify_user_by_subscription_id: aliases to add or change."""

    identity: Optional[Dict[str, Any]] = declare(doc="Aliases to upsert, alias label mapped to alias id.")
