"""Every ``DefaultApi`` method over real HTTP against a loopback server on 127.0.0.1.

Each endpoint is one case of ``CASES``: the call, the exact request it must put on the wire (method, raw path,
query pairs, headers, JSON body), the answer the server plays, and the exact decoded result (its class, its
``to_dict()`` and the classes of its nested models). ``test_endpoint[<method name>]`` runs one case.
The other tests cover path quoting, ``get_outcomes`` query pairs, optional bodies, ``create_notification``'s
idempotency key and error shapes, the per-call options, input checks and missing keys.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from pathlib import Path
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

import pytest
import urllib3

import onesignal
from conftest import APP_KEY, USER_KEY
from loopback import LoopbackServer, Recorded
from onesignal.api import endpoints as E
from onesignal.api.default_api import DefaultApi
from onesignal.endpoint import Endpoint
from onesignal.model.app import App
from onesignal.model.apps import Apps
from onesignal.model.basic_notification_all_of_android_background_layout import (
    BasicNotificationAllOfAndroidBackgroundLayout)
from onesignal.model.begin_live_activity_request import BeginLiveActivityRequest
from onesignal.model.button import Button
from onesignal.model.web_button import WebButton
from onesignal.model.cancel_notification_success_response import CancelNotificationSuccessResponse
from onesignal.model.create_notification_success_response import CreateNotificationSuccessResponse
from onesignal.model.create_player_success_response import CreatePlayerSuccessResponse
from onesignal.model.create_segment_success_response import CreateSegmentSuccessResponse
from onesignal.model.create_subscription_request_body import CreateSubscriptionRequestBody
from onesignal.model.delete_player_success_response import DeletePlayerSuccessResponse
from onesignal.model.delete_segment_success_response import DeleteSegmentSuccessResponse
from onesignal.model.delivery_data import DeliveryData
from onesignal.model.export_events_success_response import ExportEventsSuccessResponse
from onesignal.model.export_players_request_body import ExportPlayersRequestBody
from onesignal.model.export_players_success_response import ExportPlayersSuccessResponse
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
from onesignal.model.outcome_data import OutcomeData
from onesignal.model.outcomes_data import OutcomesData
from onesignal.model.platform_delivery_data import PlatformDeliveryData
from onesignal.model.platform_delivery_data_email_all_of import PlatformDeliveryDataEmailAllOf
from onesignal.model.platform_delivery_data_sms_all_of import PlatformDeliveryDataSmsAllOf
from onesignal.model.player import Player
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
from onesignal.model.user_subscription_options import UserSubscriptionOptions

UTC = dt.timezone.utc
USER_AGENT = "onesignal-python/1.4.1"
UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")

APP_ID = "3beb3078-e0f1-4629-af17-fde833b9f716"
APP_ID_2 = "5eb5a37e-b458-11e3-ac11-000c2940e62c"
NOTIFICATION_ID = "c9e7f1b2-6a0d-4f3e-9b1a-2d5e8f7c4a10"
NOTIFICATION_ID_2 = "0f8e4c1a-77d2-4b9e-a1c3-5e6f7a8b9c0d"
PLAYER_ID = "1dd608f2-c6a1-11e3-851d-000c2940e62c"
PLAYER_ID_2 = "a7c1e9f4-2b3d-4e5f-9a6b-7c8d9e0f1a2b"
SUBSCRIPTION_ID = "e9f0a1b2-3c4d-4e5f-8a9b-0c1d2e3f4a5b"
SEGMENT_ID = "f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b"
ONESIGNAL_ID = "7c0b6b5a-1e2f-4d3c-9b8a-7f6e5d4c3b2a"
ACTIVITY_ID = "order-1042-delivery"
IOS_TOKEN = "ce777617da7f548fe7a9ab6febb56cf39fba6d382000c0395666288d961ee566"
FCM_TOKEN = "dGhpcyBpcyBub3QgYSByZWFsIHRva2Vu:APA91bF3xk9Q0PzYw8l2mZ1v7T4s"


class Uuid4:
    """Equal to any string in UUID4 form (the key create_notification generates)."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, str) and UUID4.match(other) is not None

    def __repr__(self) -> str:
        return "<any UUID4>"


NO_BODY = object()
# Headers that http.client/urllib3 add on their own; every other header is the SDK's and is checked exactly.
TRANSPORT_HEADERS = frozenset(("host", "accept-encoding", "content-length"))


def assert_wire(rec: Recorded, method: str, path: str, query: Sequence[Tuple[str, str]], key: str,
                body: Any = NO_BODY) -> None:
    """The recorded request is exactly this one."""
    assert rec.method == method
    assert rec.path == path
    assert rec.query == list(query)
    expected_headers = {"user-agent": USER_AGENT, "accept": "application/json", "authorization": f"Key {key}"}
    if body is not NO_BODY:
        expected_headers["content-type"] = "application/json"
    sdk_headers = {k.lower(): v for k, v in rec.headers.items() if k.lower() not in TRANSPORT_HEADERS}
    assert sdk_headers == expected_headers
    if body is NO_BODY:
        assert rec.raw_body == b""
    else:
        assert rec.json == body
        # compact JSON, as the SDK promises: no spaces after separators
        assert rec.raw_body == json.dumps(rec.json, separators=(",", ":")).encode()


# --------------------------------------------------------------------------------------------------------------
# Answer bodies (wire form, as the API sends them) and the decoded values expected from them (attribute names)
# --------------------------------------------------------------------------------------------------------------

APP_WIRE: Dict[str, Any] = {
    "id": APP_ID,
    "name": "Acme Shop",
    "players": 15230,
    "messageable_players": 14877,
    "updated_at": "2024-05-03T08:15:30.123Z",
    "created_at": "2024-05-01T10:00:00",
    "gcm_key": None,
    "chrome_web_origin": "https://acme.example",
    "chrome_key": None,
    "chrome_web_default_notification_icon": "https://acme.example/icon-256.png",
    "chrome_web_sub_domain": "acme",
    "apns_env": "production",
    "apns_certificates": "Production: Acme Shop Push (expires 2025-04-30)",
    "safari_apns_certificates": "Safari: web.onesignal.auto.3beb3078 (expires 2025-04-30)",
    "apns_key_id": "ABC123DEFG",
    "apns_team_id": "TEAM123456",
    "apns_bundle_id": "com.acme.shop",
    "apns_p8": None,
    "safari_site_origin": "https://acme.example",
    "safari_push_id": "web.onesignal.auto.3beb3078-e0f1-4629-af17-fde833b9f716",
    "safari_icon_16_16": "https://onesignal.com/safari_packages/3beb3078/16x16.png",
    "safari_icon_32_32": "https://onesignal.com/safari_packages/3beb3078/16x16@2.png",
    "safari_icon_64_64": "https://onesignal.com/safari_packages/3beb3078/32x32@2x.png",
    "safari_icon_128_128": "https://onesignal.com/safari_packages/3beb3078/128x128.png",
    "safari_icon_256_256": "https://onesignal.com/safari_packages/3beb3078/128x128@2x.png",
    "site_name": "Acme",
    "basic_auth_key": "NGEwMGZmMjItY2NkNy0xMWUzLTk5ZDUtMDAwYzI5NDBlNjJj",
    "additional_data_is_root_payload": False,
}
APP_RESULT = {**APP_WIRE,
              "updated_at": dt.datetime(2024, 5, 3, 8, 15, 30, 123000, tzinfo=UTC),
              "created_at": dt.datetime(2024, 5, 1, 10, 0, tzinfo=UTC)}
APP_2_WIRE: Dict[str, Any] = {
    "id": APP_ID_2,
    "name": "Acme Shop (staging)",
    "players": 12,
    "messageable_players": 9,
    "updated_at": "2024-04-02T17:45:00Z",
    "created_at": "2023-11-20T09:30:00+02:00",
    "gcm_key": None,
    "chrome_web_origin": None,
    "chrome_key": None,
    "chrome_web_default_notification_icon": None,
    "chrome_web_sub_domain": None,
    "apns_env": "sandbox",
    "apns_certificates": None,
    "apns_key_id": None,
    "apns_team_id": None,
    "apns_bundle_id": None,
    "apns_p8": None,
    "safari_site_origin": None,
    "safari_push_id": None,
    "site_name": None,
    "basic_auth_key": "ZjZkMmQzZjAtYjQ1OC0xMWUzLWFjMTEtMDAwYzI5NDBlNjJj",
    "additional_data_is_root_payload": True,
}
APP_2_RESULT = {**APP_2_WIRE,
                "updated_at": dt.datetime(2024, 4, 2, 17, 45, tzinfo=UTC),
                "created_at": dt.datetime(2023, 11, 20, 7, 30, tzinfo=UTC)}


def check_app_dates(app: App) -> None:
    assert type(app) is App
    # "2024-05-01T10:00:00" carries no zone: it is UTC, never the machine's local time
    assert app.created_at == dt.datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    assert app.created_at.utcoffset() == dt.timedelta(0)
    assert app.updated_at == dt.datetime(2024, 5, 3, 8, 15, 30, 123000, tzinfo=UTC)
    assert app.updated_at.utcoffset() == dt.timedelta(0)


