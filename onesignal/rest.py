"""HTTP transport over one urllib3 pool: time limits, the retry loop, transport errors as our exceptions.

What bounds a call: each attempt is bounded by the timeout (``Configuration.timeout`` or ``_request_timeout``:
the connect part limits opening the connection, the read part the whole answer from the moment the request is
sent); the whole call, attempts and the waits between them, by ``Configuration.call_timeout`` (or
``_call_timeout``). A retry whose wait would pass that ceiling is not made: the last error is raised instead.
Which failures are retried is decided by ``onesignal.retry.retry_wait``.
"""
from __future__ import annotations

import functools
import logging
import threading
import time
from typing import Any, Dict, Mapping, Optional, Tuple, Union
from urllib.parse import unquote

import urllib3
from urllib3.exceptions import (ClosedPoolError, ConnectTimeoutError, HTTPError, NewConnectionError, ProtocolError,
                                ProxyError, ReadTimeoutError, SSLError)

from onesignal.configuration import Configuration, Timeout, split_proxy_auth
from onesignal.connection import POOL_CLASSES, URLLIB3_1, AnswerLimit, AnswerTooSlow, InterimAnswer, current_limit
from onesignal.exceptions import ApiConnectionError, ApiTimeoutError
from onesignal.headers import Headers
from onesignal.log import keep_secrets_out_of_urllib3_logs, logger
from onesignal.retry import Clock, Failure, RetrySettings, may_retry, retry_wait

# urllib3 2 refuses a body shorter than its Content-Length however it is read; 1.26 only when asked to, and
# otherwise lets a raw response (``_preload_content=False``) read in pieces end early without an error.
_RESPONSE_OPTIONS: Dict[str, Any] = {"enforce_content_length": True} if URLLIB3_1 else {}
_warned_insecure = False
keep_secrets_out_of_urllib3_logs()


def _path(url: str) -> str:
    """The URL without its query, which may hold an auth hash: what log lines show."""
    return url.split("?", 1)[0]


def seconds_text(value: float) -> str:
    """Seconds as people write them: ``0.5``, ``60``, ``2.25`` (never ``0.4996579900000029``)."""
    return format(round(value, 3), ".12g")


def _no_answer(failure: Failure, error: ApiConnectionError) -> ApiConnectionError:
    """An attempt that got no answer: the error to raise, carrying how it failed (for the retry decision)."""
    error.failure = failure
    return error


def pool_manager(config: Configuration, *, num_pools: int, maxsize: int) -> urllib3.PoolManager:
    """A urllib3 pool with the configuration's TLS and proxy settings (and no default headers): the API
    client's, and the one ``read_export`` fetches files with."""
    global _warned_insecure
    options: Dict[str, Any] = {"num_pools": num_pools, "maxsize": maxsize, "block": False}
    if config.verify_ssl:
        options.update(cert_reqs="CERT_REQUIRED", ca_certs=config.ca_certs)
    else:
        options["cert_reqs"] = "CERT_NONE"
        if not _warned_insecure:
            import warnings
            warnings.warn("TLS certificate verification is off (verify_ssl=False): answers are not "
                          "authenticated", stacklevel=4)
            _warned_insecure = True
    config.check_client_certificate()
    if config.cert_file:
        options.update(cert_file=config.cert_file, key_file=config.key_file)
    if config.assert_hostname is not None:
        options["assert_hostname"] = config.assert_hostname
    if not config.proxy:
        return urllib3.PoolManager(**options)
    proxy_url, auth = split_proxy_auth(config.proxy)
    headers = dict(config.proxy_headers)
    if auth:  # urllib3 does not read credentials from the proxy URL itself
        headers.update(urllib3.make_headers(proxy_basic_auth=unquote(auth)))
    return urllib3.ProxyManager(proxy_url=proxy_url, proxy_headers=headers or None, **options)


