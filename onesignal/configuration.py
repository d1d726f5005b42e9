"""Settings of an ``ApiClient``: where to send requests, which keys to use, and how to connect."""
from __future__ import annotations

import os
from typing import Any, Dict, Mapping, Optional, Tuple, Union

from onesignal.exceptions import ApiValueError
from onesignal.validation import check_host, check_int_range, check_number, check_timeout, clean_key

DEFAULT_HOST = "https://api.onesignal.com"
Timeout = Union[float, Tuple[float, float]]

_MASK = "***"


def split_proxy_auth(url: str) -> Tuple[str, Optional[str]]:
    """``"http://user:pass@proxy:3128"`` -> ``("http://proxy:3128", "user:pass")``; no credentials -> None."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "http", url
    netloc, slash, path = rest.partition("/")
    auth, at, hostport = netloc.rpartition("@")
    return f"{scheme}://{hostport}{slash}{path}", (auth if at else None)


_KEY_ALIASES = {"rest_api_key": "app_key", "organization_api_key": "user_key"}


def _one_of(value: Optional[str], alias_value: Optional[str], name: str, alias: str) -> Optional[str]:
    """The key given under either of its two names; both given and different is refused."""
    if value is not None and alias_value is not None and clean_key(value, name) != clean_key(alias_value, alias):
        raise ApiValueError(f"{name} and {alias} name the same key but were given different values "
                            "(the values are not shown)", [name])
    return value if value is not None else alias_value


def _from_env(name: str, alias: str) -> Optional[str]:
    value, alias_value = os.environ.get(name) or None, os.environ.get(alias) or None
    if value is not None and alias_value is not None and value.strip() != alias_value.strip():
        raise ApiValueError(f"the environment sets {name} and {alias} to different keys; set one of them "
                            "(the values are not shown)", [name])
    return value if value is not None else alias_value


class Configuration:
    """Connection and authentication settings.

    ``app_key`` is the app's REST API key (most operations), ``user_key`` the organization's key (apps, API
    keys, template copies, audit logs). The 5.x SDK calls them ``rest_api_key`` and ``organization_api_key``:
    both names are accepted, as arguments and as attributes, and name the same setting. Neither key is ever
    shown by ``repr`` or ``str``.

    HTTP settings: ``timeout`` (seconds, or a ``(connect, read)`` pair; default 10 s to connect, 60 s to
    read), ``retries`` (extra attempts after a failure that is safe to repeat; 0 switches retrying off),
    ``backoff_factor`` and ``backoff_max`` (the wait before retry n is about ``backoff_factor * 2**(n-1)``
    seconds with jitter, at most ``backoff_max``), ``retry_after_max`` (a ``Retry-After`` longer than this is
    not waited for: the error is raised at once). TLS is verified against ``ssl_ca_cert`` (certifi's bundle
    by default); ``cert_file``/``key_file`` give a client certificate; ``proxy`` routes through an HTTP proxy.
    """

    def __init__(
        self,
        host: Optional[str] = None,
        app_key: Optional[str] = None,
        user_key: Optional[str] = None,
        *,
        timeout: Timeout = (10.0, 60.0),
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
        self.host = host or DEFAULT_HOST
        self.app_key = _one_of(app_key, rest_api_key, "app_key", "rest_api_key")
        self.user_key = _one_of(user_key, organization_api_key, "user_key", "organization_api_key")
        self.timeout = timeout
        self.retries = check_int_range(retries, "retries", 0, 100)
        self.backoff_factor = check_number(backoff_factor, "backoff_factor")
        self.backoff_max = check_number(backoff_max, "backoff_max")
        self.retry_after_max = check_number(retry_after_max, "retry_after_max")
        self.proxy = proxy
        self.proxy_headers = dict(proxy_headers or {})
        self.ssl_ca_cert = ssl_ca_cert
        self.verify_ssl = verify_ssl
        self.cert_file = cert_file
        self.key_file = key_file
        self.assert_hostname = assert_hostname
        self.connection_pool_maxsize = connection_pool_maxsize
        self.debug = debug

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

    @property
    def host(self) -> str:
        """Base URL of the API, ``https://api.onesignal.com`` by default."""
        return self._host

    @host.setter
    def host(self, value: str) -> None:
        self._host = check_host(value)

    @property
    def app_key(self) -> Optional[str]:
        """The app's REST API key (surrounding whitespace removed; an empty one counts as unset)."""
        return self._app_key

    @app_key.setter
    def app_key(self, value: Optional[str]) -> None:
        self._app_key = clean_key(value, "app_key")

    @property
    def user_key(self) -> Optional[str]:
        """The account's user auth key (surrounding whitespace removed; an empty one counts as unset)."""
        return self._user_key

    @user_key.setter
    def user_key(self, value: Optional[str]) -> None:
        self._user_key = clean_key(value, "user_key")

    @property
    def rest_api_key(self) -> Optional[str]:
        """The app's REST API key under its 5.x name: the same setting as ``app_key``."""
        return self._app_key

    @rest_api_key.setter
    def rest_api_key(self, value: Optional[str]) -> None:
        self.app_key = value

    @property
    def organization_api_key(self) -> Optional[str]:
        """The organization key under its 5.x name: the same setting as ``user_key``."""
        return self._user_key

    @organization_api_key.setter
    def organization_api_key(self, value: Optional[str]) -> None:
        self.user_key = value

    @property
    def timeout(self) -> Timeout:
        """Seconds, or a (connect, read) pair, that every request may take unless a call says otherwise."""
        return self._timeout

    @timeout.setter
    def timeout(self, value: Timeout) -> None:
        self._timeout: Timeout = check_timeout(value, ["timeout"])

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
        self._debug = bool(value)
        if value:
            from onesignal.log import enable_logging
            enable_logging("debug")

    def copy(self) -> "Configuration":
        """A shallow copy, to change settings for one client without touching another's."""
        import copy
        return copy.copy(self)

    def __repr__(self) -> str:
        shown: Dict[str, Any] = {"host": self.host, "app_key": _MASK if self.app_key else None,
                                 "user_key": _MASK if self.user_key else None, "timeout": self.timeout}
        shown.update((k, v) for k, v in vars(self).items() if not k.startswith("_"))
        if shown.get("proxy"):
            bare, auth = split_proxy_auth(shown["proxy"])
            if auth:
                shown["proxy"] = bare.replace("//", f"//{_MASK}@", 1)
        if shown.get("proxy_headers"):
            shown["proxy_headers"] = {k: _MASK for k in shown["proxy_headers"]}
        shown["debug"] = self.debug
        return "Configuration(" + ", ".join(f"{k}={v!r}" for k, v in shown.items()) + ")"

    __str__ = __repr__
