"""What a handler receives and returns, and the small body-reading helpers they share."""

from __future__ import annotations

import math

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Optional

if TYPE_CHECKING:
    from onesignal.testing.state import App, Store

JsonObject = Dict[str, Any]
Query = Dict[str, List[str]]


class ApiError(Exception):
    """Raised by a handler to answer with an error status.

    The route decides how the message is rendered: as a plain string in
    ``errors`` (legacy endpoints) or as a ``{"code", "title"}`` object (user
    model endpoints).
    """

    def __init__(self, status: int, message: str, code: str = "invalid-request") -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code


@dataclass
class Call:
    """One routed request: the resolved app, path parameters, query and JSON body."""

    store: Store
    app: Optional[App]
    params: Dict[str, str] = field(default_factory=dict)
    query: Query = field(default_factory=dict)
    body: Any = None
    host: str = ""

    @property
    def the_app(self) -> App:
        """The app the request was authorised for (every app-key route has one)."""
        if self.app is None:
            raise ApiError(400, "app_id is required")
        return self.app

    def query_value(self, name: str) -> Optional[str]:
        """First value of a query parameter, or None when absent."""
        values = self.query.get(name)
        return values[0] if values else None

    def query_int(self, name: str, default: int, maximum: Optional[int] = None) -> int:
        """A non-negative integer query parameter, clamped to ``maximum`` when one is given."""
        raw = self.query_value(name)
        if raw is None or raw == "":
            return default
        try:
            number = int(raw)
        except ValueError:
            raise ApiError(400, f"{name} must be an integer, got {raw!r}") from None
        if number < 0:
            raise ApiError(400, f"{name} must not be negative")
        return number if maximum is None else min(number, maximum)

    def json_object(self, *, required: bool = True) -> JsonObject:
        """The body as a JSON object; an empty body gives {} when not required."""
        if self.body is None and not required:
            return {}
        if not isinstance(self.body, dict):
            raise ApiError(400, "the request body must be a JSON object")
        return self.body


@dataclass
class Reply:
    """An answer: a JSON body (None sends no body) or raw bytes for file downloads."""

    status: int = 200
    body: Any = None
    headers: Dict[str, str] = field(default_factory=dict)
    raw: Optional[bytes] = None
    content_type: str = "application/json; charset=utf-8"


Handler = Callable[[Call], Reply]


def string_list(body: JsonObject, key: str) -> List[str]:
    """A list of strings under ``key``; absent or null gives []."""
    value = body.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ApiError(400, f"{key} must be a list of strings")
    return value


def object_field(body: JsonObject, key: str, *, required: bool = False) -> JsonObject:
    """A nested JSON object under ``key``; absent gives {} unless required."""
    value = body.get(key)
    if value is None and not required:
        return {}
    if not isinstance(value, dict):
        raise ApiError(400, f"{key} must be a JSON object")
    return value


def required_string(body: JsonObject, key: str) -> str:
    """A non-empty string under ``key``."""
    value = body.get(key)
    if not isinstance(value, str) or value == "":
        raise ApiError(400, f"{key} is required and must be a non-empty string")
    return value


def number_or_none(value: Any, key: str) -> Optional[float]:
    """A JSON number (not a bool) or None; anything else is a 400."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ApiError(400, f"{key} must be a number")
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number):
        raise ApiError(400, f"{key} must be a finite number")
    return number
