"""Declaration of the ``CreateUserConflictResponse`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class CreateUserConflictResponse(Model):
    """Answer of create_user with HTTP 409: the aliases given identify more than one existing user."""

    errors: Optional[List[CreateUserConflictResponseErrorsInner]] = declare(
        doc="One entry per conflict, with a code, a title and the clashing aliases.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.create_user_conflict_response_errors_inner import CreateUserConflictResponseErrorsInner  # noqa: E402
