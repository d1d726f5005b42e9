"""Issue 9, on the wire: interim (1xx) answers, answers trickled byte by byte, the whole-call ceiling, the
retry decision as a pure function, ``Retry-After`` forms, round timeout messages and urllib3's own log lines.

Hostile servers here write raw bytes on 127.0.0.1 sockets; waits are on events, never guessed sleeps.
"""
from __future__ import annotations

import contextlib
import logging
import re
import socket
import threading
from dataclasses import dataclass
from typing import Any, Callable, Iterator, List, Optional

import pytest

import onesignal
from onesignal.api.default_api import DefaultApi
from onesignal.retry import Failure, RetrySettings, parse_retry_after, retry_wait

from conftest import StepClock
from loopback import LoopbackServer

APP = "app-0001"
KEY = "hardening-app-key-0123456789"


@dataclass
class Request:
    """One request as the raw server read it."""

    connection: int  # which accepted connection (0 for the first)
    number: int  # which request on that connection (0 for the first)
    method: str
    path: str


Script = Callable[["RawServer", socket.socket, Request], None]


class RawServer:
    """A server that answers each request with whatever bytes ``script`` writes to the socket."""

    MAX_REQUESTS_PER_CONNECTION = 100

    def __init__(self, script: Script) -> None:
        self.script = script
        self.requests: List[Request] = []
        self.connections: List[socket.socket] = []
        self.stop = threading.Event()
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self.host = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._threads: List[threading.Thread] = []

    def __enter__(self) -> "RawServer":
        self._start(self._accept)
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() that close() alone leaves waiting
        self._listener.close()
        for conn in list(self.connections):
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
            conn.close()
        for thread in self._threads:
            thread.join(5)

    def _start(self, target: Callable[..., None], *args: Any) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # each write goes out at once
            self.connections.append(conn)
            self._start(self._serve, conn, len(self.connections) - 1)

    def _serve(self, conn: socket.socket, index: int) -> None:
        reader = conn.makefile("rb")
        with contextlib.suppress(OSError):
            for number in range(self.MAX_REQUESTS_PER_CONNECTION):
                line = reader.readline(65537)
                if not line.strip():
                    return
                method, path = line.decode().split()[:2]
                length = 0
                for _ in range(101):
                    header = reader.readline(65537)
                    if header in (b"\r\n", b""):
                        break
                    if header.lower().startswith(b"content-length:"):
                        length = int(header.split(b":", 1)[1])
                reader.read(length)
                request = Request(index, number, method, path)
                self.requests.append(request)
                self.script(self, conn, request)


def answer_bytes(status: str, body: bytes) -> bytes:
    return (f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode()
            + body)


def player_answer(request: Request) -> bytes:
    player_id = request.path.split("?")[0].rstrip("/").split("/")[-1]
    return answer_bytes("200 OK", b'{"id": "%s", "device_type": 1}' % player_id.encode())


@contextlib.contextmanager
def make_api(host: str, clock: Optional[StepClock] = None, **settings: Any) -> Iterator[DefaultApi]:
    config = onesignal.Configuration(host=host, app_key=KEY, user_key=KEY, **settings)
    with onesignal.ApiClient(config) as client:
        if clock is not None:
            client.rest_client.clock = clock
        yield DefaultApi(client)


# --------------------------------------------------------------------------------------------------------------
# 1. Interim answers never hand one caller's answer to the next


def early_hints(server: RawServer, conn: socket.socket, request: Request) -> None:
    """``103 Early Hints`` (after a ``102 Processing`` on every other request), then the real answer."""
    if request.number % 2:
        conn.sendall(b"HTTP/1.1 102 Processing\r\n\r\n")
    conn.sendall(b"HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n")
    conn.sendall(player_answer(request))


def test_interim_answers_are_skipped_and_every_caller_gets_its_own_answer() -> None:
    with RawServer(early_hints) as server, make_api(server.host) as api:
        assert [api.get_player(APP, f"p{n}").id for n in range(4)] == ["p0", "p1", "p2", "p3"]
        from_thread: List[str] = []
        worker = threading.Thread(target=lambda: from_thread.append(api.get_player(APP, "other-thread").id))
        worker.start()
        worker.join(10)
        assert from_thread == ["other-thread"]
        assert api.get_player(APP, "p4").id == "p4"
    assert len(server.requests) == 6  # nothing was repeated
    assert len(server.connections) == 1  # and the connection stayed usable: the interim answers were read off it