def check_apps(apps: Apps) -> None:
    assert [type(a) for a in apps] == [App, App]
    check_app_dates(apps[0])
    # a value with an offset keeps it (same instant)
    assert apps[1].created_at == dt.datetime(2023, 11, 20, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert apps[1].created_at.utcoffset() == dt.timedelta(hours=2)
    assert apps[1].apns_env == "sandbox"


DELIVERY = {"successful": 812, "failed": 5, "errored": 1, "converted": 93, "received": 790}
PLATFORM_STATS_WIRE: Dict[str, Any] = {
    "edge_web_push": {"successful": 40, "failed": 1, "errored": 0, "converted": 3, "received": 39},
    "chrome_web_push": {"successful": 210, "failed": 4, "errored": 0, "converted": 18, "received": 205},
    "firefox_web_push": {"successful": 35, "failed": 0, "errored": 0, "converted": 2, "received": 35},
    "safari_web_push": {"successful": 22, "failed": 0, "errored": 1, "converted": 1, "received": 21},
    "android": {"successful": 371, "failed": 10, "errored": 0, "converted": 31, "received": 360},
    "ios": DELIVERY,
    "sms": {"successful": 50, "failed": 1, "errored": 0, "converted": 0, "received": 49,
            "provider_successful": 49, "provider_failed": 1, "provider_errored": 0},
    "email": {"successful": 100, "failed": 0, "errored": 0, "converted": 0, "received": 98, "opened": 61,
              "unique_opens": 50, "clicks": 22, "unique_clicks": 15, "bounced": 2, "reported_spam": 0,
              "unsubscribed": 1},
}

# A push notification as get_notification answers it. "canceled" is not in the schema: it is kept as is.
NOTIFICATION_WIRE: Dict[str, Any] = {
    "id": NOTIFICATION_ID,
    "app_id": APP_ID,
    "name": "order-shipped",
    "canceled": False,
    "contents": {"en": "Your order has shipped", "fr": "Votre commande est partie", "zh-Hans": "您的订单已发货"},
    "headings": {"en": "Order update", "fr": "Suivi de commande"},
    "subtitle": {"en": "Order #1042"},
    "data": {"order_id": "1042", "deep_link": "acme://orders/1042"},
    "url": "https://acme.example/orders/1042",
    "web_url": None,
    "app_url": None,
    "included_segments": ["Subscribed Users"],
    "excluded_segments": ["Inactive Users"],
    "include_player_ids": None,
    "include_external_user_ids": None,
    "include_aliases": None,
    "filters": [{"field": "tag", "key": "level", "relation": ">", "value": "10"}, {"operator": "OR"},
                {"field": "amount_spent", "relation": ">", "value": "0"}],
    "isIos": True,
    "isAndroid": True,
    "isHuawei": False,
    "isAnyWeb": True,
    "isChromeWeb": None,
    "isFirefox": None,
    "isSafari": None,
    "isWP_WNS": False,
    "isAdm": False,
    "isChrome": False,
    "ios_badgeType": "Increase",
    "ios_badgeCount": 1,
    "ios_sound": "ping.aiff",
    "ios_category": "ORDER",
    "ios_attachments": {"map": "https://acme.example/maps/1042.png"},
    "mutable_content": True,
    "content_available": False,
    "thread_id": "orders",
    "android_channel_id": "5b3a7c39-8a2e-4f5c-9d1e-2f3a4b5c6d7e",
    "android_accent_color": "FF2196F3",
    "android_led_color": "FF0000FF",
    "android_visibility": 1,
    "android_group": "orders",
    "android_background_layout": {"image": "https://acme.example/bg.png", "headings_color": "FFFF0000",
                                  "contents_color": "FF00FF00"},
    "small_icon": "ic_stat_onesignal_default",
    "large_icon": "https://acme.example/large-icon.png",
    "big_picture": "https://acme.example/parcel.jpg",
    "chrome_web_icon": "https://acme.example/icon-192.png",
    "chrome_web_image": "https://acme.example/parcel-wide.jpg",
    "buttons": [{"id": "track", "text": "Track order", "icon": "ic_menu_send"}],
    "web_buttons": [{"id": "view", "text": "View", "icon": "https://acme.example/view.png"}],
    "collapse_id": "order-1042",
    "priority": 10,
    "ttl": 259200,
    "delayed_option": "immediate",
    "delivery_time_of_day": None,
    "successful": 1490,
    "failed": 20,
    "errored": 2,
    "converted": 148,
    "received": 1450,
    "remaining": 0,
    "queued_at": 1714557600,
    "send_after": 1714557600,
    "completed_at": 1714557663,
    "throttle_rate_per_minute": None,
    "platform_delivery_stats": PLATFORM_STATS_WIRE,
    "outcomes": [{"id": "os__click", "value": 148, "aggregation": "count"},
                 {"id": "Purchase", "value": 2150, "aggregation": "sum"}],
}
_RENAMED = {"isIos": "is_ios", "isAndroid": "is_android", "isHuawei": "is_huawei", "isAnyWeb": "is_any_web",
            "isChromeWeb": "is_chrome_web", "isFirefox": "is_firefox", "isSafari": "is_safari",
            "isWP_WNS": "is_wp_wns", "isAdm": "is_adm", "isChrome": "is_chrome",
            "ios_badgeType": "ios_badge_type", "ios_badgeCount": "ios_badge_count"}
NOTIFICATION_RESULT: Dict[str, Any] = {
    **{_RENAMED.get(k, k): v for k, v in NOTIFICATION_WIRE.items()},
    "contents": {"en": "Your order has shipped", "fr": "Votre commande est partie", "zh_hans": "您的订单已发货"},
}

# An email notification, as the second item of a get_notifications page.
EMAIL_NOTIFICATION_WIRE: Dict[str, Any] = {
    "id": NOTIFICATION_ID_2,
    "app_id": APP_ID,
    "name": "weekly-digest",
    "target_channel": "email",
    "included_segments": ["Newsletter"],
    "excluded_segments": [],
    "email_subject": "Your weekly digest",
    "email_body": "<html><body><h1>This week at Acme</h1></body></html>",
    "email_from_name": "Acme",
    "email_from_address": "news@acme.example",
    "email_preheader": "Five things you missed",
    "include_unsubscribed": False,
    "custom_data": {"week": 18},
    "successful": 980,
    "failed": 3,
    "errored": 0,
    "converted": 120,
    "received": 975,
    "remaining": 0,
    "queued_at": 1714298400,
    "send_after": 1714298400,
    "completed_at": 1714298520,
    "throttle_rate_per_minute": 0,
    "platform_delivery_stats": {"email": PLATFORM_STATS_WIRE["email"]},
    "outcomes": [],
}


def check_notification(n: NotificationWithMeta) -> None:
    assert type(n) is NotificationWithMeta
    assert type(n.contents) is StringMap and type(n.headings) is StringMap and type(n.subtitle) is StringMap
    assert n.contents.zh_hans == "您的订单已发货"
    assert n.is_ios is True and n.is_any_web is True and n.is_chrome_web is None
    assert n.ios_badge_type == "Increase" and n.ios_badge_count == 1
    assert [type(b) for b in n.buttons] == [Button] and [type(b) for b in n.web_buttons] == [WebButton]
    assert isinstance(n.web_buttons[0], Button)  # a WebButton (5.x) is a Button (2.x)
    assert [type(f) for f in n.filters] == [FilterExpressions] * 3
    assert n.filters[1].operator == "OR" and n.filters[0].relation == ">"
    assert type(n.android_background_layout) is BasicNotificationAllOfAndroidBackgroundLayout
    stats = n.platform_delivery_stats
    assert type(stats) is PlatformDeliveryData
    for name in ("edge_web_push", "chrome_web_push", "firefox_web_push", "safari_web_push", "android", "ios"):
        assert type(stats[name]) is DeliveryData
    assert type(stats.email) is PlatformDeliveryDataEmailAllOf and stats.email.unique_opens == 50
    assert type(stats.sms) is PlatformDeliveryDataSmsAllOf and stats.sms.provider_failed == 1
    assert [type(o) for o in n.outcomes] == [OutcomeData, OutcomeData]
    assert n.outcomes[1].value == 2150
    # the field the schema does not know is reachable in every way
    assert n["canceled"] is False and n.get("canceled") is False and n.canceled is False


def check_notification_slice(page: NotificationSlice) -> None:
    assert [type(n) for n in page.notifications] == [NotificationWithMeta, NotificationWithMeta]
    check_notification(page.notifications[0])
    email = page.notifications[1]
    assert type(email.platform_delivery_stats.email) is PlatformDeliveryDataEmailAllOf
    assert email.email_subject == "Your weekly digest" and email.outcomes == []


ANDROID_PLAYER_WIRE: Dict[str, Any] = {
    "id": PLAYER_ID,
    "invalid_identifier": False,
    "app_id": APP_ID,
    "device_type": 1,
    "external_user_id": "user-42",
    "identifier": FCM_TOKEN,
    "language": "en",
    "timezone": -28800,
    "game_version": "3.2.0",
    "device_model": "Pixel 7",
    "device_os": "14",
    "ad_id": "38400000-8cf0-11bd-b23e-10b96e40000d",
    "sdk": "050100",
    "session_count": 12,
    "tags": {"level": "7", "vip": "true"},
    "amount_spent": 42.5,
    "created_at": 1714557600,
    "playtime": 3600,
    "badge_count": 0,
    "last_active": 1714730130,
    "notification_types": 1,
    "test_type": None,
    "long": -122.4194,
    "lat": 37.7749,
    "country": "US",
}
EMAIL_PLAYER_WIRE: Dict[str, Any] = {
    "id": PLAYER_ID_2,
    "invalid_identifier": True,
    "app_id": APP_ID,
    "device_type": 11,
    "external_user_id": "user-42",
    "identifier": "jane@acme.example",
    "language": "fr",
    "timezone": 3600,
    "game_version": None,
    "device_model": None,
    "device_os": None,
    "ad_id": None,
    "sdk": "050100",
    "session_count": 1,
    "tags": {},
    "amount_spent": 0,
    "created_at": 1714298400,
    "playtime": 0,
    "badge_count": 0,
    "last_active": 1714298400,
    "notification_types": -2,
    "test_type": None,
    "long": 2.3522,
    "lat": 48.8566,
    "country": "FR",
}

IOS_SUBSCRIPTION_WIRE: Dict[str, Any] = {
    "id": SUBSCRIPTION_ID, "type": "iOSPush", "token": IOS_TOKEN, "enabled": True, "notification_types": 1,
    "session_time": 5420, "session_count": 37, "sdk": "050100", "device_model": "iPhone14,2",
    "device_os": "17.4.1", "rooted": False, "test_type": 1, "app_version": "3.2.0", "net_type": 0,
    "carrier": "T-Mobile",
}
CHROME_SUBSCRIPTION_WIRE: Dict[str, Any] = {
    "id": "2b5e8a1c-9d3f-4e6a-b7c8-1d2e3f4a5b6c", "type": "ChromePush",
    "token": "https://fcm.googleapis.com/fcm/send/eXaMpLe:APA91bH", "enabled": True, "notification_types": 1,
    "session_time": 610.5, "session_count": 4, "sdk": "160200", "device_model": "MacIntel",
    "device_os": "124", "rooted": False, "app_version": "web", "net_type": 1, "carrier": "",
    "web_auth": "kX2N9Y7Vb4bQ3gYyL8ZfQg", "web_p256": "BPW3Zn0ZcD8sX6v1Jx3Q9m2Hk7c5FqVtR8yE4uN1oB0aL6dS2fG",
}
EMAIL_SUBSCRIPTION_WIRE: Dict[str, Any] = {
    "id": "3c6f9b2d-0e4a-4f7b-8c9d-2e3f4a5b6c7d", "type": "Email", "token": "jane@acme.example",
    "enabled": True, "notification_types": 1, "session_time": 0, "session_count": 0,
}
SMS_SUBSCRIPTION_WIRE: Dict[str, Any] = {
    "id": "4d7a0c3e-1f5b-4a8c-9d0e-3f4a5b6c7d8e", "type": "SMS", "token": "+15551234567",
    "enabled": False, "notification_types": -2, "session_time": 0, "session_count": 0,
}
PROPERTIES_WIRE: Dict[str, Any] = {
    "tags": {"plan": "pro", "level": "7"},
    "language": "en",
    "timezone_id": "America/Los_Angeles",
    "lat": 37.7749,
    "long": -122.4194,
    "country": "US",
    "first_active": 1714557600,
    "last_active": 1714730130,
    "amount_spent": 42.5,
    "purchases": [{"sku": "SKU-PRO-1M", "amount": "9.99", "iso": "USD", "count": 1},
                  {"sku": "SKU-GEMS-500", "amount": "4.99", "iso": "EUR", "count": 2}],
    "ip": "203.0.113.7",
}
IDENTITY = {"external_id": "user-42", "onesignal_id": ONESIGNAL_ID, "facebook_id": "fb-778"}
USER_WIRE: Dict[str, Any] = {
    "properties": PROPERTIES_WIRE,
    "identity": IDENTITY,
    "subscriptions": [IOS_SUBSCRIPTION_WIRE, CHROME_SUBSCRIPTION_WIRE, EMAIL_SUBSCRIPTION_WIRE,
                      SMS_SUBSCRIPTION_WIRE],
    "subscription_options": {"retain_previous_owner": True},
}


def check_user(user: User) -> None:
    assert type(user.properties) is PropertiesObject
    assert [type(p) for p in user.properties.purchases] == [Purchase, Purchase]
    assert [type(s) for s in user.subscriptions] == [SubscriptionObject] * 4
    assert [s.type for s in user.subscriptions] == ["iOSPush", "ChromePush", "Email", "SMS"]
    assert type(user.subscription_options) is UserSubscriptionOptions
    assert user.identity == IDENTITY


def check_types(values: Sequence[Any], types: Sequence[type]) -> None:
    assert [type(v) for v in values] == list(types)


# --------------------------------------------------------------------------------------------------------------
# The 37 endpoints
# --------------------------------------------------------------------------------------------------------------

@dataclass
class Case:
    name: str  # the DefaultApi method called
    call: Callable[[DefaultApi], Any]
    method: str
    path: str  # raw path on the wire, with percent-encoding
    query: Sequence[Tuple[str, str]] = ()
    key: str = APP_KEY
    body: Any = NO_BODY  # the JSON body expected on the wire
    status: int = 200
    answer: Any = None  # the JSON the server answers; None for an empty body
    result_type: Optional[type] = None  # None: the call must return None
    result: Any = None  # the expected result.to_dict()
    check: Optional[Callable[[Any], None]] = None  # more exact checks: nested classes, datetimes, attributes


NEW_APP = App(
    name="Acme Shop", apns_env="production", apns_p8="LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t", apns_key_id="ABC123DEFG",
    apns_team_id="TEAM123456", apns_bundle_id="com.acme.shop", chrome_web_origin="https://acme.example",
    chrome_web_default_notification_icon="https://acme.example/icon-256.png", safari_site_origin="https://acme.example",
    site_name="Acme", organization_id="org-5d1f2e3a", android_gcm_sender_id="734112909981",
    additional_data_is_root_payload=False)
NEW_APP_WIRE = {
    "name": "Acme Shop", "apns_env": "production", "apns_p8": "LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t",
    "apns_key_id": "ABC123DEFG", "apns_team_id": "TEAM123456", "apns_bundle_id": "com.acme.shop",
    "chrome_web_origin": "https://acme.example",
    "chrome_web_default_notification_icon": "https://acme.example/icon-256.png",
    "safari_site_origin": "https://acme.example", "site_name": "Acme", "organization_id": "org-5d1f2e3a",
    "android_gcm_sender_id": "734112909981", "additional_data_is_root_payload": False,
}


def new_notification(**extra: Any) -> Notification:
    return Notification(
        app_id=APP_ID,
        contents=StringMap(en="Your order has shipped", zh_hans="您的订单已发货"),
        headings={"en": "Order update"},  # a dict where a model is expected
        included_segments=["Subscribed Users"],
        excluded_segments=["Inactive Users"],
        is_ios=True,
        ios_badge_type="Increase",
        ios_badge_count=1,
        data={"order_id": "1042"},
        buttons=[Button(id="track", text="Track order", icon="ic_menu_send")],
        filters=[FilterExpressions(field="tag", key="level", relation=">", value="10"), {"operator": "OR"},
                 {"field": "amount_spent", "relation": ">", "value": "0"}],
        send_after=dt.datetime(2024, 5, 1, 18, 0, tzinfo=UTC),
        ttl=259200,
        priority=10,
        target_channel="push",
        **extra)


NEW_NOTIFICATION_WIRE: Dict[str, Any] = {
    "app_id": APP_ID,
    "contents": {"en": "Your order has shipped", "zh-Hans": "您的订单已发货"},
    "headings": {"en": "Order update"},
    "included_segments": ["Subscribed Users"],
    "excluded_segments": ["Inactive Users"],
    "isIos": True,
    "ios_badgeType": "Increase",
    "ios_badgeCount": 1,
    "data": {"order_id": "1042"},
    "buttons": [{"id": "track", "text": "Track order", "icon": "ic_menu_send"}],
    "filters": [{"field": "tag", "key": "level", "relation": ">", "value": "10"}, {"operator": "OR"},
                {"field": "amount_spent", "relation": ">", "value": "0"}],
    "send_after": "2024-05-01T18:00:00+00:00",
    "ttl": 259200,
    "priority": 10,
    "target_channel": "push",
}

NEW_PLAYER = Player(
    device_type=1, app_id=APP_ID, identifier=FCM_TOKEN, language="en", timezone=-28800, game_version="3.2.0",
    device_model="Pixel 7", device_os="14", ad_id="38400000-8cf0-11bd-b23e-10b96e40000d", sdk="050100",
    session_count=1, tags={"level": "1", "source": "play_store"}, amount_spent=0, external_user_id="user-42",
    notification_types=1, long=-122.4194, lat=37.7749, country="US")
NEW_PLAYER_WIRE = {
    "device_type": 1, "app_id": APP_ID, "identifier": FCM_TOKEN, "language": "en", "timezone": -28800,
    "game_version": "3.2.0", "device_model": "Pixel 7", "device_os": "14",
    "ad_id": "38400000-8cf0-11bd-b23e-10b96e40000d", "sdk": "050100", "session_count": 1,
    "tags": {"level": "1", "source": "play_store"}, "amount_spent": 0, "external_user_id": "user-42",
    "notification_types": 1, "long": -122.4194, "lat": 37.7749, "country": "US",
}

USERS = f"/apps/{APP_ID}/users"
SUBSCRIPTIONS = f"/apps/{APP_ID}/subscriptions"

CASES: List[Case] = [
    Case("begin_live_activity",
         lambda api: api.begin_live_activity(APP_ID, ACTIVITY_ID, BeginLiveActivityRequest(
             push_token="80a4be1c2e0c1d5b77f2a9b3c4d5e6f7", subscription_id=SUBSCRIPTION_ID)),
         "POST", f"/apps/{APP_ID}/live_activities/{ACTIVITY_ID}/token",
         body={"push_token": "80a4be1c2e0c1d5b77f2a9b3c4d5e6f7", "subscription_id": SUBSCRIPTION_ID},
         status=204),
    Case("cancel_notification",
         lambda api: api.cancel_notification(APP_ID, NOTIFICATION_ID),
         "DELETE", f"/notifications/{NOTIFICATION_ID}", [("app_id", APP_ID)],
         answer={"success": True}, result_type=CancelNotificationSuccessResponse, result={"success": True}),
    Case("create_app",
         lambda api: api.create_app(NEW_APP),
         "POST", "/apps", key=USER_KEY, body=NEW_APP_WIRE,
         answer=APP_WIRE, result_type=App, result=APP_RESULT, check=check_app_dates),
    Case("create_notification",
         lambda api: api.create_notification(new_notification()),
         "POST", "/notifications", body={**NEW_NOTIFICATION_WIRE, "idempotency_key": Uuid4()},
         answer={"id": NOTIFICATION_ID, "recipients": 1532, "external_id": None},
         result_type=CreateNotificationSuccessResponse,
         result={"id": NOTIFICATION_ID, "recipients": 1532, "external_id": None}),
    Case("create_player",
         lambda api: api.create_player(NEW_PLAYER),
         "POST", "/players", body=NEW_PLAYER_WIRE,
         answer={"success": True, "id": PLAYER_ID}, result_type=CreatePlayerSuccessResponse,
         result={"success": True, "id": PLAYER_ID}),
    Case("create_segments",
         lambda api: api.create_segments(APP_ID, segment=Segment(
             name="VIP users",
             filters=[{"field": "session_count", "relation": ">", "value": "10"}, {"operator": "AND"},
                      FilterExpressions(field="tag", key="vip", relation="=", value="true")])),
         "POST", f"/apps/{APP_ID}/segments",
         body={"name": "VIP users",
               "filters": [{"field": "session_count", "relation": ">", "value": "10"}, {"operator": "AND"},
                           {"field": "tag", "key": "vip", "relation": "=", "value": "true"}]},
         status=201, answer={"success": True, "id": SEGMENT_ID}, result_type=CreateSegmentSuccessResponse,
         result={"success": True, "id": SEGMENT_ID}),
    Case("create_subscription",
         lambda api: api.create_subscription(APP_ID, "external_id", "user/42 jane", CreateSubscriptionRequestBody(
             subscription=SubscriptionObject(type="iOSPush", token=IOS_TOKEN, enabled=True, notification_types=1,
                                             device_model="iPhone14,2", device_os="17.4.1", sdk="050100",
                                             app_version="3.2.0", test_type=1),
             retain_previous_owner=False)),
         "POST", f"{USERS}/by/external_id/user%2F42%20jane/subscriptions",
         body={"subscription": {"type": "iOSPush", "token": IOS_TOKEN, "enabled": True, "notification_types": 1,
                                "device_model": "iPhone14,2", "device_os": "17.4.1", "sdk": "050100",
                                "app_version": "3.2.0", "test_type": 1},
               "retain_previous_owner": False},
         status=201, answer={"subscription": IOS_SUBSCRIPTION_WIRE}, result_type=InlineResponse201,
         result={"subscription": IOS_SUBSCRIPTION_WIRE},
         check=lambda r: check_types([r.subscription], [SubscriptionObject])),
    Case("create_user",
         lambda api: api.create_user(APP_ID, User(
             identity={"external_id": "user-42"},
             properties=PropertiesObject(language="en", timezone_id="America/Los_Angeles",
                                         tags={"plan": "pro"}, country="US"),
             subscriptions=[SubscriptionObject(type="Email", token="jane@acme.example", enabled=True),
                            {"type": "SMS", "token": "+15551234567", "enabled": True}],
             subscription_options={"retain_previous_owner": True})),
         "POST", USERS,
         body={"identity": {"external_id": "user-42"},
               "properties": {"language": "en", "timezone_id": "America/Los_Angeles", "tags": {"plan": "pro"},
                              "country": "US"},
               "subscriptions": [{"type": "Email", "token": "jane@acme.example", "enabled": True},
                                 {"type": "SMS", "token": "+15551234567", "enabled": True}],
               "subscription_options": {"retain_previous_owner": True}},
         status=201, answer=USER_WIRE, result_type=User, result=USER_WIRE, check=check_user),
    Case("delete_alias",
         lambda api: api.delete_alias(APP_ID, "external_id", "user-42", "facebook_id"),
         "DELETE", f"{USERS}/by/external_id/user-42/identity/facebook_id",
         answer={"identity": {"external_id": "user-42", "onesignal_id": ONESIGNAL_ID}},
         result_type=InlineResponse200,
         result={"identity": {"external_id": "user-42", "onesignal_id": ONESIGNAL_ID}}),
    Case("delete_player",
         lambda api: api.delete_player(APP_ID, PLAYER_ID),
         "DELETE", f"/players/{PLAYER_ID}", [("app_id", APP_ID)],
         answer={"success": True}, result_type=DeletePlayerSuccessResponse, result={"success": True}),
    Case("delete_segments",
         lambda api: api.delete_segments(APP_ID, SEGMENT_ID),
         "DELETE", f"/apps/{APP_ID}/segments/{SEGMENT_ID}",
         answer={"success": True}, result_type=DeleteSegmentSuccessResponse, result={"success": True}),
    Case("delete_subscription",
         lambda api: api.delete_subscription(APP_ID, SUBSCRIPTION_ID),
         "DELETE", f"{SUBSCRIPTIONS}/{SUBSCRIPTION_ID}", status=202),
    Case("delete_user",
         lambda api: api.delete_user(APP_ID, "external_id", "user/42 jane"),
         "DELETE", f"{USERS}/by/external_id/user%2F42%20jane"),
    Case("end_live_activity",
         lambda api: api.end_live_activity(APP_ID, ACTIVITY_ID, SUBSCRIPTION_ID),
         "DELETE", f"/apps/{APP_ID}/live_activities/{ACTIVITY_ID}/token/{SUBSCRIPTION_ID}", status=204),
    Case("export_events",
         lambda api: api.export_events(NOTIFICATION_ID, APP_ID),
         "POST", f"/notifications/{NOTIFICATION_ID}/export_events", [("app_id", APP_ID)],
         answer={"csv_file_url": f"https://onesignal.s3.amazonaws.com/csv_exports/{APP_ID}/events.csv.gz"},
         result_type=ExportEventsSuccessResponse,
         result={"csv_file_url": f"https://onesignal.s3.amazonaws.com/csv_exports/{APP_ID}/events.csv.gz"}),
    Case("export_players",
         lambda api: api.export_players(APP_ID, export_players_request_body=ExportPlayersRequestBody(
             extra_fields=["country", "notification_types", "external_user_id"], last_active_since="1714557600",
             segment_name="Active Users")),
         "POST", "/players/csv_export", [("app_id", APP_ID)],
         body={"extra_fields": ["country", "notification_types", "external_user_id"],
               "last_active_since": "1714557600", "segment_name": "Active Users"},
         answer={"csv_file_url": f"https://onesignal.s3.amazonaws.com/csv_exports/{APP_ID}/users.csv.gz"},
         result_type=ExportPlayersSuccessResponse,
         result={"csv_file_url": f"https://onesignal.s3.amazonaws.com/csv_exports/{APP_ID}/users.csv.gz"}),
    Case("fetch_aliases",
         lambda api: api.fetch_aliases(APP_ID, SUBSCRIPTION_ID),
         "GET", f"{SUBSCRIPTIONS}/{SUBSCRIPTION_ID}/user/identity",
         answer={"identity": IDENTITY}, result_type=UserIdentityResponse, result={"identity": IDENTITY}),
    Case("fetch_user",
         lambda api: api.fetch_user(APP_ID, "onesignal_id", ONESIGNAL_ID),
         "GET", f"{USERS}/by/onesignal_id/{ONESIGNAL_ID}",
         answer=USER_WIRE, result_type=User, result=USER_WIRE, check=check_user),
    Case("fetch_user_identity",
         lambda api: api.fetch_user_identity(APP_ID, "external_id", "user-42"),
         "GET", f"{USERS}/by/external_id/user-42/identity",
         answer={"identity": IDENTITY}, result_type=InlineResponse200, result={"identity": IDENTITY}),
    Case("get_app",
         lambda api: api.get_app(APP_ID),
         "GET", f"/apps/{APP_ID}", key=USER_KEY,
         answer=APP_WIRE, result_type=App, result=APP_RESULT, check=check_app_dates),
    Case("get_apps",
         lambda api: api.get_apps(),
         "GET", "/apps", key=USER_KEY,
         answer=[APP_WIRE, APP_2_WIRE], result_type=Apps, result=[APP_RESULT, APP_2_RESULT], check=check_apps),
    Case("get_eligible_iams",
         lambda api: api.get_eligible_iams(APP_ID, SUBSCRIPTION_ID),
         "GET", f"{SUBSCRIPTIONS}/{SUBSCRIPTION_ID}/iams",
         answer={"in_app_messages": [
             {"id": "b7c3d9e1-2f4a-4b6c-8d0e-1f2a3b4c5d6e", "name": "Spring sale",
              "triggers": [[{"kind": "session_time", "operator": ">", "value": 30}]],
              "variants": {"all": {"default": "c1d2e3f4"}}},
             {"id": "c8d4e0f2-3a5b-4c7d-9e1f-2a3b4c5d6e7f", "name": "Welcome", "triggers": [], "variants": {}}]},
         result_type=InlineResponse2003,
         result={"in_app_messages": [
             {"id": "b7c3d9e1-2f4a-4b6c-8d0e-1f2a3b4c5d6e", "name": "Spring sale",
              "triggers": [[{"kind": "session_time", "operator": ">", "value": 30}]],
              "variants": {"all": {"default": "c1d2e3f4"}}},
             {"id": "c8d4e0f2-3a5b-4c7d-9e1f-2a3b4c5d6e7f", "name": "Welcome", "triggers": [], "variants": {}}]}),
    Case("get_notification",
         lambda api: api.get_notification(APP_ID, NOTIFICATION_ID),
         "GET", f"/notifications/{NOTIFICATION_ID}", [("app_id", APP_ID)],
         answer=NOTIFICATION_WIRE, result_type=NotificationWithMeta, result=NOTIFICATION_RESULT,
         check=check_notification),
    Case("get_notification_history",
         lambda api: api.get_notification_history(NOTIFICATION_ID, GetNotificationRequestBody(
             events="clicked", email="ops@acme.example", app_id=APP_ID)),
         "POST", f"/notifications/{NOTIFICATION_ID}/history",
         body={"events": "clicked", "email": "ops@acme.example", "app_id": APP_ID},
         answer={"success": True,
                 "destination_url": f"https://onesignal-aws-link.example/{NOTIFICATION_ID}_clicked.csv"},
         result_type=NotificationHistorySuccessResponse,
         result={"success": True,
                 "destination_url": f"https://onesignal-aws-link.example/{NOTIFICATION_ID}_clicked.csv"}),
    Case("get_notifications",
         lambda api: api.get_notifications(APP_ID, limit=2, offset=0, kind=1),
         "GET", "/notifications", [("app_id", APP_ID), ("limit", "2"), ("offset", "0"), ("kind", "1")],
         answer={"total_count": 1042, "offset": 0, "limit": 2,
                 "notifications": [NOTIFICATION_WIRE, EMAIL_NOTIFICATION_WIRE]},
         result_type=NotificationSlice,
         result={"total_count": 1042, "offset": 0, "limit": 2,
                 "notifications": [NOTIFICATION_RESULT, EMAIL_NOTIFICATION_WIRE]},
         check=check_notification_slice),
    Case("get_outcomes",
         lambda api: api.get_outcomes(APP_ID, "os__click.count,os__session_duration.sum",
                                      outcome_names2=["Purchase, EU.sum", "Signup.count"],
                                      outcome_time_range="1mo", outcome_platforms="0,1",
                                      outcome_attribution="direct"),
         "GET", f"/apps/{APP_ID}/outcomes",
         [("outcome_names", "os__click.count,os__session_duration.sum"), ("outcome_names[]", "Purchase, EU.sum"),
          ("outcome_names[]", "Signup.count"), ("outcome_time_range", "1mo"), ("outcome_platforms", "0,1"),
          ("outcome_attribution", "direct")],
         answer={"outcomes": [{"id": "os__click", "value": 1204, "aggregation": "count"},
                              {"id": "os__session_duration", "value": 98213, "aggregation": "sum"},
                              {"id": "Purchase, EU", "value": 4410, "aggregation": "sum"},
                              {"id": "Signup", "value": 37, "aggregation": "count"}]},
         result_type=OutcomesData,
         result={"outcomes": [{"id": "os__click", "value": 1204, "aggregation": "count"},
                              {"id": "os__session_duration", "value": 98213, "aggregation": "sum"},
                              {"id": "Purchase, EU", "value": 4410, "aggregation": "sum"},
                              {"id": "Signup", "value": 37, "aggregation": "count"}]},
         check=lambda r: check_types(r.outcomes, [OutcomeData] * 4)),
    Case("get_player",
         lambda api: api.get_player(APP_ID, PLAYER_ID, email_auth_hash="9f86d081884c7d659a2feaa0c55ad015"),
         "GET", f"/players/{PLAYER_ID}",
         [("app_id", APP_ID), ("email_auth_hash", "9f86d081884c7d659a2feaa0c55ad015")],
         answer=ANDROID_PLAYER_WIRE, result_type=Player, result=ANDROID_PLAYER_WIRE),
    Case("get_players",
         lambda api: api.get_players(APP_ID, limit=300, offset=0),
         "GET", "/players", [("app_id", APP_ID), ("limit", "300"), ("offset", "0")],
         answer={"total_count": 2, "offset": 0, "limit": 300, "players": [ANDROID_PLAYER_WIRE, EMAIL_PLAYER_WIRE]},
         result_type=PlayerSlice,
         result={"total_count": 2, "offset": 0, "limit": 300, "players": [ANDROID_PLAYER_WIRE, EMAIL_PLAYER_WIRE]},
         check=lambda r: check_types(r.players, [Player, Player])),
    Case("identify_user_by_alias",
         lambda api: api.identify_user_by_alias(APP_ID, "external_id", "user-42",
                                                UserIdentityRequestBody(identity={"facebook_id": "fb-778"})),
         "PATCH", f"{USERS}/by/external_id/user-42/identity", body={"identity": {"facebook_id": "fb-778"}},
         answer={"identity": IDENTITY}, result_type=InlineResponse200, result={"identity": IDENTITY}),
    Case("identify_user_by_subscription_id",
         lambda api: api.identify_user_by_subscription_id(APP_ID, SUBSCRIPTION_ID,
                                                          {"identity": {"external_id": "user-42"}}),
         "PATCH", f"{SUBSCRIPTIONS}/{SUBSCRIPTION_ID}/user/identity", body={"identity": {"external_id": "user-42"}},
         answer={"identity": IDENTITY}, result_type=UserIdentityResponse, result={"identity": IDENTITY}),
    Case("transfer_subscription",
         lambda api: api.transfer_subscription(APP_ID, SUBSCRIPTION_ID,
                                               TransferSubscriptionRequestBody(identity={"external_id": "user-77"})),
         "PATCH", f"{SUBSCRIPTIONS}/{SUBSCRIPTION_ID}/owner", body={"identity": {"external_id": "user-77"}},
         answer={"identity": {"external_id": "user-77", "onesignal_id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"}},
         result_type=UserIdentityResponse,
         result={"identity": {"external_id": "user-77", "onesignal_id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"}}),
    Case("update_app",
         lambda api: api.update_app(APP_ID, {"name": "Acme Shop", "site_name": "Acme",
                                             "chrome_web_origin": "https://acme.example"}),
         "PUT", f"/apps/{APP_ID}", key=USER_KEY,
         body={"name": "Acme Shop", "site_name": "Acme", "chrome_web_origin": "https://acme.example"},
         answer=APP_WIRE, result_type=App, result=APP_RESULT, check=check_app_dates),
    Case("update_live_activity",
         lambda api: api.update_live_activity(APP_ID, ACTIVITY_ID, UpdateLiveActivityRequest(
             name="contents", event="update", event_updates={"status": "out_for_delivery", "eta_minutes": 12},
             dismiss_at=1714590000)),
         "POST", f"/apps/{APP_ID}/live_activities/{ACTIVITY_ID}/notifications",
         body={"name": "contents", "event": "update",
               "event_updates": {"status": "out_for_delivery", "eta_minutes": 12}, "dismiss_at": 1714590000},
         answer={"notification_id": NOTIFICATION_ID_2, "errors": {"invalid_player_ids": [PLAYER_ID_2]}},
         result_type=UpdateLiveActivitySuccessResponse,
         result={"notification_id": NOTIFICATION_ID_2, "errors": {"invalid_player_ids": [PLAYER_ID_2]}},
         check=lambda r: check_types([r.errors], [Notification200Errors])),
    Case("update_player",
         lambda api: api.update_player(PLAYER_ID, Player(device_type=1, app_id=APP_ID, language="fr",
                                                         tags={"level": "8"}, session_count=13)),
         "PUT", f"/players/{PLAYER_ID}",
         body={"device_type": 1, "app_id": APP_ID, "language": "fr", "tags": {"level": "8"}, "session_count": 13},
         answer={"success": True}, result_type=UpdatePlayerSuccessResponse, result={"success": True}),
    Case("update_player_tags",
         lambda api: api.update_player_tags(APP_ID, "jane@acme.example",
                                            update_player_tags_request_body=UpdatePlayerTagsRequestBody(
                                                tags={"level": "8", "old_tag": ""})),
         "PUT", f"/apps/{APP_ID}/users/jane%40acme.example", body={"tags": {"level": "8", "old_tag": ""}},
         answer={"success": True}, result_type=UpdatePlayerTagsSuccessResponse, result={"success": True}),
    Case("update_subscription",
         lambda api: api.update_subscription(APP_ID, SUBSCRIPTION_ID, UpdateSubscriptionRequestBody(
             subscription={"enabled": False, "notification_types": -2})),
         "PATCH", f"{SUBSCRIPTIONS}/{SUBSCRIPTION_ID}",
         body={"subscription": {"enabled": False, "notification_types": -2}}, status=202),
    Case("update_user",
         lambda api: api.update_user(APP_ID, "external_id", "user-42", UpdateUserRequest(
             properties=PropertiesObject(language="fr", tags={"plan": "pro", "level": "8"}),
             refresh_device_metadata=True,
             deltas=PropertiesDeltas(session_time=60, session_count=1,
                                     purchases=[Purchase(sku="SKU-GEMS-500", amount="4.99", iso="EUR", count=2)]))),
         "PATCH", f"{USERS}/by/external_id/user-42",
         body={"properties": {"language": "fr", "tags": {"plan": "pro", "level": "8"}},
               "refresh_device_metadata": True,
               "deltas": {"session_time": 60, "session_count": 1,
                          "purchases": [{"sku": "SKU-GEMS-500", "amount": "4.99", "iso": "EUR", "count": 2}]}},
         status=202, answer={"properties": PROPERTIES_WIRE}, result_type=InlineResponse202,
         result={"properties": PROPERTIES_WIRE},
         check=lambda r: check_types([r.properties, *r.properties.purchases],
                                     [PropertiesObject, Purchase, Purchase])),
]


def test_cases_cover_every_endpoint_of_the_2x_line_once() -> None:
    """The 2.x line's 37 operations are here; test_api_5x.py covers the 5.x line's 59 the same way."""
    facts = json.loads((Path(__file__).parent / "facts" / "onesignal-openapi-1.4.1.json").read_text())
    declared = sorted(v.name for v in vars(E).values() if isinstance(v, Endpoint) and v.name in facts["operations"])
    names = [c.name for c in CASES]
    assert len(names) == len(set(names)) == 37
    assert sorted(names) == declared
    assert all(callable(getattr(DefaultApi, name, None)) for name in names)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_endpoint(case: Case, api: DefaultApi, server: LoopbackServer) -> None:
    server.answer(case.status, case.answer)
    result = case.call(api)
    assert len(server.requests) == 1
    assert_wire(server.last, case.method, case.path, case.query, case.key, case.body)
    if case.result_type is None:
        assert result is None
    else:
        assert type(result) is case.result_type
        assert result.to_dict() == case.result
    if case.check is not None:
        case.check(result)


VOID_CASES = [c for c in CASES if c.result_type is None]


def test_void_endpoints_are_the_five_of_the_reference() -> None:
    assert sorted(c.name for c in VOID_CASES) == [
        "begin_live_activity", "delete_subscription", "delete_user", "end_live_activity", "update_subscription"]


@pytest.mark.parametrize("case", VOID_CASES, ids=[c.name for c in VOID_CASES])
def test_void_endpoint_returns_none_even_with_an_answer_body(case: Case, api: DefaultApi,
                                                              server: LoopbackServer) -> None:
    server.answer(200, {"success": True})
    assert case.call(api) is None
    assert_wire(server.last, case.method, case.path, case.query, case.key, case.body)


# --------------------------------------------------------------------------------------------------------------
# Path parameters are percent-encoded, one path segment each
# --------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, encoded", [
    ("user/42 jane", "user%2F42%20jane"),
    ("a?b#c", "a%3Fb%23c"),
    ("50%+off&x=1", "50%25%2Boff%26x%3D1"),
    ("josé", "jos%C3%A9"),
    ("jane@acme.example", "jane%40acme.example"),
    ("a;b,c:d", "a%3Bb%2Cc%3Ad"),
], ids=["slash-space", "question-hash", "percent-plus-amp-eq", "unicode", "at-sign", "sub-delims"])
def test_path_params_are_quoted(value: str, encoded: str, api: DefaultApi, server: LoopbackServer) -> None:
    api.delete_alias(APP_ID, value, value, value)
    assert_wire(server.last, "DELETE", f"{USERS}/by/{encoded}/{encoded}/identity/{encoded}", [], APP_KEY)
    server.answer(204)
    api.end_live_activity(APP_ID, value, value)
    assert_wire(server.last, "DELETE", f"/apps/{APP_ID}/live_activities/{encoded}/token/{encoded}", [], APP_KEY)
    server.answer(200, {"success": True})
    api.update_player_tags(APP_ID, value)
    assert_wire(server.last, "PUT", f"/apps/{APP_ID}/users/{encoded}", [], APP_KEY)


