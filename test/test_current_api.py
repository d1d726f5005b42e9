"""The 5.x line's conveniences on the SDK side, over real HTTP to a loopback server: the two key names, both
keyword names of a body, error_messages and OneSignalErrors, the helpers, Idempotent-Replayed, and the paging
iterators of the new lists (each page fetched once)."""
from __future__ import annotations

import pytest

import onesignal
from conftest import APP_KEY, USER_KEY
from loopback import LoopbackServer
from onesignal.api.default_api import DefaultApi
from onesignal.errors import OneSignalErrors
from onesignal.helpers import create_notification_with_retry, is_message_not_sent, is_message_sent

NOTIFICATION = {"app_id": "app-1", "contents": {"en": "Hi"}, "include_subscription_ids": ["s-1"]}


def api_for(server: LoopbackServer, **settings: object) -> DefaultApi:
    config = onesignal.Configuration(host=server.host, rest_api_key=APP_KEY, organization_api_key=USER_KEY,
                                     backoff_factor=0.01, **settings)  # type: ignore[arg-type]
    return DefaultApi(onesignal.ApiClient(config))


# -- keys ----------------------------------------------------------------------------------------------------

def test_the_5x_key_names_are_the_2x_settings() -> None:
    config = onesignal.Configuration(rest_api_key=" rest\n", organization_api_key="org")
    assert (config.app_key, config.user_key) == ("rest", "org")
    assert (config.rest_api_key, config.organization_api_key) == ("rest", "org")
    config.rest_api_key = "other"
    assert config.app_key == "other"
    assert "other" not in repr(config) and "org" not in repr(config).replace("organization", "")


def test_one_key_given_under_both_names_must_agree() -> None:
    assert onesignal.Configuration(app_key="k", rest_api_key=" k ").app_key == "k"
    with pytest.raises(onesignal.ApiValueError) as err:
        onesignal.Configuration(app_key="one-secret", rest_api_key="two-secret")
    assert "app_key and rest_api_key" in str(err.value)
    assert "secret" not in str(err.value)


def test_from_env_reads_the_5x_variable_names(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ONESIGNAL_APP_KEY", "ONESIGNAL_USER_KEY", "ONESIGNAL_HOST"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ONESIGNAL_REST_API_KEY", "rest")
    monkeypatch.setenv("ONESIGNAL_ORGANIZATION_API_KEY", "org")
    config = onesignal.Configuration.from_env()
    assert (config.app_key, config.user_key) == ("rest", "org")
    assert onesignal.Configuration.from_env(rest_api_key="given").app_key == "given"
    monkeypatch.setenv("ONESIGNAL_APP_KEY", "secret-value")
    with pytest.raises(onesignal.ApiValueError) as err:
        onesignal.Configuration.from_env()
    assert "ONESIGNAL_APP_KEY and ONESIGNAL_REST_API_KEY" in str(err.value) and "secret-value" not in str(err.value)


def test_org_operations_send_the_organization_key(server: LoopbackServer) -> None:
    api = api_for(server)
    server.answer(200, {"tokens": []})
    api.view_api_keys("app-1")
    assert server.last.headers["Authorization"] == f"Key {USER_KEY}"
    server.answer(200, {"templates": []})
    api.view_templates("app-1")
    assert server.last.headers["Authorization"] == f"Key {APP_KEY}"


# -- arguments under both names ------------------------------------------------------------------------------

@pytest.mark.parametrize("keyword", ["create_subscription_request_body", "subscription_body"])
def test_create_subscription_takes_the_body_under_either_name(server: LoopbackServer, keyword: str) -> None:
    api = api_for(server)
    server.answer(201, {"subscription": {"id": "s-9", "type": "Email", "token": "a@b.c"}})
    answer = api.create_subscription("app-1", "external_id", "u-1",
                                     **{keyword: {"subscription": {"type": "Email", "token": "a@b.c"}}})
    assert server.last.json == {"subscription": {"type": "Email", "token": "a@b.c"}}
    from onesignal.model.inline_response201 import InlineResponse201
    from onesignal.model.subscription_body import SubscriptionBody
    assert isinstance(answer, InlineResponse201) and isinstance(answer, SubscriptionBody)
    assert answer.subscription.id == "s-9"


def test_a_body_given_under_both_names_is_refused_before_sending(server: LoopbackServer) -> None:
    api = api_for(server)
    with pytest.raises(onesignal.ApiTypeError) as err:
        api.update_subscription("app-1", "s-1", {"subscription": {"enabled": False}},
                                subscription_body={"subscription": {"enabled": True}})
    assert str(err.value) == ("update_subscription: 'update_subscription_request_body' and 'subscription_body' "
                              "name the same argument: give one of them")
    with pytest.raises(onesignal.ApiValueError) as missing:
        api.get_notification_history("n-1")
    assert str(missing.value) == ("get_notification_history: the required argument 'get_notification_request_body' "
                                  "or 'get_notification_history_request_body' is None")
    assert server.requests == []


