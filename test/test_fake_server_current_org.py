"""FakeOneSignal, 5.x organization features over raw HTTP: templates, app API keys, the audit log."""

from __future__ import annotations

import http.client
import json
from datetime import datetime, timedelta, timezone
from typing import Any, Dict, List, Optional

import pytest
from fake_client import APP_KEY, USER_KEY, Answer, Client

DENIED = {
    "errors": [
        "Access denied.  Please include an 'Authorization: ...' header with a valid API key "
        "(https://documentation.onesignal.com/docs/en/keys-and-ids#api-keys)."
    ]
}
PUSH = {"name": "Welcome", "contents": {"en": "Hello"}, "headings": {"en": "Hi"}}


def iso(delta: timedelta = timedelta(0)) -> str:
    return (datetime.now(timezone.utc) + delta).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_template(client: Client, app_id: Optional[str] = None, key: str = APP_KEY, **fields: Any) -> Dict[str, Any]:
    answer = client.call("POST", "/templates", {"app_id": app_id or client.fake.app_id, **PUSH, **fields}, key=key)
    assert answer.status == 200, answer.body
    body: Dict[str, Any] = answer.body
    return body


def second_app(client: Client) -> str:
    app_id: str = client.call("POST", "/apps", {"name": "Second"}, key=USER_KEY).body["id"]
    return app_id


# -- templates ---------------------------------------------------------------


def test_create_view_list_update_delete_a_template(client: Client) -> None:
    app_id = client.fake.app_id
    created = new_template(client)
    assert created == {
        "id": created["id"],
        "name": "Welcome",
        "created_at": created["created_at"],
        "updated_at": created["created_at"],
        "channel": "push",
        "content": {"contents": {"en": "Hello"}, "headings": {"en": "Hi"}, "isEmail": False, "isSMS": False},
    }
    path = f"/templates/{created['id']}?app_id={app_id}"
    assert client.call("GET", path).body == created
    email = new_template(client, name="News", isEmail=True, email_subject="S", email_body="<p>B</p>",
                         email_bcc=["a@example.com"])
    sms = new_template(client, name="Code", isSMS=True)
    assert (email["channel"], sms["channel"]) == ("email", "sms")
    listed = client.call("GET", f"/templates?app_id={app_id}")
    assert [t["id"] for t in listed.body["templates"]] == [created["id"], email["id"], sms["id"]]
    by_channel = client.call("GET", f"/templates?app_id={app_id}&channel=email").body["templates"]
    assert [t["id"] for t in by_channel] == [email["id"]]
    paged = client.call("GET", f"/templates?app_id={app_id}&limit=1&offset=1").body["templates"]
    assert [t["id"] for t in paged] == [email["id"]]

    updated = client.call("PATCH", path, {"name": "Welcome 2", "contents": {"en": "Hey", "fr": "Salut"}})
    assert updated.status == 200
    assert (updated.body["name"], updated.body["content"]["contents"]) == ("Welcome 2", {"en": "Hey", "fr": "Salut"})
    assert client.call("GET", path).body == updated.body
    assert [t["name"] for t in client.fake.templates] == ["Welcome 2", "News", "Code"]

    deleted = client.call("DELETE", path)
    assert (deleted.status, deleted.body) == (200, {"success": True})
    gone = client.call("GET", path)
    assert (gone.status, gone.body) == (404, {"errors": [f"template {created['id']} does not exist in app {app_id}"]})
    assert client.call("DELETE", path).status == 404