@pytest.mark.parametrize("value", [".", ".."], ids=["dot", "dot-dot"])
def test_dot_segment_path_param_never_reaches_another_path(value: str, api: DefaultApi,
                                                           server: LoopbackServer) -> None:
    """An id of '.' or '..' must stay inside its own path segment.

    Sent unescaped, urllib3 removes dot segments, so delete_subscription(app, '..') would become
    ``DELETE /apps/<app>/``. Correct is either refusing the value before sending (ApiValueError naming the
    argument) or escaping the dots (``%2E``) so the request keeps its path.
    """
    server.answer(202)
    try:
        api.delete_subscription(APP_ID, value)
    except onesignal.ApiValueError as exc:
        assert "subscription_id" in str(exc)
        assert server.requests == []
    else:
        escaped = "%2E" * len(value)
        assert server.last.method == "DELETE"
        assert server.last.path.upper() == f"{SUBSCRIPTIONS}/{escaped}".upper()


# --------------------------------------------------------------------------------------------------------------
# Query parameters
# --------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("names2, pairs", [
    ("Purchase, EU.sum", [("outcome_names[]", "Purchase, EU.sum")]),
    (["Purchase, EU.sum"], [("outcome_names[]", "Purchase, EU.sum")]),
    (["a.count", "b.sum", "c&d=e.count"], [("outcome_names[]", "a.count"), ("outcome_names[]", "b.sum"),
                                           ("outcome_names[]", "c&d=e.count")]),
    (None, []),
], ids=["one-string", "list-of-one", "list-of-three", "absent"])
def test_get_outcomes_outcome_names2_pairs(names2: Any, pairs: List[Tuple[str, str]], api: DefaultApi,
                                           server: LoopbackServer) -> None:
    server.answer(200, {"outcomes": []})
    result = api.get_outcomes(APP_ID, "os__click.count", outcome_names2=names2)
    assert type(result) is OutcomesData and result.outcomes == []
    assert_wire(server.last, "GET", f"/apps/{APP_ID}/outcomes", [("outcome_names", "os__click.count")] + pairs,
                APP_KEY)


