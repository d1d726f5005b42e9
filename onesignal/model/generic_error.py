"""Declaration of the ``GenericError`` model."""
from __future__ import annotations

from typing import List, Optional, TYPE_CHECKING

from onesignal.model_utils import Model, declare

if TYPE_CHECKING:
    from onesignal.model.generic_error_errors_inner import GenericErrorErrorsInner


class GenericError(Model):
    """Error answer of most operations (HTTP 400, and 404 or 409 where they apply): a list of errors."""

    errors: Optional[List[GenericErrorErrorsInner]] = declare(doc="The errors found, each with a code and a title.")
