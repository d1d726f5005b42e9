"""FakeOneSignal notifications: targeting, answers, scheduling, history, exports, outcomes, live activities."""

from __future__ import annotations

import csv
import gzip
import io
import time
import urllib.request
from datetime import datetime, timezone
from typing import Any, Dict, List

import pytest
from fake_client import Client

from onesignal.testing import FakeOneSignal

DAY = 24 * 3600
NOT_SUBSCRIBED = {"id": "", "recipients": 0, "external_id": None, "errors": ["All included players are not subscribed"]}


def send(client: Client, **fields: Any) -> Dict[str, Any]:
    """POST a notification with English contents; assert 200 and return the answer."""
    answer = client.call("POST", "/notifications", {"app_id": client.fake.app_id, "contents": {"en": "Hi"}, **fields})
    assert answer.status == 200, answer.body
    body: Dict[str, Any] = answer.body
    return body


def recipients_of(fake: FakeOneSignal, notification_id: str) -> List[str]:
    [record] = [record for record in fake.notifications if record.id == notification_id]
    return record.recipient_ids


@pytest.fixture
def people(fake: FakeOneSignal) -> Dict[str, str]:
    """Five devices with different facts, by a short name."""
    moment = int(time.time())
    ids: Dict[str, str] = {}
    ids["ann"] = fake.add_player(
        1,
        identifier="a",
        external_user_id="ann",
        tags={"level": "5", "vip": "1"},
        language="en",
        country="US",
        amount_spent=20,
        session_count=9,
        game_version="1.10",
        last_active=moment - 3600,
    )
    ids["ben"] = fake.add_player(
        0,
        identifier="b",
        external_user_id="ben",
        tags={"level": "2"},
        language="fr",
        country="FR",
        session_count=1,
        game_version="1.9",
        last_active=moment - 10 * DAY,
    )
    ids["cid"] = fake.add_player(5, identifier="c", tags={"level": "9", "seen": str(moment - 2 * DAY)}, language="en")
    ids["off"] = fake.add_player(1, identifier="d", tags={"level": "7"}, notification_types=-2, language="en")
    ids["mail"] = fake.add_player(11, identifier="ann@example.com", external_user_id="ann", language="en")
    return ids


# -- answers -----------------------------------------------------------------


def test_send_to_subscribed_users_counts_only_subscribed_push_devices(client: Client, people: Dict[str, str]) -> None:
    answer = send(client, included_segments=["Subscribed Users"])
    assert answer == {"id": answer["id"], "recipients": 3, "external_id": None}
    assert recipients_of(client.fake, answer["id"]) == [people["ann"], people["ben"], people["cid"]]
    [record] = client.fake.notifications
    assert (record.body["contents"], record.kind, record.app_id) == ({"en": "Hi"}, 1, client.fake.app_id)


def test_target_channel_email_and_email_tokens(client: Client, people: Dict[str, str]) -> None:
    by_segment = send(client, included_segments=["All"], target_channel="email", email_subject="S", email_body="B")
    assert recipients_of(client.fake, by_segment["id"]) == [people["mail"]]
    by_token = client.call(
        "POST",
        "/notifications",
        {"app_id": client.fake.app_id, "email_body": "B", "include_email_tokens": ["ann@example.com", "x@y.z"]},
    )
    assert (by_token.status, by_token.body["recipients"]) == (200, 1)


def test_phone_numbers_reach_sms_subscriptions(client: Client) -> None:
    client.fake.add_user(external_id="sam", subscriptions=[{"type": "SMS", "token": "+15550001"}])
    answer = send(client, include_phone_numbers=["+15550001"])
    assert answer["recipients"] == 1


