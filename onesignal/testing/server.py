"""HTTP plumbing: the request log, faults, rate limits, latency, authentication and dispatch to handlers."""

from __future__ import annotations

import json
import math
import selectors
import socket
import sys
import threading
import time
import traceback
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, List, Optional, Set, Tuple
from urllib.parse import parse_qs, urlsplit

from onesignal.testing.faults import DELAY, DROP, FaultPlan
from onesignal.testing.limits import RATE_LIMIT_MESSAGE, RateLimits
from onesignal.testing.routes import APP_KEY, NO_KEY, OBJECTS, Route, Router
from onesignal.testing.state import App, Store, same_key
from onesignal.testing.wire import AccessDenied, ApiError, Call, Query, Reply

AUTH_SCHEMES = ("key", "basic", "bearer")


@dataclass(frozen=True)
class LoggedRequest:
    """A request as the fake saw it; ``status`` is None when the connection was dropped.

    ``received_at`` and ``answered_at`` are ``time.monotonic()`` readings: when the request was read, and when
    its answer was released (after any ``latency``), so a test can see which requests were served at once.
    """

    method: str
    path: str
    query: Query
    headers: Dict[str, str]
    body: Any
    status: Optional[int]
    received_at: float = 0.0
    answered_at: float = 0.0


def _presented_key(header: Optional[str]) -> Optional[str]:
    """The key from ``Authorization: Key|Basic|Bearer <key>``, or None."""
    scheme, _, key = (header or "").strip().partition(" ")
    key = key.strip()
    return key if scheme.lower() in AUTH_SCHEMES and key else None


def _redacted(headers: Dict[str, str]) -> Dict[str, str]:
    """Headers with the key in ``Authorization`` replaced by ``***``."""
    shown = {}
    for name, value in headers.items():
        if name.lower() == "authorization":
            scheme, _, rest = value.strip().partition(" ")
            value = f"{scheme} ***" if rest else "***"
        shown[name] = value
    return shown


def _error_reply(error: ApiError, style: str) -> Reply:
    """An error in the shape the route's family of endpoints uses (key errors are plain strings everywhere)."""
    as_object = style == OBJECTS and not isinstance(error, AccessDenied)
    item: Any = {"code": error.code, "title": error.message} if as_object else error.message
    return Reply(error.status, {"errors": [item]})


class Dispatcher:
    """Turns one HTTP request into a reply (or None to drop the connection)."""

    def __init__(self, store: Store, limits: RateLimits, latency: float = 0.0) -> None:
        self.store = store
        self.limits = limits
        self.latency = latency  # seconds added to every answer, slept in the request's own thread
        self.faults = FaultPlan()
        self.router = Router()
        self.host = ""
        self._log: List[LoggedRequest] = []
        self._log_lock = threading.Lock()
        self._generation = 0  # raised by clear_log: requests begun before a reset leave no trace after it

    @property
    def log(self) -> List[LoggedRequest]:
        """A copy of the request log."""
        with self._log_lock:
            return list(self._log)

    def clear_log(self) -> None:
        with self._log_lock:
            self._log.clear()
            self._generation += 1

    def handle(
        self, method: str, target: str, headers: Dict[str, str], raw: bytes, client: str = "127.0.0.1"
    ) -> Optional[Reply]:
        """Answer a request from address ``client``: faults first, then the rate limits, then the endpoint.

        The answer leaves ``latency`` seconds later; other requests are served meanwhile (one thread each).
        """
        received_at = time.monotonic()
        with self._log_lock:
            generation = self._generation
        store = self.store  # a request in flight during a reset works on the store it began with
        url = urlsplit(target)
        query = parse_qs(url.query, keep_blank_values=True)
        body, malformed = _decode(raw)
        fault = self.faults.take(method, url.path)
        reply: Optional[Reply]
        if fault is not None and fault.action == DROP:
            reply = None
        elif fault is not None and fault.action != DELAY:
            reply = Reply(fault.status, fault.error_body(), _retry_after(fault.retry_after))
        else:
            if fault is not None:
                time.sleep(fault.seconds)
            call = Call(store, None, {}, query, body, self.host, headers, client)
            reply = self._route(call, method, url.path, malformed)
        answered_at = time.monotonic() + self.latency
        entry = LoggedRequest(method, url.path, query, _redacted(headers), body, reply.status if reply else None,
                              received_at, answered_at)
        with self._log_lock:
            if generation == self._generation:
                self._log.append(entry)
        if self.latency:
            time.sleep(max(0.0, answered_at - time.monotonic()))
        return reply

    def _route(self, call: Call, method: str, path: str, malformed: bool) -> Reply:
        try:
            route, call.params = self.router.find(method, path)
        except ApiError as error:
            return _error_reply(error, "strings")
        wait = self.limits.admit(method, route.template, call.params, _app_id(call))
        if wait is not None:
            return Reply(429, {"errors": [RATE_LIMIT_MESSAGE]}, _retry_after(wait))
        with call.store.lock:
            try:
                if malformed:
                    raise ApiError(400, "the request body is not valid JSON", "invalid-json")
                call.app = _authorise(route, call)
                return route.handler(call)
            except ApiError as error:
                return _error_reply(error, route.errors)
            except Exception as error:  # a bug in the fake must not hang the client
                traceback.print_exc(file=sys.stderr)
                return Reply(500, {"errors": [f"FakeOneSignal failed: {error!r}"]})