class RESTClient:
    """Sends requests through one ``PoolManager`` and repeats the failures ``retry_wait`` says to repeat.

    The pool is rebuilt when a connection setting of the configuration (proxy, TLS, pool size) changes, and
    in a forked child. ``clock`` is where the loop reads time and waits; tests replace it.
    """

    def __init__(self, configuration: Configuration, clock: Optional[Clock] = None) -> None:
        self.configuration = configuration
        self.clock = clock if clock is not None else Clock()
        self.closed = False
        self._lock = threading.Lock()
        self._generation = configuration.connection_generation
        self.pool_manager = self._new_pool()
        # (manager, host, origin, the pool of that origin): see _send_through_pool
        self._host_pool: Optional[Tuple[urllib3.PoolManager, str, str, Any]] = None

    def _new_pool(self) -> urllib3.PoolManager:
        manager = pool_manager(self.configuration, num_pools=4,
                               maxsize=self.configuration.connection_pool_maxsize)
        manager.pool_classes_by_scheme = POOL_CLASSES
        return manager

    def _current_pool(self) -> urllib3.PoolManager:
        """The pool, rebuilt first when a connection setting changed since it was made."""
        generation = self.configuration.connection_generation
        if generation != self._generation:
            with self._lock:
                if generation != self._generation:
                    old, self.pool_manager = self.pool_manager, self._new_pool()
                    self._generation = generation
                    old.clear()
        return self.pool_manager

    def after_fork(self) -> None:
        """In a forked child: drop the parent's connections (their sockets are shared) for a pool of its own."""
        self._lock = threading.Lock()
        self.pool_manager = self._new_pool()

    def request(
        self,
        method: str,
        url: str,
        *,
        headers: Union[Headers, Mapping[str, str]],
        body: Optional[bytes] = None,
        timeout: Optional[Timeout] = None,
        repeatable: bool = False,
        preload_content: bool = True,
        retries: Optional[int] = None,
        call_timeout: Optional[float] = None,
    ) -> Any:
        """Send one request, repeating it as ``retry_wait`` decides within the call's ceiling.

        Returns the last urllib3 response (the caller turns a failing status into an exception), or raises
        ``ApiConnectionError``/``ApiTimeoutError`` when no answer came.
        """
        config = self.configuration
        sealed = headers if isinstance(headers, Headers) else Headers(headers)
        limit = config.timeout if timeout is None else timeout
        ceiling = config.call_timeout if call_timeout is None else call_timeout
        clock = self.clock
        started = clock.monotonic()
        attempt = 0
        while True:
            attempt += 1
            sent_at = clock.monotonic()
            result = self._attempt(method, url, sealed, body, limit, ceiling - (sent_at - started), ceiling,
                                   preload_content)
            if isinstance(result, ApiConnectionError):
                outcome: Any = result.failure
            else:
                outcome = result.status
                if logger.isEnabledFor(logging.DEBUG):
                    logger.debug("%s %s -> %d in %.1f ms (attempt %d, request id %s)", method, _path(url), outcome,
                                 (clock.monotonic() - sent_at) * 1000, attempt, result.headers.get("x-request-id"))
            if not may_retry(outcome):
                break
            settings = RetrySettings(config.retries if retries is None else retries, config.backoff_factor,
                                     config.backoff_max, config.retry_after_max)
            answer_headers = {} if isinstance(result, ApiConnectionError) else result.headers
            wait = retry_wait(settings, attempt, repeatable, outcome, answer_headers, now=clock.time(),
                              jitter=clock.jitter())
            if wait is not None and wait >= ceiling - (clock.monotonic() - started):
                logger.info("%s %s: not retrying: waiting %s s would pass the call's ceiling of %s s",
                            method, _path(url), seconds_text(wait), seconds_text(ceiling))
                wait = None
            if wait is None:
                break
            if isinstance(result, ApiConnectionError):
                logger.info("%s %s: %s; retrying in %.2f s", method, _path(url), result.reason, wait)
            else:
                logger.info("%s %s -> %d; retrying in %.2f s (attempt %d)", method, _path(url), result.status,
                            wait, attempt + 1)
                if not preload_content:
                    result.drain_conn()
            clock.sleep(wait)
        if isinstance(result, ApiConnectionError):
            logger.info("%s %s failed after %d attempt(s): %s", method, _path(url), attempt, result.reason)
            raise result
        return result

    def _attempt(self, method: str, url: str, headers: Headers, body: Optional[bytes], limit: Timeout,
                 left: float, ceiling: float, preload_content: bool) -> Any:
        """One attempt with ``left`` seconds of the call to go: the urllib3 response, or the error of an attempt
        that got none (see ``_no_answer``)."""
        if self.closed:
            return _no_answer(Failure.FATAL, ApiConnectionError("the ApiClient was closed during the call"))
        if left <= 0:
            return _no_answer(Failure.FATAL, ApiTimeoutError(
                f"the call reached its ceiling of {seconds_text(ceiling)} s (call_timeout)"))
        now = time.monotonic()  # the watchdog's clock, whatever ``self.clock`` is
        if isinstance(limit, (tuple, list)):
            connect, read = limit
            answer_seconds = min(read, left)
            wait = _urllib3_timeout(min(connect, left), answer_seconds, None)
            answer = AnswerLimit(now + left, read, preload_content)
        else:
            connect = read = limit
            answer_seconds = min(read, left)
            wait = _urllib3_timeout(None, None, answer_seconds)
            answer = AnswerLimit(now + answer_seconds, None, preload_content)
        token = current_limit.set(answer)
        try:
            return self._send_through_pool(
                method, url, body=body, headers=headers.wire(), timeout=wait, retries=False, redirect=False,
                preload_content=preload_content, **_RESPONSE_OPTIONS)
        except HTTPError as exc:
            if answer.expired and not isinstance(exc, ReadTimeoutError):
                exc = AnswerTooSlow()  # the watchdog cut a body being read (urllib3 1.26 reads it in the pool)
            return _transport_error(exc, min(connect, left), answer_seconds, left < read)
        finally:
            current_limit.reset(token)

    def _send_through_pool(self, method: str, url: str, **options: Any) -> Any:
        """``PoolManager.urlopen``, made shorter for the API's own host when no proxy is set: the connection
        pool of that host is kept between requests and given the path, as the manager would give it, instead
        of the manager parsing the URL and looking the pool up again for every request."""
        manager = self._current_pool()
        if type(manager) is urllib3.PoolManager:
            host = self.configuration.host
            known = self._host_pool
            if known is None or known[0] is not manager or known[1] != host:
                end = host.find("/", host.find("://") + 3)  # the host has no query or user (Configuration)
                origin = host if end < 0 else host[:end]
                known = self._host_pool = (manager, host, origin, manager.connection_from_url(origin))
            origin, pool = known[2], known[3]
            if url.startswith(origin) and url[len(origin):len(origin) + 1] in ("/", "?"):
                try:
                    return pool.urlopen(method, url[len(origin):], assert_same_host=False, **options)
                except ClosedPoolError:  # closed meanwhile (close(), a settings change): let the manager decide
                    self._host_pool = None
        return manager.urlopen(method, url, **options)

    def close(self) -> None:
        self.closed = True
        self.pool_manager.clear()


