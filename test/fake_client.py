"""A tiny stdlib HTTP client for the FakeOneSignal tests, independent of the SDK under test."""
from __future__ import annotations

import http.client
import json
from dataclasses import dataclass
from typing import Any, Dict, Optional

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
    """A tiny http.client wrapper speaking JSON to a FakeOneSignal."""

    def __init__(self, fake: FakeOneSignal) -> None:
        self.fake = fake

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
        connection = http.client.HTTPConnection(self.fake.host.split("//")[1], timeout=5)
        try:
            connection.request(method, path, body=payload, headers=headers)
            response = connection.getresponse()
            data = response.read()
        finally:
            connection.close()
        is_json = response.getheader("Content-Type", "").startswith("application/json")
        decoded = json.loads(data) if is_json else (data or None)
        return Answer(response.status, decoded, dict(response.getheaders()))
