"""Settings of an ``ApiClient``: where to send requests, which keys to use, and how to connect.

Every setting is checked when it is given and whenever it is assigned, with an error naming it; a name that is
not a setting is refused with the closest one suggested. Settings changed after a client was made apply to its
next request: timeouts, retries, host and keys are read per call, and a change to the proxy, TLS or pool size
makes the client rebuild its connection pool before that request.
"""
from __future__ import annotations

import os
from typing import Any, Callable, Dict, FrozenSet, Generic, Iterator, Mapping, Optional, Tuple, TypeVar, Union, overload

from onesignal.exceptions import ApiAttributeError, ApiTypeError, ApiValueError, OpenApiException
from onesignal.validation import (check_assert_hostname, check_bool, check_file, check_headers, check_host,
                                  check_int_range, check_number, check_proxy, check_seconds, check_timeout,
                                  clean_key, suggest)

DEFAULT_HOST = "https://api.onesignal.com"
DEFAULT_CALL_TIMEOUT = 300.0
Timeout = Union[float, Tuple[float, float]]
T = TypeVar("T")

_MASK = "***"
_SHOWN = ("host", "app_key", "user_key", "timeout", "call_timeout", "retries", "backoff_factor", "backoff_max",
          "retry_after_max", "proxy", "proxy_headers", "ssl_ca_cert", "verify_ssl", "cert_file", "key_file",
          "assert_hostname", "connection_pool_maxsize", "debug")


