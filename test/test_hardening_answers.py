"""Issue 9 items 3 and 4, issue 10 item 3: what a failing call leaves behind and what an odd answer becomes.

- No key in any frame's local variables (``capture_locals``, ``pytest -l``, error trackers) on the path of a
  failing call, whatever failed: an HTTP error, a lost connection, a timeout, an ``async_req`` call, a bad
  answer, a bad argument or setting.
- An answer nested thousands of levels deep is an ``ApiException`` with its status, never ``RecursionError``.
- An answer of the wrong JSON shape for its declared type is an ``ApiException`` naming the type.
"""
from __future__ import annotations

import contextlib
import json
import socket
import threading
import traceback
from typing import Any, Callable, Iterator, List, Optional

import pytest

import onesignal
from onesignal.api.default_api import DefaultApi
from onesignal.exceptions import TOO_DEEP

from conftest import StepClock
from loopback import LoopbackServer

APP = "app-0001"
SECRET_APP_KEY = "sk-TRACEBACK-APPKEY-5d1e8a2c-UNIQUE"
SECRET_USER_KEY = "uk-TRACEBACK-USERKEY-93b0c7f4-UNIQUE"
SECRETS = (SECRET_APP_KEY, SECRET_USER_KEY, SECRET_APP_KEY[3:-7], SECRET_USER_KEY[3:-7])
DEEP = 100_000  # beyond what json reads on every Python (3.13 reads some thousands of levels)


@contextlib.contextmanager
def make_api(host: str, **settings: Any) -> Iterator[DefaultApi]:
    keys = {"app_key": SECRET_APP_KEY, "user_key": SECRET_USER_KEY}
    keys.update(settings.pop("keys", {}))
    config = onesignal.Configuration(host=host, retries=1, **keys, **settings)
    with onesignal.ApiClient(config) as client:
        client.rest_client.clock = StepClock()
        yield DefaultApi(client)


def everything_a_traceback_printer_sees(error: BaseException) -> str:
    """The traceback of ``error`` and of every exception chained to it (shown or not), with every frame's
    local variables, as ``traceback.TracebackException(capture_locals=True)`` renders them."""
    texts: List[str] = []
    seen = set()
    todo: List[Optional[BaseException]] = [error]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        shown = traceback.TracebackException(type(current), current, current.__traceback__, capture_locals=True)
        texts.append("".join(shown.format(chain=False)))
        todo += [current.__cause__, current.__context__]
    return "\n".join(texts)


def raised_by(call: Callable[[], Any]) -> BaseException:
    try:
        call()
    except onesignal.OpenApiException as error:
        return error
    raise AssertionError("the call should have failed")


def assert_no_key_in_traceback(error: BaseException) -> None:
    text = everything_a_traceback_printer_sees(error)
    assert "call_endpoint" in text or "Configuration" in text or "AsyncResult" in text, text  # frames were seen
    for secret in SECRETS:
        assert secret not in text, f"{type(error).__name__}'s traceback shows a key:\n{text}"


def notification() -> Any:
    return {"app_id": APP, "contents": {"en": "hi"}, "include_aliases": {"external_id": ["e-1"]}}


# --------------------------------------------------------------------------------------------------------------
# 3. No key in traceback locals


CALLS = {
    "400 on a POST": (lambda s: s.answer(400, {"errors": ["bad"]}), lambda api: api.create_notification(notification())),
    "401 with the user key": (lambda s: s.answer(401, {"errors": ["no"]}), lambda api: api.get_app(APP)),
    "503 after retries": (lambda s: s.answer(503, {"errors": ["busy"]}, times=2), lambda api: api.get_player(APP, "p")),
    "dropped connection": (lambda s: s.answer(drop=True, times=2), lambda api: api.get_player(APP, "p")),
    "answer that is not JSON": (lambda s: s.answer(200, b"<html>", {"Content-Type": "text/html"}),
                                lambda api: api.get_player(APP, "p")),
    "answer of the wrong shape": (lambda s: s.answer(200, [1, 2]), lambda api: api.get_player(APP, "p")),
    "bad argument": (lambda s: None, lambda api: api.get_player(APP, 42)),
    "async 400": (lambda s: s.answer(400, {"errors": ["bad"]}),
                  lambda api: api.create_notification(notification(), async_req=True).get(10)),
    "async 503": (lambda s: s.answer(503, {"errors": ["busy"]}, times=2),
                  lambda api: api.get_app(APP, async_req=True).get(10)),
}


