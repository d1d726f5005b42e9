"""The exceptions the SDK raises.

``OpenApiException`` is the base of every one of them: ``except onesignal.OpenApiException`` catches any error
the SDK raises. Under it, ``ApiException`` is the base of every error that comes from a request: an answer with
a failing status has a class of its own per common status, an answer that cannot be read is an
``ApiException`` with the status it came with, and a request that never got an answer raises
``ApiConnectionError`` (or its ``ApiTimeoutError``). ``ApiTypeError``, ``ApiValueError``, ``ApiKeyError`` and
``ApiAttributeError`` report bad input and settings before anything is sent, with the path of the offending
value; they are also ``TypeError``, ``ValueError``, ``KeyError`` and ``AttributeError``.
"""
from __future__ import annotations

import json
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple, Type, Union

from onesignal.headers import header_value

PathItem = Union[str, int]


class OpenApiException(Exception):
    """Base of every exception this package raises: catch it to catch any error of the SDK."""


def render_path(path: Optional[Sequence[PathItem]]) -> str:
    """``["Notification", "buttons", 0, "id"]`` -> ``Notification.buttons[0].id``."""
    text = ""
    for item in path or ():
        if isinstance(item, int):
            text += f"[{item}]"
        else:
            text += f".{item}" if text else item
    return text


class _PathError(OpenApiException):
    """An input error that knows where in the input it happened."""

    def __init__(self, msg: str, path_to_item: Optional[Sequence[PathItem]] = None) -> None:
        self.path_to_item = list(path_to_item or ())
        where = render_path(self.path_to_item)
        super().__init__(f"{where}: {msg}" if where else msg)


class ApiTypeError(_PathError, TypeError):
    """A value of the wrong type, a missing required value or an unknown name."""

    def __init__(
        self,
        msg: str,
        path_to_item: Optional[Sequence[PathItem]] = None,
        valid_classes: Optional[Sequence[type]] = None,
        key_type: Optional[bool] = None,
    ) -> None:
        self.valid_classes = tuple(valid_classes or ())
        self.key_type = key_type
        super().__init__(msg, path_to_item)


class ApiValueError(_PathError, ValueError):
    """A value of the right type that is not allowed, such as an enum value outside its set."""


class ApiAttributeError(_PathError, AttributeError):
    """An attribute that a model does not have."""


