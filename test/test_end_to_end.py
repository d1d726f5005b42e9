"""End to end: all 37 DefaultApi endpoints through the real SDK against FakeOneSignal over real HTTP.

Each test drives the SDK (typed models in, decoded models out) and then checks the result twice: through the
SDK's decoded answers (exact classes and values) and through the fake's own state (``fake.notifications``,
``fake.find_user``, ``fake.find_player``, ``fake.live_activities``, ``fake.requests``).
"""
from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
import time
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest
import urllib3

import onesignal
from onesignal.api import endpoints as endpoint_declarations
from onesignal.api.default_api import DefaultApi
from onesignal.endpoint import Endpoint
from onesignal.model.app import App
from onesignal.model.apps import Apps
from onesignal.model.begin_live_activity_request import BeginLiveActivityRequest
from onesignal.model.cancel_notification_success_response import CancelNotificationSuccessResponse
from onesignal.model.create_notification_success_response import CreateNotificationSuccessResponse
from onesignal.model.create_player_success_response import CreatePlayerSuccessResponse
from onesignal.model.create_segment_conflict_response import CreateSegmentConflictResponse
from onesignal.model.create_segment_success_response import CreateSegmentSuccessResponse
from onesignal.model.create_subscription_request_body import CreateSubscriptionRequestBody
from onesignal.model.create_user_conflict_response import CreateUserConflictResponse
from onesignal.model.create_user_conflict_response_errors_inner import CreateUserConflictResponseErrorsInner
from onesignal.model.create_user_conflict_response_errors_items_meta import (
    CreateUserConflictResponseErrorsItemsMeta,
)
from onesignal.model.delete_player_not_found_response import DeletePlayerNotFoundResponse
from onesignal.model.delete_player_success_response import DeletePlayerSuccessResponse
from onesignal.model.delete_segment_not_found_response import DeleteSegmentNotFoundResponse
from onesignal.model.delete_segment_success_response import DeleteSegmentSuccessResponse
from onesignal.model.delivery_data import DeliveryData
from onesignal.model.export_events_success_response import ExportEventsSuccessResponse
from onesignal.model.export_players_request_body import ExportPlayersRequestBody
from onesignal.model.export_players_success_response import ExportPlayersSuccessResponse
from onesignal.model.filter import Filter
from onesignal.model.filter_expressions import FilterExpressions
from onesignal.model.get_notification_request_body import GetNotificationRequestBody
from onesignal.model.inline_response200 import InlineResponse200
from onesignal.model.inline_response2003 import InlineResponse2003
from onesignal.model.inline_response201 import InlineResponse201
from onesignal.model.inline_response202 import InlineResponse202
from onesignal.model.no_subscribers_error import NoSubscribersError
from onesignal.model.notification import Notification
from onesignal.model.notification200_errors import Notification200Errors
from onesignal.model.notification_history_success_response import NotificationHistorySuccessResponse
from onesignal.model.notification_slice import NotificationSlice
from onesignal.model.notification_with_meta import NotificationWithMeta
from onesignal.model.operator import Operator
from onesignal.model.outcome_data import OutcomeData
from onesignal.model.outcomes_data import OutcomesData
from onesignal.model.platform_delivery_data import PlatformDeliveryData
from onesignal.model.player import Player
from onesignal.model.player_notification_target_include_aliases import PlayerNotificationTargetIncludeAliases
from onesignal.model.player_slice import PlayerSlice
from onesignal.model.properties_deltas import PropertiesDeltas
from onesignal.model.properties_object import PropertiesObject
from onesignal.model.purchase import Purchase
from onesignal.model.segment import Segment
from onesignal.model.string_map import StringMap
from onesignal.model.subscription_object import SubscriptionObject
from onesignal.model.transfer_subscription_request_body import TransferSubscriptionRequestBody
from onesignal.model.update_live_activity_request import UpdateLiveActivityRequest
from onesignal.model.update_live_activity_success_response import UpdateLiveActivitySuccessResponse
from onesignal.model.update_player_success_response import UpdatePlayerSuccessResponse
from onesignal.model.update_player_tags_request_body import UpdatePlayerTagsRequestBody
from onesignal.model.update_player_tags_success_response import UpdatePlayerTagsSuccessResponse
from onesignal.model.update_subscription_request_body import UpdateSubscriptionRequestBody
from onesignal.model.update_user_request import UpdateUserRequest
from onesignal.model.user import User
from onesignal.model.user_identity_request_body import UserIdentityRequestBody
from onesignal.model.user_identity_response import UserIdentityResponse
from onesignal.model_utils import from_wire
from onesignal.testing import FakeOneSignal

# The 37 operations of DefaultApi; test_every_endpoint_is_exercised checks each is called below as api.<name>(.
ENDPOINT_NAMES = [
    "begin_live_activity", "cancel_notification", "create_app", "create_notification", "create_player",
    "create_segments", "create_subscription", "create_user", "delete_alias", "delete_player", "delete_segments",
    "delete_subscription", "delete_user", "end_live_activity", "export_events", "export_players",
    "fetch_aliases", "fetch_user", "fetch_user_identity", "get_app", "get_apps", "get_eligible_iams",
    "get_notification", "get_notification_history", "get_notifications", "get_outcomes", "get_player",
    "get_players", "identify_user_by_alias", "identify_user_by_subscription_id", "transfer_subscription",
    "update_app", "update_live_activity", "update_player", "update_player_tags", "update_subscription",
    "update_user",
]
PUSH_TYPES = ("iOSPush", "AndroidPush", "ChromePush")
NO_SUBSCRIBERS = "All included players are not subscribed"
UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"


# -- fixtures ---------------------------------------------------------------------------------------------------

def _configuration(fake: FakeOneSignal) -> onesignal.Configuration:
    config = fake.configuration()
    config.backoff_factor = 0.01
    config.timeout = (2, 5)
    return config


@pytest.fixture
def api(fake: FakeOneSignal) -> Iterator[DefaultApi]:
    with onesignal.ApiClient(_configuration(fake)) as client:
        yield DefaultApi(client)


# -- helpers ----------------------------------------------------------------------------------------------------

def _download_csv(url: str) -> List[Dict[str, str]]:
    """Fetch an exported .csv.gz with urllib3 (no key, like the real signed URLs) and parse its rows."""
    http = urllib3.PoolManager()
    try:
        response = http.request("GET", url, timeout=5.0)
    finally:
        http.clear()
    assert response.status == 200
    assert response.headers["Content-Type"] == "application/gzip"
    text = gzip.decompress(response.data).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _subscribed_push_ids(fake: FakeOneSignal, external_id: str) -> List[str]:
    """The ids of the user's subscribed push subscriptions, as the fake stores them, in creation order."""
    user = fake.find_user("external_id", external_id)
    assert user is not None
    return [
        s["id"] for s in user["subscriptions"]
        if s["type"] in PUSH_TYPES and s["enabled"] and s.get("notification_types", 1) > 0
    ]