def _decode(raw: bytes) -> Tuple[Any, bool]:
    """The JSON body (None when empty) and whether it failed to parse."""
    if not raw.strip():
        return None, False
    try:
        return json.loads(raw, parse_constant=_refuse_constant), False
    except (ValueError, RecursionError):
        return raw.decode("utf-8", "replace"), True


def _refuse_constant(name: str) -> Any:
    """NaN and Infinity are not JSON, although Python's parser takes them."""
    raise ValueError(f"{name} is not valid JSON")


def _retry_after(seconds: Optional[float]) -> Dict[str, str]:
    """A Retry-After header in whole seconds, rounded up, as the API writes it (HTTP has no fractions there)."""
    if seconds is None:
        return {}
    return {"Retry-After": str(math.ceil(seconds))}


def _app_id(call: Call) -> Optional[str]:
    """The app a request is about: from the path, the query or the JSON body."""
    body_id = call.body.get("app_id") if isinstance(call.body, dict) else None
    found = call.params.get("app_id") or call.query_value("app_id") or body_id
    return found if isinstance(found, str) and found else None


def _authorise(route: Route, call: Call) -> Optional[App]:
    """Check the key for the route; for app-key routes return the app it opens.

    As the API does, every key problem (none, unknown, revoked, the wrong kind,
    another app's, an address outside the key's allowlist) is the same 403.
    """
    if route.key == NO_KEY:
        return None
    key = _presented_key(call.header("Authorization"))
    if key is None:
        raise AccessDenied()
    store = call.store
    if route.key != APP_KEY:
        if same_key(key, store.user_key):
            return None
        raise AccessDenied()
    key_app = store.app_for_key(key, call.client)
    if key_app is None:
        raise AccessDenied()
    app_id = _app_id(call)
    if app_id is None:
        raise ApiError(400, "app_id is required", "missing-app-id")
    app = store.apps.get(app_id)
    if app is None:
        raise ApiError(404, f"app {app_id} does not exist", "app-not-found")
    if app is not key_app:
        raise AccessDenied()
    return app


class _RequestHandler(BaseHTTPRequestHandler):
    """Reads a request, asks the dispatcher, writes the reply."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: FakeHTTPServer

    def _serve(self) -> None:
        length_text = self.headers.get("Content-Length") or "0"
        if not length_text.isdigit():
            self.send_error(400, "Content-Length must be a non-negative integer")
            return
        length = int(length_text)
        raw = self.rfile.read(length) if length else b""
        headers = dict(self.headers.items())
        reply = self.server.dispatcher.handle(self.command, self.path, headers, raw, self.client_address[0])
        if reply is None:
            self.close_connection = True
            return
        payload = reply.raw if reply.raw is not None else b""
        if reply.raw is None and reply.body is not None:
            payload = json.dumps(reply.body).encode("utf-8")
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if payload:
            self.send_header("Content-Type", reply.content_type)
        if reply.status != 204:
            self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet: tests read :attr:`FakeOneSignal.requests` instead."""


class StoppableHTTPServer(ThreadingHTTPServer):
    """A threaded HTTP server whose serving loop ends the moment it is told to (``serve_forever`` notices a
    shutdown only at its next poll, which every test that stops a server would wait out)."""

    daemon_threads = True
    request_queue_size = 128  # many test threads may connect at once; the default 5 resets connections

    def __init__(self, address: Tuple[str, int], handler: Any) -> None:
        self._stopping = False
        self._wake_reader, self._wake_writer = socket.socketpair()  # before binding: a failed bind closes them
        super().__init__(address, handler)

    def serve(self) -> None:
        """Accept connections until :meth:`wake_to_stop`; each is served in a thread of its own.

        The loop waits on the listening socket and on a socket that stopping writes to, so it ends at once.
        """
        with selectors.DefaultSelector() as selector:
            selector.register(self.socket, selectors.EVENT_READ)
            selector.register(self._wake_reader, selectors.EVENT_READ)
            while not self._stopping:
                for key, _ in selector.select():
                    if key.fileobj is self._wake_reader:
                        return
                    self.handle_request()  # the listening socket is readable: accepts without waiting

    def wake_to_stop(self) -> None:
        """End :meth:`serve` now (from another thread)."""
        self._stopping = True
        self._wake_writer.send(b"x")

    def server_close(self) -> None:
        super().server_close()
        self._wake_reader.close()
        self._wake_writer.close()


class FakeHTTPServer(StoppableHTTPServer):
    """The fake's server: it stops at once when told and can cut all its open connections."""

    block_on_close = False

    def __init__(self, port: int, dispatcher: Dispatcher) -> None:
        super().__init__(("127.0.0.1", port), _RequestHandler)
        self.dispatcher = dispatcher
        self._open: Set[socket.socket] = set()
        self._open_lock = threading.Lock()

    def finish_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        try:
            super().finish_request(request, client_address)
        finally:
            with self._open_lock:
                self._open.discard(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Ignore clients that went away (timeouts, drops) and connections cut by stopping; report anything else."""
        error = sys.exc_info()[1]
        went_away = isinstance(error, (ConnectionError, TimeoutError))
        if not went_away and not (self._stopping and isinstance(error, OSError)):
            super().handle_error(request, client_address)

    def close_connections(self) -> None:
        """Shut down every connection still open (idle keep-alive ones included)."""
        with self._open_lock:
            for connection in self._open:
                try:
                    connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