def test_a_template_of_another_app_is_404(client: Client) -> None:
    other = second_app(client)
    foreign = new_template(client, other, key=client.fake.app_key_for(other))
    path = f"/templates/{foreign['id']}?app_id={client.fake.app_id}"
    assert client.call("GET", path).status == 404
    assert client.call("PATCH", path, {"name": "x"}).status == 404
    assert client.call("DELETE", path).status == 404
    assert client.call("GET", f"/templates?app_id={client.fake.app_id}").body == {"templates": []}
    # And the app's key does not open the other app's templates at all.
    other_path = f"/templates/{foreign['id']}?app_id={other}"
    assert (client.call("GET", other_path).status, client.call("GET", other_path).body) == (403, DENIED)


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"name": ""}, "name is required and must be a non-empty string"),
        ({"contents": None}, "contents is required"),
        ({"contents": {"en": 1}}, "contents must map language codes to text"),
        ({"isEmail": True, "isSMS": True}, "a template is either an email (isEmail) or an SMS (isSMS) template, "
                                           "not both"),
        ({"isEmail": "yes"}, "isEmail must be true or false"),
        ({"email_bcc": [f"{n}@example.com" for n in range(6)]}, "email_bcc takes at most 5 addresses, got 6"),
        ({"dynamic_content": "{not json"}, "dynamic_content must be a JSON document written as a string"),
    ],
)
def test_bad_templates_are_400(client: Client, fields: Dict[str, Any], message: str) -> None:
    answer = client.call("POST", "/templates", {"app_id": client.fake.app_id, **PUSH, **fields})
    assert (answer.status, answer.body) == (400, {"errors": [message]})
    assert client.fake.templates == []


def test_template_listing_checks_its_query(client: Client) -> None:
    base = f"/templates?app_id={client.fake.app_id}"
    bad = client.call("GET", f"{base}&channel=fax")
    assert (bad.status, bad.body) == (400, {"errors": ["channel must be one of push, email, sms, got 'fax'"]})
    assert client.call("GET", f"{base}&limit=-1").status == 400
    for _ in range(3):
        new_template(client)
    assert len(client.call("GET", f"{base}&limit=999").body["templates"]) == 3
    assert client.call("GET", "/templates").status == 400  # app_id is required


def test_copy_a_template_to_another_app_with_the_organization_key(client: Client) -> None:
    other = second_app(client)
    source = new_template(client, isEmail=True, email_subject="S", email_body="B")
    path = f"/templates/{source['id']}/copy_to_app?app_id={client.fake.app_id}"
    assert (client.call("POST", path, {"target_app_id": other}).status,) == (403,)  # the app key is not enough
    copied = client.call("POST", path, {"target_app_id": other}, key=USER_KEY)
    assert copied.status == 200
    assert copied.body["id"] != source["id"]
    assert (copied.body["name"], copied.body["channel"], copied.body["content"]) == (
        source["name"], "email", source["content"])
    other_key = client.fake.app_key_for(other)
    listed = client.call("GET", f"/templates?app_id={other}", key=other_key).body["templates"]
    assert listed == [copied.body]
    assert client.call("POST", path, {"target_app_id": "nope"}, key=USER_KEY).status == 404
    missing = client.call("POST", path, {}, key=USER_KEY)
    assert (missing.status, missing.body) == (400, {"errors": ["target_app_id is required and must be a non-empty "
                                                               "string"]})
    unknown = f"/templates/nope/copy_to_app?app_id={client.fake.app_id}"
    assert client.call("POST", unknown, {"target_app_id": other}, key=USER_KEY).status == 404


# -- app API keys --------------------------------------------------------------


def tokens_path(client: Client, app_id: Optional[str] = None) -> str:
    return f"/apps/{app_id or client.fake.app_id}/auth/tokens"


def create_key(client: Client, **fields: Any) -> Dict[str, str]:
    answer = client.call("POST", tokens_path(client), {"name": "CI", **fields}, key=USER_KEY)
    assert answer.status == 200, answer.body
    body: Dict[str, str] = answer.body
    return body


def notifications_with(client: Client, key: str) -> Answer:
    return client.call("GET", f"/notifications?app_id={client.fake.app_id}", key=key)


def test_a_new_api_key_works_at_once_next_to_the_original_key(client: Client) -> None:
    created = create_key(client)
    assert set(created) == {"token_id", "formatted_token"}
    assert created["formatted_token"].startswith("os_v2_app_")
    assert notifications_with(client, created["formatted_token"]).status == 200
    assert notifications_with(client, client.fake.app_key).status == 200
    listed = client.call("GET", tokens_path(client), key=USER_KEY)
    assert listed.status == 200
    [token] = listed.body["tokens"]
    assert token == {
        "token_id": created["token_id"],
        "name": "CI",
        "created_at": token["created_at"],
        "updated_at": token["created_at"],
        "ip_allowlist_mode": "disabled",
        "ip_allowlist": [],
    }
    assert created["formatted_token"] not in json.dumps(listed.body)


