"""FakeOneSignal, 5.x app features over raw HTTP: segments, custom events, subscriptions by token,
e-mail unsubscribe tokens and push-to-start Live Activities."""

from __future__ import annotations

from typing import Any, Dict, List

import pytest
from fake_client import USER_KEY, Client

from onesignal.testing import FakeOneSignal

DEFAULT_SEGMENTS = ["Subscribed Users", "Active Users", "Inactive Users"]
TAGGED = [{"field": "tag", "key": "level", "relation": ">", "value": "4"}]


def segments_path(client: Client) -> str:
    return f"/apps/{client.fake.app_id}/segments"


def create_segment(client: Client, name: str, filters: List[Dict[str, Any]]) -> str:
    answer = client.call("POST", segments_path(client), {"name": name, "filters": filters})
    assert answer.status == 201, answer.body
    segment_id: str = answer.body["id"]
    return segment_id


def levels(fake: FakeOneSignal) -> None:
    """Three push subscribers with levels 2, 5 and 9, plus one unsubscribed with level 7."""
    for name, level in (("low", "2"), ("mid", "5"), ("high", "9")):
        fake.add_user(external_id=name, properties={"tags": {"level": level}},
                      subscriptions=[{"type": "AndroidPush", "token": f"t-{name}"}])
    fake.add_user(external_id="off", properties={"tags": {"level": "7"}},
                  subscriptions=[{"type": "AndroidPush", "token": "t-off", "enabled": False}])


# -- segments ------------------------------------------------------------------


def test_list_segments_starts_with_the_read_only_defaults(client: Client) -> None:
    answer = client.call("GET", segments_path(client))
    assert answer.status == 201  # the status the API description gives for this list
    assert (answer.body["total_count"], answer.body["offset"], answer.body["limit"]) == (3, 0, 300)
    assert [s["name"] for s in answer.body["segments"]] == DEFAULT_SEGMENTS
    first = answer.body["segments"][0]
    assert first == {
        "id": first["id"],
        "name": "Subscribed Users",
        "created_at": first["created_at"],
        "updated_at": first["created_at"],
        "app_id": client.fake.app_id,
        "read_only": True,
        "is_active": True,
    }


def test_list_segments_in_creation_order_with_offset_and_limit(client: Client) -> None:
    ids = [create_segment(client, f"S{n}", TAGGED) for n in range(4)]
    page = client.call("GET", f"{segments_path(client)}?offset=4&limit=2").body
    assert (page["total_count"], page["offset"], page["limit"]) == (7, 4, 2)
    assert [s["id"] for s in page["segments"]] == ids[1:3]
    assert all(s["read_only"] is False for s in page["segments"])
    assert client.call("GET", f"{segments_path(client)}?limit=999").body["limit"] == 300
    assert client.call("GET", f"{segments_path(client)}?offset=-1").status == 400


def test_get_segment_counts_subscribers_and_shows_details_on_request(client: Client) -> None:
    levels(client.fake)
    segment_id = create_segment(client, "High", TAGGED)
    path = f"{segments_path(client)}/{segment_id}"
    plain = client.call("GET", path)
    assert (plain.status, plain.body) == (200, {"subscriber_count": 2})
    assert client.call("GET", f"{path}?include-segment-detail=false").body == {"subscriber_count": 2}
    detailed = client.call("GET", f"{path}?include-segment-detail=true")
    assert detailed.body == {
        "subscriber_count": 2,
        "payload": {
            "id": segment_id,
            "name": "High",
            "description": None,
            "created_at": detailed.body["payload"]["created_at"],
            "source": "custom",
            "filters": TAGGED,
        },
    }
    assert isinstance(detailed.body["payload"]["created_at"], int)
    assert client.call("GET", f"{path}?include-segment-detail=True").body["payload"]["name"] == "High"
    default = client.call("GET", segments_path(client)).body["segments"][0]
    everyone = client.call("GET", f"{segments_path(client)}/{default['id']}?include-segment-detail=true").body
    assert (everyone["subscriber_count"], everyone["payload"]["source"]) == (3, "default")
    bad = client.call("GET", f"{path}?include-segment-detail=maybe")
    assert (bad.status, bad.body) == (400, {"errors": ["include-segment-detail must be true or false"]})
    assert client.call("GET", f"{segments_path(client)}/nope").status == 404


