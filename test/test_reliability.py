"""Issue 4: reliability under faults and safety with secrets.

Every test talks real HTTP to a server on 127.0.0.1 (``LoopbackServer`` from test/loopback.py, sometimes with
time stamps or an echo answer added by a subclass): retries and their waits, idempotent sends, timeouts, error
classes and their details, a 16-thread run on one client, ``os.fork()``, and a scan for the keys in every
``repr``/``str``, exception and log line.
"""
from __future__ import annotations

import contextlib
import email.utils
import http
import http.client
import json
import logging
import os
import socket
import threading
import time
import warnings
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

import pytest
import urllib3

import onesignal
from onesignal import rest, retry
from onesignal.api.default_api import DefaultApi
from onesignal.models import App, Notification, Player, StringMap, UpdateUserRequest

import background
from conftest import StepClock
from loopback import Answer, LoopbackServer, Recorded

REPO = Path(__file__).resolve().parents[1]
APP = "app-0001"
# Distinctive keys for the secret scans: neither string can appear by accident.
SECRET_APP_KEY = "sk-APPKEY-7f3e9c1a-d4b2-4e8f-a6c0-UNIQUE"
SECRET_USER_KEY = "uk-USERKEY-2b8d4f6e-91ac-4c3d-b7e5-UNIQUE"


# --------------------------------------------------------------------------------------------------------------
# Servers and clients


class TimedServer(LoopbackServer):
    """A LoopbackServer that also notes when each request arrived (time.monotonic())."""

    def __init__(self) -> None:
        super().__init__()
        self.times: List[float] = []

    def _next(self, recorded: Recorded) -> Answer:
        self.times.append(time.monotonic())
        return super()._next(recorded)

    def gaps(self) -> List[float]:
        return [b - a for a, b in zip(self.times, self.times[1:])]


def echo_answer(recorded: Recorded) -> Answer:
    """An answer derived from the request, so each caller can check that it got the answer to ITS request."""
    parts = recorded.path.strip("/").split("/")
    query = dict(recorded.query)
    if recorded.method == "GET" and parts[0] == "players":
        return Answer(200, {"id": parts[1], "app_id": query.get("app_id"), "device_type": 1,
                            "identifier": "echo-" + parts[1]})
    if recorded.method == "GET" and parts[0] == "notifications":
        return Answer(200, {"id": parts[1], "app_id": query.get("app_id")})
    if recorded.method == "POST" and parts == ["notifications"]:
        body = recorded.json
        return Answer(200, {"id": "echo-" + body["contents"]["en"], "recipients": len(body["contents"]["en"]),
                            "idempotency_key": body.get("idempotency_key")})
    if recorded.method == "PATCH" and parts[0] == "apps":
        body = recorded.json
        return Answer(202, {"properties": {"tags": {"echo": parts[5] + ":" + body["properties"]["tags"]["k"]}}})
    return Answer(500, {"errors": [f"echo server: unexpected {recorded.method} {recorded.path}"]})


class EchoServer(LoopbackServer):
    """A LoopbackServer whose default answer echoes the request (queued answers still come first)."""

    def _next(self, recorded: Recorded) -> Answer:
        with self.lock:
            self.requests.append(recorded)
            if self.answers:
                return self.answers.popleft()
        return echo_answer(recorded)


@pytest.fixture
def timed() -> Iterator[TimedServer]:
    with TimedServer() as srv:
        yield srv


@pytest.fixture
def echo() -> Iterator[EchoServer]:
    with EchoServer() as srv:
        yield srv


def make_config(host: str, **overrides: Any) -> onesignal.Configuration:
    settings: Dict[str, Any] = dict(host=host, app_key=SECRET_APP_KEY, user_key=SECRET_USER_KEY,
                                    backoff_factor=0.01, timeout=(2, 5))
    settings.update(overrides)
    return onesignal.Configuration(**settings)


@contextlib.contextmanager
def make_api(host: str, clock: Optional[StepClock] = None, **overrides: Any) -> Iterator[DefaultApi]:
    """A client for ``host``; with ``clock``, its retry loop waits on that clock (instantly, recorded)."""
    with onesignal.ApiClient(make_config(host, **overrides)) as client:
        if clock is not None:
            client.rest_client.clock = clock
        yield DefaultApi(client)


def notification(text: str = "hello", **fields: Any) -> Notification:
    return Notification(app_id=APP, contents=StringMap(en=text), include_player_ids=["p1"], **fields)


def user_update(value: str = "v") -> Dict[str, Any]:
    return {"properties": {"tags": {"k": value}}}


def lower_headers(headers: Dict[str, str]) -> Dict[str, str]:
    return {k.lower(): v for k, v in headers.items()}


def free_port() -> int:
    """A port on 127.0.0.1 with nothing listening: bound once, then closed."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return int(port)


@pytest.fixture
def clean_onesignal_logger() -> Iterator[logging.Logger]:
    """Save and restore the ``onesignal`` logger's level and handlers (debug=True and ONESIGNAL_LOG change them)."""
    logger = logging.getLogger("onesignal")
    level, handlers = logger.level, list(logger.handlers)
    for handler in handlers:
        if getattr(handler, "_onesignal", False):
            logger.removeHandler(handler)
    try:
        yield logger
    finally:
        for handler in list(logger.handlers):
            if handler not in handlers:
                logger.removeHandler(handler)
        for handler in handlers:
            if handler not in logger.handlers:
                logger.addHandler(handler)
        logger.setLevel(level)


