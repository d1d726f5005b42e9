"""Checks of settings and helper arguments that are not model fields: keys, host, timeouts, bounded ints.

Each raises ``ApiTypeError`` (wrong type) or ``ApiValueError`` (right type, wrong value) naming the setting; a
key's value never appears in a message.
"""
from __future__ import annotations

import math
import os
import re
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple, Union
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


_KEY_SCHEMES = ("key", "basic", "bearer")


def clean_key(value: Any, name: str) -> Optional[str]:
    """A key without surrounding whitespace (keys read from files often end in a newline); None when empty.

    A key that could not travel in an HTTP header, or that was pasted with its scheme (``"Key abc"``: the SDK
    adds ``Key`` itself), is refused without showing it.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise ApiTypeError(f"expected str, got {type(value).__name__}", [name])
    problem = _key_problem(value.strip())
    if problem:
        del value  # the key is not left in this frame's locals for a traceback printer to show
        raise ApiValueError(problem + " (the value is not shown)", [name])
    return value.strip() or None


def _key_problem(key: str) -> str:
    """What makes ``key`` unusable, or "" when nothing does."""
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F or ord(ch) > 0xFF for ch in key):
        return "contains a control or non-Latin-1 character, so it cannot be sent in a header"
    scheme, space, _rest = key.partition(" ")
    if space and scheme.lower() in _KEY_SCHEMES:
        return (f"starts with {scheme!r}: give the key alone, the SDK sends it as 'Authorization: Key <key>' "
                "itself")
    if space:
        return "contains a space, which no OneSignal key has"
    return ""


def check_host(value: Any) -> str:
    """An http(s) base URL without a trailing slash; plain http to another machine warns that keys go in clear.

    A query, a fragment or credentials are refused: every request would go to the wrong place, or the
    credentials would show wherever the host is shown (they are never shown in the error either).
    """
    if not isinstance(value, str):
        raise ApiTypeError(f"expected str, got {type(value).__name__}", ["host"])
    host = value.strip().rstrip("/")
    parts = _url_parts(host, ["host"])
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ApiValueError("expected an http:// or https:// URL such as 'https://api.onesignal.com', "
                            f"got {_shown_url(value)!r}", ["host"])
    if "@" in parts.netloc:
        raise ApiValueError("must not carry a user name or password (keys go in app_key and user_key); got "
                            f"{_shown_url(host)!r}", ["host"])
    if parts.query or parts.fragment or "?" in host or "#" in host:
        raise ApiValueError("must not have a query ('?...') or fragment ('#...'): requests would not reach their "
                            f"paths; got {_shown_url(host)!r}", ["host"])
    if parts.scheme == "http" and parts.hostname not in _LOOPBACK_HOSTS and not parts.hostname.startswith("127."):
        import warnings
        warnings.warn(f"host {host!r} uses plain http: keys and data travel unencrypted", stacklevel=4)
    return host


def check_proxy(value: Any) -> Optional[str]:
    """None, or an http(s) proxy URL (``http://`` is assumed when no scheme is given); credentials in it are
    allowed (sent as ``Proxy-Authorization``) and never shown."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ApiTypeError(f"expected str (a URL such as 'http://proxy.internal:3128') or None, got "
                           f"{type(value).__name__}", ["proxy"])
    url = value.strip()
    if url and "://" not in url:
        url = "http://" + url
    parts = _url_parts(url, ["proxy"])
    if (parts.scheme not in ("http", "https") or not parts.hostname or parts.path.strip("/") or parts.query
            or parts.fragment or any(ch.isspace() for ch in url)):
        raise ApiValueError("expected an http:// or https:// proxy URL such as 'http://proxy.internal:3128', "
                            f"got {_shown_url(value)!r}", ["proxy"])
    return url


def _url_parts(url: str, path: List[str]) -> Any:
    """``urlsplit`` of ``url``, with a port that is not a number refused as an error naming the setting."""
    parts = urlsplit(url)
    try:
        parts.port
    except ValueError:
        raise ApiValueError(f"the port is not a number from 0 to 65535; got {_shown_url(url)!r}", path) from None
    return parts


def _shown_url(url: str) -> str:
    """A URL fit for an error message: credentials and query values masked."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "", url
    netloc, slash, tail = rest.partition("/")
    if "@" in netloc:
        netloc = "***@" + netloc.rpartition("@")[2]
    if "?" in netloc:
        netloc, _, query = netloc.partition("?")
        tail, slash = "?" + query, ""
    head, question, _query = tail.partition("?")
    return f"{scheme}{sep}{netloc}{slash}{head}{question}{'...' if question else ''}"


_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


def check_header(name: Any, value: Any, path: List[Any]) -> Tuple[str, str]:
    """A header name (an HTTP token) and value (Latin-1 text without control characters), else an error at
    ``path`` that never shows the value."""
    if not isinstance(name, str):
        raise ApiTypeError(f"a header name must be str, got {type(name).__name__}", path)
    if not _TOKEN.fullmatch(name):
        raise ApiValueError(f"{name!r} is not a valid header name", path)
    if not isinstance(value, str):
        raise ApiTypeError(f"the value of header {name!r} must be str, got {type(value).__name__}", path)
    if any((ord(ch) < 0x20 and ch != "\t") or ord(ch) == 0x7F or ord(ch) > 0xFF for ch in value):
        raise ApiValueError(f"the value of header {name!r} contains a line break, a control or a non-Latin-1 "
                            "character, so it cannot be sent (the value is not shown)", path)
    return name, value


def check_headers(value: Any, name: str) -> Dict[str, str]:
    """A mapping of header names to values (None for none), each checked."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ApiTypeError(f"expected a mapping of header names to values, got {type(value).__name__}", [name])
    return dict(check_header(k, v, [name]) for k, v in value.items())


def check_bool(value: Any, name: str) -> bool:
    if not isinstance(value, bool):
        raise ApiTypeError(f"expected bool, got {type(value).__name__}", [name])
    return value


def check_file(value: Any, name: str) -> Optional[str]:
    """None, or the path (str or path-like) of a file that exists."""
    if value is None:
        return None
    if not isinstance(value, (str, os.PathLike)):
        raise ApiTypeError(f"expected the path of a file (str or path-like), got {type(value).__name__}", [name])
    path = os.fspath(value)
    if not isinstance(path, str) or not os.path.isfile(path):
        raise ApiValueError(f"no such file: {path!r}", [name])
    return path


def check_assert_hostname(value: Any) -> Optional[Union[str, bool]]:
    """None (check the host's own name), False (no name check) or the name the certificate must carry."""
    if value is None or value is False or (isinstance(value, str) and value.strip()):
        return value
    raise ApiValueError(f"expected None, False or a host name, got {value!r}", ["assert_hostname"])


def check_seconds(value: Any, name: str) -> float:
    """A positive, finite number of seconds that a socket can wait."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise ApiTypeError(f"expected seconds (a positive number), got {type(value).__name__}", [name])
    seconds: float = value
    if not 0 < seconds <= MAX_TIMEOUT:
        raise ApiValueError(f"must be more than 0 and at most {MAX_TIMEOUT:.0f} seconds, got {value!r}", [name])
    return seconds


def suggest(name: str, known: Iterable[str]) -> str:
    """A hint naming the closest known field(s), for an error about an unknown one."""
    import difflib
    close = difflib.get_close_matches(name, list(known), n=3, cutoff=0.6)
    return f" (did you mean {' or '.join(map(repr, close))}?)" if close else ""
