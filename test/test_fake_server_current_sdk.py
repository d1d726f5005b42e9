"""The 5.x operations driven through the SDK (DefaultApi) against FakeOneSignal over real HTTP.

Each test checks the SDK's decoded answers and then the fake's own state, as test_end_to_end.py does for the
2.x operations. Configured the 5.x way, with ``rest_api_key`` and ``organization_api_key``.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterator, List

import pytest

import onesignal
from onesignal.api.default_api import DefaultApi
from onesignal.testing import FakeOneSignal

ACCESS_DENIED = (
    "Access denied.  Please include an 'Authorization: ...' header with a valid API key "
    "(https://documentation.onesignal.com/docs/en/keys-and-ids#api-keys)."
)


def _configuration(fake: FakeOneSignal, rest_api_key: str) -> onesignal.Configuration:
    return onesignal.Configuration(host=fake.host, rest_api_key=rest_api_key,
                                   organization_api_key=fake.organization_api_key,
                                   retries=0, timeout=(2, 5))


@pytest.fixture
def api(fake: FakeOneSignal) -> Iterator[DefaultApi]:
    with onesignal.ApiClient(_configuration(fake, fake.rest_api_key)) as client:
        yield DefaultApi(client)


def _recent() -> str:
    return (dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")


# -- templates ---------------------------------------------------------------------------------------------------

def test_templates_through_the_sdk(fake: FakeOneSignal, api: DefaultApi) -> None:
    created = api.create_template({"app_id": fake.app_id, "name": "Welcome", "contents": {"en": "Hello"}})
    assert type(created).__name__ == "TemplateResource"
    assert (created.name, created.channel) == ("Welcome", "push")
    assert isinstance(created.created_at, dt.datetime)
    assert api.view_template(created.id, fake.app_id).to_dict() == created.to_dict()
    email = api.create_template({"app_id": fake.app_id, "name": "News", "contents": {"en": "x"}, "isEmail": True,
                                 "email_subject": "S", "email_body": "B"})
    listed = api.view_templates(fake.app_id, channel="email")
    assert [t.id for t in listed.templates] == [email.id]
    updated = api.update_template(created.id, fake.app_id, {"name": "Welcome 2"})
    assert updated.name == "Welcome 2"
    other = api.create_app({"name": "Second"})
    copied = api.copy_template_to_app(created.id, fake.app_id, {"target_app_id": other.id})
    assert (copied.name, copied.id != created.id) == ("Welcome 2", True)
    assert other.organization_id == fake.organization_id
    assert api.delete_template(created.id, fake.app_id).success is True
    with pytest.raises(onesignal.NotFoundException):
        api.view_template(created.id, fake.app_id)
    assert sorted(t["name"] for t in fake.templates) == ["News", "Welcome 2"]


# -- API keys and the audit log -----------------------------------------------------------------------------------

def _notifications_with(fake: FakeOneSignal, key: str) -> int:
    with onesignal.ApiClient(_configuration(fake, key)) as client:
        return DefaultApi(client).get_notifications(fake.app_id).total_count


def test_api_keys_through_the_sdk_open_and_close_at_once(fake: FakeOneSignal, api: DefaultApi) -> None:
    created = api.create_api_key(fake.app_id, {"name": "CI", "ip_allowlist_mode": "disabled"})
    assert type(created).__name__ == "CreateApiKeyResponse"
    assert _notifications_with(fake, created.formatted_token) == 0
    [token] = api.view_api_keys(fake.app_id).tokens
    assert (token.token_id, token.name, token.ip_allowlist_mode) == (created.token_id, "CI", "disabled")
    api.update_api_key(fake.app_id, created.token_id, {"name": "CI 2"})
    assert api.view_api_keys(fake.app_id).tokens[0].name == "CI 2"

    rotated = api.rotate_api_key(fake.app_id, created.token_id)
    with pytest.raises(onesignal.ForbiddenException) as caught:
        _notifications_with(fake, created.formatted_token)
    assert (caught.value.status, caught.value.errors) == (403, [ACCESS_DENIED])
    assert _notifications_with(fake, rotated.formatted_token) == 0

    api.delete_api_key(fake.app_id, created.token_id)
    with pytest.raises(onesignal.ForbiddenException):
        _notifications_with(fake, rotated.formatted_token)
    assert _notifications_with(fake, fake.rest_api_key) == 0


def test_audit_logs_through_the_sdk_with_filters_and_cursor(fake: FakeOneSignal, api: DefaultApi) -> None:
    for n in range(5):
        api.create_api_key(fake.app_id, {"name": f"key-{n}"})
    other = api.create_app({"name": "Elsewhere"})
    api.create_api_key(other.id, {"name": "far"})
    names: List[str] = []
    page = api.list_audit_logs(fake.organization_id, start_time=_recent(), limit=2, app_ids=[fake.app_id],
                               actions=["api_key.created"])
    while True:
        names.extend(event.targets[0].name for event in page.audit_logs)
        if not page.has_more:
            break
        page = api.list_audit_logs(fake.organization_id, cursor=page.next_cursor, limit=2, app_ids=[fake.app_id],
                                   actions=["api_key.created"])
    assert names == [f"key-{n}" for n in range(5)]
    everything = api.list_audit_logs(fake.organization_id, start_time=_recent())
    assert [event.action for event in everything.audit_logs][-2:] == ["app.created", "api_key.created"]
    assert everything.audit_logs[0].actor.type == "api_key"


# -- segments, custom events, subscriptions ----------------------------------------------------------------------

def test_segments_through_the_sdk(fake: FakeOneSignal, api: DefaultApi) -> None:
    fake.add_user(external_id="vip", properties={"tags": {"vip": "1"}},
                  subscriptions=[{"type": "AndroidPush", "token": "t-vip"}])
    fake.add_user(external_id="other", subscriptions=[{"type": "AndroidPush", "token": "t-other"}])
    created = api.create_segment(fake.app_id, segment={
        "name": "VIPs", "filters": [{"field": "tag", "key": "vip", "relation": "=", "value": "1"}]})
    listed = api.get_segments(fake.app_id)
    assert [s.name for s in listed.segments] == ["Subscribed Users", "Active Users", "Inactive Users", "VIPs"]
    viewed = api.get_segment(fake.app_id, created.id, include_segment_detail=True)
    assert (viewed.subscriber_count, viewed.payload.name, viewed.payload.source) == (1, "VIPs", "custom")
    assert api.get_segment(fake.app_id, created.id).payload is None
    assert api.update_segment(fake.app_id, created.id, update_segment_request={"name": "Very important"}).success
    assert api.get_segment(fake.app_id, created.id, include_segment_detail=True).payload.name == "Very important"
    assert api.delete_segment(fake.app_id, created.id).success is True


def test_custom_events_and_subscription_tokens_through_the_sdk(fake: FakeOneSignal, api: DefaultApi) -> None:
    fake.add_user(external_id="eve", subscriptions=[{"type": "Email", "token": "eve@example.com"}])
    api.create_custom_events(fake.app_id, {"events": [
        {"name": "purchase", "external_id": "eve", "payload": {"sku": "A1"},
         "timestamp": dt.datetime(2025, 5, 1, 8, 0, tzinfo=dt.timezone.utc)}]})
    [event] = fake.custom_events
    assert (event.name, event.external_id, event.payload, event.timestamp) == (
        "purchase", "eve", {"sku": "A1"}, "2025-05-01T08:00:00Z")
    api.update_subscription_by_token(fake.app_id, "Email", "eve@example.com", {"subscription": {"enabled": False}})
    user = fake.find_user("external_id", "eve")
    assert user is not None and user["subscriptions"][0]["enabled"] is False


def test_unsubscribe_with_token_through_the_sdk(fake: FakeOneSignal, api: DefaultApi) -> None:
    fake.add_user(external_id="mia", subscriptions=[{"type": "Email", "token": "mia@example.com"}])
    sent = api.create_notification({"app_id": fake.app_id, "email_subject": "S", "email_body": "B",
                                    "include_aliases": {"external_id": ["mia"]}, "target_channel": "email"})
    [subscription_id] = fake.notifications[0].recipient_ids
    token = fake.unsubscribe_token(sent.id, subscription_id)
    assert api.unsubscribe_email_with_token(fake.app_id, sent.id, token).success is True
    user = fake.find_user("external_id", "mia")
    assert user is not None and user["subscriptions"][0]["enabled"] is False


# -- sending ---------------------------------------------------------------------------------------------------------

def test_estimate_and_send_agree_through_the_sdk(fake: FakeOneSignal, api: DefaultApi) -> None:
    for name in ("a", "b", "c"):
        fake.add_user(external_id=name, subscriptions=[{"type": "AndroidPush", "token": f"t-{name}"}])
    target = {"include_aliases": {"external_id": ["a", "c", "ghost"]}, "target_channel": "push"}
    estimated = api.estimate_notification_recipients({"app_id": fake.app_id, **target})
    assert type(estimated).__name__ == "EstimateNotificationRecipientsSuccessResponse"
    assert (estimated.count, estimated.cap_applied) == (2, False)
    assert fake.notifications == []
    sent = api.create_notification({"app_id": fake.app_id, "contents": {"en": "Hi"}, **target})
    assert [record.id for record in fake.notifications] == [sent.id]
    assert len(fake.notifications[0].recipient_ids) == estimated.count
    with pytest.raises(onesignal.BadRequestException) as caught:
        api.create_notification({"app_id": fake.app_id, "contents": {"en": "Hi"}, **target,
                                 "included_segments": ["All"]})
    assert caught.value.errors == ["use one targeting mode per request: included_segments and include_aliases "
                                   "cannot be combined"]


def test_get_notifications_time_offset_paging_through_the_sdk(fake: FakeOneSignal, api: DefaultApi) -> None:
    fake.add_player(1)
    ids = [api.create_notification({"app_id": fake.app_id, "contents": {"en": f"n{n}"},
                                    "included_segments": ["All"]}).id for n in range(5)]
    seen: List[str] = []
    offset = "2000-01-01T00:00:00.000Z"
    while True:
        page = api.get_notifications(fake.app_id, limit=2, time_offset=offset)
        if not page.notifications:
            break
        seen.extend(n.id for n in page.notifications)
        offset = page.next_time_offset
    assert seen == ids
    with pytest.raises(onesignal.BadRequestException):
        api.get_notifications(fake.app_id, offset=0, time_offset=offset)


def test_start_live_activity_through_the_sdk(fake: FakeOneSignal, api: DefaultApi) -> None:
    fake.add_user(external_id="ios", subscriptions=[{"type": "iOSPush", "token": "apns"}])
    started = api.start_live_activity(fake.app_id, "Order", {
        "name": "Order 7", "event": "start", "activity_id": "order-7", "event_attributes": {"n": 7},
        "event_updates": {"state": "new"}, "contents": {"en": "Order"}, "headings": {"en": "7"},
        "include_aliases": {"external_id": ["ios"]}})
    assert [record.id for record in fake.notifications] == [started.notification_id]
    assert fake.live_activities[0].activity_id == "order-7"


def test_email_analytics_through_the_sdk(fake: FakeOneSignal, api: DefaultApi) -> None:
    for address in ("a@gmail.com", "b@gmail.com", "broken"):
        fake.add_user(subscriptions=[{"type": "Email", "token": address}])
    api.create_notification({"app_id": fake.app_id, "email_subject": "S", "email_body": "B",
                             "email_from_address": "news@shop.example", "included_segments": ["All"],
                             "target_channel": "email"})
    now = dt.datetime.now(dt.timezone.utc)
    start, end = now - dt.timedelta(hours=1), now + dt.timedelta(hours=1)
    providers = api.get_email_provider_metrics(fake.app_id, "shop.example", start, end).providers
    assert [(p.provider, p.metrics.sent, p.metrics.bounced) for p in providers] == [("gmail", 2, 0), ("other", 1, 1)]
    series = api.get_email_provider_metrics_timeseries(fake.app_id, "shop.example", start, end, "daily",
                                                       providers=["gmail"])
    assert sum(event.metrics.sent for event in series.events) == 2
    reputation = api.get_email_reputation(fake.app_id)
    assert reputation.last_24_hours.bounce_rate == pytest.approx(1 / 3)


# -- journeys ---------------------------------------------------------------------------------------------------------

def test_journeys_through_the_sdk(fake: FakeOneSignal, api: DefaultApi) -> None:
    for n in range(4):
        fake.add_user(external_id=f"u{n}", subscriptions=[{"type": "AndroidPush", "token": f"t{n}"}])
    everyone = next(s.id for s in api.get_segments(fake.app_id).segments if s.name == "Subscribed Users")
    push = api.create_template({"app_id": fake.app_id, "name": "Hi", "contents": {"en": "Hi"}})
    created = api.create_journey(fake.app_id, {
        "name": "Welcome",
        "audience": {"kind": "segment", "included_segment_ids": [everyone]},
        "nodes": [{"kind": "send_push", "template_id": push.id}, {"kind": "wait", "duration_seconds": 3600}],
    })
    assert type(created).__name__ == "Journey"
    assert (created.state, len(created.nodes)) == ("draft", 2)
    for n in range(2):
        api.create_journey(fake.app_id, {"name": f"Other {n}"})
    names: List[str] = []
    page = api.view_journeys(fake.app_id, limit=2)
    while True:
        names.extend(item.name for item in page.journeys)
        if not page.has_more:
            break
        page = api.view_journeys(fake.app_id, limit=2, cursor=page.next_cursor)
    assert names == ["Other 1", "Other 0", "Welcome"]

    active = api.update_journey(fake.app_id, created.id, {"state": "active",
                                                           "concurrency_key": created.concurrency_key})
    assert active.state == "active" and active.started_at is not None
    wait_id = active.nodes[1].id
    changed = api.update_journey_node(fake.app_id, created.id, wait_id, {"annotation": "one hour"})
    assert changed.nodes[1].annotation == "one hour"
    stats = api.view_journey_stats(fake.app_id, created.id)
    assert (stats.started, stats.completed) == (4, 0)
    assert stats.nodes[wait_id].waiting == 4
    assert stats.nodes[active.nodes[0].id].message_stats.totals == {"sent": 4, "delivered": 4}
    copy = api.duplicate_journey(fake.app_id, created.id)
    assert (copy.name, copy.state) == ("Welcome (Copy)", "draft")
    assert api.delete_journey(fake.app_id, copy.id).success is True
    with pytest.raises(onesignal.NotFoundException):
        api.view_journey(fake.app_id, copy.id)
    assert [j["name"] for j in fake.journeys] == ["Welcome", "Other 0", "Other 1"]


# -- the 5.x names of 2.x operations -------------------------------------------------------------------------------

def test_users_and_aliases_under_their_5x_names(fake: FakeOneSignal, api: DefaultApi) -> None:
    from onesignal.model.user_identity_body import UserIdentityBody
    created = api.create_user(fake.app_id, {"identity": {"external_id": "ada"},
                                            "subscriptions": [{"type": "Email", "token": "ada@example.com"}]})
    subscription_id = created.subscriptions[0].id
    user = api.get_user(fake.app_id, "external_id", "ada")
    assert user.identity.external_id == "ada" and user.subscriptions[0].token == "ada@example.com"
    added = api.create_alias(fake.app_id, "external_id", "ada", UserIdentityBody(identity={"crm_id": "c-7"}))
    assert isinstance(added, UserIdentityBody) and added.identity.crm_id == "c-7"
    assert api.get_aliases(fake.app_id, "crm_id", "c-7").identity.external_id == "ada"
    by_subscription = api.create_alias_by_subscription(fake.app_id, subscription_id,
                                                       {"identity": {"zendesk_id": "z-1"}})
    assert by_subscription.identity["zendesk_id"] == "z-1"
    aliases = api.get_aliases_by_subscription(fake.app_id, subscription_id).identity
    assert {k: aliases[k] for k in ("external_id", "crm_id", "zendesk_id")} == {
        "external_id": "ada", "crm_id": "c-7", "zendesk_id": "z-1"}
    export = api.export_subscriptions(fake.app_id, export_subscriptions_request_body={"extra_fields": ["country"]})
    assert export.csv_file_url.startswith(fake.host)
