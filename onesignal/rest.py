"""HTTP transport over one urllib3 pool: timeouts, the retry loop, transport errors as our exceptions."""
from __future__ import annotations

import logging
import time
from urllib.parse import unquote
from typing import Any, Dict, Mapping, Optional, Tuple

import urllib3
from urllib3.exceptions import (ConnectTimeoutError, HTTPError, NewConnectionError, ProtocolError,
                                ReadTimeoutError, SSLError)

from onesignal.configuration import Configuration, Timeout, split_proxy_auth
from onesignal.exceptions import ApiConnectionError, ApiTimeoutError
from onesignal.log import logger

RETRY_STATUSES = frozenset((500, 502, 503, 504))
# When a request that got no answer may be sent again: it never left (ALWAYS), it may have been processed
# (IF_REPEATABLE: only requests safe to repeat), or repeating cannot help (NEVER).
ALWAYS, IF_REPEATABLE, NEVER = "always", "if repeatable", "never"
# urllib3 2 refuses a body shorter than its Content-Length however it is read; 1.26 (recognised by the lack of
# the base class that 2.0 introduced) only when asked to, and otherwise lets a raw response
# (``_preload_content=False``) read in pieces end early without an error.
_RESPONSE_OPTIONS: Dict[str, Any] = {} if hasattr(urllib3, "BaseHTTPResponse") else {"enforce_content_length": True}
_warned_insecure = False


def parse_retry_after(value: Optional[str]) -> Optional[float]:
    """A ``Retry-After`` header (seconds or an HTTP date) as seconds from now; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def backoff_delay(attempt: int, factor: float, ceiling: float) -> float:
    """Exponential backoff with jitter: about ``factor * 2**(attempt-1)`` seconds, at most ``ceiling``."""
    import random
    return float(min(ceiling, factor * 2 ** (attempt - 1)) * random.uniform(0.5, 1.0))


class RESTClient:
    """Sends requests through one ``PoolManager`` (a new one in a forked child) and repeats safe failures."""

    def __init__(self, configuration: Configuration) -> None:
        self.configuration = configuration
        self._default_timeout = (configuration.timeout, self.timeout(configuration.timeout))
        self.pool_manager = self._new_pool()

    def _new_pool(self) -> urllib3.PoolManager:
        global _warned_insecure
        config = self.configuration
        options: Dict[str, Any] = {"num_pools": 4, "maxsize": config.connection_pool_maxsize, "block": False}
        if config.verify_ssl:
            options.update(cert_reqs="CERT_REQUIRED", ca_certs=config.ca_certs)
        else:
            options["cert_reqs"] = "CERT_NONE"
            if not _warned_insecure:
                import warnings
                warnings.warn("TLS certificate verification is off (verify_ssl=False): answers are not "
                              "authenticated", stacklevel=4)
                _warned_insecure = True
        if config.cert_file:
            options.update(cert_file=config.cert_file, key_file=config.key_file)
        if config.assert_hostname is not None:
            options["assert_hostname"] = config.assert_hostname
        if config.proxy:
            proxy_url, auth = split_proxy_auth(config.proxy)
            headers = dict(config.proxy_headers)
            if auth:  # urllib3 does not read credentials from the proxy URL itself
                headers.update(urllib3.make_headers(proxy_basic_auth=unquote(auth)))
            return urllib3.ProxyManager(proxy_url=proxy_url, proxy_headers=headers or None, **options)
        return urllib3.PoolManager(**options)

    def after_fork(self) -> None:
        """In a forked child: drop the parent's connections (their sockets are shared) for a pool of its own."""
        self.pool_manager = self._new_pool()

    @staticmethod
    def timeout(value: Timeout) -> urllib3.Timeout:
        """A timeout (seconds or a (connect, read) pair, already checked) as urllib3's ``Timeout``."""
        if isinstance(value, (tuple, list)):
            return urllib3.Timeout(connect=value[0], read=value[1])
        return urllib3.Timeout(total=value)

    def request(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str],
        body: Optional[bytes] = None,
        timeout: Optional[Timeout] = None,
        repeatable: bool = False,
        preload_content: bool = True,
        retries: Optional[int] = None,
    ) -> Any:
        """Send one request; repeat it after 429 always, and after 5xx or a lost answer when ``repeatable``.

        Returns the last urllib3 response (the caller turns a failing status into an exception), or raises
        ``ApiConnectionError``/``ApiTimeoutError`` when no answer came.
        """
        config = self.configuration
        limit = max(0, config.retries if retries is None else retries)
        if timeout is None:
            if self._default_timeout[0] is not config.timeout:  # the setting was changed after creation
                self._default_timeout = (config.timeout, self.timeout(config.timeout))
            wait = self._default_timeout[1]
        else:
            wait = self.timeout(timeout)
        where = url.split("?", 1)[0]  # logged without the query, which may hold an auth hash
        attempt = 0
        while True:
            attempt += 1
            started = time.monotonic()
            try:
                response = self.pool_manager.urlopen(method, url, body=body, headers=headers, timeout=wait,
                                                     retries=False, redirect=False,
                                                     preload_content=preload_content, **_RESPONSE_OPTIONS)
            except HTTPError as exc:
                error, retry = _transport_error(exc)
                if attempt > limit or retry == NEVER or (retry == IF_REPEATABLE and not repeatable):
                    logger.info("%s %s failed after %d attempt(s): %s", method, where, attempt, error.reason)
                    raise error from None
                delay = backoff_delay(attempt, config.backoff_factor, config.backoff_max)
                logger.info("%s %s: %s; retrying in %.2f s", method, where, error.reason, delay)
                time.sleep(delay)
                continue
            status = response.status
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug("%s %s -> %d in %.1f ms (attempt %d, request id %s)", method, where, status,
                             (time.monotonic() - started) * 1000, attempt, response.headers.get("x-request-id"))
            if status < 429 or attempt > limit:
                return response
            if status != 429 and not (repeatable and status in RETRY_STATUSES):
                return response
            asked = parse_retry_after(response.headers.get("Retry-After"))
            if asked is not None and asked > config.retry_after_max:
                return response
            delay = backoff_delay(attempt, config.backoff_factor, config.backoff_max) if asked is None else asked
            if not preload_content:
                response.drain_conn()
            logger.info("%s %s -> %d; retrying in %.2f s (attempt %d)", method, where, status, delay, attempt + 1)
            time.sleep(delay)

    def close(self) -> None:
        self.pool_manager.clear()


def _transport_error(exc: HTTPError) -> Tuple[ApiConnectionError, str]:
    """Our exception for a urllib3 transport error, and when repeating the request is safe and useful."""
    if isinstance(exc, NewConnectionError):
        return ApiConnectionError(f"could not connect: {exc}"), ALWAYS
    if isinstance(exc, ConnectTimeoutError):
        return ApiTimeoutError(f"timed out while connecting: {exc}"), ALWAYS
    if isinstance(exc, ReadTimeoutError):
        return ApiTimeoutError(f"timed out waiting for the answer: {exc}"), IF_REPEATABLE
    if isinstance(exc, SSLError):
        return ApiConnectionError(f"TLS failed: {exc}"), NEVER
    if isinstance(exc, ProtocolError):
        return ApiConnectionError(f"the connection was lost: {exc}"), IF_REPEATABLE
    return ApiConnectionError(f"transport error: {exc}"), IF_REPEATABLE