def test_app_id_query_with_reserved_characters_is_one_pair(api: DefaultApi, server: LoopbackServer) -> None:
    odd = "app id?x=1&y=2"
    api.export_events(NOTIFICATION_ID, odd)
    assert_wire(server.last, "POST", f"/notifications/{NOTIFICATION_ID}/export_events", [("app_id", odd)], APP_KEY)
    api.export_players(odd)
    assert_wire(server.last, "POST", "/players/csv_export", [("app_id", odd)], APP_KEY)


# --------------------------------------------------------------------------------------------------------------
# Optional bodies: no body, no Content-Type
# --------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("call, method, path, query, answer, result_type", [
    (lambda api: api.create_segments(APP_ID), "POST", f"/apps/{APP_ID}/segments", [],
     {"success": True, "id": SEGMENT_ID}, CreateSegmentSuccessResponse),
    (lambda api: api.export_players(APP_ID), "POST", "/players/csv_export", [("app_id", APP_ID)],
     {"csv_file_url": "https://onesignal.s3.amazonaws.com/csv_exports/x.csv.gz"}, ExportPlayersSuccessResponse),
    (lambda api: api.update_player_tags(APP_ID, "user-42"), "PUT", f"/apps/{APP_ID}/users/user-42", [],
     {"success": True}, UpdatePlayerTagsSuccessResponse),
], ids=["create_segments", "export_players", "update_player_tags"])
def test_optional_body_left_out(call: Callable[[DefaultApi], Any], method: str, path: str,
                                query: List[Tuple[str, str]], answer: Any, result_type: type, api: DefaultApi,
                                server: LoopbackServer) -> None:
    server.answer(200, answer)
    result = call(api)
    assert_wire(server.last, method, path, query, APP_KEY)  # no body, no Content-Type
    assert type(result) is result_type and result.to_dict() == answer


