"""FakeOneSignal, 5.x sending over raw HTTP: targeting modes and limits, email_to, recipient estimates,
time_offset paging of the notification list, and e-mail analytics."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from typing import Any, Dict, List

import pytest
from fake_client import Answer, Client

HOUR = 3600
NO_TARGET = "You must include which players, segments, or tags you wish to send this notification to."


def post(client: Client, path: str = "/notifications", **fields: Any) -> Answer:
    return client.call("POST", path, {"app_id": client.fake.app_id, "contents": {"en": "Hi"}, **fields})


def estimate(client: Client, **fields: Any) -> Answer:
    return client.call("POST", "/notifications/count-unsaved", {"app_id": client.fake.app_id, **fields})


def iso(moment: float) -> str:
    return datetime.fromtimestamp(moment, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture
def crowd(client: Client) -> None:
    """Four users: two French with push, one English with push and e-mail, one with e-mail only."""
    client.fake.add_user(external_id="fr1", properties={"language": "fr"},
                         subscriptions=[{"type": "AndroidPush", "token": "p-fr1"}])
    client.fake.add_user(external_id="fr2", properties={"language": "fr"},
                         subscriptions=[{"type": "iOSPush", "token": "p-fr2"}])
    client.fake.add_user(external_id="en1", properties={"language": "en"},
                         subscriptions=[{"type": "AndroidPush", "token": "p-en1"},
                                        {"type": "Email", "token": "en1@gmail.com"}])
    client.fake.add_user(external_id="mail", subscriptions=[{"type": "Email", "token": "mail@yahoo.com"}])


# -- targeting modes and limits ----------------------------------------------------


@pytest.mark.parametrize(
    "fields, combined",
    [
        ({"included_segments": ["All"], "filters": [{"field": "language", "relation": "=", "value": "fr"}]},
         "included_segments and filters"),
        ({"include_aliases": {"external_id": ["fr1"]}, "include_subscription_ids": ["x"]},
         "include_subscription_ids and include_aliases"),
        ({"email_to": ["a@example.com"], "include_aliases": {"external_id": ["fr1"]}},
         "include_aliases and email_to"),
        ({"excluded_segments": ["Active Users"], "include_player_ids": ["x"]},
         "excluded_segments and include_player_ids"),
        ({"include_phone_numbers": ["+1555"], "include_ios_tokens": ["t"]},
         "include_phone_numbers and include_ios_tokens"),
    ],
)
def test_one_targeting_mode_per_request(client: Client, crowd: None, fields: Dict[str, Any], combined: str) -> None:
    answer = post(client, **fields)
    message = f"use one targeting mode per request: {combined} cannot be combined"
    assert (answer.status, answer.body) == (400, {"errors": [message]})
    assert estimate(client, **fields).body == {"errors": [message]}
    assert client.fake.notifications == []


def test_combinations_within_one_mode_are_fine(client: Client, crowd: None) -> None:
    segments = post(client, included_segments=["All"], excluded_segments=["Inactive Users"])
    assert segments.body["recipients"] == 3
    aliases = post(client, include_aliases={"external_id": ["fr1"], "onesignal_id": ["nobody"]}, target_channel="push")
    assert aliases.body["recipients"] == 1
    empty_lists_do_not_count = post(client, included_segments=["All"], include_aliases={}, include_player_ids=[])
    assert empty_lists_do_not_count.status == 200


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"include_subscription_ids": ["x"] * 20001}, "include_subscription_ids holds 20001 entries; at most 20000 "
                                                        "per request"),
        ({"email_to": ["a@example.com"] * 20001}, "email_to holds 20001 entries; at most 20000 per request"),
        ({"include_aliases": {"external_id": ["u"] * 10000, "crm_id": ["c"] * 10001}},
         "include_aliases holds 20001 ids across its labels; at most 20000 per request"),
        ({"include_player_ids": ["p"] * 2001}, "include_player_ids holds 2001 entries; at most 2000 per request"),
        ({"include_phone_numbers": ["+1"] * 2001},
         "include_phone_numbers holds 2001 entries; at most 2000 per request"),
    ],
)
def test_lists_over_their_limit_are_400(client: Client, fields: Dict[str, Any], message: str) -> None:
    answer = post(client, **fields)
    assert (answer.status, answer.body) == (400, {"errors": [message]})


def test_lists_at_their_limit_are_accepted(client: Client, crowd: None) -> None:
    ids = post(client, include_subscription_ids=[f"s{n}" for n in range(20000)])
    assert (ids.status, ids.body["recipients"], len(ids.body["errors"]["invalid_player_ids"])) == (200, 0, 20000)
    aliases = post(client, include_aliases={"external_id": ["fr1"] + ["x"] * 9999, "crm_id": ["c"] * 10000},
                   target_channel="push")
    assert (aliases.status, aliases.body["recipients"]) == (200, 1)
    emails = post(client, email_to=["en1@gmail.com"] * 20000, email_body="B")
    assert (emails.status, emails.body["recipients"]) == (200, 1)


def test_email_to_reaches_email_subscriptions_by_address(client: Client, crowd: None) -> None:
    answer = post(client, email_to=["en1@gmail.com", "mail@yahoo.com", "nobody@example.com"], email_subject="S",
                  email_body="B")
    assert answer.body["recipients"] == 2
    [record] = client.fake.notifications
    assert record.platforms == {"email": 2}


def test_no_target_is_400_with_the_api_text(client: Client) -> None:
    assert post(client).body == {"errors": [NO_TARGET]}
    assert estimate(client).body == {"errors": [NO_TARGET]}


# -- recipient estimates -------------------------------------------------------------


@pytest.mark.parametrize(
    "fields",
    [
        {"included_segments": ["Subscribed Users"]},
        {"included_segments": ["Subscribed Users"], "excluded_segments": ["Inactive Users"]},
        {"included_segments": ["All"], "target_channel": "email"},
        {"filters": [{"field": "language", "relation": "=", "value": "fr"}]},
        {"include_aliases": {"external_id": ["fr1", "en1", "ghost"]}, "target_channel": "push"},
        {"include_aliases": {"external_id": ["en1", "mail"]}, "target_channel": "email"},
    ],
)
def test_estimate_equals_what_a_send_would_reach(client: Client, crowd: None, fields: Dict[str, Any]) -> None:
    estimated = estimate(client, **fields)
    assert estimated.status == 200
    assert client.fake.notifications == []
    sent = post(client, **fields, email_body="B") if fields.get("target_channel") == "email" else post(client, **fields)
    assert estimated.body == {
        "count": sent.body["recipients"],
        "uncapped_count": sent.body["recipients"],
        "cap_applied": False,
        "mobile_suppressed": False,
        "mobile_excluded_count": 0,
    }


def test_estimate_counts_zero_and_checks_its_body(client: Client, crowd: None) -> None:
    assert estimate(client, include_aliases={"external_id": ["ghost"]}).body["count"] == 0
    assert estimate(client, included_segments=["Nope"]).status == 400
    assert estimate(client, included_segments=["All"], target_channel="fax").status == 400
    assert client.call("POST", "/notifications/count-unsaved", {"included_segments": ["All"]}).status == 400


# -- time_offset paging ------------------------------------------------------------------


def scheduled(client: Client, *moments: float) -> List[str]:
    """One notification per ``send_after`` moment, created in the order given; their ids."""
    return [post(client, included_segments=["All"], send_after=iso(moment)).body["id"] for moment in moments]


def test_time_offset_pages_ascending_by_send_after_and_fetches_each_once(client: Client) -> None:
    client.fake.add_player(1)
    start = time.time()
    ids = scheduled(client, start + 5 * HOUR, start - 3 * HOUR, start + 1 * HOUR, start - 2 * HOUR, start + 9 * HOUR)
    expected = [ids[1], ids[3], ids[2], ids[0], ids[4]]
    base = f"/notifications?app_id={client.fake.app_id}&limit=2"
    offset = iso(start - 4 * HOUR)
    seen: List[str] = []
    requests = 0
    while True:
        page = client.call("GET", f"{base}&time_offset={offset}").body
        requests += 1
        assert page["time_offset"] == offset
        assert (page["total_count"], page["limit"]) == (5, 2)
        if not page["notifications"]:
            assert page["next_time_offset"] == offset
            break
        seen.extend(n["id"] for n in page["notifications"])
        offset = page["next_time_offset"]
    assert seen == expected
    assert requests == 4  # three pages and the empty one that ends the loop
    later = client.call("GET", f"{base}&time_offset={iso(start)}").body["notifications"]
    assert [n["id"] for n in later] == [ids[2], ids[0]]


def test_time_offset_keeps_the_kind_filter_and_refuses_offset(client: Client) -> None:
    client.fake.add_player(1)
    api = post(client, included_segments=["All"]).body["id"]
    client.fake.add_notification({"contents": {"en": "d"}, "included_segments": ["All"]})
    base = f"/notifications?app_id={client.fake.app_id}&time_offset=2000-01-01T00:00:00.000Z"
    assert [n["id"] for n in client.call("GET", f"{base}&kind=1").body["notifications"]] == [api]
    combined = client.call("GET", f"{base}&offset=0")
    assert (combined.status, combined.body) == (400, {"errors": ["time_offset cannot be combined with offset"]})
    bad = client.call("GET", f"/notifications?app_id={client.fake.app_id}&time_offset=yesterday")
    assert (bad.status, bad.body) == (
        400, {"errors": ["time_offset must be an ISO 8601 time or the next_time_offset of an earlier page"]})
    plain = client.call("GET", f"/notifications?app_id={client.fake.app_id}").body
    assert "time_offset" not in plain and "next_time_offset" not in plain


# -- e-mail analytics ------------------------------------------------------------------


@pytest.fixture
def mailed(client: Client) -> Dict[str, Any]:
    """E-mails to gmail, yahoo, an unknown domain and a bad address, from shop.example, other.example and nowhere."""
    for n, address in enumerate(["a@gmail.com", "b@yahoo.com", "c@example.org", "not-an-address"]):
        client.fake.add_user(external_id=f"m{n}", subscriptions=[{"type": "Email", "token": address}])
    everyone = {"included_segments": ["All"], "email_subject": "S", "email_body": "B"}
    assert post(client, **everyone, email_from_address="news@shop.example").body["recipients"] == 4
    assert post(client, **everyone, email_sender_domain="other.example").body["recipients"] == 4
    assert post(client, include_aliases={"external_id": ["m0"]}, target_channel="email", email_body="B").status == 200
    now = time.time()
    return {"start": iso(now - HOUR), "end": iso(now + HOUR), "now": now}


def metrics(sent: int, bounced: int = 0) -> Dict[str, int]:
    return {"sent": sent, "delivered": sent - bounced, "opened": 0, "clicked": 0, "unique_opened": 0,
            "unique_clicked": 0, "failed": 0, "bounced": bounced, "complained": 0}


def test_provider_metrics_by_sending_domain(client: Client, mailed: Dict[str, Any]) -> None:
    base = f"/apps/{client.fake.app_id}/email_analytics/provider_metrics"
    answer = client.call("GET", f"{base}?domain=shop.example&start={mailed['start']}&end={mailed['end']}")
    assert answer.status == 200
    # The third e-mail had no sending domain, so it counts under every domain asked for.
    assert answer.body == {"providers": [
        {"provider": "gmail", "metrics": metrics(2)},
        {"provider": "other", "metrics": metrics(2, bounced=1)},
        {"provider": "yahoo_us", "metrics": metrics(1)},
    ]}
    elsewhere = client.call("GET", f"{base}?domain=nowhere.example&start={mailed['start']}&end={mailed['end']}")
    assert elsewhere.body == {"providers": [{"provider": "gmail", "metrics": metrics(1)}]}
    before = client.call("GET", f"{base}?domain=shop.example&start=2020-01-01T00:00:00Z&end=2020-02-01T00:00:00Z")
    assert before.body == {"providers": []}


def test_provider_metrics_timeseries(client: Client, mailed: Dict[str, Any]) -> None:
    base = f"/apps/{client.fake.app_id}/email_analytics/provider_metrics_timeseries"
    window = f"domain=other.example&start={mailed['start']}&end={mailed['end']}"
    hourly = client.call("GET", f"{base}?{window}&granularity=hourly")
    assert hourly.status == 200
    events = hourly.body["events"]
    assert len(events) in (2, 3)  # whole hours from the one holding start up to end
    assert [e["date"] for e in events][0] == iso(mailed["now"] - HOUR - (mailed["now"] - HOUR) % HOUR)
    totals = {name: sum(e["metrics"][name] for e in events) for name in metrics(0)}
    assert totals == metrics(5, bounced=1)  # the three sends may straddle an hour, so compare the sums
    gmail = client.call("GET", f"{base}?{window}&granularity=daily&providers[]=gmail&providers[]=yahoo_us").body
    assert sum(e["metrics"]["sent"] for e in gmail["events"]) == 3
    monthly = client.call("GET", f"{base}?domain=d&start=2025-01-15T00:00:00Z&end=2025-03-02T00:00:00Z"
                                 "&granularity=monthly").body
    assert [e["date"] for e in monthly["events"]] == ["2025-01-01T00:00:00Z", "2025-02-01T00:00:00Z",
                                                      "2025-03-01T00:00:00Z"]
    assert all(e["metrics"] == metrics(0) for e in monthly["events"])


@pytest.mark.parametrize(
    "query, message",
    [
        ("start=2025-01-01T00:00:00Z&end=2025-01-02T00:00:00Z&granularity=daily", "domain is required"),
        ("domain=d&end=2025-01-02T00:00:00Z&granularity=daily", "start is required"),
        ("domain=d&start=2025-01-02T00:00:00Z&end=2025-01-01T00:00:00Z&granularity=daily",
         "end must be after start"),
        ("domain=d&start=2025-01-01T00:00:00Z&end=2025-01-02T00:00:00Z&granularity=weekly",
         "granularity must be one of hourly, daily, monthly, got 'weekly'"),
        ("domain=d&start=2020-01-01T00:00:00Z&end=2020-01-02T00:00:00Z&granularity=hourly",
         "hourly data is only available for the last 60 days"),
        ("domain=d&start=2025-01-01T00:00:00Z&end=2025-01-02T00:00:00Z&granularity=daily&providers[]=aol",
         "providers must be one of apple, att, canadian, chinese, comcast, free_fr, french, german, gmail, "
         "google_workspace, googlers, inbox_lv, italian, japanese, outlook_365, outlook_eu, outlook_us, proton, "
         "rackspace, russian, uk, united_online, yahoo_eu, yahoo_us, other_eu, other_us, other, got 'aol'"),
    ],
)
def test_bad_timeseries_queries_are_400(client: Client, query: str, message: str) -> None:
    answer = client.call("GET", f"/apps/{client.fake.app_id}/email_analytics/provider_metrics_timeseries?{query}")
    assert (answer.status, answer.body) == (400, {"errors": [message]})


def test_delivery_metrics_give_bounce_rates_per_window(client: Client, mailed: Dict[str, Any]) -> None:
    answer = client.call("GET", f"/apps/{client.fake.app_id}/email_analytics/delivery_metrics")
    assert answer.status == 200
    window = {"bounce_rate": 2 / 9, "complaint_rate": 0.0}
    assert answer.body == {"last_24_hours": window, "last_7_days": window, "last_30_days": window}


def test_delivery_metrics_without_e_mails_are_zero(client: Client) -> None:
    answer = client.call("GET", f"/apps/{client.fake.app_id}/email_analytics/delivery_metrics")
    zero = {"bounce_rate": 0.0, "complaint_rate": 0.0}
    assert answer.body == {"last_24_hours": zero, "last_7_days": zero, "last_30_days": zero}


def test_dates_with_an_unescaped_plus_in_the_query_still_read(client: Client, mailed: Dict[str, Any]) -> None:
    start = datetime.fromtimestamp(mailed["now"] - HOUR, timezone(timedelta(hours=2))).isoformat()
    end = datetime.fromtimestamp(mailed["now"] + HOUR, timezone(timedelta(hours=2))).isoformat()
    answer = client.call("GET", f"/apps/{client.fake.app_id}/email_analytics/provider_metrics"
                                f"?domain=shop.example&start={start}&end={end}")
    assert answer.status == 200, answer.body
    assert sum(p["metrics"]["sent"] for p in answer.body["providers"]) == 5


def test_a_window_of_centuries_is_refused_not_served(client: Client) -> None:
    base = f"/apps/{client.fake.app_id}/email_analytics/provider_metrics_timeseries?domain=d"
    long = client.call("GET", f"{base}&start=2000-01-01T00:00:00Z&end=2100-01-01T00:00:00Z&granularity=daily")
    assert (long.status, long.body) == (
        400, {"errors": ["the window holds more than 10000 daily buckets; shorten it"]})
    last = client.call("GET", f"{base}&start=9999-12-01T00:00:00Z&end=9999-12-31T23:59:59Z&granularity=monthly")
    assert [e["date"] for e in last.body["events"]] == ["9999-12-01T00:00:00Z"]