def test_external_ids_and_aliases(client: Client, people: Dict[str, str]) -> None:
    by_external = send(client, include_external_user_ids=["ann", "ben"])
    assert recipients_of(client.fake, by_external["id"]) == [people["ann"], people["ben"]]
    client.fake.add_user(aliases={"crm_id": "77"}, subscriptions=[{"type": "AndroidPush", "token": "z"}])
    by_alias = send(client, include_aliases={"crm_id": ["77"], "external_id": ["ben"]})
    assert by_alias["recipients"] == 2
    by_channel = send(client, include_external_user_ids=["ann"], channel_for_external_user_ids="email")
    assert recipients_of(client.fake, by_channel["id"]) == [people["mail"]]


def test_unknown_ids_are_reported_while_valid_ones_are_sent(client: Client, people: Dict[str, str]) -> None:
    players = send(client, include_player_ids=[people["ann"], "nope"])
    assert players == {
        "id": players["id"],
        "recipients": 1,
        "external_id": None,
        "errors": {"invalid_player_ids": ["nope"]},
    }
    externals = send(client, include_external_user_ids=["ann", "ghost"], include_player_ids=["gone"])
    assert externals["errors"] == {"invalid_player_ids": ["gone"], "invalid_external_user_ids": ["ghost"]}


def test_only_unknown_ids_give_an_empty_id_and_the_invalid_list(client: Client) -> None:
    answer = send(client, include_external_user_ids=["ghost"])
    assert answer == {
        "id": "",
        "recipients": 0,
        "external_id": None,
        "errors": {"invalid_external_user_ids": ["ghost"]},
    }
    assert client.fake.notifications == []


def test_only_unsubscribed_devices_give_the_no_subscribers_error(client: Client, people: Dict[str, str]) -> None:
    assert send(client, include_player_ids=[people["off"]]) == NOT_SUBSCRIBED
    client.call(
        "PATCH", f"/apps/{client.fake.app_id}/subscriptions/{people['ann']}", {"subscription": {"enabled": False}}
    )
    assert send(client, include_player_ids=[people["ann"]]) == NOT_SUBSCRIBED


@pytest.mark.parametrize(
    "body,message",
    [
        ({"contents": {"en": "x"}, "included_segments": ["All"]}, "app_id is required"),
        (
            {"app_id": "A", "included_segments": ["All"]},
            "a notification needs contents, template_id, content_available or email_body",
        ),
        (
            {"app_id": "A", "contents": {"en": "x"}},
            "You must include which players, segments, or tags you wish to send this notification to.",
        ),
        (
            {"app_id": "A", "contents": {"en": 1}, "included_segments": ["All"]},
            "contents must map language codes to text",
        ),
        (
            {"app_id": "A", "contents": {"en": "x"}, "included_segments": ["Nope"]},
            "segment 'Nope' does not exist in this app",
        ),
        (
            {"app_id": "A", "contents": {"en": "x"}, "filters": [{"field": "x", "relation": "="}]},
            "unsupported filter field 'x'",
        ),
        (
            {"app_id": "A", "contents": {"en": "x"}, "included_segments": ["All"], "target_channel": "fax"},
            "target_channel must be push, email or sms",
        ),
        (
            {"app_id": "A", "contents": {"en": "x"}, "included_segments": ["All"], "send_after": "soon"},
            "send_after could not be read as a date: 'soon'",
        ),
        (
            {"app_id": "A", "contents": {"en": "x"}, "include_player_ids": [f"p{i}" for i in range(2001)]},
            "include_player_ids holds 2001 entries; at most 2000 per request",
        ),
        (
            {"app_id": "A", "contents": {"en": "x"}, "include_aliases": {"external_id": ["u"] * 20001}},
            "include_aliases holds 20001 ids across its labels; at most 20000 per request",
        ),
        (
            {"app_id": "A", "contents": {"en": "x"},
             "filters": [{"operator": "OR"}, {"field": "language", "relation": "=", "value": "en"}]},
            "an operator must stand between two filters",
        ),
        (
            {"app_id": "A", "contents": {"en": "x"},
             "filters": [{"field": "language", "relation": "=", "value": "en"}, {"operator": "OR"}, {"operator": "OR"},
                         {"field": "country", "relation": "=", "value": "FR"}]},
            "an operator must stand between two filters",
        ),
    ],
)
def test_bad_notifications_are_400(client: Client, body: Dict[str, Any], message: str) -> None:
    if body.get("app_id") == "A":
        body["app_id"] = client.fake.app_id
    client.fake.add_player(1)
    answer = client.call("POST", "/notifications", body)
    assert (answer.status, answer.body) == (400, {"errors": [message]})


