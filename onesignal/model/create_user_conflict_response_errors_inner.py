"""Declaration of the ``CreateUserConflictResponseErrorsInner`` model."""
from __future__ import annotations

from typing import Optional, TYPE_CHECKING

from onesignal.model_utils import Model, declare

if TYPE_CHECKING:
    from onesignal.model.create_user_conflict_response_errors_items_meta import (
        CreateUserConflictResponseErrorsItemsMeta,
    )


class CreateUserConflictResponseErrorsInner(Model):
    """One error of a CreateUserConflictResponse."""

    code: Optional[str] = declare(doc="Machine-readable code of the error.")
    title: Optional[str] = declare(doc="Short human-readable description of the error.")
    meta: Optional[CreateUserConflictResponseErrorsItemsMeta] = declare(
        doc="Details of the conflict, i.e. the aliases that clash.")
