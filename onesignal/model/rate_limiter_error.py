"""Declaration of the ``RateLimiterError`` model."""
from __future__ import annotations

from typing import List, Optional, Union

from onesignal.model.rate_limit_error import RateLimitError
from onesignal.model_utils import declare


class RateLimiterError(RateLimitError):
    """Error answer of any operation with HTTP 429: too many requests were sent.

    This is the 2.x name of RateLimitError, and is also one. The 2.x description gives each error as an object
    with a code and a title, the 5.x one as a plain message: either is accepted.
    """

    # wider than RateLimitError's List[str] on purpose, hence the ignored assignment check
    errors: Optional[List[Union[GenericErrorErrorsInner, str]]] = declare(  # type: ignore[assignment]
        doc="The errors reported: objects with a code and a title, or plain messages.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.generic_error_errors_inner import GenericErrorErrorsInner  # noqa: E402