def split_proxy_auth(url: str) -> Tuple[str, Optional[str]]:
    """``"http://user:pass@proxy:3128"`` -> ``("http://proxy:3128", "user:pass")``; no credentials -> None."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "http", url
    netloc, slash, path = rest.partition("/")
    auth, at, hostport = netloc.rpartition("@")
    return f"{scheme}://{hostport}{slash}{path}", (auth if at else None)


_KEY_ALIASES = {"rest_api_key": "app_key", "organization_api_key": "user_key"}


def _from_env(name: str, alias: str) -> Optional[str]:
    value, alias_value = os.environ.get(name) or None, os.environ.get(alias) or None
    if value is not None and alias_value is not None and value.strip() != alias_value.strip():
        raise ApiValueError(f"the environment sets {name} and {alias} to different keys; set one of them "
                            "(the values are not shown)", [name])
    return value if value is not None else alias_value


class _Setting(Generic[T]):
    """A checked setting: ``Configuration.__setattr__`` runs ``check(value, name)`` on every assignment and keeps
    the result in the instance, where reading finds it as fast as any attribute. ``shapes_connections`` marks
    the settings a connection pool is built from, whose change makes clients rebuild their pool."""

    def __init__(self, check: Callable[[Any, str], T], doc: str, *, shapes_connections: bool = False) -> None:
        self.check = check
        self.shapes_connections = shapes_connections
        self.__doc__ = doc
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: Any = None) -> "_Setting[T]": ...

    @overload
    def __get__(self, obj: "Configuration", owner: Any = None) -> T: ...

    def __get__(self, obj: Optional["Configuration"], owner: Any = None) -> Any:
        if obj is None:
            return self
        raise AttributeError(self.name)  # only before the setting was first assigned


def _retries(value: Any, name: str) -> int:
    return check_int_range(value, name, 0, 100)


def _pool_size(value: Any, name: str) -> int:
    return check_int_range(value, name, 1, 1000)


def _timeout(value: Any, name: str) -> Timeout:
    result: Timeout = check_timeout(value, [name])
    return result


def _host(value: Any, name: str) -> str:
    return check_host(value)


def _proxy(value: Any, name: str) -> Optional[str]:
    return check_proxy(value)


class ProxyHeaders(Mapping[str, str]):
    """The headers sent to the proxy, read-only: a change is made by assigning ``proxy_headers`` again, so that
    it is checked and reaches the connection pool."""

    def __init__(self, headers: Mapping[str, str]) -> None:
        self._headers = dict(headers)

    def __getitem__(self, name: str) -> str:
        return self._headers[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._headers)

    def __len__(self) -> int:
        return len(self._headers)

    def __repr__(self) -> str:
        return repr({name: _MASK for name in self._headers})  # values may be credentials


def _proxy_headers(value: Any, name: str) -> Mapping[str, str]:
    return ProxyHeaders(check_headers(value, name))


def _hostname(value: Any, name: str) -> Optional[Union[str, bool]]:
    return check_assert_hostname(value)


_INIT_NAMES: Dict[type, Optional[FrozenSet[str]]] = {}


def _init_names(cls: type) -> Optional[FrozenSet[str]]:
    """The keyword names ``cls.__init__`` takes (None when it takes any)."""
    if cls not in _INIT_NAMES:
        code = cls.__init__.__code__  # type: ignore[misc]
        takes_any = bool(code.co_flags & 0x08)  # CO_VARKEYWORDS
        names = code.co_varnames[1:code.co_argcount + code.co_kwonlyargcount]
        _INIT_NAMES[cls] = None if takes_any else frozenset(names)
    return _INIT_NAMES[cls]


def _unknown_setting(name: str, known: Any) -> str:
    return f"unknown setting {name!r}{suggest(name, sorted(known))}"


class Configuration:
    """Connection and authentication settings.

    ``app_key`` is the app's REST API key (most operations), ``user_key`` the organization's key (apps, API
    keys, template copies, audit logs). The 5.x SDK calls them ``rest_api_key`` and ``organization_api_key``:
    both names are accepted, as arguments and as attributes, and name the same setting. Neither key is ever
    shown by ``repr`` or ``str``.

    HTTP settings: ``timeout`` bounds each attempt (seconds, or a ``(connect, read)`` pair: the connect part
    limits opening the connection, the read part the whole answer; default 10 s and 60 s), ``call_timeout``
    the whole call with its retries and waits (default 300 s); ``retries`` (extra attempts after a failure
    that is safe to repeat; 0 switches retrying off), ``backoff_factor`` and ``backoff_max`` (the wait before
    retry n is about ``backoff_factor * 2**(n-1)`` seconds with jitter, at most ``backoff_max``),
    ``retry_after_max`` (a ``Retry-After`` longer than this is not waited for: the error is raised at once).
    TLS is verified against ``ssl_ca_cert`` (certifi's bundle by default); ``cert_file``/``key_file`` give a
    client certificate; ``proxy`` routes through an HTTP proxy.
    """

    host = _Setting(_host, "Base URL of the API, ``https://api.onesignal.com`` by default.")
    timeout = _Setting(_timeout, "Seconds, or a (connect, read) pair, that each attempt may take unless a call "
                                 "says otherwise; the read part bounds the whole answer.")
    call_timeout = _Setting(check_seconds, "Seconds that a whole call may take, retries and the waits between "
                                           "them included (300 by default).")
    retries = _Setting(_retries, "Extra attempts after a failure that is safe to repeat (0 to 100).")
    backoff_factor = _Setting(check_number, "Seconds before the first retry; each further one doubles.")
    backoff_max = _Setting(check_number, "The longest wait between two attempts without a Retry-After.")
    retry_after_max = _Setting(check_number, "The longest Retry-After waited for; a longer one is raised at once.")
    proxy = _Setting(_proxy, "An http(s) proxy URL (credentials in it are sent as Proxy-Authorization).",
                     shapes_connections=True)
    proxy_headers = _Setting(_proxy_headers, "Headers sent to the proxy.", shapes_connections=True)
    ssl_ca_cert = _Setting(check_file, "A CA bundle file to verify the server with (certifi's when None).",
                           shapes_connections=True)
    verify_ssl = _Setting(check_bool, "Whether the server's TLS certificate is verified (True by default).",
                          shapes_connections=True)
    cert_file = _Setting(check_file, "A client certificate file.", shapes_connections=True)
    key_file = _Setting(check_file, "The private key file of the client certificate.", shapes_connections=True)
    assert_hostname = _Setting(_hostname, "The host name the certificate must carry (None: the host's own; "
                                          "False: not checked).", shapes_connections=True)
    connection_pool_maxsize = _Setting(_pool_size, "Connections kept open per host (1 to 1000).",
                                       shapes_connections=True)

    def __new__(cls, *args: Any, **kwargs: Any) -> "Configuration":
        known = _init_names(cls)
        unknown = [name for name in kwargs if known is not None and name not in known]
        if unknown:
            raise ApiTypeError(_unknown_setting(unknown[0], known or ()), ["Configuration"])
        return super().__new__(cls)

    def __init__(
        self,
        host: Optional[str] = None,
        app_key: Optional[str] = None,
        user_key: Optional[str] = None,
        *,
        timeout: Timeout = (10.0, 60.0),
        call_timeout: float = DEFAULT_CALL_TIMEOUT,
        retries: int = 2,
        backoff_factor: float = 0.5,
        backoff_max: float = 8.0,
        retry_after_max: float = 60.0,
        proxy: Optional[str] = None,
        proxy_headers: Optional[Mapping[str, str]] = None,
        ssl_ca_cert: Optional[str] = None,
        verify_ssl: bool = True,
        cert_file: Optional[str] = None,
        key_file: Optional[str] = None,
        assert_hostname: Optional[Union[str, bool]] = None,
        connection_pool_maxsize: int = 16,
        debug: bool = False,
        rest_api_key: Optional[str] = None,
        organization_api_key: Optional[str] = None,
    ) -> None:
        self._connection_generation = 0
        problem = self._take_keys(app_key, rest_api_key, user_key, organization_api_key)
        del app_key, rest_api_key, user_key, organization_api_key  # out of this frame before any error below
        if problem is not None:
            raise problem.with_traceback(None)
        self.host = host or DEFAULT_HOST
        self.timeout = timeout
        self.call_timeout = call_timeout
        self.retries = retries
        self.backoff_factor = backoff_factor
        self.backoff_max = backoff_max
        self.retry_after_max = retry_after_max
        self.proxy = proxy
        self.proxy_headers = proxy_headers  # type: ignore[assignment]  # None: no headers
        self.ssl_ca_cert = ssl_ca_cert
        self.verify_ssl = verify_ssl
        self.cert_file = cert_file
        self.key_file = key_file
        self.assert_hostname = assert_hostname
        self.connection_pool_maxsize = connection_pool_maxsize
        self.debug = debug
        self.check_client_certificate()

    def check_client_certificate(self) -> None:
        """Refuse a ``key_file`` without its ``cert_file`` (when given, and again when a pool is built from
        settings assigned one at a time)."""
        if self.key_file and not self.cert_file:
            raise ApiValueError("a key file needs its certificate: give cert_file too", ["key_file"])

    def _take_keys(self, app_key: Any, rest_api_key: Any, user_key: Any, organization_api_key: Any
                   ) -> Optional[OpenApiException]:
        """Store both keys, given under either of their names; the error instead of raising it, so that the
        caller can drop the keys from its frame first. Two different values for one key are refused."""
        try:
            for name, alias, value, alias_value in (("app_key", "rest_api_key", app_key, rest_api_key),
                                                    ("user_key", "organization_api_key", user_key,
                                                     organization_api_key)):
                if (value is not None and alias_value is not None
                        and clean_key(value, name) != clean_key(alias_value, alias)):
                    raise ApiValueError(f"{name} and {alias} name the same key but were given different values "
                                        "(the values are not shown)", [name])
                given = (value, name) if value is not None else (alias_value, alias)
                object.__setattr__(self, "_" + name, clean_key(*given))
        except OpenApiException as error:
            return error
        return None

    @classmethod
    def from_env(cls, **overrides: Any) -> "Configuration":
        """Read the keys and host from the environment; explicit arguments win.

        The app key comes from ``ONESIGNAL_APP_KEY`` or ``ONESIGNAL_REST_API_KEY``, the organization key from
        ``ONESIGNAL_USER_KEY`` or ``ONESIGNAL_ORGANIZATION_API_KEY``, the host from ``ONESIGNAL_HOST``. Two
        variables for one key that disagree are refused, naming both (never showing a key).
        """
        values: Dict[str, Any] = {
            "host": os.environ.get("ONESIGNAL_HOST") or None,
            "app_key": _from_env("ONESIGNAL_APP_KEY", "ONESIGNAL_REST_API_KEY"),
            "user_key": _from_env("ONESIGNAL_USER_KEY", "ONESIGNAL_ORGANIZATION_API_KEY"),
        }
        for alias, name in _KEY_ALIASES.items():
            if overrides.get(alias) is not None:
                overrides = {**overrides, name: overrides[alias]}
                del overrides[alias]
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def __setattr__(self, name: str, value: Any) -> None:
        declared = getattr(type(self), name, None)
        if not name.startswith("_") and not isinstance(declared, (_Setting, property)):
            raise ApiAttributeError(_unknown_setting(name, self.settings()), ["Configuration"])
        try:
            if isinstance(declared, _Setting):
                value = declared.check(value, name)
            object.__setattr__(self, name, value)
        except OpenApiException:
            del value  # a refused key is not left in this frame for a traceback printer
            raise
        if isinstance(declared, _Setting) and declared.shapes_connections:
            object.__setattr__(self, "_connection_generation", self.connection_generation + 1)

    @classmethod
    def settings(cls) -> Tuple[str, ...]:
        """The names of every setting."""
        return tuple(name for name in dir(cls) if isinstance(getattr(cls, name, None), (_Setting, property))
                     and name not in ("ca_certs", "connection_generation"))

    @property
    def connection_generation(self) -> int:
        """A number that changes whenever a setting a connection pool is built from changes."""
        return int(self.__dict__.get("_connection_generation", 0))

    @property
    def app_key(self) -> Optional[str]:
        """The app's REST API key (surrounding whitespace removed; an empty one counts as unset)."""
        return self._app_key

    @app_key.setter
    def app_key(self, value: Optional[str]) -> None:
        try:
            self._app_key = clean_key(value, "app_key")
        except OpenApiException:
            del value  # not left in this frame for a traceback printer
            raise

    @property
    def user_key(self) -> Optional[str]:
        """The account's user auth key (surrounding whitespace removed; an empty one counts as unset)."""
        return self._user_key

    @user_key.setter
    def user_key(self, value: Optional[str]) -> None:
        try:
            self._user_key = clean_key(value, "user_key")
        except OpenApiException:
            del value
            raise

    @property
    def rest_api_key(self) -> Optional[str]:
        """The app's REST API key under its 5.x name: the same setting as ``app_key``."""
        return self._app_key

    @rest_api_key.setter
    def rest_api_key(self, value: Optional[str]) -> None:
        try:
            self._app_key = clean_key(value, "rest_api_key")
        except OpenApiException:
            del value
            raise

    @property
    def organization_api_key(self) -> Optional[str]:
        """The organization key under its 5.x name: the same setting as ``user_key``."""
        return self._user_key

    @organization_api_key.setter
    def organization_api_key(self, value: Optional[str]) -> None:
        try:
            self._user_key = clean_key(value, "organization_api_key")
        except OpenApiException:
            del value
            raise

    @property
    def ca_certs(self) -> str:
        """The CA bundle that verifies the server: ``ssl_ca_cert`` or certifi's."""
        if self.ssl_ca_cert:
            return self.ssl_ca_cert
        import certifi
        return str(certifi.where())

    @property
    def debug(self) -> bool:
        """Turns on the ``onesignal`` logger at DEBUG level (never ``http.client``'s raw header dump)."""
        return self._debug

    @debug.setter
    def debug(self, value: bool) -> None:
        self._debug = check_bool(value, "debug")
        if value:
            from onesignal.log import enable_logging
            enable_logging("debug")

    def copy(self) -> "Configuration":
        """A shallow copy, to change settings for one client without touching another's."""
        import copy
        return copy.copy(self)

    def __repr__(self) -> str:
        # getattr with a default: a traceback printer may show a Configuration whose __init__ failed midway
        shown: Dict[str, Any] = {name: getattr(self, name, None) for name in _SHOWN}
        shown["app_key"] = _MASK if shown["app_key"] else None
        shown["user_key"] = _MASK if shown["user_key"] else None
        if shown["proxy"]:
            bare, auth = split_proxy_auth(shown["proxy"])
            if auth:
                shown["proxy"] = bare.replace("//", f"//{_MASK}@", 1)
        shown["proxy_headers"] = {k: _MASK for k in shown["proxy_headers"] or {}}
        return "Configuration(" + ", ".join(f"{k}={v!r}" for k, v in shown.items()) + ")"

    __str__ = __repr__