def _to_user(app_id: str, external_id: str) -> Notification:
    return Notification(
        app_id=app_id,
        contents=StringMap(en=f"Hello {external_id}"),
        include_aliases=PlayerNotificationTargetIncludeAliases(external_id=[external_id]),
        target_channel="push",
    )


def _notify_segment(api: DefaultApi, app_id: str, text: str, **extra: Any) -> CreateNotificationSuccessResponse:
    return api.create_notification(
        Notification(app_id=app_id, contents=StringMap(en=text), included_segments=["Subscribed Users"], **extra))


def _wait_for_log(fake: FakeOneSignal, count: int, seconds: float = 3.0) -> None:
    deadline = time.monotonic() + seconds
    while len(fake.requests) < count and time.monotonic() < deadline:
        time.sleep(0.01)


# -- apps -------------------------------------------------------------------------------------------------------

def test_apps_create_view_list_update_with_the_user_key(fake: FakeOneSignal, api: DefaultApi) -> None:
    created = api.create_app(App(name="Second app", chrome_web_origin="https://shop.example.com"))
    assert type(created) is App
    assert created.name == "Second app"
    assert created.chrome_web_origin == "https://shop.example.com"
    assert isinstance(created.id, str) and created.id != fake.app_id
    assert (created.players, created.messageable_players) == (0, 0)
    assert isinstance(created.created_at, dt.datetime) and created.created_at.tzinfo is not None
    assert created.basic_auth_key == fake.app_key_for(created.id)

    fetched = api.get_app(created.id)
    assert type(fetched) is App
    assert fetched.to_dict() == created.to_dict()

    apps = api.get_apps()
    assert type(apps) is Apps
    assert [type(app) for app in apps] == [App, App]
    assert [app.id for app in apps] == [fake.app_id, created.id]
    assert apps[0].name == "Fake OneSignal app"

    updated = api.update_app(created.id, App(name="Renamed app"))
    assert type(updated) is App
    assert (updated.id, updated.name, updated.chrome_web_origin) == (
        created.id, "Renamed app", "https://shop.example.com")
    assert api.get_app(created.id).name == "Renamed app"

    # The new app's own key opens its app endpoints.
    config = _configuration(fake)
    config.app_key = fake.app_key_for(created.id)
    with onesignal.ApiClient(config) as client:
        user = DefaultApi(client).create_user(created.id, User(identity={"external_id": "in-second-app"}))
    assert user.identity["external_id"] == "in-second-app"
    assert fake.find_user("external_id", "in-second-app", app_id=created.id) is not None
    assert fake.find_user("external_id", "in-second-app") is None

    assert [(r.method, r.path, r.status) for r in fake.requests] == [
        ("POST", "/apps", 200), ("GET", f"/apps/{created.id}", 200), ("GET", "/apps", 200),
        ("PUT", f"/apps/{created.id}", 200), ("GET", f"/apps/{created.id}", 200),
        ("POST", f"/apps/{created.id}/users", 201),
    ]


def test_a_missing_user_key_raises_api_key_error_before_sending(fake: FakeOneSignal) -> None:
    config = _configuration(fake)
    config.user_key = None
    with onesignal.ApiClient(config) as client:
        no_user_key = DefaultApi(client)
        with pytest.raises(onesignal.ApiKeyError) as caught:
            no_user_key.get_apps()
        assert "user auth key" in str(caught.value)
        with pytest.raises(onesignal.ApiKeyError):
            no_user_key.create_app(App(name="never sent"))
        with pytest.raises(onesignal.ApiKeyError):
            no_user_key.update_app(fake.app_id, App(name="never sent"))
        with pytest.raises(onesignal.ApiKeyError):
            no_user_key.get_app(fake.app_id)
        # The app key still works for the other endpoints.
        assert no_user_key.get_notifications(fake.app_id).total_count == 0
    assert [(r.method, r.path) for r in fake.requests] == [("GET", "/notifications")]


# -- users ------------------------------------------------------------------------------------------------------

def _create_alice(api: DefaultApi, app_id: str) -> User:
    return api.create_user(app_id, User(
        identity={"external_id": "alice", "crm_id": "crm-1"},
        properties=PropertiesObject(
            tags={"level": "3", "plan": "pro"}, language="fr", timezone_id="Europe/Paris", country="FR",
            amount_spent=12.5, purchases=[Purchase(sku="sku-1", amount="12.50", iso="USD")]),
        subscriptions=[
            SubscriptionObject(type="Email", token="alice@example.com"),
            SubscriptionObject(type="SMS", token="+15555550100"),
            SubscriptionObject(type="AndroidPush", token="android-token-alice"),
            SubscriptionObject(type="iOSPush", token="ios-token-alice"),
        ],
    ))