# --------------------------------------------------------------------------------------------------------------
# 429 and Retry-After


def test_429_retry_after_seconds_is_waited_for_then_the_call_succeeds(timed: TimedServer, clock: StepClock) -> None:
    timed.answer(429, {"errors": ["slow down"]}, {"Retry-After": "1"})
    timed.answer(200, {"id": "p1", "device_type": 1})
    with make_api(timed.host, clock) as api:
        player = api.get_player(APP, "p1")
    assert player.id == "p1"
    assert len(timed.requests) == 2
    assert [r.path for r in timed.requests] == ["/players/p1", "/players/p1"]
    assert clock.waits == [1.0]


def test_429_retry_after_http_date_is_waited_for(timed: TimedServer, clock: StepClock) -> None:
    when = email.utils.formatdate(clock.time() + 2, usegmt=True)
    timed.answer(429, {"errors": ["slow down"]}, {"Retry-After": when})
    timed.answer(200, {"id": "p1", "device_type": 1})
    with make_api(timed.host, clock) as api:
        assert api.get_player(APP, "p1").id == "p1"
    assert len(timed.requests) == 2
    assert clock.waits == [2.0]


def test_429_retry_after_above_the_default_ceiling_is_raised_at_once(timed: TimedServer, clock: StepClock) -> None:
    timed.answer(429, {"errors": ["rate limited"]}, {"Retry-After": "61", "x-request-id": "rid-429"})
    config = make_config(timed.host)
    assert config.retry_after_max == 60.0
    with onesignal.ApiClient(config) as client:
        client.rest_client.clock = clock
        with pytest.raises(onesignal.RateLimitException) as info:
            DefaultApi(client).get_player(APP, "p1")
    assert clock.waits == []
    assert len(timed.requests) == 1
    exc = info.value
    assert exc.retry_after == 61.0
    assert exc.status == 429
    assert exc.errors == ["rate limited"]
    assert exc.request_id == "rid-429"


def test_429_http_date_above_a_configured_ceiling_is_raised_at_once_with_the_delay(
        timed: TimedServer, clock: StepClock) -> None:
    when = email.utils.formatdate(clock.time() + 3600, usegmt=True)
    timed.answer(429, {"errors": ["rate limited"]}, {"Retry-After": when})
    with make_api(timed.host, clock, retry_after_max=5) as api:
        with pytest.raises(onesignal.RateLimitException) as info:
            api.get_notification(APP, "n1")
    assert clock.waits == []
    assert len(timed.requests) == 1
    assert info.value.retry_after is not None
    assert 3590 <= info.value.retry_after <= 3600


def test_429_retry_after_zero_is_retried_at_once(timed: TimedServer, clock: StepClock) -> None:
    timed.answer(429, {"errors": ["slow down"]}, {"Retry-After": "0"})
    with make_api(timed.host, clock, backoff_factor=5.0) as api:
        api.get_notification(APP, "n1")
    assert len(timed.requests) == 2
    assert clock.waits == [0.0]


def test_429_is_retried_for_a_post(timed: TimedServer) -> None:
    # create_player is a plain POST (not idempotent): a 429 means it was not processed, so it is repeated.
    timed.answer(429, {"errors": ["slow down"]}, {"Retry-After": "0"})
    timed.answer(200, {"success": True, "id": "new-player"})
    with make_api(timed.host) as api:
        result = api.create_player(Player(device_type=1, identifier="tok-1"))
    assert result.id == "new-player"
    assert [r.method for r in timed.requests] == ["POST", "POST"]
    assert timed.requests[0].json == timed.requests[1].json == {"device_type": 1, "identifier": "tok-1"}


def test_429_is_retried_for_a_patch(timed: TimedServer) -> None:
    timed.answer(429, {"errors": ["slow down"]})  # no Retry-After: the backoff is used
    timed.answer(202, {"properties": {"tags": {"k": "v"}}})
    with make_api(timed.host) as api:
        result = api.update_user(APP, "external_id", "alias-1", user_update())
    assert result.properties.tags == {"k": "v"}
    assert [r.method for r in timed.requests] == ["PATCH", "PATCH"]
    assert timed.requests[0].raw_body == timed.requests[1].raw_body


def test_429_is_not_retried_when_retries_are_off(timed: TimedServer) -> None:
    timed.answer(429, {"errors": ["slow down"]}, {"Retry-After": "0"})
    with make_api(timed.host, retries=0) as api:
        with pytest.raises(onesignal.RateLimitException) as info:
            api.get_player(APP, "p1")
    assert len(timed.requests) == 1
    assert info.value.retry_after == 0.0


# --------------------------------------------------------------------------------------------------------------
# 5xx


@pytest.mark.parametrize("status", [502, 503, 504, 500])
def test_5xx_on_get_is_retried_and_the_result_returned(timed: TimedServer, status: int) -> None:
    timed.answer(status, {"errors": ["try again"]})
    timed.answer(200, {"id": "n1", "app_id": APP})
    with make_api(timed.host) as api:
        result = api.get_notification(APP, "n1")
    assert (result.id, result.app_id) == ("n1", APP)
    assert len(timed.requests) == 2


def test_503_retry_after_is_honoured_on_get(timed: TimedServer, clock: StepClock) -> None:
    timed.answer(503, {"errors": ["maintenance"]}, {"Retry-After": "1"})
    with make_api(timed.host, clock) as api:
        api.get_notification(APP, "n1")
    assert len(timed.requests) == 2
    assert clock.waits == [1.0]