def test_a_key_opens_only_its_own_app(client: Client) -> None:
    other = second_app(client)
    key = client.call("POST", tokens_path(client, other), {"name": "other"}, key=USER_KEY).body["formatted_token"]
    assert client.call("GET", f"/notifications?app_id={other}", key=key).status == 200
    denied = notifications_with(client, key)
    assert (denied.status, denied.body) == (403, DENIED)


def test_rotating_a_key_refuses_the_old_secret_at_once(client: Client) -> None:
    created = create_key(client)
    rotated = client.call("POST", f"{tokens_path(client)}/{created['token_id']}/rotate", key=USER_KEY)
    assert rotated.status == 200
    assert rotated.body["token_id"] == created["token_id"]
    assert rotated.body["formatted_token"] != created["formatted_token"]
    old = notifications_with(client, created["formatted_token"])
    assert (old.status, old.body) == (403, DENIED)
    assert notifications_with(client, rotated.body["formatted_token"]).status == 200
    assert notifications_with(client, client.fake.app_key).status == 200


def test_deleting_a_key_refuses_it_at_once(client: Client) -> None:
    created = create_key(client)
    path = f"{tokens_path(client)}/{created['token_id']}"
    deleted = client.call("DELETE", path, key=USER_KEY)
    assert (deleted.status, deleted.body) == (200, {"success": True})
    refused = notifications_with(client, created["formatted_token"])
    assert (refused.status, refused.body) == (403, DENIED)
    assert client.call("GET", tokens_path(client), key=USER_KEY).body == {"tokens": []}
    assert client.call("DELETE", path, key=USER_KEY).status == 404
    assert client.call("POST", f"{path}/rotate", key=USER_KEY).status == 404
    assert notifications_with(client, client.fake.app_key).status == 200


def test_update_a_key_and_its_ip_allowlist(client: Client) -> None:
    created = create_key(client)
    path = f"{tokens_path(client)}/{created['token_id']}"
    elsewhere = client.call("PATCH", path, {"name": "CI 2", "ip_allowlist_mode": "explicit",
                                            "ip_allowlist": ["203.0.113.0/24"]}, key=USER_KEY)
    assert elsewhere.status == 200
    assert (elsewhere.body["name"], elsewhere.body["ip_allowlist_mode"], elsewhere.body["ip_allowlist"]) == (
        "CI 2", "explicit", ["203.0.113.0/24"])
    assert client.call("GET", tokens_path(client), key=USER_KEY).body["tokens"] == [elsewhere.body]
    assert notifications_with(client, created["formatted_token"]).status == 403  # we call from 127.0.0.1
    client.call("PATCH", path, {"ip_allowlist": ["127.0.0.1"]}, key=USER_KEY)
    assert notifications_with(client, created["formatted_token"]).status == 200
    client.call("PATCH", path, {"ip_allowlist_mode": "disabled", "ip_allowlist": []}, key=USER_KEY)
    assert notifications_with(client, created["formatted_token"]).status == 200


@pytest.mark.parametrize(
    "body, message",
    [
        ({}, "name is required and must be a non-empty string"),
        ({"name": "x", "ip_allowlist_mode": "open"}, "ip_allowlist_mode must be one of disabled, explicit, got 'open'"),
        ({"name": "x", "ip_allowlist": ["not-an-ip"]},
         "ip_allowlist entry 'not-an-ip' is not an IP address or network"),
        ({"name": "x", "ip_allowlist": "127.0.0.1"}, "ip_allowlist must be a list of strings"),
    ],
)
def test_bad_key_requests_are_400(client: Client, body: Dict[str, Any], message: str) -> None:
    answer = client.call("POST", tokens_path(client), body, key=USER_KEY)
    assert (answer.status, answer.body) == (400, {"errors": [message]})


def test_key_endpoints_need_the_organization_key_and_a_known_app(client: Client) -> None:
    assert client.call("GET", tokens_path(client)).body == DENIED
    assert client.call("GET", tokens_path(client, "nope"), key=USER_KEY).status == 404
    assert client.call("PATCH", f"{tokens_path(client)}/nope", {"name": "x"}, key=USER_KEY).status == 404


# -- audit log -----------------------------------------------------------------