# --------------------------------------------------------------------------------------------------------------
# create_notification: idempotency key, dict input, the two shapes of "errors"
# --------------------------------------------------------------------------------------------------------------

def test_create_notification_adds_a_fresh_uuid4_key_and_leaves_the_notification_alone(
        api: DefaultApi, server: LoopbackServer) -> None:
    notification = new_notification()
    before = notification.to_dict()
    api.create_notification(notification)
    api.create_notification(notification)
    first, second = (r.json["idempotency_key"] for r in server.requests)
    for key in (first, second):
        assert UUID4.match(key)
        assert uuid.UUID(key).version == 4
    assert first != second  # one key per call
    for rec in server.requests:
        assert_wire(rec, "POST", "/notifications", [], APP_KEY, {**NEW_NOTIFICATION_WIRE, "idempotency_key": Uuid4()})
    assert notification.idempotency_key is None
    assert "idempotency_key" not in notification
    assert notification.to_dict() == before


def test_create_notification_sends_the_callers_key_as_is(api: DefaultApi, server: LoopbackServer) -> None:
    notification = new_notification(idempotency_key="order-1042-shipped")
    api.create_notification(notification)
    assert_wire(server.last, "POST", "/notifications", [], APP_KEY,
                {**NEW_NOTIFICATION_WIRE, "idempotency_key": "order-1042-shipped"})
    assert notification.idempotency_key == "order-1042-shipped"


