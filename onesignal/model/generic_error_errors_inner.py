"""Declaration of the ``GenericErrorErrorsInner`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class GenericErrorErrorsInner(Model):
    """One error of a GenericError or RateLimiterError answer."""

    code: Optional[str] = declare(doc="Machine-readable code of the error.")
    title: Optional[str] = declare(doc="Short human-readable description of the error.")