def test_users_create_fetch_update_and_aliases(fake: FakeOneSignal, api: DefaultApi) -> None:
    user = _create_alice(api, fake.app_id)
    assert type(user) is User
    assert fake.requests[-1].status == 201
    onesignal_id = user.identity["onesignal_id"]
    assert isinstance(onesignal_id, str) and len(onesignal_id) == 36
    assert user.identity == {"external_id": "alice", "crm_id": "crm-1", "onesignal_id": onesignal_id}
    assert type(user.properties) is PropertiesObject
    assert user.properties.tags == {"level": "3", "plan": "pro"}
    assert (user.properties.language, user.properties.timezone_id, user.properties.country) == (
        "fr", "Europe/Paris", "FR")
    assert user.properties.amount_spent == 12.5
    assert [type(p) for p in user.properties.purchases] == [Purchase]
    assert user.properties.purchases[0].to_dict() == {"sku": "sku-1", "amount": "12.50", "iso": "USD"}
    assert [type(s) for s in user.subscriptions] == [SubscriptionObject] * 4
    assert [(s.type, s.token, s.enabled) for s in user.subscriptions] == [
        ("Email", "alice@example.com", True), ("SMS", "+15555550100", True),
        ("AndroidPush", "android-token-alice", True), ("iOSPush", "ios-token-alice", True)]
    email_id, sms_id, android_id, ios_id = [s.id for s in user.subscriptions]
    assert len({email_id, sms_id, android_id, ios_id}) == 4

    stored = fake.find_user("external_id", "alice")
    assert stored is not None
    assert stored["identity"] == user.identity
    assert [s["id"] for s in stored["subscriptions"]] == [email_id, sms_id, android_id, ios_id]
    assert fake.find_player(android_id)["device_type"] == 1
    assert fake.find_player(ios_id)["device_type"] == 0

    by_external_id = api.fetch_user(fake.app_id, "external_id", "alice")
    by_custom_label = api.fetch_user(fake.app_id, "crm_id", "crm-1")
    assert type(by_external_id) is User and type(by_custom_label) is User
    assert by_external_id == by_custom_label
    assert by_external_id.identity == user.identity
    assert [s.id for s in by_custom_label.subscriptions] == [email_id, sms_id, android_id, ios_id]

    # Properties replace (a tag set to "" is deleted), deltas add.
    answer = api.update_user(fake.app_id, "external_id", "alice", UpdateUserRequest(
        properties=PropertiesObject(language="de", tags={"plan": "", "vip": "yes"}),
        deltas=PropertiesDeltas(session_count=2, session_time=60,
                                purchases=[Purchase(sku="sku-2", amount="5.00", iso="USD")])))
    assert type(answer) is InlineResponse202
    assert fake.requests[-1].status == 202
    assert type(answer.properties) is PropertiesObject
    assert answer.properties.language == "de"
    assert answer.properties.tags == {"level": "3", "vip": "yes"}
    assert answer.properties.amount_spent == 17.5
    assert [p.sku for p in answer.properties.purchases] == ["sku-1", "sku-2"]
    api.update_user(fake.app_id, "crm_id", "crm-1", UpdateUserRequest(deltas=PropertiesDeltas(session_count=1)))
    assert fake.find_player(android_id)["session_count"] == 3
    assert fake.find_player(android_id)["playtime"] == 60
    assert fake.find_player(android_id)["tags"] == {"level": "3", "vip": "yes"}
    assert fake.find_user("external_id", "alice")["properties"]["language"] == "de"
    assert api.fetch_user(fake.app_id, "external_id", "alice").properties.country == "FR"

    identity = api.fetch_user_identity(fake.app_id, "external_id", "alice")
    assert type(identity) is InlineResponse200
    assert identity.identity == {"external_id": "alice", "crm_id": "crm-1", "onesignal_id": onesignal_id}

    by_alias = api.identify_user_by_alias(
        fake.app_id, "crm_id", "crm-1", UserIdentityRequestBody(identity={"facebook_id": "fb-9"}))
    assert type(by_alias) is InlineResponse200
    assert by_alias.identity == {"external_id": "alice", "crm_id": "crm-1", "facebook_id": "fb-9",
                                 "onesignal_id": onesignal_id}
    assert fake.find_user("facebook_id", "fb-9")["identity"]["onesignal_id"] == onesignal_id

    by_subscription = api.identify_user_by_subscription_id(
        fake.app_id, email_id, UserIdentityRequestBody(identity={"zendesk_id": "zd-4"}))
    assert type(by_subscription) is UserIdentityResponse
    assert by_subscription.identity["zendesk_id"] == "zd-4"
    assert by_subscription.identity["onesignal_id"] == onesignal_id

    aliases = api.fetch_aliases(fake.app_id, sms_id)
    assert type(aliases) is UserIdentityResponse
    assert aliases.identity == {"external_id": "alice", "crm_id": "crm-1", "facebook_id": "fb-9",
                                "zendesk_id": "zd-4", "onesignal_id": onesignal_id}

    remaining = api.delete_alias(fake.app_id, "external_id", "alice", "facebook_id")
    assert type(remaining) is InlineResponse200
    assert remaining.identity == {"external_id": "alice", "crm_id": "crm-1", "zendesk_id": "zd-4",
                                  "onesignal_id": onesignal_id}
    assert fake.find_user("facebook_id", "fb-9") is None
    assert fake.find_user("zendesk_id", "zd-4")["identity"] == remaining.identity


def test_create_user_with_aliases_of_two_users_is_a_conflict(fake: FakeOneSignal, api: DefaultApi) -> None:
    alice = _create_alice(api, fake.app_id)
    bob = api.create_user(fake.app_id, User(identity={"external_id": "bob", "crm_id": "crm-bob"}))
    requests_before = len(fake.requests)

    with pytest.raises(onesignal.ConflictException) as caught:
        api.create_user(fake.app_id, User(
            identity={"external_id": "alice", "crm_id": "crm-bob"},
            properties=PropertiesObject(language="it")))
    error = caught.value
    assert type(error) is onesignal.ConflictException
    assert error.status == 409
    assert error.errors == ["user-2: the given aliases belong to different users"]
    assert len(fake.requests) == requests_before + 1  # a 409 is not retried

    body = from_wire(json.loads(error.body), "CreateUserConflictResponse")
    assert type(body) is CreateUserConflictResponse
    assert [type(item) for item in body.errors] == [CreateUserConflictResponseErrorsInner]
    (item,) = body.errors
    assert (item.code, item.title) == ("user-2", "the given aliases belong to different users")
    assert type(item.meta) is CreateUserConflictResponseErrorsItemsMeta
    assert item.meta.conflicting_aliases == {"external_id": "alice", "crm_id": "crm-bob"}

    # Nothing changed.
    assert fake.find_user("external_id", "alice")["identity"] == alice.identity
    assert fake.find_user("external_id", "alice")["properties"]["language"] == "fr"
    assert fake.find_user("crm_id", "crm-bob")["identity"] == bob.identity


def test_delete_user_removes_it_with_its_subscriptions(fake: FakeOneSignal, api: DefaultApi) -> None:
    bob = api.create_user(fake.app_id, User(
        identity={"external_id": "bob"},
        subscriptions=[SubscriptionObject(type="AndroidPush", token="android-token-bob")]))
    (subscription_id,) = [s.id for s in bob.subscriptions]
    assert fake.find_player(subscription_id) is not None

    assert api.delete_user(fake.app_id, "external_id", "bob") is None
    assert fake.find_user("external_id", "bob") is None
    assert fake.find_user("onesignal_id", bob.identity["onesignal_id"]) is None
    assert fake.find_player(subscription_id) is None

    with pytest.raises(onesignal.NotFoundException) as caught:
        api.fetch_user(fake.app_id, "external_id", "bob")
    assert caught.value.status == 404
    assert caught.value.errors == ["user-not-found: no user has the alias external_id=bob"]


# -- subscriptions ----------------------------------------------------------------------------------------------