def test_update_segment_replaces_name_description_and_filters(client: Client) -> None:
    levels(client.fake)
    segment_id = create_segment(client, "High", TAGGED)
    path = f"{segments_path(client)}/{segment_id}"
    lower = [{"field": "tag", "key": "level", "relation": "<", "value": "4"}]
    updated = client.call("PATCH", path, {"name": "Low", "description": "beginners", "filters": lower})
    assert (updated.status, updated.body) == (200, {"success": True, "id": segment_id})
    detail = client.call("GET", f"{path}?include-segment-detail=true").body
    assert (detail["subscriber_count"], detail["payload"]["name"], detail["payload"]["description"]) == (
        1, "Low", "beginners")
    assert detail["payload"]["filters"] == lower
    client.call("PATCH", path, {"name": "Low again"})  # filters and description are kept when left out
    kept = client.call("GET", f"{path}?include-segment-detail=true").body["payload"]
    assert (kept["name"], kept["description"], kept["filters"]) == ("Low again", "beginners", lower)
    client.call("PATCH", path, {"name": "Low again", "description": ""})  # "" clears it
    assert client.call("GET", f"{path}?include-segment-detail=true").body["payload"]["description"] is None
    # The renamed segment is what notifications target now.
    sent = client.call("POST", "/notifications", {"app_id": client.fake.app_id, "contents": {"en": "x"},
                                                  "included_segments": ["Low again"]})
    assert sent.body["recipients"] == 1


@pytest.mark.parametrize(
    "body, status, message",
    [
        ({}, 400, "name is required and must be a non-empty string"),
        ({"name": "x" * 129}, 400, "name must be at most 128 characters"),
        ({"name": "ok", "description": "d" * 256}, 400, "description must be at most 255 characters"),
        ({"name": "ok", "filters": [{"field": "nope", "relation": "="}]}, 400, "unsupported filter field 'nope'"),
        ({"name": "ok", "filters": TAGGED * 201}, 400, "filters holds 201 entries; at most 200"),
        ({"name": "Taken"}, 400, "a segment named 'Taken' already exists"),
        ({"name": "Active Users"}, 400, "a segment named 'Active Users' already exists"),
    ],
)
def test_bad_segment_updates(client: Client, body: Dict[str, Any], status: int, message: str) -> None:
    create_segment(client, "Taken", TAGGED)
    segment_id = create_segment(client, "Mine", TAGGED)
    answer = client.call("PATCH", f"{segments_path(client)}/{segment_id}", body)
    assert (answer.status, answer.body) == (status, {"errors": [message]})


def test_default_segments_cannot_be_changed_or_deleted(client: Client) -> None:
    default = client.call("GET", segments_path(client)).body["segments"][1]
    path = f"{segments_path(client)}/{default['id']}"
    changed = client.call("PATCH", path, {"name": "Mine now"})
    assert (changed.status, changed.body) == (403, {"errors": ["the default segment 'Active Users' cannot be changed"]})
    deleted = client.call("DELETE", path)
    assert (deleted.status, deleted.body) == (400, {"errors": ["the default segment 'Active Users' cannot be deleted"]})
    assert client.call("PATCH", f"{segments_path(client)}/nope", {"name": "x"}).status == 404


def test_delete_segment_answers_generic_success(client: Client) -> None:
    segment_id = create_segment(client, "Temp", TAGGED)
    path = f"{segments_path(client)}/{segment_id}"
    assert client.call("DELETE", path).body == {"success": True}
    assert client.call("GET", path).status == 404
    assert (client.call("DELETE", path).status, client.call("DELETE", path).body) == (404, {"success": False})


# -- custom events -------------------------------------------------------------


def test_custom_events_are_stored_and_readable(client: Client) -> None:
    events = [
        {"name": "purchase", "external_id": "ann", "payload": {"sku": "A1", "amount": 12.5},
         "timestamp": "2025-05-01T10:00:00.000+02:00"},
        {"name": "login", "onesignal_id": "os-1"},
    ]
    answer = client.call("POST", f"/apps/{client.fake.app_id}/custom_events", {"events": events})
    assert (answer.status, answer.body) == (200, {})
    first, second = client.fake.custom_events
    assert (first.app_id, first.name, first.external_id, first.onesignal_id) == (
        client.fake.app_id, "purchase", "ann", None)
    assert (first.payload, first.timestamp) == ({"sku": "A1", "amount": 12.5}, "2025-05-01T08:00:00Z")
    assert (second.name, second.onesignal_id, second.payload) == ("login", "os-1", {})
    assert second.timestamp.endswith("Z")


