"""urllib3 connections that bound the whole answer in time and never pool an interim (1xx) answer.

A socket timeout limits each read, so a server that trickles one byte a second could hold a call for ever.
Here the transport sets an ``AnswerLimit`` for the attempt it is making; the connection reading the answer
hands its socket to one shared watchdog thread, which shuts the socket down when the limit passes, and the
attempt fails as a timeout.

Interim answers (``102 Processing``, ``103 Early Hints``, ...) are skipped to the final answer, as HTTP allows a
client to; ``101 Switching Protocols``, which the SDK never asks for, ends the connection and fails the attempt.
Either way no answer is left behind on a pooled connection for the next request to read.
"""
from __future__ import annotations

import contextvars
import heapq
import http.client
import itertools
import os
import socket
import threading
import time
from typing import Any, Dict, List, Optional, Tuple

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ProtocolError, ReadTimeoutError

_MAX_LINE = 65536  # the limits http.client applies to a header line and to the number of headers
_MAX_HEADERS = 100
_MAX_INTERIM = 20  # interim answers skipped before the server is judged broken
# urllib3 1.26, recognised by the lack of the base class that 2.0 introduced. It reads a preloaded body after the
# connection's getresponse(), in the pool (2.x reads it inside): there the watch lasts until the body is read to
# its end.
URLLIB3_1 = not hasattr(urllib3, "BaseHTTPResponse")


class AnswerLimit:
    """The time limit of one attempt's answer: ``deadline`` on ``time.monotonic()``, ``read`` seconds at most
    from when the request was sent. ``expired`` is set when the watchdog cut the answer short."""

    __slots__ = ("deadline", "read", "expired", "body")

    def __init__(self, deadline: float, read: Optional[float], body: bool = True) -> None:
        self.deadline = deadline
        self.read = read
        self.expired = False
        self.body = body  # the body is read within the limit too (the answer is preloaded)

    def cutoff(self) -> float:
        """The moment the answer must be complete, counted from now."""
        if self.read is None:
            return self.deadline
        return min(self.deadline, time.monotonic() + self.read)


current_limit: "contextvars.ContextVar[Optional[AnswerLimit]]" = contextvars.ContextVar(
    "onesignal_answer_limit", default=None)


class AnswerTooSlow(ReadTimeoutError):
    """The whole answer did not arrive within its limit (the watchdog shut the socket)."""

    def __init__(self) -> None:
        super().__init__(None, "", "the answer did not arrive in time")  # type: ignore[arg-type]


class InterimAnswer(ProtocolError):
    """The server answered ``101 Switching Protocols`` (or too many interim answers): no final answer."""


class _Watchdog:
    """One daemon thread that shuts down the sockets of answers past their limit."""

    def __init__(self) -> None:
        self._cond = threading.Condition(threading.Lock())
        self._heap: List[Tuple[float, int]] = []
        self._live: Dict[int, Tuple[socket.socket, AnswerLimit]] = {}
        self._tokens = itertools.count()
        self._thread: Optional[threading.Thread] = None

    def watch(self, sock: socket.socket, limit: AnswerLimit) -> int:
        """Cut ``sock`` at ``limit.cutoff()`` unless ``unwatch`` comes first; returns the token for that."""
        cutoff = limit.cutoff()
        with self._cond:
            token = next(self._tokens)
            self._live[token] = (sock, limit)
            earliest = self._heap[0][0] if self._heap else None
            heapq.heappush(self._heap, (cutoff, token))
            if len(self._heap) > 2 * len(self._live) + 64:  # drop the entries of answers long finished
                self._heap = [entry for entry in self._heap if entry[1] in self._live]
                heapq.heapify(self._heap)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="onesignal-watchdog", daemon=True)
                self._thread.start()
            elif earliest is None or cutoff < earliest:
                self._cond.notify()
        return token

    def unwatch(self, token: int) -> None:
        with self._cond:
            self._live.pop(token, None)

    def _run(self) -> None:
        with self._cond:
            while True:
                while self._heap and self._heap[0][1] not in self._live:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._cond.wait()
                    continue
                wait = self._heap[0][0] - time.monotonic()
                if wait > 0:
                    self._cond.wait(wait)
                    continue
                _cutoff, token = heapq.heappop(self._heap)
                sock, limit = self._live.pop(token)
                limit.expired = True
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    """Wake a read blocked on ``sock`` with end-of-file (the plain socket call, so TLS state is left alone)."""
    try:
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except OSError:
        pass  # already closed: the answer finished meanwhile


_watchdog = _Watchdog()


def _new_watchdog_in_child() -> None:
    """A forked child has no watchdog thread (and maybe a lock held by a parent's thread): start afresh."""
    global _watchdog
    _watchdog = _Watchdog()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_new_watchdog_in_child)


class _FinalResponse(http.client.HTTPResponse):
    """http.client's response, reading past interim answers (it skips only ``100 Continue`` itself)."""

    watch_token: Optional[int] = None  # the watchdog's token while the body is still being read (urllib3 1.26)

    def _close_conn(self) -> None:
        super()._close_conn()  # type: ignore[misc]
        if self.watch_token is not None:
            _watchdog.unwatch(self.watch_token)
            self.watch_token = None

    def _read_status(self) -> Tuple[str, int, str]:
        for _ in range(_MAX_INTERIM):
            version, status, reason = super()._read_status()  # type: ignore[misc]
            if not (100 <= status < 200) or status == 101:
                return version, status, reason
            _skip_headers(self.fp)
        raise InterimAnswer(f"more than {_MAX_INTERIM} interim answers and no final one")


def _skip_headers(fp: Any) -> None:
    """Read the header lines of an interim answer, within http.client's limits."""
    for _ in range(_MAX_HEADERS + 1):
        line = fp.readline(_MAX_LINE + 1)
        if len(line) > _MAX_LINE:
            raise http.client.LineTooLong("header line")
        if line in (b"\r\n", b"\n", b""):
            return
    raise http.client.HTTPException(f"got more than {_MAX_HEADERS} headers")


class _Bounded:
    """What the two connection classes add: the answer's time limit, and no interim answer handed on."""

    sock: Any

    def getresponse(self) -> Any:
        limit = current_limit.get()
        if limit is None or self.sock is None:
            response = super().getresponse()  # type: ignore[misc]
        else:
            token = _watchdog.watch(self.sock, limit)
            watching_body = False
            try:
                response = super().getresponse()  # type: ignore[misc]
                if URLLIB3_1 and limit.body and isinstance(response, _FinalResponse) and not response.isclosed():
                    response.watch_token, watching_body = token, True  # unwatched when the body is read
            except Exception:
                if limit.expired:
                    raise AnswerTooSlow() from None
                raise
            finally:
                if not watching_body:
                    _watchdog.unwatch(token)
            if limit.expired:  # a body without a length ends at the shutdown: it is cut, not complete
                raise AnswerTooSlow()
        if response.status < 200:
            raise InterimAnswer(f"the server answered {response.status} {response.reason}".rstrip()
                                + " instead of a final answer")
        return response


class BoundedHTTPConnection(_Bounded, HTTPConnection):
    response_class = _FinalResponse


class BoundedHTTPSConnection(_Bounded, HTTPSConnection):
    response_class = _FinalResponse


class BoundedHTTPConnectionPool(HTTPConnectionPool):
    ConnectionCls = BoundedHTTPConnection


class BoundedHTTPSConnectionPool(HTTPSConnectionPool):
    ConnectionCls = BoundedHTTPSConnection


POOL_CLASSES = {"http": BoundedHTTPConnectionPool, "https": BoundedHTTPSConnectionPool}