def test_subscriptions_create_update_transfer_delete(fake: FakeOneSignal, api: DefaultApi) -> None:
    carol = api.create_user(fake.app_id, User(
        identity={"external_id": "carol"},
        subscriptions=[SubscriptionObject(type="AndroidPush", token="android-token-carol")]))
    (android_id,) = [s.id for s in carol.subscriptions]
    dave = api.create_user(fake.app_id, User(identity={"external_id": "dave"}))

    created = api.create_subscription(fake.app_id, "external_id", "carol", CreateSubscriptionRequestBody(
        subscription=SubscriptionObject(type="ChromePush", token="chrome-token-carol", enabled=True)))
    assert type(created) is InlineResponse201
    assert fake.requests[-1].status == 201
    assert type(created.subscription) is SubscriptionObject
    chrome_id = created.subscription.id
    assert (created.subscription.type, created.subscription.token, created.subscription.enabled) == (
        "ChromePush", "chrome-token-carol", True)
    assert [s["id"] for s in fake.find_user("external_id", "carol")["subscriptions"]] == [android_id, chrome_id]

    first = api.create_notification(_to_user(fake.app_id, "carol"))
    assert first.recipients == 2
    assert fake.notifications[-1].recipient_ids == [android_id, chrome_id]

    assert api.update_subscription(fake.app_id, chrome_id, UpdateSubscriptionRequestBody(
        subscription=SubscriptionObject(enabled=False))) is None
    assert fake.requests[-1].status == 202
    assert fake.find_player(chrome_id)["notification_types"] == -2
    fetched = api.fetch_user(fake.app_id, "external_id", "carol")
    assert [(s.id, s.enabled) for s in fetched.subscriptions] == [(android_id, True), (chrome_id, False)]
    second = api.create_notification(_to_user(fake.app_id, "carol"))
    assert second.recipients == 1
    assert fake.notifications[-1].recipient_ids == [android_id] == _subscribed_push_ids(fake, "carol")

    moved = api.transfer_subscription(fake.app_id, chrome_id, TransferSubscriptionRequestBody(
        identity={"external_id": "dave"}))
    assert type(moved) is UserIdentityResponse
    assert moved.identity == dave.identity
    assert [s["id"] for s in fake.find_user("external_id", "dave")["subscriptions"]] == [chrome_id]
    assert [s["id"] for s in fake.find_user("external_id", "carol")["subscriptions"]] == [android_id]
    assert api.fetch_aliases(fake.app_id, chrome_id).identity == dave.identity

    assert api.delete_subscription(fake.app_id, chrome_id) is None
    assert fake.requests[-1].status == 202
    assert fake.find_player(chrome_id) is None
    assert fake.find_user("external_id", "dave")["subscriptions"] == []
    with pytest.raises(onesignal.NotFoundException):
        api.delete_subscription(fake.app_id, chrome_id)


# -- players ----------------------------------------------------------------------------------------------------

def test_players_add_view_page_edit_tag_delete(fake: FakeOneSignal, api: DefaultApi) -> None:
    created = api.create_player(Player(
        device_type=1, app_id=fake.app_id, identifier="token-p1", language="en", country="US",
        tags={"a": "1", "b": "2"}, external_user_id="player-user", game_version="1.0"))
    assert type(created) is CreatePlayerSuccessResponse
    assert created.success is True
    p1 = created.id
    p2 = api.create_player(Player(device_type=0, app_id=fake.app_id, identifier="token-p2")).id
    p3 = api.create_player(Player(device_type=11, app_id=fake.app_id, identifier="p3@example.com")).id
    assert len({p1, p2, p3}) == 3

    player = api.get_player(fake.app_id, p1)
    assert type(player) is Player
    assert (player.id, player.app_id, player.device_type, player.identifier) == (p1, fake.app_id, 1, "token-p1")
    assert (player.language, player.country, player.game_version) == ("en", "US", "1.0")
    assert player.external_user_id == "player-user"
    assert player.tags == {"a": "1", "b": "2"}
    assert (player.notification_types, player.invalid_identifier) == (1, False)
    assert fake.find_user("external_id", "player-user")["subscriptions"][0]["id"] == p1

    everyone = api.get_players(fake.app_id)
    assert type(everyone) is PlayerSlice
    assert (everyone.total_count, everyone.offset, everyone.limit) == (3, 0, 300)
    listed = [p.id for p in everyone.players]
    assert sorted(listed) == sorted([p1, p2, p3])
    page = api.get_players(fake.app_id, limit=2, offset=1)
    assert type(page) is PlayerSlice
    assert (page.total_count, page.offset, page.limit) == (3, 1, 2)
    assert [type(p) for p in page.players] == [Player, Player]
    assert [p.id for p in page.players] == listed[1:]
    device_types = {p1: 1, p2: 0, p3: 11}
    assert [p.device_type for p in page.players] == [device_types[i] for i in listed[1:]]

    edited = api.update_player(p1, Player(device_type=1, app_id=fake.app_id, language="es", session_count=7))
    assert type(edited) is UpdatePlayerSuccessResponse
    assert edited.success is True
    assert fake.find_player(p1)["language"] == "es"
    assert fake.find_player(p1)["session_count"] == 7

    tagged = api.update_player_tags(fake.app_id, "player-user",
                                    update_player_tags_request_body=UpdatePlayerTagsRequestBody(
                                        tags={"a": "", "c": "3"}))
    assert type(tagged) is UpdatePlayerTagsSuccessResponse
    assert tagged.success is True
    assert api.get_player(fake.app_id, p1).tags == {"b": "2", "c": "3"}
    assert fake.find_user("external_id", "player-user")["properties"]["tags"] == {"b": "2", "c": "3"}

    exported = api.export_players(
        fake.app_id, export_players_request_body=ExportPlayersRequestBody(extra_fields=["country"]))
    assert type(exported) is ExportPlayersSuccessResponse
    assert exported.csv_file_url.startswith(fake.host + "/exports/")
    assert exported.csv_file_url.endswith(".csv.gz")
    rows = {row["id"]: row for row in _download_csv(exported.csv_file_url)}
    assert sorted(rows) == sorted([p1, p2, p3])
    assert {i: (row["identifier"], row["device_type"]) for i, row in rows.items()} == {
        p1: ("token-p1", "1"), p2: ("token-p2", "0"), p3: ("p3@example.com", "11")}
    assert (rows[p1]["language"], rows[p1]["country"], rows[p1]["session_count"]) == ("es", "US", "7")
    assert json.loads(rows[p1]["tags"]) == {"b": "2", "c": "3"}
    assert json.loads(rows[p2]["tags"]) == {}

    deleted = api.delete_player(fake.app_id, p3)
    assert type(deleted) is DeletePlayerSuccessResponse
    assert deleted.success is True
    assert fake.find_player(p3) is None
    assert api.get_players(fake.app_id).total_count == 2

    with pytest.raises(onesignal.NotFoundException) as caught:
        api.delete_player(fake.app_id, p3)
    assert caught.value.status == 404
    not_found = from_wire(json.loads(caught.value.body), "DeletePlayerNotFoundResponse")
    assert type(not_found) is DeletePlayerNotFoundResponse
    assert not_found.success is False
    with pytest.raises(onesignal.NotFoundException):
        api.get_player(fake.app_id, UNKNOWN_ID)