def test_template_id_or_content_available_is_enough(client: Client) -> None:
    client.fake.add_player(1)
    assert send(client, contents=None, template_id="t-1", included_segments=["All"])["recipients"] == 1
    assert send(client, contents=None, content_available=True, included_segments=["All"])["recipients"] == 1


# -- filters and segments ----------------------------------------------------


@pytest.mark.parametrize(
    "filters,expected",
    [
        ([{"field": "tag", "key": "level", "relation": ">", "value": "4"}], ["ann", "cid"]),
        ([{"field": "tag", "key": "level", "relation": "<", "value": "4"}], ["ben"]),
        ([{"field": "tag", "key": "level", "relation": "=", "value": "2"}], ["ben"]),
        ([{"field": "tag", "key": "vip", "relation": "!=", "value": "1"}], ["ben", "cid"]),
        ([{"field": "tag", "key": "vip", "relation": "exists"}], ["ann"]),
        ([{"field": "tag", "key": "vip", "relation": "not_exists"}], ["ben", "cid"]),
        ([{"field": "tag", "key": "seen", "relation": "time_elapsed_gt", "value": str(DAY)}], ["cid"]),
        ([{"field": "tag", "key": "seen", "relation": "time_elapsed_lt", "value": str(DAY)}], []),
        ([{"field": "language", "relation": "=", "value": "en"}], ["ann", "cid"]),
        ([{"field": "language", "relation": "!=", "value": "en"}], ["ben"]),
        ([{"field": "country", "relation": "=", "value": "FR"}], ["ben"]),
        ([{"field": "amount_spent", "relation": ">", "value": "10"}], ["ann"]),
        ([{"field": "session_count", "relation": ">", "value": "5"}], ["ann"]),
        ([{"field": "last_session", "relation": ">", "hours_ago": "48"}], ["ben"]),
        ([{"field": "last_session", "relation": "<", "value": "48"}], ["ann", "cid"]),
        ([{"field": "app_version", "relation": ">", "value": "1.9"}], ["ann"]),
        (
            [
                {"field": "language", "relation": "=", "value": "en"},
                {"field": "tag", "key": "level", "relation": ">", "value": "6"},
            ],
            ["cid"],
        ),
        (
            [
                {"field": "country", "relation": "=", "value": "FR"},
                {"operator": "OR"},
                {"field": "tag", "key": "vip", "relation": "=", "value": "1"},
                {"operator": "AND"},
                {"field": "language", "relation": "=", "value": "en"},
            ],
            ["ann", "ben"],
        ),
    ],
)
def test_filters(client: Client, people: Dict[str, str], filters: List[Dict[str, Any]], expected: List[str]) -> None:
    answer = send(client, filters=filters)
    if expected:
        assert recipients_of(client.fake, answer["id"]) == [people[name] for name in expected]
    else:
        assert answer == NOT_SUBSCRIBED


def test_location_filter(client: Client) -> None:
    near = client.fake.add_player(1, lat=48.8566, long=2.3522)
    client.fake.add_player(1, lat=51.5074, long=-0.1278)
    answer = send(client, filters=[{"field": "location", "radius": 5000, "lat": 48.86, "long": 2.35}])
    assert recipients_of(client.fake, answer["id"]) == [near]