def test_get_notification_history_takes_the_5x_keyword(server: LoopbackServer) -> None:
    api = api_for(server)
    server.answer(200, {"success": True, "destination_url": "https://x/y.csv"})
    api.get_notification_history("n-1", get_notification_history_request_body={"events": "sent",
                                                                               "app_id": "app-1"})
    assert (server.last.method, server.last.path, server.last.json) == (
        "POST", "/notifications/n-1/history", {"events": "sent", "app_id": "app-1"})


def test_renamed_operations_answer_to_both_names(server: LoopbackServer) -> None:
    api = api_for(server)
    for name in ("fetch_user_identity", "get_aliases"):
        server.answer(200, {"identity": {"external_id": "u-1", "onesignal_id": "o-1"}})
        answer = getattr(api, name)("app-1", "external_id", "u-1")
        assert (server.last.method, server.last.path) == ("GET", "/apps/app-1/users/by/external_id/u-1/identity")
        assert answer.identity.onesignal_id == "o-1"
        assert answer.identity == {"external_id": "u-1", "onesignal_id": "o-1"}


def test_list_filters_are_limited_before_sending(server: LoopbackServer) -> None:
    api = api_for(server)
    with pytest.raises(onesignal.ApiValueError) as err:
        api.list_audit_logs("org-1", app_ids=[f"a{i}" for i in range(11)])
    assert str(err.value) == "list_audit_logs.app_ids: at most 10 items may be sent, got 11"
    assert server.requests == []


# -- errors --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body, messages", [
    ({"errors": ["Notification not found"]}, ["Notification not found"]),
    ({"errors": "Service temporarily unavailable"}, ["Service temporarily unavailable"]),
    ({"errors": [{"code": "user-2", "title": "Alias taken"}, {"code": "only-code"}]}, ["Alias taken", "only-code"]),
    ({"errors": {"invalid_aliases": {"external_id": ["x"]}, "b": "text"}},
     ['b: text', 'invalid_aliases: {"external_id":["x"]}']),
    ({"success": False}, []),
    ("not json", []),
])
def test_error_messages_is_one_flat_list_of_strings(server: LoopbackServer, body: object,
                                                    messages: list) -> None:
    api = api_for(server, retries=0)
    server.answer(400, body if not isinstance(body, str) else body.encode())
    with pytest.raises(onesignal.ApiException) as err:
        api.get_notification("app-1", "n-1")
    assert err.value.error_messages == messages


def test_the_literal_messages_match_what_the_api_sends(server: LoopbackServer) -> None:
    api = api_for(server, retries=0)
    server.answer(403, {"errors": [OneSignalErrors.INVALID_API_KEY]})
    with pytest.raises(onesignal.ForbiddenException) as err:
        api.get_notification("app-1", "n-1")
    assert OneSignalErrors.INVALID_API_KEY in err.value.error_messages
    assert "denied.  Please" in OneSignalErrors.INVALID_API_KEY


# -- helpers -------------------------------------------------------------------------------------------------

def test_create_notification_with_retry_keeps_one_key_and_reports_a_replay(server: LoopbackServer) -> None:
    api = api_for(server, retries=5)
    waits: list = []
    server.answer(503, {"errors": ["Service temporarily unavailable"]}, {"Retry-After": "0"})
    server.answer(429, {"errors": ["API rate limit exceeded."]}, {"Retry-After": "2"})
    server.answer(200, {"id": "n-1", "external_id": None}, {"Idempotent-Replayed": "true"})
    result = create_notification_with_retry(api, dict(NOTIFICATION), max_retries=3, sleep=waits.append)
    assert result.response.id == "n-1" and result.was_replayed is True
    keys = {r.json["idempotency_key"] for r in server.requests}
    assert len(server.requests) == 3 and len(keys) == 1  # the client's own retries were off: 3 requests
    assert waits == [0.0, 2.0]


def test_create_notification_with_retry_keeps_a_key_the_caller_set(server: LoopbackServer) -> None:
    from onesignal.model.notification import Notification
    api = api_for(server)
    notification = Notification(**NOTIFICATION, idempotency_key="1b8c8f0e-8a5c-4bb6-9b4b-1f5f0a3c1d2e")
    server.answer(200, {"id": "n-2"})
    result = create_notification_with_retry(api, notification)
    assert server.last.json["idempotency_key"] == "1b8c8f0e-8a5c-4bb6-9b4b-1f5f0a3c1d2e"
    assert result.was_replayed is False


def test_create_notification_with_retry_raises_what_retrying_cannot_fix(server: LoopbackServer) -> None:
    api = api_for(server)
    server.answer(400, {"errors": [OneSignalErrors.NO_TARGETING_SPECIFIED]})
    with pytest.raises(onesignal.BadRequestException) as err:
        create_notification_with_retry(api, dict(NOTIFICATION), sleep=lambda s: None)
    assert err.value.error_messages == [OneSignalErrors.NO_TARGETING_SPECIFIED]
    assert len(server.requests) == 1
    server.answer(503, {}, {"Retry-After": "0"}, times=3)
    with pytest.raises(onesignal.ServiceException):
        create_notification_with_retry(api, dict(NOTIFICATION), max_retries=2, sleep=lambda s: None)
    assert len(server.requests) == 4