def test_get_players_pages_are_sorted_by_id(fake: FakeOneSignal, api: DefaultApi) -> None:
    """The reference: "Results are sorted by id", so limit/offset pages are stable."""
    ids = [api.create_player(Player(device_type=1, app_id=fake.app_id, identifier=f"sorted-{n}")).id
           for n in range(6)]
    assert [p.id for p in api.get_players(fake.app_id).players] == sorted(ids)
    pages = [api.get_players(fake.app_id, limit=4, offset=offset).players for offset in (0, 4)]
    assert [[p.id for p in page] for page in pages] == [sorted(ids)[:4], sorted(ids)[4:]]


# -- segments ---------------------------------------------------------------------------------------------------

def test_segments_create_conflict_delete(fake: FakeOneSignal, api: DefaultApi) -> None:
    vip = fake.add_user(external_id="vip", properties={"tags": {"vip": "yes"}},
                        subscriptions=[{"type": "AndroidPush", "token": "android-vip"}])
    fake.add_user(external_id="regular", subscriptions=[{"type": "AndroidPush", "token": "android-regular"}])
    segment = Segment(name="VIPs", filters=[FilterExpressions(field="tag", key="vip", relation="=", value="yes")])

    created = api.create_segments(fake.app_id, segment=segment)
    assert type(created) is CreateSegmentSuccessResponse
    assert fake.requests[-1].status == 201
    assert created.success is True
    assert isinstance(created.id, str) and len(created.id) == 36

    sent = api.create_notification(Notification(
        app_id=fake.app_id, contents=StringMap(en="For VIPs"), included_segments=["VIPs"]))
    assert sent.recipients == 1
    vip_user = fake.find_user("onesignal_id", vip)
    assert fake.notifications[-1].recipient_ids == [vip_user["subscriptions"][0]["id"]]

    with pytest.raises(onesignal.ConflictException) as caught:
        api.create_segments(fake.app_id, segment=segment)
    assert caught.value.status == 409
    assert caught.value.errors == ["a segment named 'VIPs' already exists"]
    conflict = from_wire(json.loads(caught.value.body), "CreateSegmentConflictResponse")
    assert type(conflict) is CreateSegmentConflictResponse
    assert conflict.success is False

    deleted = api.delete_segments(fake.app_id, created.id)
    assert type(deleted) is DeleteSegmentSuccessResponse
    assert deleted.success is True

    with pytest.raises(onesignal.NotFoundException) as caught:
        api.delete_segments(fake.app_id, created.id)
    assert caught.value.status == 404
    missing = from_wire(json.loads(caught.value.body), "DeleteSegmentNotFoundResponse")
    assert type(missing) is DeleteSegmentNotFoundResponse
    assert missing.success is False
    with pytest.raises(onesignal.BadRequestException):  # the deleted segment can no longer be targeted
        api.create_notification(Notification(
            app_id=fake.app_id, contents=StringMap(en="For VIPs"), included_segments=["VIPs"]))
    assert len(fake.notifications) == 1


# -- notifications ----------------------------------------------------------------------------------------------

def test_notification_to_a_user_by_external_id(fake: FakeOneSignal, api: DefaultApi) -> None:
    nora = api.create_user(fake.app_id, User(
        identity={"external_id": "nora"},
        subscriptions=[
            SubscriptionObject(type="Email", token="nora@example.com"),
            SubscriptionObject(type="AndroidPush", token="android-nora"),
            SubscriptionObject(type="iOSPush", token="ios-nora", enabled=False),
            SubscriptionObject(type="ChromePush", token="chrome-nora"),
        ]))
    fake.add_user(external_id="other", subscriptions=[{"type": "AndroidPush", "token": "android-other"}])
    _, android_id, _, chrome_id = [s.id for s in nora.subscriptions]
    notification = _to_user(fake.app_id, "nora")

    sent = api.create_notification(notification)
    assert type(sent) is CreateNotificationSuccessResponse
    assert sent.recipients == 2
    assert sent.external_id is None
    assert "errors" not in sent
    (record,) = fake.notifications
    assert record.id == sent.id
    assert record.app_id == fake.app_id
    assert record.recipient_ids == [android_id, chrome_id] == _subscribed_push_ids(fake, "nora")
    assert record.body["include_aliases"] == {"external_id": ["nora"]}
    assert record.body["contents"] == {"en": "Hello nora"}
    # The SDK added a generated idempotency key to the request, not to the caller's object.
    assert len(record.body["idempotency_key"]) == 36
    assert "idempotency_key" not in notification

    by_email = api.create_notification(Notification(
        app_id=fake.app_id, contents=StringMap(en="Mail"), email_subject="Hi", email_body="<p>Hi</p>",
        include_aliases=PlayerNotificationTargetIncludeAliases(external_id=["nora"]), target_channel="email"))
    assert by_email.recipients == 1
    assert fake.notifications[-1].recipient_ids == [nora.subscriptions[0].id]


def test_notification_by_filters_with_an_or_operator(fake: FakeOneSignal, api: DefaultApi) -> None:
    expected = [
        fake.add_user(external_id="tagged", properties={"tags": {"level": "10"}, "language": "en", "country": "US"},
                      subscriptions=[{"type": "AndroidPush", "token": "t-tagged"}]),
        fake.add_user(external_id="french", properties={"language": "fr", "country": "FR"},
                      subscriptions=[{"type": "iOSPush", "token": "t-french"}]),
        fake.add_user(external_id="german", properties={"language": "de", "country": "DE"},
                      subscriptions=[{"type": "AndroidPush", "token": "t-german"}]),
        fake.add_user(external_id="french-ca", properties={"language": "fr", "country": "CA"},
                      subscriptions=[{"type": "AndroidPush", "token": "t-french-ca"}]),
    ]
    tagged, french, _, _ = [fake.find_user("onesignal_id", oid)["subscriptions"][0]["id"] for oid in expected]
    filters = [
        FilterExpressions(field="tag", key="level", relation=">", value="5"),
        FilterExpressions(operator="OR"),
        FilterExpressions(field="language", relation="=", value="fr"),
        FilterExpressions(field="country", relation="=", value="FR"),
    ]

    sent = api.create_notification(Notification(app_id=fake.app_id, contents=StringMap(en="Filtered"),
                                                filters=filters))
    assert sent.recipients == 2
    assert fake.notifications[-1].recipient_ids == [tagged, french]
    assert fake.notifications[-1].body["filters"] == [
        {"field": "tag", "key": "level", "relation": ">", "value": "5"},
        {"operator": "OR"},
        {"field": "language", "relation": "=", "value": "fr"},
        {"field": "country", "relation": "=", "value": "FR"},
    ]

    # The same filters saved as a segment, then targeted by name through included_segments.
    api.create_segments(fake.app_id, segment=Segment(name="Level or French", filters=filters))
    by_segment = api.create_notification(Notification(
        app_id=fake.app_id, contents=StringMap(en="Segment"), included_segments=["Level or French"],
        excluded_segments=[]))
    assert by_segment.recipients == 2
    assert fake.notifications[-1].recipient_ids == [tagged, french]


