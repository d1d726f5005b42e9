"""Declaration of the ``CreateUserConflictResponseErrorsItemsMeta`` model."""
from __future__ import annotations

from typing import Any, Dict, Optional

from onesignal.model_utils import Model, declare


class CreateUserConflictResponseErrorsItemsMeta(Model):
    """Details of a create_user conflict error."""

    conflicting_aliases: Optional[Dict[str, Any]] = declare(
        doc="The aliases that point to different existing users, keyed by alias label.")
