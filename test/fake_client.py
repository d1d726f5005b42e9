"""A tiny stdlib HTTP client for the FakeOneSignal tests, independent of the SDK under test."""
from __future__ import annotations

import http.client
import json
import threading
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

from onesignal.testing import FakeOneSignal

APP_KEY = "app"
USER_KEY = "user"


@dataclass
class Answer:
    """A response: status, decoded JSON body (None when empty) and headers."""

    status: int
    body: Any
    headers: Dict[str, str]


class Client:
    """A tiny http.client wrapper speaking JSON to a FakeOneSignal.

    Each thread keeps one connection open between calls, as HTTP/1.1 clients do; a call that fails in any way
    closes it, and the next call opens a new one (nothing is ever sent twice)."""

    def __init__(self, fake: FakeOneSignal) -> None:
        self.fake = fake
        self._local = threading.local()
        self._opened: List[http.client.HTTPConnection] = []
        self._lock = threading.Lock()

    def _connection(self) -> http.client.HTTPConnection:
        address = self.fake.host.split("//")[1]
        connection: Optional[http.client.HTTPConnection] = getattr(self._local, "connection", None)
        if connection is None or f"{connection.host}:{connection.port}" != address:
            connection = http.client.HTTPConnection(address, timeout=5)
            self._local.connection = connection
            with self._lock:
                self._opened.append(connection)
        return connection

    def close(self) -> None:
        """Close every thread's connection."""
        with self._lock:
            for connection in self._opened:
                connection.close()
            self._opened.clear()
        self._local = threading.local()

    def call(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        key: Optional[str] = APP_KEY,
        scheme: str = "Key",
        raw: Optional[bytes] = None,
    ) -> Answer:
        """Send one request; ``key`` is "app", "user", None (no header) or a literal key."""
        secret = {APP_KEY: self.fake.app_key, USER_KEY: self.fake.user_key}.get(key or "", key)
        headers = {"Content-Type": "application/json"}
        if secret is not None:
            headers["Authorization"] = f"{scheme} {secret}"
        payload = raw if raw is not None else (None if body is None else json.dumps(body).encode())
        connection = self._connection()
        try:
            connection.request(method, path, body=payload, headers=headers)
            response = connection.getresponse()
            data = response.read()
        except BaseException:
            connection.close()
            self._local.connection = None
            raise
        is_json = response.getheader("Content-Type", "").startswith("application/json")
        decoded = json.loads(data) if is_json else (data or None)
        return Answer(response.status, decoded, dict(response.getheaders()))