def switching_protocols(server: RawServer, conn: socket.socket, request: Request) -> None:
    """The first request ever gets ``101 Switching Protocols`` followed by a stray final answer."""
    if request.connection == 0 and request.number == 0:
        conn.sendall(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n")
        conn.sendall(answer_bytes("200 OK", b'{"id": "stray", "device_type": 1}'))
    else:
        conn.sendall(player_answer(request))


def test_a_101_answer_ends_its_connection_and_a_get_is_retried_on_a_new_one(clock: StepClock) -> None:
    with RawServer(switching_protocols) as server, make_api(server.host, clock) as api:
        assert api.get_player(APP, "p1").id == "p1"
        assert api.get_player(APP, "p2").id == "p2"
    assert [(r.connection, r.path.split("?")[0]) for r in server.requests] == [
        (0, "/players/p1"), (1, "/players/p1"), (1, "/players/p2")]


def test_a_101_answer_to_a_patch_is_a_connection_error_and_the_stray_answer_reaches_nobody() -> None:
    with RawServer(switching_protocols) as server, make_api(server.host) as api:
        with pytest.raises(onesignal.ApiConnectionError, match="101 Switching Protocols") as info:
            api.update_user(APP, "external_id", "e-1", {"properties": {"tags": {"k": "v"}}})
        assert info.value.status is None
        assert api.get_player(APP, "p2").id == "p2"
    assert [(r.connection, r.method) for r in server.requests] == [(0, "PATCH"), (1, "GET")]


# --------------------------------------------------------------------------------------------------------------
# 2. The read timeout bounds the whole answer; the call has a ceiling


def trickled_body(server: RawServer, conn: socket.socket, request: Request) -> None:
    """Headers at once, then a 4000-byte body one byte every 5 ms (20 s in all) until the test ends."""
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n")
    for _ in range(4000):
        if server.stop.wait(0.005):
            return
        conn.sendall(b" ")


def trickled_headers(server: RawServer, conn: socket.socket, request: Request) -> None:
    """The status line at once, then a header one byte every 5 ms (20 s in all)."""
    conn.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
    for _ in range(4000):
        if server.stop.wait(0.005):
            return
        conn.sendall(b"a")


def call_in_thread(call: Callable[[], Any], seconds: float = 5.0) -> List[BaseException]:
    """Run ``call`` in a thread and give it ``seconds`` (far more than the timeouts under test) to raise."""
    raised: List[BaseException] = []
    done = threading.Event()

    def run() -> None:
        try:
            call()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            raised.append(exc)
        done.set()

    threading.Thread(target=run, daemon=True).start()
    assert done.wait(seconds), "the call was still running: the timeout did not bound it"
    return raised


@pytest.mark.parametrize("script", [trickled_body, trickled_headers], ids=["body", "headers"])
@pytest.mark.parametrize("timeout", [0.03, (1, 0.03)], ids=["number", "pair"])
def test_a_trickled_answer_is_cut_at_the_read_timeout(script: Script, timeout: Any) -> None:
    with RawServer(script) as server, make_api(server.host, retries=0) as api:
        (error,) = call_in_thread(lambda: api.get_player(APP, "p1", _request_timeout=timeout))
        assert isinstance(error, onesignal.ApiTimeoutError), repr(error)
        assert str(error) == ("(no answer) timed out waiting for the answer: no complete answer within 0.03 s "
                              "(the read timeout)")
        (error,) = call_in_thread(lambda: api.get_player(APP, "p2", _request_timeout=timeout,
                                                         async_req=True).get(10))
        assert isinstance(error, onesignal.ApiTimeoutError), repr(error)


def test_a_configured_timeout_bounds_a_trickled_answer_too() -> None:
    with RawServer(trickled_body) as server, make_api(server.host, retries=0, timeout=(1, 0.03)) as api:
        (error,) = call_in_thread(lambda: api.get_player(APP, "p1"))
        assert isinstance(error, onesignal.ApiTimeoutError) and "0.03 s (the read timeout)" in str(error)


def test_the_call_ceiling_stops_retries_whose_wait_would_pass_it(server: LoopbackServer, clock: StepClock) -> None:
    server.answer(503, {"errors": ["busy"]}, {"Retry-After": "4"}, times=6)
    with make_api(server.host, clock, retries=5, call_timeout=10) as api:
        with pytest.raises(onesignal.ServiceException):
            api.get_player(APP, "p1")
        assert clock.waits == [4.0, 4.0]  # at 8 s, a third wait of 4 s would pass 10 s: the last error is raised
        assert len(server.requests) == 3
        clock.waits.clear()
        with pytest.raises(onesignal.ServiceException):
            api.get_player(APP, "p1", _call_timeout=5)
        assert clock.waits == [4.0]
        assert len(server.requests) == 5


def test_the_call_ceiling_cuts_an_attempt_that_is_still_waiting(server: LoopbackServer) -> None:
    release = threading.Event()
    server.answer(200, {"id": "p1", "device_type": 1}, hold=release)
    with make_api(server.host, retries=3) as api:
        with pytest.raises(onesignal.ApiTimeoutError) as info:
            api.get_player(APP, "p1", _request_timeout=(1, 30), _call_timeout=0.03)
    release.set()
    assert str(info.value) == ("(no answer) timed out waiting for the answer: no complete answer within 0.03 s (the "
                               "call's ceiling, call_timeout)")
    assert len(server.requests) == 1  # no time was left for a retry


def test_call_timeout_defaults_to_five_minutes_and_is_checked_per_call(server: LoopbackServer) -> None:
    assert onesignal.Configuration().call_timeout == 300.0
    with make_api(server.host) as api:
        with pytest.raises(onesignal.ApiValueError, match=r"^get_player\._call_timeout: must be more than 0"):
            api.get_player(APP, "p1", _call_timeout=0)
    assert server.requests == []


SETTINGS = RetrySettings(retries=2, backoff_factor=0.5, backoff_max=8.0, retry_after_max=60.0)


@pytest.mark.parametrize("attempt, repeatable, outcome, headers, expected", [
    (1, False, 200, {}, None),
    (1, False, 404, {}, None),
    (1, False, 429, {}, 0.5),  # refused, not processed: retried for any method
    (2, False, 429, {}, 1.0),
    (3, False, 429, {}, None),  # retries=2: a third failure is final
    (1, False, 429, {"Retry-After": "7"}, 7.0),
    (1, False, 429, {"retry-after": "61"}, None),  # above retry_after_max: raised at once
    (1, False, 429, {"Retry-After": "1_0"}, 0.5),  # not an HTTP form: the backoff instead
    (1, False, 503, {}, None),  # may have been processed: a POST is not repeated
    (1, True, 503, {}, 0.5),
    (1, True, 501, {}, None),
    (1, True, 503, {"Retry-After": "Thu, 01 Jan 2026 00:00:09 GMT"}, 9.0),
    (1, False, Failure.NOT_SENT, {}, 0.5),
    (1, False, Failure.LOST, {}, None),
    (1, True, Failure.LOST, {}, 0.5),
    (1, True, Failure.FATAL, {}, None),
    (4, True, 503, {}, None),
])
def test_the_retry_decision_is_a_pure_function(attempt: int, repeatable: bool, outcome: Any, headers: Any,
                                               expected: Optional[float]) -> None:
    now = 1767225600.0  # 2026-01-01 00:00:00 UTC
    assert retry_wait(SETTINGS, attempt, repeatable, outcome, headers, now=now, jitter=1.0) == expected


def test_backoff_grows_to_its_ceiling_with_the_given_jitter() -> None:
    waits = [retry_wait(SETTINGS._replace(retries=9), n, True, 503, {}, now=0.0, jitter=0.5) for n in range(1, 8)]
    assert waits == [0.25, 0.5, 1.0, 2.0, 4.0, 4.0, 4.0]


# --------------------------------------------------------------------------------------------------------------
# 7. Retry-After only in HTTP's forms; round timeout messages; secret query values out of urllib3's log lines


@pytest.mark.parametrize("value, expected", [
    ("10", 10.0), (" 10 ", 10.0), ("0", 0.0), ("1_0", None), ("1.5", None), ("-3", None), ("+5", None),
    ("1e3", None), ("\u0661\u0660", None), ("", None), (None, None), ("soon", None),
    ("Thu, 01 Jan 2026 00:01:00 GMT", 60.0), ("Wed, 31 Dec 2025 00:00:00 GMT", 0.0),
    ("9" * 40, float("inf")),
])
def test_retry_after_is_read_only_in_http_forms(value: Optional[str], expected: Optional[float]) -> None:
    assert parse_retry_after(value, now=1767225600.0) == expected


def test_a_retry_after_outside_http_forms_is_not_taken_for_ten_seconds(server: LoopbackServer,
                                                                      clock: StepClock) -> None:
    server.answer(429, {"errors": ["slow down"]}, {"Retry-After": "1_0"})
    with make_api(server.host, clock, backoff_factor=0.25) as api:
        api.get_player(APP, "p1")
    assert clock.waits == [0.25]
    assert len(server.requests) == 2


@pytest.mark.parametrize("timeout, shown", [(0.02, "0.02"), ((1, 0.03), "0.03")])
def test_timeout_messages_show_the_seconds_as_given(server: LoopbackServer, timeout: Any, shown: str) -> None:
    release = threading.Event()
    server.answer(200, {}, hold=release)
    with make_api(server.host, retries=0) as api:
        with pytest.raises(onesignal.ApiTimeoutError) as info:
            api.get_player(APP, "p1", _request_timeout=timeout)
    release.set()
    assert f"within {shown} s (the read timeout)" in str(info.value)
    assert not re.search(r"\d\.\d{4,}", str(info.value)), str(info.value)


def test_secret_query_values_stay_out_of_urllib3_log_lines(server: LoopbackServer, clock: StepClock,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="urllib3")
    server.answer(503, {"errors": ["busy"]})
    server.answer(200, {"id": "p1", "device_type": 11})
    with make_api(server.host, clock) as api:
        api.get_player(APP, "p1", email_auth_hash="hash-that-must-not-be-logged")
    assert server.last.query[-1] == ("email_auth_hash", "hash-that-must-not-be-logged")
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("urllib3")]
    assert any("/players/p1?app_id=app-0001&email_auth_hash=***" in line for line in lines), lines
    assert "hash-that-must-not-be-logged" not in caplog.text