def test_api_segments_built_in_segments_and_exclusions(client: Client, people: Dict[str, str]) -> None:
    segment = {"name": "High", "filters": [{"field": "tag", "key": "level", "relation": ">", "value": "4"}]}
    assert client.call("POST", f"/apps/{client.fake.app_id}/segments", segment).status == 201
    high = send(client, included_segments=["High"])
    assert recipients_of(client.fake, high["id"]) == [people["ann"], people["cid"]]
    active = send(client, included_segments=["Active Users"])
    assert recipients_of(client.fake, active["id"]) == [people["ann"], people["cid"]]
    inactive = send(client, included_segments=["Inactive Users"])
    assert recipients_of(client.fake, inactive["id"]) == [people["ben"]]
    excluded = send(client, included_segments=["Subscribed Users"], excluded_segments=["High"])
    assert recipients_of(client.fake, excluded["id"]) == [people["ben"]]


# -- idempotency, scheduling and cancel ----------------------------------------


def test_same_idempotency_key_returns_the_first_answer(client: Client, people: Dict[str, str]) -> None:
    first = send(client, included_segments=["All"], idempotency_key="k-1")
    again = send(client, included_segments=["Inactive Users"], idempotency_key="k-1")
    assert again == first
    by_external = send(client, included_segments=["All"], external_id="e-1")
    assert by_external["external_id"] == "e-1"
    assert send(client, included_segments=["All"], external_id="e-1") == by_external
    assert len(client.fake.notifications) == 2


def test_scheduled_notification_can_be_cancelled_once(client: Client, people: Dict[str, str]) -> None:
    answer = send(client, included_segments=["All"], send_after="2099-09-24 14:00:00 GMT-0700")
    path = f"/notifications/{answer['id']}?app_id={client.fake.app_id}"
    viewed = client.call("GET", path).body
    assert (viewed["send_after"], viewed["completed_at"], viewed["remaining"], viewed["successful"]) == (
        int(datetime(2099, 9, 24, 21, tzinfo=timezone.utc).timestamp()),
        None,
        3,
        0,
    )
    cancelled = client.call("DELETE", path)
    assert (cancelled.status, cancelled.body) == (200, {"success": True})
    viewed = client.call("GET", path).body
    assert (viewed["canceled"], viewed["remaining"], viewed["completed_at"]) == (True, 0, None)
    again = client.call("DELETE", path)
    assert (again.status, again.body) == (400, {"errors": ["this notification was already cancelled"]})


def test_sent_or_unknown_notification_cannot_be_cancelled(client: Client, people: Dict[str, str]) -> None:
    answer = send(client, included_segments=["All"], send_after="2001-01-01T00:00:00Z")
    sent = client.call("DELETE", f"/notifications/{answer['id']}?app_id={client.fake.app_id}")
    assert (sent.status, sent.body) == (400, {"errors": ["this notification was already sent and cannot be cancelled"]})
    unknown = client.call("DELETE", f"/notifications/nope?app_id={client.fake.app_id}")
    assert (unknown.status, unknown.body) == (404, {"errors": ["Notification not found"]})


# -- viewing -----------------------------------------------------------------


def test_view_notification_shape(client: Client, people: Dict[str, str]) -> None:
    answer = send(client, include_player_ids=[people["ann"], people["cid"]], headings={"en": "T"})
    viewed = client.call("GET", f"/notifications/{answer['id']}?app_id={client.fake.app_id}")
    assert viewed.status == 200
    queued = viewed.body["queued_at"]
    delivery = {"failed": 0, "errored": 0, "converted": 0}
    assert viewed.body == {
        "app_id": client.fake.app_id,
        "contents": {"en": "Hi"},
        "include_player_ids": [people["ann"], people["cid"]],
        "headings": {"en": "T"},
        "id": answer["id"],
        "successful": 2,
        "received": 2,
        "remaining": 0,
        "queued_at": queued,
        "send_after": queued,
        "completed_at": queued,
        "canceled": False,
        "platform_delivery_stats": {
            "android": {"successful": 1, "received": 1, **delivery},
            "chrome_web_push": {"successful": 1, "received": 1, **delivery},
        },
        **delivery,
    }