@pytest.mark.parametrize("name", list(CALLS))
def test_no_key_in_the_traceback_locals_of_a_failing_call(server: LoopbackServer, name: str) -> None:
    arrange, call = CALLS[name]
    arrange(server)
    with make_api(server.host) as api:
        error = raised_by(lambda: call(api))
    assert_no_key_in_traceback(error)


def test_no_key_in_the_traceback_locals_of_a_timeout(server: LoopbackServer) -> None:
    release = threading.Event()
    server.answer(200, {}, hold=release, times=2)
    with make_api(server.host) as api:
        error = raised_by(lambda: api.get_player(APP, "p", _request_timeout=(1, 0.02), _retries=0))
        assert isinstance(error, onesignal.ApiTimeoutError)
        assert_no_key_in_traceback(error)
        error = raised_by(lambda: api.get_player(APP, "p", _request_timeout=(1, 0.02), _retries=0,
                                                 async_req=True).get(10))
    release.set()
    assert isinstance(error, onesignal.ApiTimeoutError)
    assert_no_key_in_traceback(error)


def test_no_key_in_the_traceback_locals_of_a_refused_connection() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        host = f"http://127.0.0.1:{probe.getsockname()[1]}"  # nothing listens there
    with make_api(host) as api:
        error = raised_by(lambda: api.get_player(APP, "p"))
    assert isinstance(error, onesignal.ApiConnectionError)
    assert_no_key_in_traceback(error)


def test_no_key_in_the_traceback_locals_of_a_missing_key(server: LoopbackServer) -> None:
    with make_api(server.host, keys={"user_key": None}) as api:
        error = raised_by(lambda: api.get_app(APP))  # needs the user key; the app key is configured
    assert isinstance(error, onesignal.ApiKeyError)
    assert_no_key_in_traceback(error)


@pytest.mark.parametrize("settings", [
    {"app_key": SECRET_APP_KEY, "retries": "3"},
    {"user_key": SECRET_USER_KEY, "host": "https://user:pw@api.onesignal.com"},
    {"app_key": "Key " + SECRET_APP_KEY},
    {"app_key": SECRET_APP_KEY + "\n" + SECRET_APP_KEY},
    {"app_key": SECRET_APP_KEY, "rest_api_key": SECRET_USER_KEY},
], ids=["other setting", "host", "scheme", "line break", "two names"])
def test_no_key_in_the_traceback_locals_of_a_refused_configuration(settings: Any) -> None:
    error = raised_by(lambda: onesignal.Configuration(**settings))
    text = everything_a_traceback_printer_sees(error)
    for secret in SECRETS:
        assert secret not in text.replace(repr(settings), ""), text  # the test's own frame aside


def test_no_key_in_the_traceback_locals_of_a_refused_assignment() -> None:
    config = onesignal.Configuration()
    error = raised_by(lambda: setattr(config, "app_key", "Bearer " + SECRET_APP_KEY))
    assert str(error) == ("app_key: starts with 'Bearer': give the key alone, the SDK sends it as 'Authorization: "
                          "Key <key>' itself (the value is not shown)")
    frames = everything_a_traceback_printer_sees(error)
    assert SECRET_APP_KEY not in frames.split("raised_by")[-1]


def test_the_request_of_a_call_shows_neither_key_nor_query(server: LoopbackServer) -> None:
    from onesignal.api import endpoints
    with make_api(server.host) as api:
        request = api.api_client._build(endpoints.GET_PLAYER, {"app_id": APP, "player_id": "p",
                                                               "email_auth_hash": "hash-secret"})
    shown = repr(request)
    assert "'Authorization': '***'" in shown and "/players/p?..." in shown
    assert "hash-secret" not in shown and SECRET_APP_KEY not in shown
    assert request.headers.wire()["Authorization"] == f"Key {SECRET_APP_KEY}"


# --------------------------------------------------------------------------------------------------------------
# 4. Deep JSON


def deep(levels: int) -> bytes:
    return b"[" * levels + b"]" * levels


def test_a_deep_success_answer_is_an_api_exception_with_its_status(server: LoopbackServer) -> None:
    server.answer(200, deep(DEEP), {"x-request-id": "rid-deep"})
    with make_api(server.host) as api:
        with pytest.raises(onesignal.ApiException) as info:
            api.get_player(APP, "p1")
    error = info.value
    assert type(error) is onesignal.ApiException
    assert (error.status, error.detail, error.request_id) == (200, TOO_DEEP, "rid-deep")
    assert error.body == deep(DEEP).decode()
    assert str(error).startswith("(200) OK\nThe answer is nested too deeply to be read; it starts with: '[[[[")