def test_plain_filter_models_are_accepted_in_notification_filters(fake: FakeOneSignal, api: DefaultApi) -> None:
    """FilterExpressions is anyOf Filter/Operator (and the reference types Notification.filters items as
    Filter), so Filter and Operator instances must be accepted where FilterExpressions items are expected."""
    fake.add_user(external_id="fr", properties={"language": "fr"},
                  subscriptions=[{"type": "AndroidPush", "token": "t-fr"}])
    fake.add_user(external_id="en", properties={"language": "en"},
                  subscriptions=[{"type": "AndroidPush", "token": "t-en"}])
    fake.add_user(external_id="ca", properties={"language": "en", "country": "CA"},
                  subscriptions=[{"type": "AndroidPush", "token": "t-ca"}])
    filters = [Filter(field="language", relation="=", value="fr"), Operator(operator="OR"),
               Filter(field="country", relation="=", value="CA")]
    wire = [{"field": "language", "relation": "=", "value": "fr"}, {"operator": "OR"},
            {"field": "country", "relation": "=", "value": "CA"}]

    sent = api.create_notification(Notification(app_id=fake.app_id, contents=StringMap(en="Bonjour"),
                                                filters=filters))
    assert sent.recipients == 2
    assert fake.notifications[-1].body["filters"] == wire
    api.create_segments(fake.app_id, segment=Segment(name="French or Canadian", filters=filters))
    assert fake.requests[-1].body == {"name": "French or Canadian", "filters": wire}


def test_notification_to_nobody_subscribed_and_unknown_player_ids(fake: FakeOneSignal, api: DefaultApi) -> None:
    quiet = api.create_user(fake.app_id, User(
        identity={"external_id": "quiet"},
        subscriptions=[SubscriptionObject(type="AndroidPush", token="android-quiet", enabled=False)]))
    loud = api.create_user(fake.app_id, User(
        identity={"external_id": "loud"},
        subscriptions=[SubscriptionObject(type="AndroidPush", token="android-loud")]))

    nobody = api.create_notification(_to_user(fake.app_id, "quiet"))
    assert type(nobody) is CreateNotificationSuccessResponse
    assert fake.requests[-1].status == 200
    assert (nobody.id, nobody.recipients) == ("", 0)
    assert type(nobody.errors) is NoSubscribersError
    assert list(nobody.errors) == [NO_SUBSCRIBERS]
    assert fake.notifications == []

    loud_id = loud.subscriptions[0].id
    partly = api.create_notification(Notification(
        app_id=fake.app_id, contents=StringMap(en="Hi"), include_player_ids=[loud_id, UNKNOWN_ID]))
    assert partly.recipients == 1
    assert type(partly.errors) is Notification200Errors
    assert partly.errors.invalid_player_ids == [UNKNOWN_ID]
    assert fake.notifications[-1].id == partly.id
    assert fake.notifications[-1].recipient_ids == [loud_id]

    none_valid = api.create_notification(Notification(
        app_id=fake.app_id, contents=StringMap(en="Hi"), include_player_ids=[UNKNOWN_ID],
        include_external_user_ids=["ghost"]))
    assert (none_valid.id, none_valid.recipients) == ("", 0)
    assert type(none_valid.errors) is Notification200Errors
    assert none_valid.errors.invalid_player_ids == [UNKNOWN_ID]
    assert none_valid.errors.invalid_external_user_ids == ["ghost"]
    assert len(fake.notifications) == 1
    assert quiet.subscriptions[0].enabled is False


def test_same_idempotency_key_sends_once(fake: FakeOneSignal, api: DefaultApi) -> None:
    fake.add_user(external_id="ida", subscriptions=[{"type": "AndroidPush", "token": "android-ida"}])
    notification = _to_user(fake.app_id, "ida")
    notification.idempotency_key = "7c1d0a3e-2f0b-4a57-9d8e-1f2a3b4c5d6e"

    first = api.create_notification(notification)
    second = api.create_notification(notification)
    assert type(second) is CreateNotificationSuccessResponse
    assert second.id == first.id != ""
    assert second.recipients == first.recipients == 1
    assert [record.id for record in fake.notifications] == [first.id]
    assert [r.body["idempotency_key"] for r in fake.requests] == [notification.idempotency_key] * 2


def test_a_dropped_create_is_retried_with_the_same_generated_key(fake: FakeOneSignal, api: DefaultApi) -> None:
    fake.add_user(external_id="rita", subscriptions=[{"type": "AndroidPush", "token": "android-rita"}])
    fake.drop_next(path="/notifications", method="POST")

    sent = api.create_notification(_to_user(fake.app_id, "rita"))
    assert sent.recipients == 1
    assert [record.id for record in fake.notifications] == [sent.id]
    posts = [r for r in fake.requests if (r.method, r.path) == ("POST", "/notifications")]
    assert [r.status for r in posts] == [None, 200]
    keys = [r.body["idempotency_key"] for r in posts]
    assert keys[0] == keys[1] and len(keys[0]) == 36
    assert fake.notifications[0].body["idempotency_key"] == keys[0]


def test_a_timed_out_create_that_the_server_handled_is_not_sent_twice(
        fake: FakeOneSignal, api: DefaultApi) -> None:
    fake.add_user(external_id="tim", subscriptions=[{"type": "AndroidPush", "token": "android-tim"}])
    fake.delay_next(0.2, path="/notifications", method="POST")  # past the read timeout: always cut

    sent = api.create_notification(_to_user(fake.app_id, "tim"), _request_timeout=(1, 0.15))
    _wait_for_log(fake, 2)  # the slow first attempt is handled (and logged) after the retry
    assert sent.recipients == 1
    assert [record.id for record in fake.notifications] == [sent.id]
    posts = [r for r in fake.requests if (r.method, r.path) == ("POST", "/notifications")]
    assert len(posts) == 2
    assert posts[0].body["idempotency_key"] == posts[1].body["idempotency_key"]