def test_list_notifications_newest_first_with_paging_and_kind(client: Client, people: Dict[str, str]) -> None:
    api_ids = [send(client, included_segments=["All"])["id"] for _ in range(3)]
    dashboard = client.fake.add_notification({"contents": {"en": "d"}, "included_segments": ["All"]})
    automated = client.fake.add_notification({"contents": {"en": "a"}, "included_segments": ["All"]}, kind=3)
    base = f"/notifications?app_id={client.fake.app_id}"
    everything = client.call("GET", base).body
    assert (everything["total_count"], everything["offset"], everything["limit"]) == (5, 0, 50)
    assert [n["id"] for n in everything["notifications"]] == [automated, dashboard, *reversed(api_ids)]
    page = client.call("GET", f"{base}&limit=2&offset=1").body
    assert [n["id"] for n in page["notifications"]] == [dashboard, api_ids[2]]
    api_only = client.call("GET", f"{base}&kind=1&limit=99").body
    assert (api_only["total_count"], api_only["limit"]) == (3, 50)
    assert [n["id"] for n in client.call("GET", f"{base}&kind=0").body["notifications"]] == [dashboard]
    bad = client.call("GET", f"{base}&kind=2")
    assert (bad.status, bad.body) == (400, {"errors": ["kind must be 0 (dashboard), 1 (API) or 3 (automated)"]})


def test_add_notification_rejects_bad_bodies(fake: FakeOneSignal) -> None:
    with pytest.raises(ValueError):
        fake.add_notification({"included_segments": ["All"]})


# -- history, events export and outcomes -------------------------------------


def download_rows(url: str) -> List[Dict[str, str]]:
    with urllib.request.urlopen(url, timeout=5) as response:
        text = gzip.decompress(response.read()).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def test_history_of_sent_events_is_a_downloadable_csv(client: Client, people: Dict[str, str]) -> None:
    answer = send(client, include_external_user_ids=["ann"])
    path = f"/notifications/{answer['id']}/history"
    history = client.call("POST", path, {"events": "sent", "email": "me@example.com", "app_id": client.fake.app_id})
    assert history.status == 200
    assert history.body == {"success": True, "destination_url": history.body["destination_url"]}
    [row] = download_rows(history.body["destination_url"])
    assert (row["notification_id"], row["subscription_id"], row["external_id"], row["event"]) == (
        answer["id"],
        people["ann"],
        "ann",
        "sent",
    )
    clicked = client.call("POST", path, {"events": "clicked", "app_id": client.fake.app_id})
    assert download_rows(clicked.body["destination_url"]) == []
    bad = client.call("POST", path, {"events": "opened", "app_id": client.fake.app_id})
    assert (bad.status, bad.body) == (400, {"errors": ["events must be 'sent' or 'clicked'"]})
    missing = client.call("POST", "/notifications/nope/history", {"events": "sent", "app_id": client.fake.app_id})
    assert missing.status == 404


def test_export_events(client: Client, people: Dict[str, str]) -> None:
    answer = send(client, included_segments=["All"])
    exported = client.call("POST", f"/notifications/{answer['id']}/export_events?app_id={client.fake.app_id}")
    assert exported.status == 200
    rows = download_rows(exported.body["csv_file_url"])
    assert [row["subscription_id"] for row in rows] == [people["ann"], people["ben"], people["cid"]]
    unknown = client.call("POST", f"/notifications/nope/export_events?app_id={client.fake.app_id}")
    assert (unknown.status, unknown.body) == (404, {"errors": ["Notification not found"]})