@functools.lru_cache(maxsize=64)
def _urllib3_timeout(connect: Optional[float], read: Optional[float], total: Optional[float]) -> urllib3.Timeout:
    """urllib3's ``Timeout`` for these limits (made once: they are the same for most attempts)."""
    return urllib3.Timeout(connect=connect, read=read, total=total)


def _transport_error(exc: HTTPError, connect: float, read: float, ceiling_first: bool) -> ApiConnectionError:
    """Our exception for a urllib3 transport error, and how the attempt failed.

    ``ceiling_first``: the call's ceiling, not the read timeout, was the tighter limit on the answer.
    """
    answer_limit = (f"{seconds_text(read)} s (the call's ceiling, call_timeout)" if ceiling_first
                    else f"{seconds_text(read)} s (the read timeout)")
    if isinstance(exc, ProxyError):
        inner = exc.original_error
        sent = not isinstance(inner, (NewConnectionError, ConnectTimeoutError))
        return _no_answer(Failure.LOST if sent else Failure.NOT_SENT,
                          ApiConnectionError(f"the proxy failed: {inner}"))
    if isinstance(exc, NewConnectionError):  # before ConnectTimeoutError, which it extends
        return _no_answer(Failure.NOT_SENT, ApiConnectionError(f"could not connect: {exc}"))
    if isinstance(exc, ConnectTimeoutError):
        return _no_answer(Failure.NOT_SENT, ApiTimeoutError(
            f"timed out while connecting: no connection within {seconds_text(connect)} s"))
    if isinstance(exc, ReadTimeoutError):  # a read that waited too long, or AnswerTooSlow: the whole answer did
        return _no_answer(Failure.LOST, ApiTimeoutError(
            f"timed out waiting for the answer: no complete answer within {answer_limit}"))
    if isinstance(exc, SSLError):
        return _no_answer(Failure.FATAL, ApiConnectionError(f"TLS failed: {exc}"))
    if isinstance(exc, InterimAnswer):
        return _no_answer(Failure.LOST, ApiConnectionError(f"no final answer: {exc}"))
    if isinstance(exc, ProtocolError):
        return _no_answer(Failure.LOST, ApiConnectionError(f"the connection was lost: {exc}"))
    return _no_answer(Failure.LOST, ApiConnectionError(f"transport error: {exc}"))