def test_get_notification_and_its_exports(fake: FakeOneSignal, api: DefaultApi) -> None:
    fake.add_user(external_id="gina", subscriptions=[
        {"type": "AndroidPush", "token": "android-gina"}, {"type": "iOSPush", "token": "ios-gina"}])
    expected_ids = _subscribed_push_ids(fake, "gina")
    notification = _to_user(fake.app_id, "gina")
    notification.headings = StringMap(en="Title", fr="Titre")
    sent = api.create_notification(notification)

    got = api.get_notification(fake.app_id, sent.id)
    assert type(got) is NotificationWithMeta
    assert got.id == sent.id
    assert type(got.contents) is StringMap
    assert got.contents.en == "Hello gina"
    assert (got.headings.en, got.headings.fr) == ("Title", "Titre")
    assert (got.successful, got.received, got.failed, got.errored, got.remaining) == (2, 2, 0, 0, 0)
    assert got.canceled is False
    assert isinstance(got.completed_at, int) and got.completed_at == got.send_after
    assert type(got.platform_delivery_stats) is PlatformDeliveryData
    assert type(got.platform_delivery_stats.android) is DeliveryData
    assert (got.platform_delivery_stats.android.successful, got.platform_delivery_stats.ios.successful) == (1, 1)

    history = api.get_notification_history(sent.id, GetNotificationRequestBody(
        events="sent", app_id=fake.app_id, email="reports@example.com"))
    assert type(history) is NotificationHistorySuccessResponse
    assert history.success is True
    rows = _download_csv(history.destination_url)
    assert [(row["notification_id"], row["subscription_id"], row["external_id"], row["event"]) for row in rows] == [
        (sent.id, subscription_id, "gina", "sent") for subscription_id in expected_ids]

    events = api.export_events(sent.id, fake.app_id)
    assert type(events) is ExportEventsSuccessResponse
    assert events.csv_file_url != history.destination_url
    assert [row["subscription_id"] for row in _download_csv(events.csv_file_url)] == expected_ids

    with pytest.raises(onesignal.NotFoundException):
        api.get_notification(fake.app_id, UNKNOWN_ID)


def test_get_notifications_pages_kinds_and_iteration(fake: FakeOneSignal, api: DefaultApi) -> None:
    fake.add_user(external_id="pat", subscriptions=[{"type": "AndroidPush", "token": "android-pat"}])
    dashboard_id = fake.add_notification({"contents": {"en": "From the dashboard"},
                                          "included_segments": ["Subscribed Users"]}, kind=0)
    api_ids = [_notify_segment(api, fake.app_id, f"API {n}").id for n in range(4)]
    newest_first = [*reversed(api_ids), dashboard_id]
    assert [record.id for record in fake.notifications] == [dashboard_id, *api_ids]

    page = api.get_notifications(fake.app_id, limit=2, offset=1, kind=1)
    assert type(page) is NotificationSlice
    assert (page.total_count, page.offset, page.limit) == (4, 1, 2)
    assert [type(n) for n in page.notifications] == [NotificationWithMeta, NotificationWithMeta]
    assert [n.id for n in page.notifications] == [api_ids[2], api_ids[1]]
    assert [n.contents.en for n in page.notifications] == ["API 2", "API 1"]

    everything = api.get_notifications(fake.app_id)
    assert everything.total_count == 5
    assert [n.id for n in everything.notifications] == newest_first
    dashboard_only = api.get_notifications(fake.app_id, kind=0)
    assert [n.id for n in dashboard_only.notifications] == [dashboard_id]

    requests_before = len(fake.requests)
    iterated = list(api.iter_notifications(fake.app_id, page_size=2))
    assert [type(n) for n in iterated] == [NotificationWithMeta] * 5
    assert [n.id for n in iterated] == newest_first
    pages = fake.requests[requests_before:]
    assert [(r.path, r.query["limit"], r.query["offset"]) for r in pages] == [
        ("/notifications", ["2"], ["0"]), ("/notifications", ["2"], ["2"]), ("/notifications", ["2"], ["4"])]


def test_cancel_a_scheduled_notification_but_not_a_sent_one(fake: FakeOneSignal, api: DefaultApi) -> None:
    fake.add_user(external_id="sam", subscriptions=[{"type": "AndroidPush", "token": "android-sam"}])
    later = dt.datetime.now(dt.timezone.utc).replace(microsecond=0) + dt.timedelta(hours=2)
    scheduled = _notify_segment(api, fake.app_id, "Later", send_after=later)
    sent = _notify_segment(api, fake.app_id, "Now")

    pending = api.get_notification(fake.app_id, scheduled.id)
    assert (pending.send_after, pending.completed_at, pending.remaining, pending.successful) == (
        int(later.timestamp()), None, 1, 0)

    cancelled = api.cancel_notification(fake.app_id, scheduled.id)
    assert type(cancelled) is CancelNotificationSuccessResponse
    assert cancelled.success is True
    assert api.get_notification(fake.app_id, scheduled.id).canceled is True
    assert [(record.id, record.canceled) for record in fake.notifications] == [
        (scheduled.id, True), (sent.id, False)]

    with pytest.raises(onesignal.BadRequestException) as caught:
        api.cancel_notification(fake.app_id, sent.id)
    assert caught.value.status == 400
    assert caught.value.errors == ["this notification was already sent and cannot be cancelled"]
    with pytest.raises(onesignal.BadRequestException):
        api.cancel_notification(fake.app_id, scheduled.id)
    assert fake.notifications[1].canceled is False


def test_get_outcomes(fake: FakeOneSignal, api: DefaultApi) -> None:
    for _ in range(3):
        fake.add_outcome("os__click")
    fake.add_outcome("Purchase", 9.5)
    fake.add_outcome("Purchase", 0.5)
    fake.add_outcome("Signup")

    outcomes = api.get_outcomes(fake.app_id, "os__click.count,Purchase.sum",
                                outcome_names2=["Signup.count", "Purchase.count"], outcome_time_range="1d")
    assert type(outcomes) is OutcomesData
    assert [type(o) for o in outcomes.outcomes] == [OutcomeData] * 4
    assert [(o.id, o.value, o.aggregation) for o in outcomes.outcomes] == [
        ("os__click", 3, "count"), ("Purchase", 10, "sum"), ("Signup", 1, "count"), ("Purchase", 2, "count")]
    assert fake.requests[-1].query == {
        "outcome_names": ["os__click.count,Purchase.sum"], "outcome_names[]": ["Signup.count", "Purchase.count"],
        "outcome_time_range": ["1d"]}

    single = api.get_outcomes(fake.app_id, "Nothing.count")
    assert [(o.id, o.value, o.aggregation) for o in single.outcomes] == [("Nothing", 0, "count")]