def test_outcomes(client: Client) -> None:
    client.fake.add_outcome("os__click")
    client.fake.add_outcome("os__click")
    client.fake.add_outcome("os__session_duration", 30)
    client.fake.add_outcome("os__session_duration", 12)
    base = f"/apps/{client.fake.app_id}/outcomes"
    answer = client.call(
        "GET", f"{base}?outcome_names=os__click.count,os__session_duration.sum&outcome_names[]=none.count"
    )
    assert (answer.status, answer.body) == (
        200,
        {
            "outcomes": [
                {"id": "os__click", "value": 2, "aggregation": "count"},
                {"id": "os__session_duration", "value": 42, "aggregation": "sum"},
                {"id": "none", "value": 0, "aggregation": "count"},
            ]
        },
    )
    missing = client.call("GET", base)
    assert (missing.status, missing.body) == (400, {"errors": ["outcome_names is required"]})
    bad = client.call("GET", f"{base}?outcome_names=os__click.avg")
    assert (bad.status, bad.body) == (400, {"errors": ["outcome 'os__click.avg' must end in .count or .sum"]})
    assert client.call("GET", f"{base}?outcome_names=a.count&outcome_time_range=1y").status == 400


# -- live activities and in-app messages -------------------------------------


def test_live_activity_tokens_and_updates_are_recorded(client: Client) -> None:
    sid = client.fake.add_player(0, identifier="apns")
    base = f"/apps/{client.fake.app_id}/live_activities/match-1"
    begun = client.call("POST", f"{base}/token", {"push_token": "la-token", "subscription_id": sid})
    assert (begun.status, begun.body) == (204, None)
    update = {"name": "contents", "event": "update", "event_updates": {"score": "1-0"}}
    updated = client.call("POST", f"{base}/notifications", update)
    assert updated.status == 200
    assert updated.body == {"notification_id": updated.body["notification_id"]}
    [activity] = client.fake.live_activities
    assert (activity.activity_id, activity.app_id, activity.tokens) == (
        "match-1",
        client.fake.app_id,
        {sid: "la-token"},
    )
    assert activity.updates == [{**update, "notification_id": updated.body["notification_id"]}]
    ended = client.call("DELETE", f"{base}/token/{sid}")
    assert (ended.status, ended.body) == (204, None)
    assert client.fake.live_activities[0].tokens == {}


def test_live_activity_errors(client: Client) -> None:
    base = f"/apps/{client.fake.app_id}/live_activities/match-1"
    no_token = client.call("POST", f"{base}/token", {"subscription_id": "x"})
    assert (no_token.status, no_token.body) == (
        400,
        {"errors": ["push_token is required and must be a non-empty string"]},
    )
    unknown = client.call("POST", f"{base}/token", {"push_token": "t", "subscription_id": "nope"})
    assert (unknown.status, unknown.body) == (404, {"errors": ["subscription nope does not exist in this app"]})
    bad_name = client.call("POST", f"{base}/notifications", {"name": "x", "event": "update", "event_updates": {}})
    assert (bad_name.status, bad_name.body) == (
        400,
        {"errors": ["name must be one of headings, contents, ios_sound, priority_level"]},
    )
    bad_event = client.call("POST", f"{base}/notifications", {"name": "contents", "event": "x", "event_updates": {}})
    assert bad_event.status == 400
    no_updates = client.call("POST", f"{base}/notifications", {"name": "contents", "event": "end"})
    assert (no_updates.status, no_updates.body) == (400, {"errors": ["event_updates must be a JSON object"]})
    assert client.call("DELETE", f"{base}/token/nope").status == 404


def test_eligible_in_app_messages(client: Client) -> None:
    sid = client.fake.add_player(1)
    path = f"/apps/{client.fake.app_id}/subscriptions/{sid}/iams"
    assert client.call("GET", path).body == {"in_app_messages": []}
    client.fake.add_in_app_message({"id": "iam-1", "name": "Welcome"})
    answer = client.call("GET", path)
    assert (answer.status, answer.body) == (200, {"in_app_messages": [{"id": "iam-1", "name": "Welcome"}]})
    unknown = client.call("GET", f"/apps/{client.fake.app_id}/subscriptions/nope/iams")
    assert unknown.status == 404