@pytest.mark.parametrize("given", [
    {"app_id": APP_ID, "contents": {"en": "Hi", "zh_hans": "你好"}, "is_ios": True, "ios_badge_type": "Increase",
     "include_aliases": {"external_id": ["user-42"]}, "target_channel": "push"},
    {"app_id": APP_ID, "contents": {"en": "Hi", "zh-Hans": "你好"}, "isIos": True, "ios_badgeType": "Increase",
     "include_aliases": {"external_id": ["user-42"]}, "target_channel": "push"},
], ids=["attribute-names", "wire-names"])
def test_create_notification_accepts_a_dict(given: Dict[str, Any], api: DefaultApi, server: LoopbackServer) -> None:
    server.answer(200, {"id": NOTIFICATION_ID, "recipients": 1, "external_id": None})
    result = api.create_notification(given)
    assert_wire(server.last, "POST", "/notifications", [], APP_KEY, {
        "app_id": APP_ID, "contents": {"en": "Hi", "zh-Hans": "你好"}, "isIos": True, "ios_badgeType": "Increase",
        "include_aliases": {"external_id": ["user-42"]}, "target_channel": "push", "idempotency_key": Uuid4()})
    assert "idempotency_key" not in given
    assert type(result) is CreateNotificationSuccessResponse
    assert result.to_dict() == {"id": NOTIFICATION_ID, "recipients": 1, "external_id": None}


