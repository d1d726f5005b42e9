"""Declaration of the ``CreateUserConflictResponseErrorsInner`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class CreateUserConflictResponseErrorsInner(Model):
    """One error of a CreateUserConflictResponse."""

    code: Optional[str] = declare(doc="Machine-readable code of the error.")
    title: Optional[str] = declare(doc="Short human-readable description of the error.")
    meta: Optional[CreateUserConflictResponseErrorsItemsMeta] = declare(
        doc="Details of the conflict, i.e. the aliases that clash.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.create_user_conflict_response_errors_items_meta import (  # noqa: E402
    CreateUserConflictResponseErrorsItemsMeta,
)