@pytest.mark.parametrize("status", [500, 502, 503])
def test_5xx_on_patch_is_not_repeated(timed: TimedServer, status: int) -> None:
    timed.answer(status, {"errors": ["boom"]}, {"x-request-id": "rid-patch"})
    with make_api(timed.host) as api:
        with pytest.raises(onesignal.ServiceException) as info:
            api.update_user(APP, "external_id", "alias-1", user_update())
    assert len(timed.requests) == 1
    assert info.value.status == status
    assert info.value.request_id == "rid-patch"
    assert info.value.idempotency_key is None


def test_500_on_a_plain_post_is_not_repeated(timed: TimedServer) -> None:
    timed.answer(500, {"errors": ["boom"]})
    with make_api(timed.host) as api:
        with pytest.raises(onesignal.ServiceException):
            api.create_player(Player(device_type=1, identifier="tok-1"))
    assert len(timed.requests) == 1


def test_retries_exhausted_raise_the_last_error_after_retries_plus_one_requests(timed: TimedServer) -> None:
    for n in (1, 2, 3, 4):
        timed.answer(503, {"errors": [f"failure {n}"]}, {"x-request-id": f"rid-{n}"})
    with make_api(timed.host, retries=3) as api:
        with pytest.raises(onesignal.ServiceException) as info:
            api.get_player(APP, "p1")
    assert len(timed.requests) == 4
    assert info.value.errors == ["failure 4"]
    assert info.value.request_id == "rid-4"


def test_default_retries_make_three_attempts(timed: TimedServer) -> None:
    timed.answer(502, {"errors": ["bad gateway"]}, times=5)
    with make_api(timed.host) as api:
        with pytest.raises(onesignal.ServiceException) as info:
            api.get_notification(APP, "n1")
    assert len(timed.requests) == 3  # default retries=2
    assert info.value.status == 502


def test_retries_zero_switches_retrying_off(timed: TimedServer) -> None:
    timed.answer(503, {"errors": ["down"]})
    with make_api(timed.host, retries=0) as api:
        with pytest.raises(onesignal.ServiceException) as info:
            api.get_player(APP, "p1")
    assert len(timed.requests) == 1
    assert info.value.status == 503


def test_backoff_doubles_with_jitter(timed: TimedServer) -> None:
    # factor 0.1: the waits are 0.1, 0.2 and 0.4 s, each times the clock's jitter (0.75 here).
    clock = StepClock(jitter=0.75)
    timed.answer(503, {}, times=3)
    with make_api(timed.host, clock, retries=3, backoff_factor=0.1, backoff_max=8) as api:
        api.get_notification(APP, "n1")
    assert len(timed.requests) == 4
    assert clock.waits == pytest.approx([0.075, 0.15, 0.3])


@pytest.mark.parametrize("attempt, base", [(1, 0.5), (2, 1.0), (3, 2.0), (5, 8.0), (9, 8.0)])
def test_backoff_delays_are_jittered_within_half_to_full_base(attempt: int, base: float) -> None:
    delays = [retry.backoff_delay(attempt, 0.5, 8.0) for _ in range(400)]
    assert all(0.5 * base <= d <= base for d in delays)
    assert max(delays) - min(delays) > 0.3 * base  # spread out, not one fixed wait
    assert len(set(delays)) > 300


def test_backoff_is_capped_by_backoff_max(timed: TimedServer, clock: StepClock) -> None:
    # factor 0.1 capped at 0.12: the waits are 0.1, 0.12 and 0.12 s, not 0.1, 0.2 and 0.4 s.
    timed.answer(503, {}, times=3)
    with make_api(timed.host, clock, retries=3, backoff_factor=0.1, backoff_max=0.12) as api:
        api.get_notification(APP, "n1")
    assert len(timed.requests) == 4
    assert clock.waits == [0.1, 0.12, 0.12]


def test_configuration_defaults_for_retries_and_timeouts() -> None:
    config = onesignal.Configuration()
    assert config.timeout == (10.0, 60.0)
    assert (config.retries, config.backoff_factor, config.backoff_max, config.retry_after_max) == (2, 0.5, 8.0, 60.0)


# --------------------------------------------------------------------------------------------------------------
# Dropped connections and idempotent sends


def test_dropped_connection_on_get_is_retried(timed: TimedServer) -> None:
    timed.answer(drop=True)
    timed.answer(200, {"id": "p1", "device_type": 1})
    with make_api(timed.host) as api:
        assert api.get_player(APP, "p1").id == "p1"
    assert len(timed.requests) == 2


def test_dropped_connection_on_create_notification_is_retried_with_the_same_idempotency_key(
        timed: TimedServer) -> None:
    timed.answer(drop=True)
    timed.answer(200, {"id": "notif-1", "recipients": 1})
    message = notification()
    with make_api(timed.host) as api:
        result = api.create_notification(message)
    assert result.id == "notif-1"
    assert len(timed.requests) == 2
    first, second = (r.json for r in timed.requests)
    key = first["idempotency_key"]
    assert isinstance(key, str) and len(key) == 36
    assert second["idempotency_key"] == key
    assert first == second
    assert message.idempotency_key is None
    assert "idempotency_key" not in message.to_dict() or message.to_dict()["idempotency_key"] is None


def test_each_create_notification_call_gets_its_own_key(timed: TimedServer) -> None:
    message = notification()
    with make_api(timed.host) as api:
        api.create_notification(message)
        api.create_notification(message)
    keys = [r.json["idempotency_key"] for r in timed.requests]
    assert len(keys) == 2 and keys[0] != keys[1]
    assert message.idempotency_key is None


