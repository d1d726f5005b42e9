"""Armed faults: fail, drop or delay the next matching requests."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, List, Optional

from onesignal.testing.limits import RATE_LIMIT_MESSAGE

FAIL = "fail"
DROP = "drop"
DELAY = "delay"


@dataclass
class Fault:
    """One armed fault and the requests it applies to.

    ``path`` matches a request path that starts with it (so an exact path
    works too); ``method`` matches case-insensitively; None matches anything.
    """

    action: str
    remaining: int
    path: Optional[str] = None
    method: Optional[str] = None
    status: int = 0
    retry_after: Optional[float] = None
    body: Any = None
    seconds: float = 0.0

    def matches(self, method: str, path: str) -> bool:
        """True when this fault applies to the request."""
        method_ok = self.method is None or self.method.upper() == method
        return method_ok and (self.path is None or path.startswith(self.path))

    def error_body(self) -> Any:
        """The body to answer with: the one given, else the API's error shape."""
        if self.body is not None:
            return self.body
        if self.status == HTTPStatus.TOO_MANY_REQUESTS:
            return {"errors": [RATE_LIMIT_MESSAGE]}
        try:
            phrase = HTTPStatus(self.status).phrase
        except ValueError:
            phrase = "Injected failure"
        return {"errors": [phrase]}


class FaultPlan:
    """Faults waiting for requests; each request consumes at most one, the oldest that matches."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: List[Fault] = []

    def arm(self, fault: Fault) -> None:
        """Queue a fault after checking its settings."""
        if not isinstance(fault.remaining, int) or fault.remaining < 1:
            raise ValueError("times must be an int of at least 1")
        if not isinstance(fault.seconds, (int, float)) or fault.seconds < 0:
            raise ValueError("seconds must be a number, not negative")
        if fault.action == FAIL and (not isinstance(fault.status, int) or not 400 <= fault.status <= 599):
            raise ValueError("status must be an int HTTP error status between 400 and 599")
        if fault.path is not None and (not isinstance(fault.path, str) or "?" in fault.path):
            raise ValueError("path must be a str without a query: faults match on the path alone")
        with self._lock:
            self._faults.append(fault)

    def take(self, method: str, path: str) -> Optional[Fault]:
        """Consume one use of the first fault matching the request."""
        with self._lock:
            for fault in self._faults:
                if fault.matches(method, path):
                    fault.remaining -= 1
                    if fault.remaining == 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def pending(self) -> int:
        """Uses left across all armed faults."""
        with self._lock:
            return sum(fault.remaining for fault in self._faults)

    def clear(self) -> None:
        """Disarm everything."""
        with self._lock:
            self._faults.clear()