def test_create_notification_no_subscribers_errors_list(api: DefaultApi, server: LoopbackServer) -> None:
    server.answer(200, {"id": "", "recipients": 0, "errors": ["All included players are not subscribed"]})
    result = api.create_notification(new_notification())
    assert type(result) is CreateNotificationSuccessResponse
    assert result.id == "" and result.recipients == 0
    assert type(result.errors) is NoSubscribersError
    assert isinstance(result.errors, list)
    assert list(result.errors) == ["All included players are not subscribed"]
    assert result.to_dict() == {"id": "", "recipients": 0, "errors": ["All included players are not subscribed"]}


def test_create_notification_invalid_player_ids_errors_object(api: DefaultApi, server: LoopbackServer) -> None:
    server.answer(200, {"id": "x", "recipients": 1, "errors": {"invalid_player_ids": ["p1"]}})
    result = api.create_notification(new_notification())
    assert type(result) is CreateNotificationSuccessResponse
    assert result.id == "x" and result.recipients == 1
    assert type(result.errors) is Notification200Errors
    assert result.errors.invalid_player_ids == ["p1"]
    assert result.errors.invalid_external_user_ids is None
    assert result.to_dict() == {"id": "x", "recipients": 1, "errors": {"invalid_player_ids": ["p1"]}}


# --------------------------------------------------------------------------------------------------------------
# Per-call options
# --------------------------------------------------------------------------------------------------------------

def test_return_http_data_only_false_gives_data_status_headers(api: DefaultApi, server: LoopbackServer) -> None:
    server.answer(201, {"success": True, "id": SEGMENT_ID}, {"X-Request-Id": "req-7f3a"})
    data, status, headers = api.create_segments(APP_ID, segment={"name": "VIP", "filters": []},
                                                _return_http_data_only=False)
    assert type(data) is CreateSegmentSuccessResponse
    assert data.to_dict() == {"success": True, "id": SEGMENT_ID}
    assert status == 201
    assert headers["X-Request-Id"] == "req-7f3a"
    assert headers["Content-Type"] == "application/json"
    assert_wire(server.last, "POST", f"/apps/{APP_ID}/segments", [], APP_KEY, {"name": "VIP", "filters": []})

    server.answer(202)
    assert api.delete_subscription(APP_ID, SUBSCRIPTION_ID, _return_http_data_only=False)[:2] == (None, 202)


# The class the README tells typed code to cast a raw response to: urllib3 2's BaseHTTPResponse, or on urllib3
# 1.26, which has no such base class, HTTPResponse.
RAW_RESPONSE = getattr(urllib3, "BaseHTTPResponse", urllib3.HTTPResponse)


def test_preload_content_false_gives_the_raw_response(api: DefaultApi, server: LoopbackServer) -> None:
    raw = b'{"identity": {"external_id": "user-42", "onesignal_id": "%s"}}' % ONESIGNAL_ID.encode()
    server.answer(200, raw)
    response = api.fetch_user_identity(APP_ID, "external_id", "user-42", _preload_content=False)
    assert isinstance(response, RAW_RESPONSE)
    assert response.status == 200
    assert response.data == raw
    assert_wire(server.last, "GET", f"{USERS}/by/external_id/user-42/identity", [], APP_KEY)

    server.answer(200, b"[]")
    response = api.get_apps(_preload_content=False)
    assert isinstance(response, RAW_RESPONSE)
    assert response.data == b"[]"
    assert_wire(server.last, "GET", "/apps", [], USER_KEY)


def test_async_req_returns_an_object_whose_get_gives_the_result(api: DefaultApi, server: LoopbackServer) -> None:
    server.answer(200, APP_WIRE)
    pending = api.get_app(APP_ID, async_req=True)
    app = pending.get(5)
    assert type(app) is App and app.to_dict() == APP_RESULT
    assert_wire(server.last, "GET", f"/apps/{APP_ID}", [], USER_KEY)

    server.answer(204)
    assert api.end_live_activity(APP_ID, ACTIVITY_ID, SUBSCRIPTION_ID, async_req=True).get(5) is None

    server.answer(404, {"errors": ["Player not found"]})
    failing = api.get_player(APP_ID, PLAYER_ID, async_req=True)
    with pytest.raises(onesignal.NotFoundException) as info:
        failing.get(5)
    assert info.value.status == 404
    assert len(server.requests) == 3


@pytest.mark.parametrize("timeout", [3, 2.5, (2, 3), (1.5, 2.5)], ids=["int", "float", "pair-int", "pair-float"])
def test_request_timeout_is_accepted(timeout: Any, api: DefaultApi, server: LoopbackServer) -> None:
    server.answer(200, {"success": True})
    result = api.delete_player(APP_ID, PLAYER_ID, _request_timeout=timeout)
    assert type(result) is DeletePlayerSuccessResponse and result.success is True
    assert_wire(server.last, "DELETE", f"/players/{PLAYER_ID}", [("app_id", APP_ID)], APP_KEY)


@pytest.mark.parametrize("timeout", [0.03, (2, 0.03)], ids=["number", "pair"])
def test_request_timeout_cuts_a_slow_answer(timeout: Any, api: DefaultApi, server: LoopbackServer) -> None:
    server.answer(200, {"success": True, "id": PLAYER_ID}, delay=0.3)
    with pytest.raises(onesignal.ApiTimeoutError):
        api.create_player(NEW_PLAYER, _request_timeout=timeout)
    assert len(server.requests) == 1  # a POST that may have been processed is not repeated


# --------------------------------------------------------------------------------------------------------------
# Bad input is refused before anything is sent
# --------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("call, error, message", [
    (lambda api: api.get_app(APP_ID, foo=1), onesignal.ApiTypeError,
     "get_app: got an unexpected keyword argument 'foo'"),
    (lambda api: api.get_notifications(APP_ID, limt=5), onesignal.ApiTypeError,
     "get_notifications: got an unexpected keyword argument 'limt'"),
    (lambda api: api.get_notifications(APP_ID, limit="10"), onesignal.ApiTypeError,
     "get_notifications.limit: expected int, got str"),
    (lambda api: api.get_players(APP_ID, offset=True), onesignal.ApiTypeError,
     "get_players.offset: expected int, got bool"),
    (lambda api: api.get_notifications(APP_ID, kind=2), onesignal.ApiValueError,
     "get_notifications.kind: 2 is not one of the allowed values: 0, 1, 3"),
    (lambda api: api.get_app(123), onesignal.ApiTypeError, "get_app.app_id: expected str, got int"),
    (lambda api: api.create_notification("hello"), onesignal.ApiTypeError,
     "create_notification.notification: expected Notification or dict, got str"),
    (lambda api: api.create_notification({"app_id": APP_ID, "contnts": {"en": "Hi"}}), onesignal.ApiTypeError,
     "create_notification.notification: unknown field 'contnts' (did you mean 'contents'?)"),
    (lambda api: api.create_notification({"app_id": APP_ID, "contents": {"en": 1}}), onesignal.ApiTypeError,
     "create_notification.notification.contents.en: expected str, got int"),
    (lambda api: api.update_live_activity(APP_ID, ACTIVITY_ID, {"name": "contents", "event": "pause",
                                                                "event_updates": {}}),
     onesignal.ApiValueError,
     "update_live_activity.update_live_activity_request.event: 'pause' is not one of the allowed values: "
     "'update', 'end'"),
    (lambda api: api.get_app(None), onesignal.ApiValueError, "get_app: the required argument 'app_id' is None"),
    (lambda api: api.create_notification(None), onesignal.ApiValueError,
     "create_notification: the required argument 'notification' is None"),
    (lambda api: api.fetch_user(APP_ID, "external_id", None), onesignal.ApiValueError,
     "fetch_user: the required argument 'alias_id' is None"),
    (lambda api: api.export_events(NOTIFICATION_ID, None), onesignal.ApiValueError,
     "export_events: the required argument 'app_id' is None"),
    (lambda api: api.get_outcomes(APP_ID, None), onesignal.ApiValueError,
     "get_outcomes: the required argument 'outcome_names' is None"),
], ids=["unknown-kw", "misspelt-kw", "limit-str", "offset-bool", "kind-enum", "app_id-int", "body-str",
        "body-unknown-field", "body-nested-type", "body-enum", "none-app_id", "none-body", "none-alias_id",
        "none-query-app_id", "none-outcome_names"])
def test_bad_input_is_refused_before_sending(call: Callable[[DefaultApi], Any], error: type, message: str,
                                             api: DefaultApi, server: LoopbackServer) -> None:
    with pytest.raises(error) as info:
        call(api)
    assert type(info.value) is error
    assert str(info.value) == message
    assert server.requests == []