@pytest.mark.parametrize(
    "events, message",
    [
        (None, "events is required and must be a non-empty list"),
        ([], "events is required and must be a non-empty list"),
        (["x"], "events[0] must be a JSON object"),
        ([{"external_id": "a"}], "events[0]: name is required and must be a non-empty string"),
        ([{"name": "n" * 129, "external_id": "a"}], "events[0]: name must be at most 128 characters"),
        ([{"name": "ok", "external_id": "a"}, {"name": "ok"}], "events[1]: external_id or onesignal_id is required"),
        ([{"name": "ok", "external_id": 5}], "events[0]: external_id must be a string"),
        ([{"name": "ok", "external_id": "a", "payload": []}], "events[0]: payload must be a JSON object"),
        ([{"name": "ok", "external_id": "a", "timestamp": "soon"}],
         "events[0]: timestamp must be an ISO 8601 time such as 2025-01-01T00:00:00Z, got 'soon'"),
    ],
)
def test_bad_custom_events_are_400_and_nothing_is_kept(client: Client, events: Any, message: str) -> None:
    answer = client.call("POST", f"/apps/{client.fake.app_id}/custom_events", {"events": events})
    assert (answer.status, answer.body) == (400, {"errors": [message]})
    assert client.fake.custom_events == []


# -- subscriptions by token ------------------------------------------------------


def test_update_subscription_by_token(client: Client) -> None:
    client.fake.add_user(external_id="eve", subscriptions=[{"type": "Email", "token": "eve@example.com"},
                                                           {"type": "SMS", "token": "+15550100"}])
    base = f"/apps/{client.fake.app_id}/subscriptions_by_token"
    answer = client.call("PATCH", f"{base}/Email/eve@example.com", {"subscription": {"enabled": False}})
    assert (answer.status, answer.body) == (202, {})
    sms = client.call("PATCH", f"{base}/SMS/%2B15550100", {"subscription": {"token": "+15550199"}})
    assert sms.status == 202
    user = client.fake.find_user("external_id", "eve")
    assert user is not None
    assert [(s["type"], s["token"], s["enabled"]) for s in user["subscriptions"]] == [
        ("Email", "eve@example.com", False), ("SMS", "+15550199", True)]
    unknown = client.call("PATCH", f"{base}/Email/nobody@example.com", {"subscription": {"enabled": False}})
    assert unknown.status == 404
    assert unknown.body["errors"][0]["code"] == "subscription-not-found"
    wrong_type = client.call("PATCH", f"{base}/SMS/eve@example.com", {"subscription": {"enabled": False}})
    assert wrong_type.status == 404
    bad_type = client.call("PATCH", f"{base}/Fax/x", {"subscription": {"enabled": False}})
    assert bad_type.status == 400
    no_body = client.call("PATCH", f"{base}/Email/eve@example.com", {})
    assert no_body.status == 400


# -- e-mail unsubscribe by token ---------------------------------------------------


def test_unsubscribe_email_with_token(client: Client) -> None:
    client.fake.add_user(external_id="mia", subscriptions=[{"type": "Email", "token": "mia@example.com"}])
    client.fake.add_user(external_id="leo", subscriptions=[{"type": "Email", "token": "leo@example.com"}])
    sent = client.call("POST", "/notifications", {"app_id": client.fake.app_id, "email_subject": "S",
                                                  "email_body": "B", "include_aliases": {"external_id": ["mia", "leo"]},
                                                  "target_channel": "email"}).body
    mia, leo = client.fake.notifications[0].recipient_ids
    token = client.fake.unsubscribe_token(sent["id"], mia)
    base = f"/apps/{client.fake.app_id}/notifications/{sent['id']}/unsubscribe"
    answer = client.call("POST", f"{base}?token={token}")
    assert (answer.status, answer.body) == (202, {"success": True})
    subscriptions = {s["token"]: s["enabled"] for u in ("mia", "leo")
                     for s in (client.fake.find_user("external_id", u) or {})["subscriptions"]}
    assert subscriptions == {"mia@example.com": False, "leo@example.com": True}
    again = client.call("POST", "/notifications", {"app_id": client.fake.app_id, "email_body": "B",
                                                   "include_aliases": {"external_id": ["mia", "leo"]},
                                                   "target_channel": "email"}).body
    assert again["recipients"] == 1
    wrong = client.call("POST", f"{base}?token={client.fake.unsubscribe_token('other', leo)}")
    assert (wrong.status, wrong.body) == (
        400, {"errors": ["the unsubscribe token does not belong to an e-mail recipient of this notification"]})
    assert client.call("POST", base).status == 400
    missing = client.call("POST", f"/apps/{client.fake.app_id}/notifications/nope/unsubscribe?token={token}")
    assert (missing.status, missing.body) == (400, {"errors": ["Notification not found"]})