def test_a_callers_idempotency_key_is_sent_unchanged_on_every_attempt(timed: TimedServer) -> None:
    timed.answer(503, {"errors": ["down"]})
    own_key = "5b1c3c8e-0d6a-4a8e-9d71-3f2f6a1c9b10"
    with make_api(timed.host) as api:
        api.create_notification(notification(idempotency_key=own_key))
    assert [r.json["idempotency_key"] for r in timed.requests] == [own_key, own_key]


def test_dropped_connection_on_patch_is_not_retried(timed: TimedServer) -> None:
    timed.answer(drop=True)
    with make_api(timed.host) as api:
        with pytest.raises(onesignal.ApiConnectionError) as info:
            api.update_user(APP, "external_id", "alias-1", user_update())
    assert len(timed.requests) == 1
    assert not isinstance(info.value, onesignal.ApiTimeoutError)
    assert info.value.status is None


def test_dropped_connection_on_a_plain_post_is_not_retried(timed: TimedServer) -> None:
    timed.answer(drop=True)
    with make_api(timed.host) as api:
        with pytest.raises(onesignal.ApiConnectionError):
            api.create_player(Player(device_type=1, identifier="tok-1"))
    assert len(timed.requests) == 1


@pytest.mark.parametrize("fault", ["drop", "503"])
def test_create_notification_failing_every_time_carries_the_key_it_sent(timed: TimedServer, fault: str) -> None:
    if fault == "drop":
        timed.answer(drop=True, times=3)
        expected: Any = onesignal.ApiConnectionError
    else:
        timed.answer(503, {"errors": ["down"]}, times=3)
        expected = onesignal.ServiceException
    message = notification()
    with make_api(timed.host) as api:
        with pytest.raises(expected) as info:
            api.create_notification(message)
    assert len(timed.requests) == 3
    sent = {r.json["idempotency_key"] for r in timed.requests}
    assert len(sent) == 1
    (key,) = sent
    assert info.value.idempotency_key == key
    assert key in str(info.value)
    assert message.idempotency_key is None


# --------------------------------------------------------------------------------------------------------------
# Timeouts and refused connections


def test_hung_server_is_cut_by_the_per_call_read_timeout(timed: TimedServer) -> None:
    release = threading.Event()  # the server answers only when the test says so: after the timeout
    timed.answer(200, {"id": "p1", "device_type": 1}, hold=release)
    with make_api(timed.host, retries=0) as api:
        with pytest.raises(onesignal.ApiTimeoutError) as info:
            api.get_player(APP, "p1", _request_timeout=(1, 0.02))
    release.set()
    exc = info.value
    assert isinstance(exc, onesignal.ApiConnectionError)
    assert isinstance(exc, onesignal.ApiException)
    assert not isinstance(exc, urllib3.exceptions.HTTPError)
    assert type(exc).__module__ == "onesignal.exceptions"
    assert exc.status is None
    assert len(timed.requests) == 1


def test_configuration_timeout_applies_to_every_call(timed: TimedServer) -> None:
    release = threading.Event()
    timed.answer(200, {}, hold=release)
    with make_api(timed.host, retries=0, timeout=(1, 0.02)) as api:
        with pytest.raises(onesignal.ApiTimeoutError):
            api.get_notification(APP, "n1")
    release.set()


def test_a_timeout_changed_after_the_client_was_made_applies(timed: TimedServer) -> None:
    release = threading.Event()
    timed.answer(200, {"id": "p1", "device_type": 1}, delay=0.05)
    timed.answer(200, {}, hold=release)
    with make_api(timed.host, retries=0, timeout=(1, 0.02)) as api:
        api.api_client.configuration.timeout = (1, 5)
        assert api.get_player(APP, "p1").id == "p1"  # 0.05 s late: in time for the new timeout only
        api.api_client.configuration.timeout = (1, 0.02)
        with pytest.raises(onesignal.ApiTimeoutError):
            api.get_notification(APP, "n1")
    release.set()


def test_read_timeout_on_get_is_retried(timed: TimedServer) -> None:
    release = threading.Event()
    timed.answer(200, {"id": "late", "device_type": 1}, hold=release)
    timed.answer(200, {"id": "p1", "device_type": 1})
    with make_api(timed.host) as api:
        assert api.get_player(APP, "p1", _request_timeout=(1, 0.2)).id == "p1"
    release.set()
    assert len(timed.requests) == 2


def test_read_timeout_on_patch_is_not_retried(timed: TimedServer) -> None:
    release = threading.Event()
    timed.answer(202, {}, hold=release)
    with make_api(timed.host) as api:
        with pytest.raises(onesignal.ApiTimeoutError):
            api.update_user(APP, "external_id", "alias-1", user_update(), _request_timeout=(1, 0.02))
    release.set()
    assert len(timed.requests) == 1


@pytest.mark.parametrize("retries", [0, 2])
def test_connection_refused_raises_api_connection_error(retries: int) -> None:
    host = f"http://127.0.0.1:{free_port()}"
    with make_api(host, retries=retries) as api:
        with pytest.raises(onesignal.ApiConnectionError) as info:
            api.get_player(APP, "p1")
    exc = info.value
    assert not isinstance(exc, onesignal.ApiTimeoutError)
    assert not isinstance(exc, urllib3.exceptions.HTTPError)
    assert exc.status is None
    assert "connect" in str(exc).lower()