def audit_path(client: Client, query: str = "") -> str:
    return f"/organizations/{client.fake.organization_id}/audit_logs?start_time={iso(-timedelta(hours=1))}{query}"


def test_organization_actions_appear_in_the_audit_log_in_order(client: Client) -> None:
    connection = http.client.HTTPConnection(client.fake.host.split("//")[1], timeout=5)
    connection.request("POST", "/apps", json.dumps({"name": "Audited"}), headers={
        "Authorization": f"Key {client.fake.user_key}", "User-Agent": "audit-test/1.0"})
    app_id = json.loads(connection.getresponse().read())["id"]
    connection.close()
    client.call("PUT", f"/apps/{app_id}", {"site_name": "s"}, key=USER_KEY)
    token = client.call("POST", tokens_path(client, app_id), {"name": "k"}, key=USER_KEY).body
    client.call("PATCH", f"{tokens_path(client, app_id)}/{token['token_id']}", {"name": "k2"}, key=USER_KEY)
    client.call("POST", f"{tokens_path(client, app_id)}/{token['token_id']}/rotate", key=USER_KEY)
    client.call("DELETE", f"{tokens_path(client, app_id)}/{token['token_id']}", key=USER_KEY)
    template = new_template(client)
    copied = client.call("POST", f"/templates/{template['id']}/copy_to_app?app_id={client.fake.app_id}",
                         {"target_app_id": app_id}, key=USER_KEY).body
    client.call("GET", "/apps", key=USER_KEY)  # reading changes nothing and is not logged

    answer = client.call("GET", audit_path(client), key=USER_KEY)
    assert answer.status == 200
    events: List[Dict[str, Any]] = answer.body["audit_logs"]
    assert answer.body["has_more"] is False and "next_cursor" not in answer.body
    assert [(e["action"], e["targets"][0]["type"], e["targets"][0]["id"]) for e in events] == [
        ("app.created", "app", app_id),
        ("app.updated", "app", app_id),
        ("api_key.created", "api_key", token["token_id"]),
        ("api_key.updated", "api_key", token["token_id"]),
        ("api_key.rotated", "api_key", token["token_id"]),
        ("api_key.deleted", "api_key", token["token_id"]),
        ("template.copied", "template", copied["id"]),
    ]
    first = events[0]
    assert first == {
        "id": first["id"],
        "action": "app.created",
        "occurred_at": first["occurred_at"],
        "organization_id": client.fake.organization_id,
        "app_id": app_id,
        "actor": {"type": "api_key", "id": first["actor"]["id"], "name": "Organization API key", "metadata": {}},
        "context": {"ip": "127.0.0.1", "user_agent": "audit-test/1.0", "metadata": {}},
        "targets": [{"type": "app", "id": app_id, "name": "Audited", "metadata": {}}],
        "metadata": {},
        "version": 1,
    }
    assert events[-1]["metadata"] == {"source_app_id": client.fake.app_id, "source_template_id": template["id"]}
    assert client.fake.audit_logs == events


def test_audit_log_cursor_paging_fetches_each_event_once(client: Client) -> None:
    for n in range(7):
        create_key(client, name=f"key-{n}")
    seen: List[str] = []
    path = audit_path(client, "&limit=3")
    pages = 0
    while True:
        page = client.call("GET", path, key=USER_KEY).body
        pages += 1
        seen.extend(event["targets"][0]["name"] for event in page["audit_logs"])
        if not page["has_more"]:
            assert "next_cursor" not in page
            break
        path = f"/organizations/{client.fake.organization_id}/audit_logs?limit=3&cursor={page['next_cursor']}"
    assert seen == [f"key-{n}" for n in range(7)]
    assert pages == 3


