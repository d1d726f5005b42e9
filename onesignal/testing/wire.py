"""What a handler receives and returns, and the small body-reading helpers they share."""

from __future__ import annotations

import math

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Optional, Sequence

if TYPE_CHECKING:
    from onesignal.testing.state import App, Store

JsonObject = Dict[str, Any]
Query = Dict[str, List[str]]


ACCESS_DENIED = (
    "Access denied.  Please include an 'Authorization: ...' header with a valid API key "
    "(https://documentation.onesignal.com/docs/en/keys-and-ids#api-keys)."
)


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


class AccessDenied(ApiError):
    """A missing, unknown or misplaced key: 403 with the API's own text, as a plain string on every route."""

    def __init__(self) -> None:
        super().__init__(403, ACCESS_DENIED, "access-denied")


@dataclass
class Call:
    """One routed request: the resolved app, path parameters, query and JSON body."""

    store: Store
    app: Optional[App]
    params: Dict[str, str] = field(default_factory=dict)
    query: Query = field(default_factory=dict)
    body: Any = None
    host: str = ""
    headers: Dict[str, str] = field(default_factory=dict)
    client: str = "127.0.0.1"

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

    def query_list(self, name: str) -> List[str]:
        """Every value of a repeated query parameter, sent as ``name=a&name=b`` or ``name[]=a&name[]=b``."""
        return [*self.query.get(name, []), *self.query.get(f"{name}[]", [])]

    def header(self, name: str) -> Optional[str]:
        """A request header looked up case-insensitively."""
        for key, value in self.headers.items():
            if key.lower() == name.lower():
                return value
        return None

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


def text_map(value: Any, key: str) -> JsonObject:
    """A LanguageStringMap (language code -> text) given as ``key``, copied."""
    if not isinstance(value, dict) or not all(isinstance(text, str) for text in value.values()):
        raise ApiError(400, f"{key} must map language codes to text")
    return dict(value)


def required_string(body: JsonObject, key: str, max_length: Optional[int] = None) -> str:
    """A non-empty string under ``key``, at most ``max_length`` characters when given."""
    value = body.get(key)
    if not isinstance(value, str) or value == "":
        raise ApiError(400, f"{key} is required and must be a non-empty string")
    check_length(value, key, max_length)
    return value


def optional_string(body: JsonObject, key: str, max_length: Optional[int] = None) -> Optional[str]:
    """A string or null under ``key`` (absent gives None), at most ``max_length`` characters when given."""
    value = body.get(key)
    if value is not None and not isinstance(value, str):
        raise ApiError(400, f"{key} must be a string")
    check_length(value, key, max_length)
    return value


def check_length(value: Optional[str], key: str, max_length: Optional[int]) -> None:
    """400 when ``value`` is longer than ``max_length`` characters."""
    if value is not None and max_length is not None and len(value) > max_length:
        raise ApiError(400, f"{key} must be at most {max_length} characters")


def one_of(value: Any, key: str, allowed: Sequence[str]) -> str:
    """``value`` when it is one of ``allowed``, else a 400 listing them."""
    if not isinstance(value, str) or value not in allowed:
        raise ApiError(400, f"{key} must be one of {', '.join(allowed)}, got {value!r}")
    return value


def bool_field(body: JsonObject, key: str) -> Optional[bool]:
    """true, false or None (absent or null) under ``key``."""
    value = body.get(key)
    if value is not None and not isinstance(value, bool):
        raise ApiError(400, f"{key} must be true or false")
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
