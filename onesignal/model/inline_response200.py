"""Declaration of the ``InlineResponse200`` model."""
from __future__ import annotations

from typing import Any, Dict, Optional

from onesignal.model_utils import Model, declare


class InlineResponse200(Model):
    """Answer of fetch_user_identity, identify_user_by_alias and delete_alias: the user's aliases."""

    identity: Optional[Dict[str, Any]] = declare(doc="All aliases of the user, alias label mapped to alias id.")
