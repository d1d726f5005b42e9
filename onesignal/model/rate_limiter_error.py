"""Declaration of the ``RateLimiterError`` model."""
from __future__ import annotations

from typing import List, Optional, TYPE_CHECKING

from onesignal.model_utils import Model, declare

if TYPE_CHECKING:
    from onesignal.model.generic_error_errors_inner import GenericErrorErrorsInner


class RateLimiterError(Model):
    """Error answer of any operation with HTTP 429: too many requests were sent."""

    errors: Optional[List[GenericErrorErrorsInner]] = declare(doc="The errors reported, each with a code and a title.")