def test_audit_log_filters(client: Client) -> None:
    other = second_app(client)
    mine = create_key(client, name="mine")
    client.call("POST", tokens_path(client, other), {"name": "theirs"}, key=USER_KEY)
    client.call("DELETE", f"{tokens_path(client)}/{mine['token_id']}", key=USER_KEY)

    def actions(query: str) -> List[str]:
        answer = client.call("GET", audit_path(client, query), key=USER_KEY)
        assert answer.status == 200, answer.body
        return [f"{e['action']}:{e['targets'][0].get('name')}" for e in answer.body["audit_logs"]]

    assert actions(f"&app_ids={client.fake.app_id}") == ["api_key.created:mine", "api_key.deleted:mine"]
    assert actions(f"&app_ids={client.fake.app_id}&app_ids={other}") == [
        "app.created:Second", "api_key.created:mine", "api_key.created:theirs", "api_key.deleted:mine"]
    assert actions("&actions=api_key.created&actions=app.created") == [
        "app.created:Second", "api_key.created:mine", "api_key.created:theirs"]
    assert actions("&target_types=app") == ["app.created:Second"]
    assert actions(f"&target_ids={mine['token_id']}") == ["api_key.created:mine", "api_key.deleted:mine"]
    assert len(actions(f"&actor_ids={client.fake.audit_logs[0]['actor']['id']}")) == 4
    assert actions("&actor_ids=someone-else") == []
    assert actions("&actor_emails=a@example.com") == []
    assert len(actions("&ip_addresses=127.0.0.1")) == 4
    assert actions("&ip_addresses=10.0.0.1") == []
    future = f"/organizations/{client.fake.organization_id}/audit_logs?start_time={iso(timedelta(hours=1))}"
    assert client.call("GET", f"{future}&end_time={iso(timedelta(hours=2))}", key=USER_KEY).body["audit_logs"] == []
    assert len(actions(f"&end_time={iso(timedelta(minutes=1))}")) == 4


@pytest.mark.parametrize(
    "query, message",
    [
        ("", "start_time is required unless cursor is given"),
        ("?start_time=yesterday", "start_time must be an ISO 8601 time such as 2025-01-01T00:00:00Z, got 'yesterday'"),
        (f"?start_time={iso(-timedelta(days=91))}", "start_time must be within the last 90 days"),
        (f"?start_time={iso()}&end_time={iso(-timedelta(hours=1))}", "end_time must be after start_time"),
        (f"?start_time={iso(-timedelta(hours=1))}" + "&app_ids=a" * 11, "app_ids accepts at most 10 values, got 11"),
        (f"?start_time={iso(-timedelta(hours=1))}" + "&actions=a" * 21, "actions accepts at most 20 values, got 21"),
        ("?cursor=bm9wZQ", "cursor is not a cursor this endpoint returned: 'bm9wZQ'"),
        (f"?start_time={iso(-timedelta(hours=1))}&limit=many", "limit must be an integer, got 'many'"),
    ],
    ids=["no-start", "bad-start", "too-old", "end-before-start", "11-apps", "21-actions", "bad-cursor", "bad-limit"],
)
def test_bad_audit_log_queries_are_400(client: Client, query: str, message: str) -> None:
    answer = client.call("GET", f"/organizations/{client.fake.organization_id}/audit_logs{query}", key=USER_KEY)
    assert (answer.status, answer.body) == (400, {"errors": [message]})


def test_audit_log_limit_is_clamped_and_needs_the_organization_key(client: Client) -> None:
    for n in range(3):
        create_key(client, name=f"key-{n}")
    assert len(client.call("GET", audit_path(client, "&limit=0"), key=USER_KEY).body["audit_logs"]) == 1
    assert len(client.call("GET", audit_path(client, "&limit=1000"), key=USER_KEY).body["audit_logs"]) == 3
    assert client.call("GET", audit_path(client)).body == DENIED
    other = client.call("GET", f"/organizations/nope/audit_logs?start_time={iso(-timedelta(hours=1))}",
                        key=USER_KEY)
    assert other.status == 404


def test_apps_carry_the_organization_id(client: Client) -> None:
    [app] = client.call("GET", "/apps", key=USER_KEY).body
    assert app["organization_id"] == client.fake.organization_id
    assert (client.fake.organization_api_key, client.fake.rest_api_key) == (client.fake.user_key, client.fake.app_key)


def test_reset_keeps_the_organization_and_clears_the_new_resources(client: Client) -> None:
    organization_id = client.fake.organization_id
    new_template(client)
    key = create_key(client)["formatted_token"]
    client.fake.reset()
    assert client.fake.organization_id == organization_id
    assert (client.fake.templates, client.fake.audit_logs) == ([], [])
    assert notifications_with(client, key).status == 403
