"""Settings of an ``ApiClient``: where to send requests, which keys to use, and how to connect."""
from __future__ import annotations

import copy
import os
from typing import Any, Dict, Mapping, Optional, Tuple, Union

DEFAULT_HOST = "https://api.onesignal.com"
Timeout = Union[float, Tuple[float, float]]

_MASK = "***"


class Configuration:
    """Connection and authentication settings.

    ``app_key`` is the app's REST API key (used by 33 of the 37 endpoints), ``user_key`` the account's user
    auth key (used by ``create_app``, ``get_app``, ``get_apps`` and ``update_app``). Neither is ever shown by
    ``repr`` or ``str``.

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
    ) -> None:
        self.host = (host or DEFAULT_HOST).rstrip("/")
        self.app_key = app_key
        self.user_key = user_key
        self.timeout = timeout
        self.retries = retries
        self.backoff_factor = backoff_factor
        self.backoff_max = backoff_max
        self.retry_after_max = retry_after_max
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
        """Read ``ONESIGNAL_APP_KEY``, ``ONESIGNAL_USER_KEY`` and ``ONESIGNAL_HOST``; explicit arguments win."""
        values: Dict[str, Any] = {
            "host": os.environ.get("ONESIGNAL_HOST") or None,
            "app_key": os.environ.get("ONESIGNAL_APP_KEY") or None,
            "user_key": os.environ.get("ONESIGNAL_USER_KEY") or None,
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

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
        return copy.copy(self)

    def __repr__(self) -> str:
        shown = {k: v for k, v in vars(self).items() if not k.startswith("_")}
        for secret in ("app_key", "user_key"):
            shown[secret] = _MASK if shown.get(secret) else None
        if shown.get("proxy"):
            import re
            shown["proxy"] = re.sub(r"^([^/@]*//)?[^/@]*@", rf"\g<1>{_MASK}@", shown["proxy"])  # user:password@
        if shown.get("proxy_headers"):
            shown["proxy_headers"] = {k: _MASK for k in shown["proxy_headers"]}
        shown["debug"] = self.debug
        return "Configuration(" + ", ".join(f"{k}={v!r}" for k, v in shown.items()) + ")"

    __str__ = __repr__