def test_tls_failure_is_raised_at_once_and_not_repeated() -> None:
    """An https request to a server that speaks no TLS fails the handshake; repeating cannot help."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    accepted: List[int] = []

    def serve() -> None:
        listener.settimeout(3)
        with contextlib.suppress(OSError):
            while True:
                conn, _ = listener.accept()
                accepted.append(1)
                conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
                conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        with make_api(f"https://127.0.0.1:{listener.getsockname()[1]}", retries=2) as api:
            with pytest.raises(onesignal.ApiConnectionError, match="TLS failed") as info:
                api.get_player(APP, "p1")
    finally:
        listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() that close() alone leaves waiting
        listener.close()
        thread.join(5)
    assert not isinstance(info.value, urllib3.exceptions.HTTPError)
    assert accepted == [1]


# --------------------------------------------------------------------------------------------------------------
# Error classes and their details


ERROR_CLASSES = [
    (400, onesignal.BadRequestException),
    (401, onesignal.UnauthorizedException),
    (403, onesignal.ForbiddenException),
    (404, onesignal.NotFoundException),
    (409, onesignal.ConflictException),
    (429, onesignal.RateLimitException),
    (500, onesignal.ServiceException),
    (503, onesignal.ServiceException),
]


@pytest.mark.parametrize("status,cls", ERROR_CLASSES)
def test_error_class_and_details_by_status(timed: TimedServer, status: int, cls: type) -> None:
    payload = {"errors": ["a", "b"]}
    timed.answer(status, payload, {"x-request-id": f"rid-{status}", "X-Extra": "yes"})
    with make_api(timed.host, retries=0) as api:
        with pytest.raises(onesignal.ApiException) as info:
            api.get_player(APP, "p1")
    exc = info.value
    assert type(exc) is cls
    assert exc.status == status
    assert exc.reason == http.HTTPStatus(status).phrase
    assert exc.body == json.dumps(payload)
    headers = lower_headers(exc.headers)
    assert headers["x-request-id"] == f"rid-{status}"
    assert headers["x-extra"] == "yes"
    assert headers["content-type"] == "application/json"
    assert exc.request_id == f"rid-{status}"
    assert exc.errors == ["a", "b"]
    text = str(exc)
    assert str(status) in text and "a; b" in text and f"rid-{status}" in text
    if cls is onesignal.RateLimitException:
        assert exc.retry_after is None


@pytest.mark.parametrize("body,expected", [
    ({"errors": ["a", "b"]}, ["a", "b"]),
    ({"errors": [{"code": "c", "title": "t", "meta": {}}]}, ["c: t"]),
    ({"errors": {"invalid_player_ids": ["p1"]}}, ["invalid_player_ids: p1"]),
])
def test_error_messages_are_parsed_from_every_shape(timed: TimedServer, body: Any, expected: List[str]) -> None:
    timed.answer(400, body)
    with make_api(timed.host) as api:
        with pytest.raises(onesignal.BadRequestException) as info:
            api.create_notification(notification())
    assert info.value.errors == expected
    assert "; ".join(expected) in str(info.value)
    assert len(timed.requests) == 1


def test_a_non_json_error_body_is_reported_as_such_with_its_start(timed: TimedServer) -> None:
    page = ("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>"
            + "<p>" + "padding " * 200 + "</p></center></body></html>")
    timed.answer(502, page.encode(), {"Content-Type": "text/html"})
    with make_api(timed.host, retries=0) as api:
        with pytest.raises(onesignal.ServiceException) as info:
            api.get_player(APP, "p1")
    exc = info.value
    text = str(exc)
    assert "not json" in text.lower()
    assert "<html><head><title>502 Bad Gateway</title>" in text
    assert page not in text  # only the start is shown
    assert exc.body == page
    assert exc.errors == []
    assert exc.status == 502


def test_a_200_with_malformed_json_raises_api_exception(timed: TimedServer) -> None:
    timed.answer(200, b'{"id": "p1", "device_type": ', {"Content-Type": "application/json"})
    with make_api(timed.host) as api:
        with pytest.raises(onesignal.ApiException) as info:
            api.get_player(APP, "p1")
    exc = info.value
    assert type(exc) is onesignal.ApiException
    assert exc.status == 200
    assert str(exc) == "(200) OK\nThe answer is not JSON; it starts with: '{\"id\": \"p1\", \"device_type\": '"
    assert exc.body == '{"id": "p1", "device_type": '
    assert len(timed.requests) == 1


def test_retry_after_is_on_every_error_that_carries_it(timed: TimedServer) -> None:
    timed.answer(503, {"errors": ["maintenance"]}, {"Retry-After": "120"})
    with make_api(timed.host) as api:
        with pytest.raises(onesignal.ServiceException) as info:
            api.get_player(APP, "p1")
    assert info.value.retry_after == 120.0
    assert len(timed.requests) == 1  # above retry_after_max: raised at once, not waited for


@pytest.mark.parametrize("error", [
    onesignal.ApiConnectionError("the connection was lost"),
    onesignal.ApiTimeoutError("timed out"),
    onesignal.RateLimitException(429, "Too Many Requests", body='{"errors": ["slow down"]}',
                                 headers={"Retry-After": "3", "x-request-id": "r-1"}),
])
def test_exceptions_survive_pickling(error: onesignal.ApiException) -> None:
    import pickle
    error.idempotency_key = "key-1"
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert (copy.status, copy.reason, copy.errors, copy.request_id, copy.idempotency_key) == (
        error.status, error.reason, error.errors, error.request_id, "key-1")


# --------------------------------------------------------------------------------------------------------------
# Threads and fork


def test_one_client_shared_by_16_threads_for_512_mixed_calls(echo: EchoServer) -> None:
    threads_n, calls_per_thread = 16, 32
    failures: List[Tuple[int, int, str]] = []
    done = [0] * threads_n
    barrier = threading.Barrier(threads_n)

    with make_api(echo.host, timeout=(5, 10)) as api:
        def worker(t: int) -> None:
            try:
                barrier.wait(timeout=10)
                for c in range(calls_per_thread):
                    ident = f"t{t}-c{c}"
                    kind = (t + c) % 4
                    try:
                        if kind == 0:
                            player = api.get_player(APP, "player-" + ident)
                            ok = (player.id, player.identifier) == ("player-" + ident, "echo-player-" + ident)
                        elif kind == 1:
                            notif = api.get_notification(APP, "notif-" + ident)
                            ok = (notif.id, notif.app_id) == ("notif-" + ident, APP)
                        elif kind == 2:
                            sent = api.create_notification(notification("msg-" + ident))
                            ok = (sent.id, sent.recipients) == ("echo-msg-" + ident, len("msg-" + ident))
                        else:
                            updated = api.update_user(APP, "external_id", "alias-" + ident, user_update(ident))
                            ok = updated.properties.tags == {"echo": f"alias-{ident}:{ident}"}
                        if not ok:
                            failures.append((t, c, "wrong answer"))
                        done[t] += 1
                    except Exception as exc:  # noqa: BLE001 - every error is a failure of the test
                        failures.append((t, c, repr(exc)))
            except Exception as exc:  # noqa: BLE001
                failures.append((t, -1, repr(exc)))

        workers = [threading.Thread(target=worker, args=(t,), daemon=True) for t in range(threads_n)]
        for w in workers:
            w.start()
        for w in workers:
            w.join(timeout=60)

    assert not any(w.is_alive() for w in workers)
    assert failures == []
    assert sum(done) == threads_n * calls_per_thread == 512
    assert len(echo.requests) == 512  # nothing repeated, nothing lost
    keys = [r.json["idempotency_key"] for r in echo.requests if r.method == "POST"]
    assert len(keys) == 128 and len(set(keys)) == 128


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # Python 3.12+: fork() in a multi-threaded process
def test_fork_child_gets_its_own_pool_and_the_parent_keeps_working(echo: EchoServer) -> None:
    with make_api(echo.host) as api:
        client = api.api_client
        assert api.get_player(APP, "parent-before").id == "parent-before"
        assert api.get_player(APP, "parent-async", async_req=True).get(timeout=5).id == "parent-async"
        parent_pool = client.rest_client.pool_manager
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: report through the pipe and the exit code, never return into pytest
            code = 1
            try:
                os.close(read_end)
                try:
                    player = api.get_player(APP, "child-1", _request_timeout=(2, 3))
                    new_pool = client.rest_client.pool_manager is not parent_pool
                    threaded = api.get_player(APP, "child-async", async_req=True).get(timeout=5)
                    message = f"id={player.id} new_pool={new_pool} async={threaded.id}"
                    code = 0 if (player.id == "child-1" and new_pool and threaded.id == "child-async") else 1
                except BaseException as exc:  # noqa: BLE001
                    message = "error " + repr(exc)
                os.write(write_end, message.encode())
                os.close(write_end)
            finally:
                os._exit(code)
        os.close(write_end)
        deadline = time.monotonic() + 15
        status = None
        while time.monotonic() < deadline:
            finished, status = os.waitpid(pid, os.WNOHANG)
            if finished:
                break
            time.sleep(0.02)
        else:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            pytest.fail("the forked child did not finish within 15 s")
        with os.fdopen(read_end, "rb") as pipe:
            report = pipe.read().decode()
        assert report == "id=child-1 new_pool=True async=child-async"
        assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
        # The parent's client still works, on its own pool.
        assert client.rest_client.pool_manager is parent_pool
        assert api.get_player(APP, "parent-after").id == "parent-after"
        assert api.create_notification(notification("after-fork")).id == "echo-after-fork"
    assert [r.path for r in echo.requests] == ["/players/parent-before", "/players/parent-async",
                                               "/players/child-1", "/players/child-async",
                                               "/players/parent-after", "/notifications"]


# --------------------------------------------------------------------------------------------------------------
# Secrets and logging


def _assert_no_secret(text: str, what: str) -> None:
    for secret in (SECRET_APP_KEY, SECRET_USER_KEY):
        assert secret not in text, f"{what} shows a key: {text[:300]!r}"
        # nor a large piece of it
        assert secret[3:-7] not in text, f"{what} shows part of a key: {text[:300]!r}"


def test_keys_never_appear_in_reprs_exceptions_or_log_lines(
        timed: TimedServer, caplog: pytest.LogCaptureFixture, clean_onesignal_logger: logging.Logger) -> None:
    caplog.set_level(logging.DEBUG, logger="onesignal")
    config = make_config(timed.host, retries=1)
    exceptions: List[BaseException] = []
    with onesignal.ApiClient(config) as client:
        api = DefaultApi(client)
        objects: List[Any] = [config, config.copy(), client, api,
                              App(name="my app", basic_auth_key=SECRET_APP_KEY),
                              App._from_wire({"name": "decoded", "basic_auth_key": SECRET_APP_KEY}),
                              Player(device_type=1, email_auth_hash=SECRET_USER_KEY),
                              notification(), UpdateUserRequest(properties={"tags": {"k": "v"}})]

        # successes (one with each key), with a request id so the debug line has one
        timed.answer(200, {"id": "p1", "device_type": 1}, {"x-request-id": "rid-ok"})
        objects.append(api.get_player(APP, "p1"))
        timed.answer(200, {"id": APP, "name": "app", "basic_auth_key": SECRET_APP_KEY})
        objects.append(api.get_app(APP))
        objects.append(api.create_notification(notification()))

        def failing(call: Any) -> None:
            try:
                call()
            except onesignal.ApiException as exc:
                exceptions.append(exc)
            else:
                pytest.fail("the call should have failed")

        timed.answer(400, {"errors": ["bad"]})
        failing(lambda: api.create_notification(notification()))
        timed.answer(401, {"errors": ["Please include a case-sensitive header of Authorization"]})
        failing(lambda: api.get_app(APP))
        timed.answer(429, {"errors": ["slow"]}, {"Retry-After": "0"}, times=2)
        failing(lambda: api.get_player(APP, "p1"))
        timed.answer(500, {"errors": ["boom"]}, times=2)
        failing(lambda: api.get_notification(APP, "n1"))
        timed.answer(drop=True, times=2)
        failing(lambda: api.create_notification(notification()))
        release = threading.Event()
        timed.answer(200, {}, hold=release, times=2)
        failing(lambda: api.get_player(APP, "p2", _request_timeout=(1, 0.02)))
        release.set()

    assert [type(e) for e in exceptions] == [
        onesignal.BadRequestException, onesignal.UnauthorizedException, onesignal.RateLimitException,
        onesignal.ServiceException, onesignal.ApiConnectionError, onesignal.ApiTimeoutError]
    # the keys were really on the wire, so the scan below is meaningful
    auths = {r.headers.get("Authorization") for r in timed.requests}
    assert auths == {f"Key {SECRET_APP_KEY}", f"Key {SECRET_USER_KEY}"}

    for obj in objects:
        _assert_no_secret(repr(obj), f"repr({type(obj).__name__})")
        _assert_no_secret(str(obj), f"str({type(obj).__name__})")
    for exc in exceptions:
        _assert_no_secret(repr(exc), f"repr({type(exc).__name__})")
        _assert_no_secret(str(exc), f"str({type(exc).__name__})")
        _assert_no_secret(" ".join(map(str, exc.args)), f"{type(exc).__name__}.args")

    records = [r for r in caplog.records if r.name.startswith("onesignal")]
    assert records, "nothing was logged by the onesignal logger at DEBUG level"
    for record in records:
        _assert_no_secret(record.getMessage(), "log line")
    _assert_no_secret(caplog.text, "captured log")
    # log lines carry method, path, status, attempt and request id
    messages = [r.getMessage() for r in records]
    assert any("GET" in m and "/players/p1" in m and "200" in m and "attempt 1" in m and "rid-ok" in m
               for m in messages), messages
    assert any("429" in m and "retry" in m.lower() for m in messages), messages


def test_debug_true_does_not_turn_on_http_client_header_printing(
        timed: TimedServer, capfd: pytest.CaptureFixture[str], clean_onesignal_logger: logging.Logger) -> None:
    assert http.client.HTTPConnection.debuglevel == 0
    config = make_config(timed.host, debug=True)
    assert repr(config).count("debug=True") == 1
    with onesignal.ApiClient(config) as client:
        api = DefaultApi(client)
        api.get_player(APP, "p1")
        api.get_app(APP)
        assert http.client.HTTPConnection.debuglevel == 0
        assert urllib3.connection.HTTPConnection.debuglevel == 0
    assert clean_onesignal_logger.getEffectiveLevel() == logging.DEBUG
    out, err = capfd.readouterr()
    for marker in ("send:", "reply:", "header:"):
        assert marker not in out and marker not in err
    _assert_no_secret(out, "stdout")
    _assert_no_secret(err, "stderr")
    assert "/players/p1" in err  # debug=True did switch the onesignal logger on (to stderr)


def test_verify_ssl_false_warns_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rest, "_warned_insecure", False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        first = onesignal.ApiClient(onesignal.Configuration(host="https://127.0.0.1:9", verify_ssl=False))
        second = onesignal.ApiClient(onesignal.Configuration(host="https://127.0.0.1:9", verify_ssl=False))
    first.close()
    second.close()
    user_warnings = [w for w in caught if issubclass(w.category, UserWarning)]
    assert len(user_warnings) == 1
    assert "verify_ssl" in str(user_warnings[0].message)


def test_verified_tls_is_the_default_and_does_not_warn(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rest, "_warned_insecure", False)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client = onesignal.ApiClient(onesignal.Configuration(host="https://127.0.0.1:9"))
    client.close()
    import certifi
    assert client.configuration.ca_certs == certifi.where()


LOGGING_SCRIPT = f"""
import logging, sys
import onesignal
from onesignal.api.default_api import DefaultApi
print(logging.getLogger('onesignal').level)
sys.path.insert(0, 'test')
from loopback import LoopbackServer
with LoopbackServer() as server:
    server.answer(200, {{"id": "p-sub", "device_type": 1}}, {{"x-request-id": "rid-sub"}})
    config = onesignal.Configuration(host=server.host, app_key={SECRET_APP_KEY!r})
    with onesignal.ApiClient(config) as client:
        print(DefaultApi(client).get_player('app-0001', 'p-sub').id)