# -- push-to-start Live Activities ---------------------------------------------------


START = {
    "name": "Order 42",
    "event": "start",
    "activity_id": "order-42",
    "event_attributes": {"order": 42},
    "event_updates": {"status": "preparing"},
    "contents": {"en": "Your order"},
    "headings": {"en": "Order 42"},
}


def test_start_live_activity_is_recorded_like_a_notification(client: Client) -> None:
    client.fake.add_user(external_id="ios", subscriptions=[{"type": "iOSPush", "token": "apns-1"},
                                                           {"type": "AndroidPush", "token": "fcm-1"}])
    path = f"/apps/{client.fake.app_id}/activities/activity/OrderAttributes"
    answer = client.call("POST", path, {**START, "include_aliases": {"external_id": ["ios"]}})
    assert answer.status == 201
    assert set(answer.body) == {"notification_id"}
    [record] = client.fake.notifications
    ios = client.fake.find_user("external_id", "ios")
    assert ios is not None
    assert record.id == answer.body["notification_id"]
    assert record.recipient_ids == [ios["subscriptions"][0]["id"]]
    assert (record.body["activity_type"], record.body["activity_id"]) == ("OrderAttributes", "order-42")
    viewed = client.call("GET", f"/notifications/{record.id}?app_id={client.fake.app_id}").body
    assert (viewed["successful"], viewed["platform_delivery_stats"]["ios"]["successful"]) == (1, 1)
    [activity] = client.fake.live_activities
    assert activity.activity_id == "order-42"
    assert activity.updates[0]["event"] == "start"
    assert activity.updates[0]["notification_id"] == record.id


def test_start_live_activity_by_segment_and_idempotency(client: Client) -> None:
    client.fake.add_user(subscriptions=[{"type": "iOSPush", "token": "apns-a"}])
    client.fake.add_user(subscriptions=[{"type": "iOSPush", "token": "apns-b"}])
    path = f"/apps/{client.fake.app_id}/activities/activity/Match"
    body = {**START, "included_segments": ["Subscribed Users"], "idempotency_key": "start-1"}
    first = client.call("POST", path, body)
    again = client.call("POST", path, body)
    assert first.body == again.body
    assert [len(r.recipient_ids) for r in client.fake.notifications] == [2]


@pytest.mark.parametrize(
    "change, message",
    [
        ({"event": "update"}, "event must be 'start'"),
        ({"activity_id": None}, "activity_id is required and must be a non-empty string"),
        ({"event_updates": None}, "event_updates must be a JSON object"),
        ({"contents": {"en": 5}}, "contents must map language codes to text"),
        ({"included_segments": None},
         "You must include which players, segments, or tags you wish to send this notification to."),
        ({"include_subscription_ids": ["x"]},
         "use one targeting mode per request: included_segments and include_subscription_ids cannot be combined"),
    ],
)
def test_bad_live_activity_starts_are_400(client: Client, change: Dict[str, Any], message: str) -> None:
    path = f"/apps/{client.fake.app_id}/activities/activity/Match"
    body = {**START, "included_segments": ["Subscribed Users"], **change}
    answer = client.call("POST", path, {key: value for key, value in body.items() if value is not None})
    assert (answer.status, answer.body) == (400, {"errors": [message]})
    assert client.fake.notifications == []


def test_new_app_routes_need_the_app_key(client: Client) -> None:
    for method, path in [
        ("GET", segments_path(client)),
        ("POST", f"/apps/{client.fake.app_id}/custom_events"),
        ("PATCH", f"/apps/{client.fake.app_id}/subscriptions_by_token/Email/x"),
        ("POST", f"/apps/{client.fake.app_id}/activities/activity/Match"),
    ]:
        assert client.call(method, path, {}, key=USER_KEY).status == 403
        assert client.call(method, path, {}, key=None).status == 403
