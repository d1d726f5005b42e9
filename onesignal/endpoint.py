"""The shape of an endpoint declaration: what ``ApiClient`` needs to build a request and read its answer."""
from __future__ import annotations

from typing import NamedTuple, Optional, Tuple

APP_KEY = "app_key"
USER_KEY = "user_key"

# Methods whose repetition cannot change the outcome; others are repeated only when marked idempotent.
REPEATABLE_METHODS = frozenset(("GET", "PUT", "DELETE"))


class Param(NamedTuple):
    """One argument of an endpoint method and where it goes on the wire."""

    name: str
    location: str  # "path", "query" or "body"
    type: str = "str"
    required: bool = True
    wire: Optional[str] = None  # the wire name when it differs from ``name``
    enum: Optional[Tuple[object, ...]] = None
    doc: str = ""

    @property
    def wire_name(self) -> str:
        return self.wire or self.name


class Endpoint(NamedTuple):
    """One operation of the API."""

    name: str
    method: str
    path: str
    auth: str  # APP_KEY or USER_KEY: the Configuration attribute holding the key it needs
    params: Tuple[Param, ...] = ()
    returns: Optional[str] = None  # model class name for any 2xx answer; None when the answer has no body
    idempotency_field: Optional[str] = None  # body field that makes a POST safe to repeat

    @property
    def repeatable(self) -> bool:
        return self.method in REPEATABLE_METHODS or self.idempotency_field is not None