"""
for _value in ("debug", "info"):
    background.define(f"ONESIGNAL_LOG={_value}", "-c", LOGGING_SCRIPT,
                      env=dict(os.environ, ONESIGNAL_LOG=_value, PYTHONPATH=str(REPO)))


@pytest.mark.background("ONESIGNAL_LOG=debug", "ONESIGNAL_LOG=info")
@pytest.mark.parametrize("value,level", [("debug", logging.DEBUG), ("info", logging.INFO)])
def test_onesignal_log_environment_variable_switches_logging_on(value: str, level: int) -> None:
    done = background.succeeded(f"ONESIGNAL_LOG={value}")  # a fresh interpreter: the variable is read at import
    assert done.stdout.split() == [str(level), "p-sub"]
    assert SECRET_APP_KEY not in done.stderr and SECRET_APP_KEY not in done.stdout
    if level == logging.DEBUG:
        line = next((l for l in done.stderr.splitlines() if "/players/p-sub" in l), None)
        assert line is not None, done.stderr
        assert "onesignal" in line and "DEBUG" in line and "GET" in line and "200" in line and "rid-sub" in line
    else:
        assert "/players/p-sub" not in done.stderr  # a success is a DEBUG line, below INFO


background.define("ONESIGNAL_LOG unset", "-c", (
    "import logging, socket, onesignal\n"
    "from onesignal.api.default_api import DefaultApi\n"
    "l = logging.getLogger('onesignal')\n"
    "print(l.level, [type(h).__name__ for h in l.handlers])\n"
    "with socket.socket() as s:\n"  # a port with nothing listening
    "    s.bind(('127.0.0.1', 0))\n"
    "    host = 'http://127.0.0.1:%d' % s.getsockname()[1]\n"
    "config = onesignal.Configuration(host=host, app_key='k', retries=1, backoff_factor=0.01)\n"
    "try:\n"
    "    DefaultApi(onesignal.ApiClient(config)).get_player('a', 'p')\n"
    "except onesignal.ApiConnectionError:\n"
    "    print('raised')\n"),
    env={**{k: v for k, v in os.environ.items() if k != "ONESIGNAL_LOG"}, "PYTHONPATH": str(REPO)})


@pytest.mark.background("ONESIGNAL_LOG unset")
def test_without_onesignal_log_the_logger_is_left_alone() -> None:
    done = background.succeeded("ONESIGNAL_LOG unset")
    assert done.stdout.splitlines() == ["0 ['NullHandler']", "raised"]
    assert done.stderr == ""  # no "No handlers could be found" fallback printing of retries or failures


@pytest.mark.parametrize("proxy, shown", [
    ("http://bob:s3cr3t-pass@proxy.internal:3128", "proxy='http://***@proxy.internal:3128'"),
    ("bob:s3cr3t-pass@proxy.internal:3128", "proxy='http://***@proxy.internal:3128'"),
    ("http://bob:s3cr3t@pass@proxy.internal:3128", "proxy='http://***@proxy.internal:3128'"),
    ("http://proxy.internal:3128", "proxy='http://proxy.internal:3128'"),
])
def test_proxy_credentials_are_masked_in_the_configuration_repr(proxy: str, shown: str) -> None:
    config = onesignal.Configuration(proxy=proxy, proxy_headers={"Proxy-Authorization": "Basic s3cr3t-pass"})
    text = repr(config)
    assert shown in text
    assert "proxy_headers={'Proxy-Authorization': '***'}" in text
    assert "s3cr3t" not in text and "s3cr3t" not in str(config)


@pytest.mark.parametrize("timeout", ["5", -1, 0, True, (1,), (1, 2, 3), ((1, 2), 3), (1, "x")])
def test_a_bad_request_timeout_is_refused_before_sending(timed: TimedServer, timeout: Any) -> None:
    with make_api(timed.host) as api:
        with pytest.raises(onesignal.ApiTypeError) as info:
            api.get_player(APP, "p1", _request_timeout=timeout)
    assert str(info.value) == ("get_player._request_timeout: expected seconds (a positive number) or a "
                               f"(connect, read) pair, got {timeout!r}")
    assert timed.requests == []


def test_log_lines_leave_out_the_query(timed: TimedServer, caplog: pytest.LogCaptureFixture,
                                       clean_onesignal_logger: logging.Logger) -> None:
    caplog.set_level(logging.DEBUG, logger="onesignal")
    timed.answer(503, {"errors": ["busy"]})
    timed.answer(200, {"id": "p1", "device_type": 11})
    with make_api(timed.host) as api:
        api.get_player(APP, "p1", email_auth_hash="hash-that-must-not-be-logged")
    assert timed.requests[-1].query == [("app_id", APP), ("email_auth_hash", "hash-that-must-not-be-logged")]
    lines = [r.getMessage() for r in caplog.records if r.name == "onesignal"]
    assert len(lines) == 3
    assert lines[1].startswith(f"GET {timed.host}/players/p1 -> 503; retrying in ")
    assert all("hash-that-must-not-be-logged" not in line and "?" not in line for line in lines)


def test_a_retry_with_preload_content_off_reads_the_final_answer(timed: TimedServer) -> None:
    timed.answer(503, {"errors": ["busy"]})
    timed.answer(200, {"id": "p1", "device_type": 1})
    with make_api(timed.host) as api:
        raw = api.get_player(APP, "p1", _preload_content=False)
        assert raw.status == 200
        assert json.loads(raw.data) == {"id": "p1", "device_type": 1}
    assert len(timed.requests) == 2