class ApiKeyError(_PathError, KeyError):
    """A key that a model does not have, or an API key that is not configured."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def _error_messages(body: Any) -> List[str]:
    """Collect the human-readable messages from any error body shape the API uses."""
    errors = body.get("errors") if isinstance(body, dict) else body
    if errors is None:
        return []
    if isinstance(errors, str):
        return [errors]
    if isinstance(errors, dict):
        return [f"{key}: {', '.join(map(str, value)) if isinstance(value, list) else value}"
                for key, value in errors.items()]
    messages: List[str] = []
    for item in errors if isinstance(errors, list) else [errors]:
        if isinstance(item, dict):
            title = item.get("title") or item.get("message") or ""
            code = item.get("code")
            messages.append(f"{code}: {title}" if code and title else str(title or code or item))
        else:
            messages.append(str(item))
    return messages


TOO_DEEP = "The answer is nested too deeply to be read"


def _read_error_body(body: Optional[str]) -> Tuple[List[str], bool, Optional[str]]:
    """The messages of an error body, whether it is JSON, and what kept it from being read, if anything."""
    if not body:
        return [], True, None
    try:
        return _error_messages(json.loads(body)), True, None
    except RecursionError:
        return [], False, TOO_DEEP
    except ValueError:
        return [], False, None


def flat_messages(errors: Any) -> List[str]:
    """The messages of an ``errors`` value (a string, a list of strings or objects, or an object) as strings.

    Also takes the decoded ``errors`` of an answer (a model, such as the ``errors`` of a create_notification
    that reached nobody), so that either of the API's shapes gives one list of strings.
    """
    if hasattr(errors, "to_dict"):
        errors = errors.to_dict()
    if isinstance(errors, str):
        return [errors]
    if isinstance(errors, list):
        return [item if isinstance(item, str) else str(item.get("title") or item.get("code"))
                for item in errors if isinstance(item, str) or isinstance(item, dict)
                and (item.get("title") or item.get("code")) is not None]
    if isinstance(errors, dict):
        return sorted(f"{key}: {value if isinstance(value, str) else json.dumps(value, separators=(',', ':'))}"
                      for key, value in errors.items())
    return []


class ApiException(OpenApiException):
    """A request that failed: the server answered with a failing status, or never answered.

    ``status``, ``reason``, ``body`` (text) and ``headers`` describe the answer; ``errors`` holds the messages
    parsed from the error body, ``request_id`` the server's ``x-request-id``, ``retry_after`` its
    ``Retry-After`` in seconds. ``idempotency_key`` is set on a
    failed ``create_notification`` so the caller can repeat the send without a duplicate. ``detail`` says what
    was wrong with an answer that came but could not be used (not JSON, too deeply nested, not the declared
    type); ``body`` keeps that answer.
    """

    def __init__(
        self,
        status: Optional[int] = None,
        reason: Optional[str] = None,
        http_resp: Any = None,
        *,
        body: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
        detail: Optional[str] = None,
    ) -> None:
        if http_resp is not None:
            status = http_resp.status if status is None else status
            reason = http_resp.reason if reason is None else reason
            raw = http_resp.data
            body = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
            headers = http_resp.headers
        self.status = status
        self.reason = reason
        self.body = body
        self.headers: Dict[str, str] = dict(headers or {})
        self.request_id: Optional[str] = header_value(self.headers, "x-request-id")
        self.idempotency_key: Optional[str] = None
        self.retry_after: Optional[float] = None  # seconds the server asked to wait (Retry-After), if it did
        self.errors, self.body_is_json, unreadable = _read_error_body(body)
        if status is not None and 200 <= status < 300:
            self.errors = []  # an answer that succeeded but could not be used: its body holds no error messages
        self.detail = detail or unreadable
        super().__init__(status, reason)

    @property
    def error_messages(self) -> List[str]:
        """The error messages of the body as one flat list of strings, whatever envelope the API used: each
        string of ``{"errors": [...]}`` as it is, the title (or code) of each ``{"code", "title"}`` item, and
        ``"<key>: <value>"`` for each entry of an object such as ``{"errors": {"invalid_aliases": ...}}``.
        Compare them with the constants of ``onesignal.errors.OneSignalErrors``."""
        try:
            body = json.loads(self.body) if self.body else None
            return flat_messages(body.get("errors") if isinstance(body, dict) else None)
        except (ValueError, RecursionError):
            return []

    def __reduce__(self) -> Any:
        return (_rebuild_exception, (type(self), self.args, self.__dict__))

    def __str__(self) -> str:
        head = f"({self.status})" if self.status is not None else "(no answer)"
        text = f"{head} {self.reason or ''}".rstrip()
        if self.detail:
            text += f"\n{self.detail}"
            if self.body:
                text += f"; it starts with: {self.body[:200]!r}"
        elif self.errors:
            text += "\nErrors: " + "; ".join(self.errors)
        elif self.body and not self.body_is_json:
            text += f"\nThe answer is not JSON; it starts with: {self.body[:200]!r}"
        elif self.body:
            text += f"\nBody: {self.body[:500]}"
        if self.request_id:
            text += f"\nRequest id: {self.request_id}"
        if self.idempotency_key:
            text += f"\nIdempotency key: {self.idempotency_key}"
        return text


def _rebuild_exception(cls: Type[ApiException], args: Any, state: Dict[str, Any]) -> ApiException:
    """Unpickle an ``ApiException`` whatever its constructor takes (pickling must work across processes)."""
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class BadRequestException(ApiException):
    """400: the API refused the request as malformed or invalid."""


class UnauthorizedException(ApiException):
    """401: the key is missing or not valid."""


class ForbiddenException(ApiException):
    """403: the key is valid but may not do this."""


class NotFoundException(ApiException):
    """404: the app, user, subscription, player, segment or notification does not exist."""


class ConflictException(ApiException):
    """409: the request conflicts with what exists (a duplicate segment name, an alias owned elsewhere)."""


class RateLimitException(ApiException):
    """429: too many requests; ``retry_after`` is the delay in seconds the server asked for, if any."""


class ServiceException(ApiException):
    """5xx: the API failed to handle the request."""


class ApiConnectionError(ApiException):
    """The request got no answer: the connection failed or was dropped.

    ``failure`` says how, for whoever decides to repeat it (``onesignal.retry.Failure``: not sent, lost, fatal).
    """

    def __init__(self, reason: str) -> None:
        super().__init__(None, reason)
        self.failure: Any = None


class ApiTimeoutError(ApiConnectionError):
    """The server took longer to connect or answer than the timeout allows."""


_BY_STATUS: Dict[int, Type[ApiException]] = {
    400: BadRequestException,
    401: UnauthorizedException,
    403: ForbiddenException,
    404: NotFoundException,
    409: ConflictException,
    429: RateLimitException,
}


def exception_class_for(status: int) -> Type[ApiException]:
    """The exception class for an answer with this failing status."""
    if status >= 500:
        return ServiceException
    return _BY_STATUS.get(status, ApiException)