# --------------------------------------------------------------------------------------------------------------
# Missing keys
# --------------------------------------------------------------------------------------------------------------

def _api_with(server: LoopbackServer, **keys: Any) -> Tuple[onesignal.ApiClient, DefaultApi]:
    client = onesignal.ApiClient(onesignal.Configuration(host=server.host, backoff_factor=0.01, timeout=(2, 5),
                                                         **keys))
    return client, DefaultApi(client)


USER_KEY_CALLS = {
    "create_app": lambda api: api.create_app(NEW_APP),
    "get_app": lambda api: api.get_app(APP_ID),
    "get_apps": lambda api: api.get_apps(),
    "update_app": lambda api: api.update_app(APP_ID, {"name": "Acme"}),
}
APP_KEY_CALLS = {
    "create_notification": lambda api: api.create_notification(new_notification()),
    "get_players": lambda api: api.get_players(APP_ID),
    "delete_user": lambda api: api.delete_user(APP_ID, "external_id", "user-42"),
    "export_events": lambda api: api.export_events(NOTIFICATION_ID, APP_ID),
}


@pytest.mark.parametrize("user_key", [None, ""], ids=["none", "empty"])
@pytest.mark.parametrize("name", sorted(USER_KEY_CALLS))
def test_missing_user_key_is_refused_before_sending(name: str, user_key: Optional[str],
                                                    server: LoopbackServer) -> None:
    client, api = _api_with(server, app_key=APP_KEY, user_key=user_key)
    with client:
        with pytest.raises(onesignal.ApiKeyError) as info:
            USER_KEY_CALLS[name](api)
        assert "user_key" in str(info.value)
        assert str(info.value).startswith(f"{name}: ")
        assert server.requests == []
        api.get_players(APP_ID)  # the app key still works
        assert_wire(server.last, "GET", "/players", [("app_id", APP_ID)], APP_KEY)


@pytest.mark.parametrize("app_key", [None, ""], ids=["none", "empty"])
@pytest.mark.parametrize("name", sorted(APP_KEY_CALLS))
def test_missing_app_key_is_refused_before_sending(name: str, app_key: Optional[str],
                                                   server: LoopbackServer) -> None:
    client, api = _api_with(server, app_key=app_key, user_key=USER_KEY)
    with client:
        with pytest.raises(onesignal.ApiKeyError) as info:
            APP_KEY_CALLS[name](api)
        assert "app_key" in str(info.value)
        assert str(info.value).startswith(f"{name}: ")
        assert server.requests == []
        server.answer(200, [])
        assert api.get_apps() == []  # the user key still works
        assert_wire(server.last, "GET", "/apps", [], USER_KEY)


ALL_ENDPOINTS = sorted((e for e in vars(E).values() if isinstance(e, Endpoint)), key=lambda e: e.name)


VALID_VALUES = {"str": "x", "int": 1, "bool": True, "List[str]": ["x"], "Union[str, List[str]]": "x",
                "datetime": dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)}


def _valid_arguments(endpoint: Endpoint) -> Dict[str, Any]:
    """Values of the right type for every argument (bodies are left empty: they are checked last)."""
    return {p.name: {} if p.location == "body" else p.enum[0] if p.enum else VALID_VALUES[p.type]
            for p in endpoint.params}


@pytest.mark.parametrize("endpoint", ALL_ENDPOINTS, ids=lambda e: e.name)
def test_every_method_refuses_an_unknown_keyword_before_sending(endpoint: Endpoint, api: DefaultApi,
                                                               server: LoopbackServer) -> None:
    with pytest.raises(onesignal.ApiTypeError) as info:
        getattr(api, endpoint.name)(**_valid_arguments(endpoint), bogus_option=1)
    assert str(info.value) == f"{endpoint.name}: got an unexpected keyword argument 'bogus_option'"
    assert server.requests == []


@pytest.mark.parametrize("endpoint, param", [(e, p) for e in ALL_ENDPOINTS for p in e.params],
                         ids=lambda v: getattr(v, "name", ""))
def test_every_argument_refuses_a_wrong_type_before_sending(endpoint: Endpoint, param: Any, api: DefaultApi,
                                                            server: LoopbackServer) -> None:
    arguments = _valid_arguments(endpoint)
    arguments[param.name] = 4.5 if param.type in ("str", "int") else 42
    with pytest.raises(onesignal.ApiTypeError) as info:
        getattr(api, endpoint.name)(**arguments)
    assert str(info.value).startswith(f"{endpoint.name}.{param.name}: expected ")
    assert str(info.value).endswith(", got float" if param.type in ("str", "int") else ", got int")
    assert server.requests == []


@pytest.mark.parametrize("endpoint", [e for e in ALL_ENDPOINTS if any(p.required for p in e.params)],
                         ids=lambda e: e.name)
def test_every_method_refuses_a_missing_required_argument_before_sending(endpoint: Endpoint, api: DefaultApi,
                                                                        server: LoopbackServer) -> None:
    missing = [p for p in endpoint.params if p.required][-1]
    arguments = {k: v for k, v in _valid_arguments(endpoint).items() if k != missing.name}
    if missing.aliases:  # a body with two keyword names (2.x and 5.x): the signature cannot require either
        names = " or ".join(repr(n) for n in (missing.name, *(a.name for a in missing.aliases)))
        with pytest.raises(onesignal.ApiValueError, match=f"the required argument {names} is None"):
            getattr(api, endpoint.name)(**arguments)
    else:
        with pytest.raises(TypeError, match=rf"missing 1 required positional argument: '{missing.name}'"):
            getattr(api, endpoint.name)(**arguments)
    assert server.requests == []


@pytest.mark.parametrize("data, error, message", [
    ({"ids": {1, 2}}, onesignal.ApiTypeError, "data.ids: set cannot be sent as JSON"),
    ({"price": float("nan")}, onesignal.ApiValueError, "data.price: nan cannot be sent: JSON has no NaN or infinity"),
    ({"at": dt.datetime(2026, 1, 1)}, onesignal.ApiValueError, "data.at: a datetime without a timezone is ambiguous"),
    ({1: "a", "1": "b"}, onesignal.ApiTypeError, "data: keys must be str, got int"),
    ({"n": 2 ** 63}, onesignal.ApiValueError, "data.n: 9223372036854775808 does not fit in the 64-bit integer"),
])
def test_a_body_json_cannot_carry_is_refused_before_sending(data: Dict[str, Any], error: type, message: str,
                                                            api: DefaultApi, server: LoopbackServer) -> None:
    with pytest.raises(error) as built:
        Notification(app_id=APP_ID, contents={"en": "x"}, data=data)
    assert str(built.value).startswith(f"Notification.{message}")
    with pytest.raises(error) as sent:
        api.create_notification({"app_id": APP_ID, "contents": {"en": "x"}, "data": data}, async_req=True)
    assert str(sent.value).startswith(f"create_notification.notification.{message}")
    assert server.requests == []


def test_deep_or_circular_data_is_refused_with_its_path(api: DefaultApi, server: LoopbackServer) -> None:
    deep: Dict[str, Any] = {}
    node = deep
    for _ in range(10_000):
        node["x"] = {}
        node = node["x"]
    circular: Dict[str, Any] = {}
    circular["self"] = circular
    for data in (deep, circular):
        with pytest.raises(onesignal.ApiValueError) as info:
            api.create_notification({"app_id": APP_ID, "contents": {"en": "x"}, "data": data})
        assert "nested deeper than 64 levels (or it contains itself)" in str(info.value)
        assert str(info.value).startswith("create_notification.notification.data.x" if data is deep
                                          else "create_notification.notification.data.self")
    assert server.requests == []


def test_more_ids_than_one_request_carries_are_refused_naming_the_batched_send(api: DefaultApi,
                                                                               server: LoopbackServer) -> None:
    too_many = [f"u-{i}" for i in range(20_001)]
    with pytest.raises(onesignal.ApiValueError) as info:
        api.create_notification({"app_id": APP_ID, "contents": {"en": "x"},
                                 "include_aliases": {"external_id": too_many[:15_000], "crm_id": too_many[15_000:]}})
    assert str(info.value) == ("create_notification.notification.include_aliases: at most 20000 items fit in one "
                               "request, got 20001; create_notification_batched sends to any number of external "
                               "ids in batches")
    with pytest.raises(onesignal.ApiValueError) as players:
        Notification(app_id=APP_ID, contents={"en": "x"}, include_player_ids=too_many[:2001])
    assert str(players.value).startswith("Notification.include_player_ids: at most 2000 items fit in one request")
    with pytest.raises(onesignal.ApiTypeError) as text:
        Notification(app_id=APP_ID, contents={"en": "x"}, include_aliases={"external_id": "c-1"})
    assert str(text.value) == "Notification.include_aliases.external_id: expected list, got str"
    assert server.requests == []


def test_default_headers_and_cookie_go_with_every_request(server: LoopbackServer) -> None:
    config = onesignal.Configuration(host=server.host, app_key=APP_KEY)
    with onesignal.ApiClient(config, header_name="X-Trace", header_value="t-1", cookie="session=abc") as client:
        client.set_default_header("X-Team", "growth")
        client.user_agent = "shop-backend/2.0"
        DefaultApi(client).get_players(APP_ID)
    headers = server.last.headers
    assert (headers["X-Trace"], headers["X-Team"], headers["Cookie"], headers["User-Agent"]) == (
        "t-1", "growth", "session=abc", "shop-backend/2.0")
