"""Checks of settings and helper arguments that are not model fields: keys, host, timeouts, bounded ints.

Each raises ``ApiTypeError`` (wrong type) or ``ApiValueError`` (right type, wrong value) naming the setting; a
key's value never appears in a message.
"""
from __future__ import annotations

import math
from typing import Any, Optional
from urllib.parse import urlsplit

from onesignal.exceptions import ApiTypeError, ApiValueError

MAX_TIMEOUT = 1_000_000.0  # seconds; beyond this the socket layer overflows
_LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")


def check_int_range(value: Any, name: str, low: int, high: int) -> int:
    """``value`` when it is an int from ``low`` to ``high``."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise ApiTypeError(f"expected int, got {type(value).__name__}", [name])
    if not low <= value <= high:
        raise ApiValueError(f"must be from {low} to {high}, got {value!r}", [name])
    return value


def check_number(value: Any, name: str, low: float = 0.0) -> float:
    """A finite number (not a bool) of at least ``low``."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise ApiTypeError(f"expected a number, got {type(value).__name__}", [name])
    if not math.isfinite(value) or value < low:
        raise ApiValueError(f"must be a finite number of at least {low:g}, got {value!r}", [name])
    return value


def is_timeout(value: Any) -> bool:
    """Seconds (a positive, finite number) or a (connect, read) pair of them."""
    def seconds(v: Any) -> bool:
        return isinstance(v, (int, float)) and not isinstance(v, bool) and 0 < v <= MAX_TIMEOUT
    return seconds(value) or isinstance(value, (tuple, list)) and len(value) == 2 and all(map(seconds, value))


def check_timeout(value: Any, path: Any) -> Any:
    if not is_timeout(value):
        raise ApiTypeError(f"expected seconds (a positive number) or a (connect, read) pair, got {value!r}", path)
    return value


def clean_key(value: Any, name: str) -> Optional[str]:
    """A key without surrounding whitespace (keys read from files often end in a newline); None when empty.

    A key that could not travel in an HTTP header is refused without showing it.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise ApiTypeError(f"expected str, got {type(value).__name__}", [name])
    key = value.strip()
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F or ord(ch) > 0xFF for ch in key):
        raise ApiValueError("contains a control or non-Latin-1 character, so it cannot be sent in a header "
                            "(the value is not shown)", [name])
    return key or None


def check_host(value: Any) -> str:
    """An http(s) base URL without a trailing slash; plain http to another machine warns that keys go in clear."""
    if not isinstance(value, str):
        raise ApiTypeError(f"expected str, got {type(value).__name__}", ["host"])
    host = value.strip().rstrip("/")
    parts = urlsplit(host)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ApiValueError(f"expected an http:// or https:// URL such as 'https://api.onesignal.com', "
                            f"got {value!r}", ["host"])
    if parts.scheme == "http" and parts.hostname not in _LOOPBACK_HOSTS and not parts.hostname.startswith("127."):
        import warnings
        warnings.warn(f"host {host!r} uses plain http: keys and data travel unencrypted", stacklevel=4)
    return host