def test_sent_and_not_sent_are_told_apart(server: LoopbackServer) -> None:
    api = api_for(server)
    server.answer(200, {"id": "", "errors": [OneSignalErrors.NO_SUBSCRIBERS]})
    nobody = api.create_notification(NOTIFICATION)
    server.answer(200, {"id": "n-3", "external_id": None})
    sent = api.create_notification(NOTIFICATION)
    assert (is_message_sent(nobody), is_message_not_sent(nobody)) == (False, True)
    assert (is_message_sent(sent), is_message_not_sent(sent)) == (True, False)


def test_a_replayed_answer_is_visible_in_the_headers(server: LoopbackServer) -> None:
    api = api_for(server)
    server.answer(200, {"id": "n-1"}, {"Idempotent-Replayed": "true"})
    data, status, headers = api.create_notification(NOTIFICATION, _return_http_data_only=False)
    assert (data.id, status, headers["Idempotent-Replayed"]) == ("n-1", 200, "true")


# -- paging --------------------------------------------------------------------------------------------------

def test_iter_notifications_walks_time_offsets_once_each(server: LoopbackServer) -> None:
    api = api_for(server)
    server.answer(200, {"notifications": [{"id": "a"}, {"id": "b"}], "next_time_offset": "2026-01-02T00:00:00Z"})
    server.answer(200, {"notifications": [{"id": "c"}], "next_time_offset": "2026-01-03T00:00:00Z"})
    server.answer(200, {"notifications": [], "next_time_offset": "2026-01-03T00:00:00Z"})
    ids = [n.id for n in api.iter_notifications("app-1", page_size=2, time_offset="2026-01-01T00:00:00Z")]
    assert ids == ["a", "b", "c"]
    assert [dict(r.query).get("time_offset") for r in server.requests] == [
        "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z", "2026-01-03T00:00:00Z"]
    assert all("offset" not in dict(r.query) for r in server.requests)


def test_iter_segments_and_templates_page_by_offset(server: LoopbackServer) -> None:
    api = api_for(server)
    server.answer(200, {"total_count": 3, "offset": 0, "limit": 2, "segments": [{"id": "s1"}, {"id": "s2"}]})
    server.answer(200, {"total_count": 3, "offset": 2, "limit": 2, "segments": [{"id": "s3"}]})
    assert [s.id for s in api.iter_segments("app-1", page_size=2)] == ["s1", "s2", "s3"]
    assert [dict(r.query) for r in server.requests] == [{"limit": "2", "offset": "0"}, {"limit": "2", "offset": "2"}]
    server.requests.clear()
    server.answer(200, {"templates": [{"id": "t1"}, {"id": "t2"}]})
    server.answer(200, {"templates": [{"id": "t3"}]})
    assert [t.id for t in api.iter_templates("app-1", channel="email", page_size=2)] == ["t1", "t2", "t3"]
    assert [dict(r.query)["offset"] for r in server.requests] == ["0", "2"]
    assert {dict(r.query)["channel"] for r in server.requests} == {"email"}


def test_iter_journeys_and_audit_logs_follow_the_cursor(server: LoopbackServer) -> None:
    api = api_for(server)
    server.answer(200, {"journeys": [{"id": "j1"}], "next_cursor": "c2", "has_more": True})
    server.answer(200, {"journeys": [{"id": "j2"}], "next_cursor": "c3", "has_more": False})
    assert [j.id for j in api.iter_journeys("app-1")] == ["j1", "j2"]
    assert [dict(r.query).get("cursor") for r in server.requests] == [None, "c2"]
    server.requests.clear()
    server.answer(200, {"audit_logs": [{"id": "e1"}], "next_cursor": "x", "has_more": True})
    server.answer(200, {"audit_logs": [{"id": "e2"}], "next_cursor": "x", "has_more": True})
    events = [e.id for e in api.iter_audit_logs("org-1", app_ids=["a1", "a2"], page_size=1)]
    assert events == ["e1", "e2"]  # the same cursor twice ends the walk instead of looping
    assert server.requests[1].query == [("cursor", "x"), ("limit", "1"), ("app_ids", "a1"), ("app_ids", "a2")]
    assert server.requests[1].headers["Authorization"] == f"Key {USER_KEY}"


def test_iterators_check_their_arguments_before_any_request(server: LoopbackServer) -> None:
    api = api_for(server)
    with pytest.raises(onesignal.ApiTypeError) as err:
        api.iter_audit_logs("org-1", app_idz=["a"])
    assert "'app_idz'" in str(err.value)
    with pytest.raises(onesignal.ApiValueError):
        api.iter_templates("app-1", channel="fax")
    with pytest.raises(onesignal.ApiValueError):
        api.iter_segments("app-1", page_size=301)
    assert server.requests == []