def test_outcome_names_with_a_comma_go_through_outcome_names2(fake: FakeOneSignal, api: DefaultApi) -> None:
    """The reference: a name containing a comma is given alone in an ``outcome_names[]`` value."""
    fake.add_outcome("Sales, Purchase", 4)
    fake.add_outcome("Sales, Purchase", 6)
    outcomes = api.get_outcomes(fake.app_id, "os__click.count", outcome_names2="Sales, Purchase.sum")
    assert [(o.id, o.value, o.aggregation) for o in outcomes.outcomes] == [
        ("os__click", 0, "count"), ("Sales, Purchase", 10, "sum")]


# -- live activities and in-app messages ------------------------------------------------------------------------

def test_live_activity_lifecycle_and_eligible_iams(fake: FakeOneSignal, api: DefaultApi) -> None:
    user = api.create_user(fake.app_id, User(
        identity={"external_id": "liv"}, subscriptions=[SubscriptionObject(type="iOSPush", token="ios-liv")]))
    subscription_id = user.subscriptions[0].id

    assert api.begin_live_activity(fake.app_id, "match-42", BeginLiveActivityRequest(
        push_token="la-push-token", subscription_id=subscription_id)) is None
    assert fake.requests[-1].status == 204
    (activity,) = fake.live_activities
    assert (activity.app_id, activity.activity_id, activity.tokens) == (
        fake.app_id, "match-42", {subscription_id: "la-push-token"})

    update = api.update_live_activity(fake.app_id, "match-42", UpdateLiveActivityRequest(
        name="contents", event="update", event_updates={"score": "2-1"}))
    assert type(update) is UpdateLiveActivitySuccessResponse
    assert isinstance(update.notification_id, str) and len(update.notification_id) == 36
    (activity,) = fake.live_activities
    assert activity.updates == [{"name": "contents", "event": "update", "event_updates": {"score": "2-1"},
                                 "notification_id": update.notification_id}]

    assert api.end_live_activity(fake.app_id, "match-42", subscription_id) is None
    (activity,) = fake.live_activities
    assert activity.tokens == {}
    assert len(activity.updates) == 1

    assert api.get_eligible_iams(fake.app_id, subscription_id).in_app_messages == []
    messages = [{"id": "iam-1", "name": "Welcome", "triggers": [[{"kind": "session_time", "value": 5}]]},
                {"id": "iam-2", "name": "Upgrade"}]
    for message in messages:
        fake.add_in_app_message(message)
    iams = api.get_eligible_iams(fake.app_id, subscription_id)
    assert type(iams) is InlineResponse2003
    assert iams.in_app_messages == messages
    with pytest.raises(onesignal.NotFoundException):
        api.get_eligible_iams(fake.app_id, UNKNOWN_ID)


# -- faults through the SDK -------------------------------------------------------------------------------------

def test_a_429_with_retry_after_is_retried_once(fake: FakeOneSignal, api: DefaultApi) -> None:
    from conftest import StepClock
    clock = api.api_client.rest_client.clock = StepClock()  # the wait is recorded, not slept
    fake.fail_next(status=429, retry_after=1)
    page = api.get_players(fake.app_id)
    assert type(page) is PlayerSlice and page.total_count == 0
    assert clock.waits == [1.0]
    assert [(r.path, r.status) for r in fake.requests] == [("/players", 429), ("/players", 200)]


def test_persistent_503_raises_service_exception_after_three_attempts(
        fake: FakeOneSignal, api: DefaultApi) -> None:
    assert api.api_client.configuration.retries == 2
    fake.fail_next(status=503, times=5)
    with pytest.raises(onesignal.ServiceException) as caught:
        api.get_notifications(fake.app_id)
    assert caught.value.status == 503
    assert caught.value.errors == ["Service Unavailable"]
    assert [(r.method, r.path, r.status) for r in fake.requests] == [("GET", "/notifications", 503)] * 3


def test_the_rate_limit_raises_rate_limit_exception_without_retries() -> None:
    with FakeOneSignal(rate_limit_per_second=1) as limited:
        config = _configuration(limited)
        config.retries = 0
        with onesignal.ApiClient(config) as client:
            api = DefaultApi(client)
            assert api.get_notifications(limited.app_id).total_count == 0
            with pytest.raises(onesignal.RateLimitException) as caught:
                api.get_notifications(limited.app_id)
        assert caught.value.status == 429
        assert caught.value.retry_after == 1.0
        assert caught.value.headers["Retry-After"] == "1"
        assert caught.value.errors == ["API rate limit exceeded."]
        assert [r.status for r in limited.requests] == [200, 429]


# -- the request log --------------------------------------------------------------------------------------------

def test_the_request_log_redacts_authorization(fake: FakeOneSignal, api: DefaultApi) -> None:
    api.get_apps()
    api.create_user(fake.app_id, User(identity={"external_id": "logged"}))
    api.get_notifications(fake.app_id, limit=1)
    log = fake.requests
    assert [(r.method, r.path, r.status) for r in log] == [
        ("GET", "/apps", 200), ("POST", f"/apps/{fake.app_id}/users", 201), ("GET", "/notifications", 200)]
    assert [r.headers["Authorization"] for r in log] == ["Key ***"] * 3
    assert log[1].body == {"identity": {"external_id": "logged"}}
    assert log[2].query == {"app_id": [fake.app_id], "limit": ["1"]}
    text = repr(log)
    assert fake.app_key not in text and fake.user_key not in text


# -- coverage ---------------------------------------------------------------------------------------------------

def test_every_endpoint_is_exercised() -> None:
    """The 2.x line's operations here, the others in the fake's tests of the current API: every method of
    DefaultApi is called against the fake somewhere."""
    declared = {value.name for value in vars(endpoint_declarations).values() if isinstance(value, Endpoint)}
    assert len(ENDPOINT_NAMES) == len(set(ENDPOINT_NAMES)) == 37
    assert set(ENDPOINT_NAMES) <= declared
    assert declared == {name for name in vars(DefaultApi) if name in declared}
    here = Path(__file__).parent
    source = "".join(p.read_text(encoding="utf-8") for p in
                     [here / "test_end_to_end.py", *sorted(here.glob("test_fake_server_current*.py"))])
    missing = sorted(name for name in declared if f"api.{name}(" not in source)
    assert missing == []
