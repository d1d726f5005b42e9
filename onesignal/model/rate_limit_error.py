"""Declaration of the ``RateLimitError`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class RateLimitError(Model):
    """Error answer of an operation refused with HTTP 429 because too many requests came in too short a time.

    The 2.x answer RateLimiterError is a kind of it.
    """

    errors: Optional[List[str]] = declare(doc="What went wrong, one message per problem.")
    limit: Optional[str] = declare(doc="Which rate limit was hit, as the server names it.")
