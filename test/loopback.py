"""A scripted HTTP server on 127.0.0.1 for tests: it records every request and plays queued answers.

Each queued answer is a status, a body (bytes, or anything JSON-encodable) and headers; an answer can also
drop the connection without a word, wait before answering, or hold its answer until the test releases it (an
event: no test has to guess how long a client waits), to test the client's handling of faults.
The server stops at once when the ``with`` block ends (it waits on a wake-up socket, not a poll interval).
"""
from __future__ import annotations

import json
import socket
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any, Deque, Dict, List, Optional, Tuple
from urllib.parse import parse_qsl, urlsplit

from onesignal.testing.server import StoppableHTTPServer


@dataclass
class Recorded:
    """One request as it arrived on the wire."""

    method: str
    path: str
    query: List[Tuple[str, str]]
    headers: Dict[str, str]
    raw_body: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.raw_body) if self.raw_body else None


@dataclass
class Answer:
    status: int = 200
    body: Any = None
    headers: Dict[str, str] = field(default_factory=dict)
    drop: bool = False
    delay: float = 0.0
    hold: Optional[threading.Event] = None  # answer only once this is set (or after HOLD_LIMIT seconds)


HOLD_LIMIT = 10.0  # the longest a held answer waits for its release: a test that forgets it still ends


class _QuietServer(StoppableHTTPServer):
    """The fake's server loop (it ends the moment it is told to), with no traceback for a client that hung up
    first."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


class LoopbackServer:
    """Start with ``with LoopbackServer() as server:``; ``server.host`` is its base URL."""

    def __init__(self) -> None:
        self.requests: List[Recorded] = []
        self.answers: Deque[Answer] = deque()
        self.default = Answer(200, {})
        self.lock = threading.Lock()
        self.arrived = threading.Condition(self.lock)  # notified whenever a request is recorded
        self._server = _QuietServer(("127.0.0.1", 0), self._handler_class())
        self.host = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve, daemon=True)

    def __enter__(self) -> "LoopbackServer":
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._server.wake_to_stop()
        self._thread.join()
        self._server.server_close()

    def answer(self, status: int = 200, body: Any = None, headers: Optional[Dict[str, str]] = None,
               *, drop: bool = False, delay: float = 0.0, hold: Optional[threading.Event] = None,
               times: int = 1) -> None:
        """Queue the answer for the next request(s); once the queue is empty, ``default`` answers."""
        for _ in range(times):
            self.answers.append(Answer(status, body, dict(headers or {}), drop, delay, hold))

    def wait_for_requests(self, count: int, timeout: float = 10.0) -> bool:
        """Wait until ``count`` requests have arrived (True), or ``timeout`` seconds passed (False)."""
        with self.arrived:
            return self.arrived.wait_for(lambda: len(self.requests) >= count, timeout)

    @property
    def last(self) -> Recorded:
        return self.requests[-1]

    def _next(self, recorded: Recorded) -> Answer:
        with self.lock:
            self.requests.append(recorded)
            self.arrived.notify_all()
            return self.answers.popleft() if self.answers else self.default

    def _handler_class(self) -> type:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: Any) -> None:
                return

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                recorded = Recorded(self.command, parts.path, parse_qsl(parts.query, keep_blank_values=True),
                                    {k: v for k, v in self.headers.items()}, raw)
                answer = server._next(recorded)
                if answer.delay:
                    time.sleep(answer.delay)
                if answer.hold is not None:
                    answer.hold.wait(HOLD_LIMIT)
                if answer.drop:
                    self.connection.shutdown(socket.SHUT_RDWR)
                    self.close_connection = True
                    return
                body = answer.body
                if body is None:
                    data = b""
                elif isinstance(body, bytes):
                    data = body
                else:
                    data = json.dumps(body).encode()
                self.send_response(answer.status)
                if data and "Content-Type" not in answer.headers:
                    self.send_header("Content-Type", "application/json")
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

        return Handler