@pytest.mark.parametrize("status, cls", [(400, onesignal.BadRequestException), (503, onesignal.ServiceException)])
def test_a_deep_error_answer_is_the_exception_of_its_status(server: LoopbackServer, status: int, cls: type) -> None:
    body = b'{"errors": ' + deep(DEEP) + b"}"
    server.answer(status, body, times=2)
    with make_api(server.host) as api:
        with pytest.raises(cls) as info:
            api.get_notification(APP, "n1")
    error = info.value
    assert error.status == status and error.detail == TOO_DEEP and error.errors == []
    assert error.error_messages == []
    assert str(error).startswith(f"({status}) ")


def test_a_deep_answer_in_a_batched_send_keeps_every_batch(server: LoopbackServer) -> None:
    server.answer(200, {"id": "n-1", "recipients": 2})
    server.answer(200, b'{"id": "n-2", "x": ' + deep(DEEP) + b"}")
    server.answer(200, {"id": "n-3", "recipients": 1})
    with make_api(server.host) as api:
        results = api.create_notification_batched({"app_id": APP, "contents": {"en": "hi"}},
                                                  external_ids=["a", "b", "c", "d", "e"], batch_size=2)
    assert len(server.requests) == 3 and len(results) == 3
    assert results[0].sent and results[2].sent
    assert results[1].accepted  # the server took it: it must not be sent again


# --------------------------------------------------------------------------------------------------------------
# Issue 10 item 3: an answer is what its type says


@pytest.mark.parametrize("body, got", [
    ([{"id": "p1"}], "a JSON array"), ("p1", "a JSON string"), (7, "a JSON number"), (None, "JSON null"),
])
def test_an_answer_of_the_wrong_shape_for_a_model_is_refused(server: LoopbackServer, body: Any, got: str) -> None:
    server.answer(200, b"null" if body is None else body)
    with make_api(server.host) as api:
        with pytest.raises(onesignal.ApiException) as info:
            api.get_player(APP, "p1")
    error = info.value
    assert type(error) is onesignal.ApiException and error.status == 200
    assert error.detail == f"The answer is not the declared Player (a JSON object) but {got}"
    assert error.body == ("null" if body is None else json.dumps(body))
    assert error.errors == []
    assert str(error).startswith(f"(200) OK\nThe answer is not the declared Player (a JSON object) but {got}; ")


def test_an_object_where_a_list_model_is_declared_is_refused(server: LoopbackServer) -> None:
    server.answer(200, {"apps": [{"id": "a-1"}]})
    with make_api(server.host) as api:
        with pytest.raises(onesignal.ApiException) as info:
            api.get_apps()
    assert info.value.detail == "The answer is not the declared Apps (a JSON array) but a JSON object"
    assert info.value.body == '{"apps": [{"id": "a-1"}]}'


def test_unknown_fields_and_enum_values_are_still_tolerated(server: LoopbackServer) -> None:
    server.answer(200, {"id": "p1", "device_type": 1, "a_field_from_the_future": {"x": 1}})
    server.answer(200, [{"id": "a-1", "name": "one", "some_new_flag": True}])
    with make_api(server.host) as api:
        player = api.get_player(APP, "p1")
        apps = api.get_apps()
    assert player.id == "p1" and player["a_field_from_the_future"] == {"x": 1}
    assert apps[0].id == "a-1"


# --------------------------------------------------------------------------------------------------------------
# 8. Sent or not sent: one call, and the reasons in one shape


def test_sent_or_not_sent_is_one_call_and_its_reasons_one_list_of_strings(fake: Any) -> None:
    from onesignal.exceptions import flat_messages
    from onesignal.helpers import is_message_sent
    with onesignal.ApiClient(fake.configuration()) as client:
        api = DefaultApi(client)
        unsubscribed = api.create_notification({"app_id": fake.app_id, "contents": {"en": "hi"},
                                                "included_segments": ["Subscribed Users"]})  # an empty app
        fake.add_user(external_id="reached", subscriptions=[{"type": "AndroidPush", "token": "android-1"}])
        sent = api.create_notification({"app_id": fake.app_id, "contents": {"en": "hi"}, "target_channel": "push",
                                        "include_aliases": {"external_id": ["reached"]}})
        nobody = api.create_notification({"app_id": fake.app_id, "contents": {"en": "hi"}, "target_channel": "push",
                                          "include_aliases": {"external_id": ["nobody"]}})
    assert is_message_sent(sent) and flat_messages(sent.errors) == []
    assert not is_message_sent(nobody) and not is_message_sent(unsubscribed)
    assert flat_messages(nobody.errors) == ['invalid_external_user_ids: ["nobody"]']  # an object in the answer
    assert flat_messages(unsubscribed.errors) == ["All included players are not subscribed"]  # a list
