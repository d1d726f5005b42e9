"""The 59 operations of the 5.x SDK line (onesignal-python-api 5.18.0), called on our ``DefaultApi`` over HTTP.

Each case is a call as 5.x user code writes it (same method, same arguments in the same places; bodies as plain
dicts, which 5.18.0 accepts too) and the request 5.18.0 itself put on the wire for that very call, recorded
against a loopback server: method, raw path (percent-encoding included), query pairs, JSON body and the key that
signs it. Our SDK must send the same request.

Query pairs are compared without regard to the order of *different* names: 5.18.0 sends the optional arguments
first, in the order the caller happened to write its keywords, and the required ones last, so its order carries
no meaning. Pairs that share a name (repeated list parameters) keep their order. Bodies are compared as JSON
values with their types (``1`` is not ``1.0``, ``true`` is not ``1``); spacing and key order do not matter.

Deliberate differences from 5.18.0 (not encoded here; see the tests at the end): a path argument of ``..``
(5.18.0 lets urllib3 drop it from the path), a naive datetime (5.18.0 sends it without an offset, we refuse it),
and ``create_notification`` without an ``idempotency_key`` (we add one, 5.18.0 does not).
"""
from __future__ import annotations

import copy
import datetime as dt
import importlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Sequence, Tuple

import pytest

import onesignal
from loopback import LoopbackServer, Recorded
from onesignal.api.default_api import DefaultApi

UTC = dt.timezone.utc
REST_KEY = "rest-key-5x-0123456789"
ORG_KEY = "org-key-5x-9876543210"
REST = "rest"
ORG = "org"
CURRENT_API = Path("/work/shared/reference/current-api.md")
UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")

APP_ID = "3beb3078-e0f1-4629-af17-fde833b9f716"
APP_ID_2 = "5eb5a37e-b458-11e3-ac11-000c2940e62c"
NOTIFICATION_ID = "c9e7f1b2-6a0d-4f3e-9b1a-2d5e8f7c4a10"
SUBSCRIPTION_ID = "e9f0a1b2-3c4d-4e5f-8a9b-0c1d2e3f4a5b"
SEGMENT_ID = "f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b"
ONESIGNAL_ID = "7c0b6b5a-1e2f-4d3c-9b8a-7f6e5d4c3b2a"
TEMPLATE_ID = "9a7c3e51-2b4d-4f6a-8c1e-3d5b7f9a1c2e"
JOURNEY_ID = "4d2c6b8a-0e1f-4a3b-9c5d-7e6f8a9b0c1d"
NODE_ID = "b3a2c1d0-e9f8-4a7b-8c6d-5e4f3a2b1c0d"
TOKEN_ID = "6e5d4c3b-2a1f-4e0d-9c8b-7a6f5e4d3c2b"
ORG_ID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
IOS_TOKEN = "ce777617da7f548fe7a9ab6febb56cf39fba6d382000c0395666288d961ee566"

# A deliberate difference: 5.18.0 writes a boolean query value with Python's str() ("True"/"False"); we send
# the JSON/OpenAPI spelling, "true"/"false", which every server reads as a boolean (a Rails-style parser would
# read "False" as true).
QUERY_TRUE = "true"
QUERY_FALSE = "false"

# The 5.x parameters of each operation: (required, in order; optional, keyword-only in 5.18.0).
SIGNATURES: Dict[str, Tuple[Tuple[str, ...], Tuple[str, ...]]] = {
    "cancel_notification": (("app_id", "notification_id"), ()),
    "copy_template_to_app": (("template_id", "app_id", "copy_template_request"), ()),
    "create_alias_by_subscription": (("app_id", "subscription_id", "user_identity_body"), ()),
    "create_alias": (("app_id", "alias_label", "alias_id", "user_identity_body"), ()),
    "create_api_key": (("app_id", "create_api_key_request"), ()),
    "create_app": (("app",), ()),
    "create_custom_events": (("app_id", "custom_events_request"), ()),
    "create_journey": (("app_id", "create_journey_request"), ()),
    "create_notification": (("notification",), ()),
    "create_segment": (("app_id",), ("segment",)),
    "create_subscription": (("app_id", "alias_label", "alias_id", "subscription_body"), ()),
    "create_template": (("create_template_request",), ()),
    "create_user": (("app_id", "user"), ()),
    "delete_alias": (("app_id", "alias_label", "alias_id", "alias_label_to_delete"), ()),
    "delete_api_key": (("app_id", "token_id"), ()),
    "delete_journey": (("app_id", "journey_id"), ()),
    "delete_segment": (("app_id", "segment_id"), ()),
    "delete_subscription": (("app_id", "subscription_id"), ()),
    "delete_template": (("template_id", "app_id"), ()),
    "delete_user": (("app_id", "alias_label", "alias_id"), ()),
    "duplicate_journey": (("app_id", "journey_id"), ("duplicate_journey_request",)),
    "estimate_notification_recipients": (("estimate_notification_recipients_request",), ()),
    "export_events": (("notification_id", "app_id"), ()),
    "export_subscriptions": (("app_id",), ("export_subscriptions_request_body",)),
    "get_aliases_by_subscription": (("app_id", "subscription_id"), ()),
    "get_aliases": (("app_id", "alias_label", "alias_id"), ()),
    "get_app": (("app_id",), ()),
    "get_apps": ((), ()),
    "get_email_provider_metrics": (("app_id", "domain", "start", "end"), ()),
    "get_email_provider_metrics_timeseries": (("app_id", "domain", "start", "end", "granularity"), ("providers",)),
    "get_email_reputation": (("app_id",), ()),
    "get_notification": (("app_id", "notification_id"), ()),
    "get_notification_history": (("notification_id", "get_notification_history_request_body"), ()),
    "get_notifications": (("app_id",), ("limit", "offset", "kind", "time_offset")),
    "get_outcomes": (("app_id", "outcome_names"),
                     ("outcome_names2", "outcome_time_range", "outcome_platforms", "outcome_attribution")),
    "get_segment": (("app_id", "segment_id"), ("include_segment_detail",)),
    "get_segments": (("app_id",), ("offset", "limit")),
    "get_user": (("app_id", "alias_label", "alias_id"), ()),
    "list_audit_logs": (("organization_id",),
                        ("start_time", "end_time", "cursor", "limit", "app_ids", "actions", "actor_ids",
                         "actor_emails", "target_types", "target_ids", "ip_addresses")),
    "rotate_api_key": (("app_id", "token_id"), ()),
    "start_live_activity": (("app_id", "activity_type", "start_live_activity_request"), ()),
    "transfer_subscription": (("app_id", "subscription_id", "transfer_subscription_request_body"), ()),
    "unsubscribe_email_with_token": (("app_id", "notification_id", "token"), ()),
    "update_api_key": (("app_id", "token_id", "update_api_key_request"), ()),
    "update_app": (("app_id", "app"), ()),
    "update_journey": (("app_id", "journey_id", "update_journey_request"), ()),
    "update_journey_node": (("app_id", "journey_id", "node_id", "update_journey_node_request"), ()),
    "update_live_activity": (("app_id", "activity_id", "update_live_activity_request"), ()),
    "update_segment": (("app_id", "segment_id"), ("update_segment_request",)),
    "update_subscription_by_token": (("app_id", "token_type", "token", "subscription_body"), ()),
    "update_subscription": (("app_id", "subscription_id", "subscription_body"), ()),
    "update_template": (("template_id", "app_id", "update_template_request"), ()),
    "update_user": (("app_id", "alias_label", "alias_id", "update_user_request"), ()),
    "view_api_keys": (("app_id",), ()),
    "view_journey": (("app_id", "journey_id"), ()),
    "view_journey_stats": (("app_id", "journey_id"), ()),
    "view_journeys": (("app_id",), ("cursor", "limit")),
    "view_template": (("template_id", "app_id"), ()),
    "view_templates": (("app_id",), ("limit", "offset", "channel")),
}


@dataclass
class Wire:
    """One request as it must arrive: ``body`` None means no body at all."""

    method: str
    path: str
    query: Sequence[Tuple[str, str]] = ()
    body: Any = None
    key: str = REST


@dataclass
class Case:
    """A 5.x call (operation, positional arguments, keyword arguments) and the request it must send."""

    operation: str
    args: Tuple[Any, ...]
    kwargs: Dict[str, Any]
    wire: Wire
    label: str = ""

    @property
    def id(self) -> str:
        return f"{self.operation}-{self.label}" if self.label else self.operation

    def all_keywords(self) -> Dict[str, Any]:
        """The same call with every argument given by its 5.x name."""
        required, _ = SIGNATURES[self.operation]
        assert len(self.args) <= len(required)
        return {**dict(zip(required, self.args)), **self.kwargs}


def by_name(pairs: Sequence[Tuple[str, str]]) -> List[Tuple[str, str]]:
    """Pairs grouped by name, keeping the order of the pairs within one name."""
    return sorted(((str(k), str(v)) for k, v in pairs), key=lambda pair: pair[0])


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def assert_request(rec: Recorded, wire: Wire) -> None:
    """The recorded request is the expected one."""
    headers = {k.lower(): v for k, v in rec.headers.items()}
    assert (rec.method, rec.path) == (wire.method, wire.path)
    assert by_name(rec.query) == by_name(wire.query)
    assert headers.get("authorization") == f"Key {REST_KEY if wire.key == REST else ORG_KEY}"
    if wire.body is None:
        assert rec.raw_body == b""
    else:
        assert headers.get("content-type") == "application/json"
        assert rec.json == wire.body
        assert canonical(rec.json) == canonical(wire.body)  # same JSON types, too


# --------------------------------------------------------------------------------------------------------------
# Bodies, in wire form (what 5.18.0 sent)
# --------------------------------------------------------------------------------------------------------------

API_KEY_REQUEST = {"name": "ci-deploy", "ip_allowlist_mode": "explicit",
                   "ip_allowlist": ["203.0.113.7", "198.51.100.0/24"]}
NEW_APP = {"name": "Acme Shop", "site_name": "Acme", "chrome_web_origin": "https://acme.example",
           "additional_data_is_root_payload": False}
CUSTOM_EVENTS_WIRE = {"events": [
    {"name": "purchase", "external_id": "user-42", "timestamp": "2024-05-01T10:30:15+00:00",
     "payload": {"sku": "SKU-1", "amount": 4.99, "items": [1, 2]}},
    {"name": "login", "onesignal_id": ONESIGNAL_ID},
]}
NEW_JOURNEY = {
    "name": "Welcome series", "description": "New users",
    "audience": {"kind": "segment", "included_segment_ids": [SEGMENT_ID]},
    "reentry_rules": {"duration_seconds": 86400},
    "schedule": {"start_at": "2024-06-01T00:00:00Z"},
    "nodes": [{"kind": "wait", "client_node_id": "n1", "duration_seconds": 3600},
              {"kind": "send_push", "client_node_id": "n2", "template_id": TEMPLATE_ID}],
}
NOTIFICATION = {
    "app_id": APP_ID, "contents": {"en": "Your order has shipped", "fr": "Commande expédiée"},
    "headings": {"en": "Acme"}, "include_aliases": {"external_id": ["customer-1042"]}, "target_channel": "push",
    "data": {"order_id": 1042}, "idempotency_key": "order-1042-shipped", "ttl": 3600,
    "filters": [{"field": "tag", "key": "level", "relation": ">", "value": "10"}],
}
NEW_SEGMENT = {"name": "VIP", "filters": [
    {"field": "tag", "key": "vip", "relation": "=", "value": "1"},
    {"operator": "OR"},
    {"field": "session_count", "relation": ">", "value": "5"},
]}
NEW_SUBSCRIPTION = {"subscription": {"type": "iOSPush", "token": IOS_TOKEN, "enabled": True,
                                     "notification_types": 1, "app_version": "5.2.0"}}
NEW_TEMPLATE = {"app_id": APP_ID, "name": "Shipping", "contents": {"en": "Shipped {{ order }}"},
                "headings": {"en": "Acme"}, "isEmail": False}
NEW_USER = {"properties": {"language": "en", "tags": {"plan": "pro"}, "lat": 48.85, "long": 2.35},
            "identity": {"external_id": "user-42"},
            "subscriptions": [{"type": "Email", "token": "jane@acme.example"}]}
JOURNEY_COPY = {"overrides": {"name": "Welcome series (copy)", "description": None}}
ESTIMATE_REQUEST = {"app_id": APP_ID, "included_segments": ["Active Users"], "excluded_segments": ["Churned"],
                    "target_channel": "push"}
EXPORT_REQUEST = {"extra_fields": ["external_user_id", "location"], "last_active_since": "1714521600",
                  "segment_name": "VIP"}
HISTORY_REQUEST = {"events": "clicked", "email": "ops@acme.example", "app_id": APP_ID}
LIVE_ACTIVITY_START = {
    "name": "order-1042", "event": "start", "activity_id": "order-1042-delivery",
    "event_attributes": {"order": "1042"}, "event_updates": {"status": "packed", "eta_minutes": 45},
    "contents": {"en": "Packed"}, "headings": {"en": "Order 1042"}, "stale_date": 1714600000, "priority": 10,
    "include_aliases": {"external_id": ["customer-1042"]},
}
JOURNEY_UPDATE = {"name": "Welcome v2", "state": "active", "concurrency_key": "ck-1"}
NODE_UPDATE = {"duration_seconds": 7200, "relative_to": "last_active_time",
               "windows": [{"start": {"hour": 9, "minute": 0}, "end": {"hour": 17}, "day_of_week": 1}],
               "expiration": {"duration_seconds": 600, "exits": True}}
LIVE_ACTIVITY_UPDATE = {"name": "contents", "event": "update", "event_updates": {"status": "out_for_delivery"},
                        "contents": {"en": "Out for delivery"}, "dismissal_date": 1714610000, "priority": 5}
SEGMENT_UPDATE = {"name": "VIP+", "filters": [{"field": "tag", "key": "vip", "relation": "exists"}]}
TEMPLATE_UPDATE = {"name": "Shipping v2", "isSMS": True, "contents": {"en": "Hi"}}
USER_UPDATE = {"properties": {"language": "fr", "tags": {"level": "8"}}, "refresh_device_metadata": True,
               "deltas": {"session_count": 1,
                          "purchases": [{"sku": "SKU-1", "amount": "4.99", "iso": "EUR", "count": 2}]}}

MAY_1 = dt.datetime(2024, 5, 1, tzinfo=UTC)
MAY_8 = dt.datetime(2024, 5, 8, tzinfo=UTC)
USERS = f"/apps/{APP_ID}/users/by"
METRICS = f"/apps/{APP_ID}/email_analytics"

# --------------------------------------------------------------------------------------------------------------
# One case per operation: required arguments by position, optional ones by keyword, as 5.x code does
# --------------------------------------------------------------------------------------------------------------

CASES: List[Case] = [
    Case("cancel_notification", (APP_ID, NOTIFICATION_ID), {},
         Wire("DELETE", f"/notifications/{NOTIFICATION_ID}", [("app_id", APP_ID)])),
    Case("copy_template_to_app", (TEMPLATE_ID, APP_ID, {"target_app_id": APP_ID_2}), {},
         Wire("POST", f"/templates/{TEMPLATE_ID}/copy_to_app", [("app_id", APP_ID)],
              body={"target_app_id": APP_ID_2}, key=ORG)),
    Case("create_alias_by_subscription", (APP_ID, SUBSCRIPTION_ID, {"identity": {"external_id": "user-42"}}), {},
         Wire("PATCH", f"/apps/{APP_ID}/subscriptions/{SUBSCRIPTION_ID}/user/identity",
              body={"identity": {"external_id": "user-42"}})),
    Case("create_alias", (APP_ID, "external_id", "user-42", {"identity": {"crm_id": "CRM-7", "email_key": "jane"}}),
         {}, Wire("PATCH", f"{USERS}/external_id/user-42/identity",
                  body={"identity": {"crm_id": "CRM-7", "email_key": "jane"}})),
    Case("create_api_key", (APP_ID, API_KEY_REQUEST), {},
         Wire("POST", f"/apps/{APP_ID}/auth/tokens", body=API_KEY_REQUEST, key=ORG)),
    Case("create_app", (NEW_APP,), {}, Wire("POST", "/apps", body=NEW_APP, key=ORG)),
    Case("create_custom_events", (APP_ID, {"events": [
        {"name": "purchase", "external_id": "user-42", "timestamp": dt.datetime(2024, 5, 1, 10, 30, 15, tzinfo=UTC),
         "payload": {"sku": "SKU-1", "amount": 4.99, "items": [1, 2]}},
        {"name": "login", "onesignal_id": ONESIGNAL_ID},
    ]}), {}, Wire("POST", f"/apps/{APP_ID}/custom_events", body=CUSTOM_EVENTS_WIRE)),
    Case("create_journey", (APP_ID, NEW_JOURNEY), {}, Wire("POST", f"/apps/{APP_ID}/journeys", body=NEW_JOURNEY)),
    Case("create_notification", (NOTIFICATION,), {}, Wire("POST", "/notifications", body=NOTIFICATION)),
    Case("create_segment", (APP_ID,), {"segment": NEW_SEGMENT},
         Wire("POST", f"/apps/{APP_ID}/segments", body=NEW_SEGMENT)),
    Case("create_subscription", (APP_ID, "external_id", "user-42", NEW_SUBSCRIPTION), {},
         Wire("POST", f"{USERS}/external_id/user-42/subscriptions", body=NEW_SUBSCRIPTION)),
    Case("create_template", (NEW_TEMPLATE,), {}, Wire("POST", "/templates", body=NEW_TEMPLATE)),
    Case("create_user", (APP_ID, NEW_USER), {}, Wire("POST", f"/apps/{APP_ID}/users", body=NEW_USER)),
    Case("delete_alias", (APP_ID, "external_id", "user-42", "crm_id"), {},
         Wire("DELETE", f"{USERS}/external_id/user-42/identity/crm_id")),
    Case("delete_api_key", (APP_ID, TOKEN_ID), {},
         Wire("DELETE", f"/apps/{APP_ID}/auth/tokens/{TOKEN_ID}", key=ORG)),
    Case("delete_journey", (APP_ID, JOURNEY_ID), {}, Wire("DELETE", f"/apps/{APP_ID}/journeys/{JOURNEY_ID}")),
    Case("delete_segment", (APP_ID, SEGMENT_ID), {}, Wire("DELETE", f"/apps/{APP_ID}/segments/{SEGMENT_ID}")),
    Case("delete_subscription", (APP_ID, SUBSCRIPTION_ID), {},
         Wire("DELETE", f"/apps/{APP_ID}/subscriptions/{SUBSCRIPTION_ID}")),
    Case("delete_template", (TEMPLATE_ID, APP_ID), {},
         Wire("DELETE", f"/templates/{TEMPLATE_ID}", [("app_id", APP_ID)])),
    Case("delete_user", (APP_ID, "onesignal_id", ONESIGNAL_ID), {},
         Wire("DELETE", f"{USERS}/onesignal_id/{ONESIGNAL_ID}")),
    Case("duplicate_journey", (APP_ID, JOURNEY_ID), {"duplicate_journey_request": JOURNEY_COPY},
         Wire("POST", f"/apps/{APP_ID}/journeys/{JOURNEY_ID}/duplicate", body=JOURNEY_COPY)),
    Case("estimate_notification_recipients", (ESTIMATE_REQUEST,), {},
         Wire("POST", "/notifications/count-unsaved", body=ESTIMATE_REQUEST)),
    Case("export_events", (NOTIFICATION_ID, APP_ID), {},
         Wire("POST", f"/notifications/{NOTIFICATION_ID}/export_events", [("app_id", APP_ID)])),
    Case("export_subscriptions", (APP_ID,), {"export_subscriptions_request_body": EXPORT_REQUEST},
         Wire("POST", "/players/csv_export", [("app_id", APP_ID)], body=EXPORT_REQUEST)),
    Case("get_aliases_by_subscription", (APP_ID, SUBSCRIPTION_ID), {},
         Wire("GET", f"/apps/{APP_ID}/subscriptions/{SUBSCRIPTION_ID}/user/identity")),
    Case("get_aliases", (APP_ID, "external_id", "user-42"), {},
         Wire("GET", f"{USERS}/external_id/user-42/identity")),
    Case("get_app", (APP_ID,), {}, Wire("GET", f"/apps/{APP_ID}", key=ORG)),
    Case("get_apps", (), {}, Wire("GET", "/apps", key=ORG)),
    Case("get_email_provider_metrics", (APP_ID, "acme.example", MAY_1, dt.datetime(2024, 5, 8, 12, 30, tzinfo=UTC)),
         {}, Wire("GET", f"{METRICS}/provider_metrics",
                  [("domain", "acme.example"), ("start", "2024-05-01T00:00:00+00:00"),
                   ("end", "2024-05-08T12:30:00+00:00")])),
    Case("get_email_provider_metrics_timeseries", (APP_ID, "acme.example", MAY_1, MAY_8, "daily"),
         {"providers": ["gmail", "outlook"]},
         Wire("GET", f"{METRICS}/provider_metrics_timeseries",
              [("domain", "acme.example"), ("start", "2024-05-01T00:00:00+00:00"),
               ("end", "2024-05-08T00:00:00+00:00"), ("granularity", "daily"),
               ("providers[]", "gmail"), ("providers[]", "outlook")])),
    Case("get_email_reputation", (APP_ID,), {}, Wire("GET", f"{METRICS}/delivery_metrics")),
    Case("get_notification", (APP_ID, NOTIFICATION_ID), {},
         Wire("GET", f"/notifications/{NOTIFICATION_ID}", [("app_id", APP_ID)])),
    Case("get_notification_history", (NOTIFICATION_ID, HISTORY_REQUEST), {},
         Wire("POST", f"/notifications/{NOTIFICATION_ID}/history", body=HISTORY_REQUEST)),
    Case("get_notifications", (APP_ID,), {"limit": 50, "offset": 0, "kind": 1, "time_offset": "2024-05-01T00:00:00Z"},
         Wire("GET", "/notifications", [("app_id", APP_ID), ("limit", "50"), ("offset", "0"), ("kind", "1"),
                                        ("time_offset", "2024-05-01T00:00:00Z")])),
    Case("get_outcomes", (APP_ID, "os__click.count"),
         {"outcome_names2": "os__session_duration.sum", "outcome_time_range": "1d", "outcome_platforms": "0,1",
          "outcome_attribution": "direct"},
         Wire("GET", f"/apps/{APP_ID}/outcomes",
              [("outcome_names", "os__click.count"), ("outcome_names[]", "os__session_duration.sum"),
               ("outcome_time_range", "1d"), ("outcome_platforms", "0,1"), ("outcome_attribution", "direct")])),
    Case("get_segment", (APP_ID, SEGMENT_ID), {"include_segment_detail": True},
         Wire("GET", f"/apps/{APP_ID}/segments/{SEGMENT_ID}", [("include-segment-detail", QUERY_TRUE)])),
    Case("get_segments", (APP_ID,), {"offset": 0, "limit": 300},
         Wire("GET", f"/apps/{APP_ID}/segments", [("offset", "0"), ("limit", "300")])),
    Case("get_user", (APP_ID, "external_id", "user-42"), {}, Wire("GET", f"{USERS}/external_id/user-42")),
    Case("list_audit_logs", (ORG_ID,),
         {"start_time": "2024-05-01T00:00:00Z", "end_time": "2024-05-08T00:00:00Z", "cursor": "eyJwIjoyfQ",
          "limit": 100, "app_ids": [APP_ID, APP_ID_2], "actions": ["app.update", "api_key.rotate"],
          "actor_ids": ["u-1"], "actor_emails": ["ops@acme.example", "dev@acme.example"],
          "target_types": ["app"], "target_ids": [APP_ID], "ip_addresses": ["203.0.113.7"]},
         Wire("GET", f"/organizations/{ORG_ID}/audit_logs",
              [("start_time", "2024-05-01T00:00:00Z"), ("end_time", "2024-05-08T00:00:00Z"),
               ("cursor", "eyJwIjoyfQ"), ("limit", "100"), ("app_ids", APP_ID), ("app_ids", APP_ID_2),
               ("actions", "app.update"), ("actions", "api_key.rotate"), ("actor_ids", "u-1"),
               ("actor_emails", "ops@acme.example"), ("actor_emails", "dev@acme.example"),
               ("target_types", "app"), ("target_ids", APP_ID), ("ip_addresses", "203.0.113.7")], key=ORG)),
    Case("rotate_api_key", (APP_ID, TOKEN_ID), {},
         Wire("POST", f"/apps/{APP_ID}/auth/tokens/{TOKEN_ID}/rotate", key=ORG)),
    Case("start_live_activity", (APP_ID, "OrderAttributes", LIVE_ACTIVITY_START), {},
         Wire("POST", f"/apps/{APP_ID}/activities/activity/OrderAttributes", body=LIVE_ACTIVITY_START)),
    Case("transfer_subscription", (APP_ID, SUBSCRIPTION_ID, {"identity": {"external_id": "user-77"}}), {},
         Wire("PATCH", f"/apps/{APP_ID}/subscriptions/{SUBSCRIPTION_ID}/owner",
              body={"identity": {"external_id": "user-77"}})),
    Case("unsubscribe_email_with_token", (APP_ID, NOTIFICATION_ID, "tok_7f3a9c"), {},
         Wire("POST", f"/apps/{APP_ID}/notifications/{NOTIFICATION_ID}/unsubscribe", [("token", "tok_7f3a9c")])),
    Case("update_api_key", (APP_ID, TOKEN_ID, {"name": "ci-deploy-2", "ip_allowlist_mode": "disabled"}), {},
         Wire("PATCH", f"/apps/{APP_ID}/auth/tokens/{TOKEN_ID}",
              body={"name": "ci-deploy-2", "ip_allowlist_mode": "disabled"}, key=ORG)),
    Case("update_app", (APP_ID, {"name": "Acme Shop", "site_name": "Acme 2"}), {},
         Wire("PUT", f"/apps/{APP_ID}", body={"name": "Acme Shop", "site_name": "Acme 2"}, key=ORG)),
    Case("update_journey", (APP_ID, JOURNEY_ID, JOURNEY_UPDATE), {},
         Wire("PATCH", f"/apps/{APP_ID}/journeys/{JOURNEY_ID}", body=JOURNEY_UPDATE)),
    Case("update_journey_node", (APP_ID, JOURNEY_ID, NODE_ID, NODE_UPDATE), {},
         Wire("PATCH", f"/apps/{APP_ID}/journeys/{JOURNEY_ID}/nodes/{NODE_ID}", body=NODE_UPDATE)),
    Case("update_live_activity", (APP_ID, "order-1042-delivery", LIVE_ACTIVITY_UPDATE), {},
         Wire("POST", f"/apps/{APP_ID}/live_activities/order-1042-delivery/notifications",
              body=LIVE_ACTIVITY_UPDATE)),
    Case("update_segment", (APP_ID, SEGMENT_ID), {"update_segment_request": SEGMENT_UPDATE},
         Wire("PATCH", f"/apps/{APP_ID}/segments/{SEGMENT_ID}", body=SEGMENT_UPDATE)),
    Case("update_subscription_by_token", (APP_ID, "iOSPush", IOS_TOKEN, {"subscription": {"enabled": False}}), {},
         Wire("PATCH", f"/apps/{APP_ID}/subscriptions_by_token/iOSPush/{IOS_TOKEN}",
              body={"subscription": {"enabled": False}})),
    Case("update_subscription",
         (APP_ID, SUBSCRIPTION_ID, {"subscription": {"enabled": False, "notification_types": -2}}), {},
         Wire("PATCH", f"/apps/{APP_ID}/subscriptions/{SUBSCRIPTION_ID}",
              body={"subscription": {"enabled": False, "notification_types": -2}})),
    Case("update_template", (TEMPLATE_ID, APP_ID, TEMPLATE_UPDATE), {},
         Wire("PATCH", f"/templates/{TEMPLATE_ID}", [("app_id", APP_ID)], body=TEMPLATE_UPDATE)),
    Case("update_user", (APP_ID, "external_id", "user-42", USER_UPDATE), {},
         Wire("PATCH", f"{USERS}/external_id/user-42", body=USER_UPDATE)),
    Case("view_api_keys", (APP_ID,), {}, Wire("GET", f"/apps/{APP_ID}/auth/tokens", key=ORG)),
    Case("view_journey", (APP_ID, JOURNEY_ID), {}, Wire("GET", f"/apps/{APP_ID}/journeys/{JOURNEY_ID}")),
    Case("view_journey_stats", (APP_ID, JOURNEY_ID), {},
         Wire("GET", f"/apps/{APP_ID}/journeys/{JOURNEY_ID}/stats")),
    Case("view_journeys", (APP_ID,), {"cursor": "c2", "limit": 20},
         Wire("GET", f"/apps/{APP_ID}/journeys", [("cursor", "c2"), ("limit", "20")])),
    Case("view_template", (TEMPLATE_ID, APP_ID), {}, Wire("GET", f"/templates/{TEMPLATE_ID}", [("app_id", APP_ID)])),
    Case("view_templates", (APP_ID,), {"limit": 10, "offset": 20, "channel": "email"},
         Wire("GET", "/templates", [("app_id", APP_ID), ("limit", "10"), ("offset", "20"), ("channel", "email")])),
]

# --------------------------------------------------------------------------------------------------------------
# More facts of 5.18.0's wire: path encoding, optional arguments left out, falsy values, list and date queries
# --------------------------------------------------------------------------------------------------------------

MORE_CASES: List[Case] = [
    Case("get_user", (APP_ID, "external_id", "user/42 jane"), {},
         Wire("GET", f"{USERS}/external_id/user%2F42%20jane"), "path-slash-space"),
    Case("delete_alias", (APP_ID, "a?b#c", "50%+off&x=1", "josé"), {},
         Wire("DELETE", f"{USERS}/a%3Fb%23c/50%25%2Boff%26x%3D1/identity/jos%C3%A9"), "path-reserved-unicode"),
    Case("get_aliases", (APP_ID, "email", "jane@acme.example"), {},
         Wire("GET", f"{USERS}/email/jane%40acme.example/identity"), "path-at-sign"),
    Case("get_user", (APP_ID, "a;b,c:d", "x=y+z"), {},
         Wire("GET", f"{USERS}/a%3Bb%2Cc%3Ad/x%3Dy%2Bz"), "path-sub-delims"),
    Case("update_subscription_by_token",
         (APP_ID, "ChromePush", "https://fcm.googleapis.com/x/y z", {"subscription": {"enabled": True}}), {},
         Wire("PATCH", f"/apps/{APP_ID}/subscriptions_by_token/ChromePush/https%3A%2F%2Ffcm.googleapis.com%2Fx%2Fy%20z",
              body={"subscription": {"enabled": True}}), "path-token-url"),
    Case("export_subscriptions", ("app id?x=1&y=2",), {},
         Wire("POST", "/players/csv_export", [("app_id", "app id?x=1&y=2")]), "query-app-id-reserved"),
    Case("export_events", (NOTIFICATION_ID, "app id?x=1&y=2"), {},
         Wire("POST", f"/notifications/{NOTIFICATION_ID}/export_events", [("app_id", "app id?x=1&y=2")]),
         "query-app-id-reserved"),
    Case("create_segment", (APP_ID,), {}, Wire("POST", f"/apps/{APP_ID}/segments"), "no-body"),
    Case("duplicate_journey", (APP_ID, JOURNEY_ID), {},
         Wire("POST", f"/apps/{APP_ID}/journeys/{JOURNEY_ID}/duplicate"), "no-body"),
    Case("export_subscriptions", (APP_ID,), {}, Wire("POST", "/players/csv_export", [("app_id", APP_ID)]), "no-body"),
    Case("update_segment", (APP_ID, SEGMENT_ID), {}, Wire("PATCH", f"/apps/{APP_ID}/segments/{SEGMENT_ID}"),
         "no-body"),
    Case("get_segment", (APP_ID, SEGMENT_ID), {"include_segment_detail": False},
         Wire("GET", f"/apps/{APP_ID}/segments/{SEGMENT_ID}", [("include-segment-detail", QUERY_FALSE)]),
         "bool-false"),
    Case("get_segment", (APP_ID, SEGMENT_ID), {}, Wire("GET", f"/apps/{APP_ID}/segments/{SEGMENT_ID}"),
         "bool-absent"),
    Case("get_notifications", (APP_ID,), {"kind": 0},
         Wire("GET", "/notifications", [("app_id", APP_ID), ("kind", "0")]), "kind-zero"),
    Case("get_notifications", (APP_ID,), {"time_offset": "1714521600", "kind": 3, "limit": 5},
         Wire("GET", "/notifications", [("app_id", APP_ID), ("limit", "5"), ("kind", "3"),
                                        ("time_offset", "1714521600")]), "keywords-in-another-order"),
    Case("get_email_provider_metrics",
         (APP_ID, "acme.example", dt.datetime(2024, 5, 1, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))),
          dt.datetime(2024, 5, 2, 8, 0, 5, 500000, tzinfo=UTC)), {},
         Wire("GET", f"{METRICS}/provider_metrics",
              [("domain", "acme.example"), ("start", "2024-05-01T08:00:00+02:00"),
               ("end", "2024-05-02T08:00:05.500000+00:00")]), "datetime-offset-microseconds"),
    Case("get_email_provider_metrics_timeseries", (APP_ID, "acme.example", MAY_1, MAY_8, "hourly"),
         {"providers": ["yahoo"]},
         Wire("GET", f"{METRICS}/provider_metrics_timeseries",
              [("domain", "acme.example"), ("start", "2024-05-01T00:00:00+00:00"),
               ("end", "2024-05-08T00:00:00+00:00"), ("granularity", "hourly"), ("providers[]", "yahoo")]),
         "providers-one"),
    Case("get_email_provider_metrics_timeseries", (APP_ID, "acme.example", MAY_1, MAY_8, "monthly"), {},
         Wire("GET", f"{METRICS}/provider_metrics_timeseries",
              [("domain", "acme.example"), ("start", "2024-05-01T00:00:00+00:00"),
               ("end", "2024-05-08T00:00:00+00:00"), ("granularity", "monthly")]), "providers-absent"),
    Case("list_audit_logs", (ORG_ID,), {"app_ids": ["a,b"], "actions": ["x&y=z"]},
         Wire("GET", f"/organizations/{ORG_ID}/audit_logs", [("app_ids", "a,b"), ("actions", "x&y=z")], key=ORG),
         "lists-reserved-characters"),
    Case("list_audit_logs", (ORG_ID,), {}, Wire("GET", f"/organizations/{ORG_ID}/audit_logs", key=ORG),
         "lists-absent"),
    Case("create_notification",
         ({"app_id": APP_ID, "contents": {"en": "Hi"}, "included_segments": ["All"],
           "send_after": dt.datetime(2024, 5, 1, 10, 0, tzinfo=UTC), "idempotency_key": "k1"},), {},
         Wire("POST", "/notifications",
              body={"app_id": APP_ID, "contents": {"en": "Hi"}, "included_segments": ["All"],
                    "send_after": "2024-05-01T10:00:00+00:00", "idempotency_key": "k1"}), "datetime-in-body"),
    Case("update_template", (TEMPLATE_ID, APP_ID, {"name": "Shipping v2", "is_sms": True, "is_email": False}), {},
         Wire("PATCH", f"/templates/{TEMPLATE_ID}", [("app_id", APP_ID)],
              body={"name": "Shipping v2", "isSMS": True, "isEmail": False}), "dict-with-attribute-names"),
]

ALL_CASES = CASES + MORE_CASES


@pytest.fixture(scope="module")
def loopback() -> Iterator[LoopbackServer]:
    with LoopbackServer() as server:
        yield server


@pytest.fixture
def server(loopback: LoopbackServer) -> LoopbackServer:
    loopback.requests.clear()
    loopback.answers.clear()
    return loopback


@pytest.fixture(scope="module")
def api5(loopback: LoopbackServer) -> Iterator[DefaultApi]:
    """Our SDK configured the way 5.x code configures it: the keys named rest_api_key and organization_api_key."""
    configuration = onesignal.Configuration(host=loopback.host, rest_api_key=REST_KEY, organization_api_key=ORG_KEY,
                                            retries=0, timeout=(2, 5))
    with onesignal.ApiClient(configuration) as client:
        yield DefaultApi(client)


def run(api: DefaultApi, server: LoopbackServer, operation: str, args: Tuple[Any, ...],
        kwargs: Dict[str, Any]) -> Recorded:
    """Call the operation with copies of the arguments (so nothing is shared with the expectations)."""
    method: Callable[..., Any] = getattr(api, operation)
    if operation == "get_apps":
        server.answer(200, [])  # the answer's shape must be the declared one: a list of apps
    method(*copy.deepcopy(args), **copy.deepcopy(kwargs))
    assert len(server.requests) == 1
    return server.last


@pytest.mark.parametrize("case", ALL_CASES, ids=[c.id for c in ALL_CASES])
def test_call_sends_what_5_18_sends(case: Case, api5: DefaultApi, server: LoopbackServer) -> None:
    assert_request(run(api5, server, case.operation, case.args, case.kwargs), case.wire)


@pytest.mark.parametrize("case", ALL_CASES, ids=[c.id for c in ALL_CASES])
def test_every_argument_as_a_keyword(case: Case, api5: DefaultApi, server: LoopbackServer) -> None:
    assert_request(run(api5, server, case.operation, (), case.all_keywords()), case.wire)


# --------------------------------------------------------------------------------------------------------------
# Bodies built from our models (with nested models) instead of dicts
# --------------------------------------------------------------------------------------------------------------

def _notification_from_models() -> Any:
    from onesignal.model.filter import Filter
    from onesignal.model.notification import Notification
    return Notification(app_id=APP_ID, contents={"en": "Your order has shipped", "fr": "Commande expédiée"},
                        headings={"en": "Acme"}, include_aliases={"external_id": ["customer-1042"]},
                        target_channel="push", data={"order_id": 1042}, idempotency_key="order-1042-shipped",
                        ttl=3600, filters=[Filter(field="tag", key="level", relation=">", value="10")])


def _segment_from_models() -> Any:
    from onesignal.model.filter import Filter
    from onesignal.model.operator import Operator
    from onesignal.model.segment import Segment
    return Segment(name="VIP", filters=[Filter(field="tag", key="vip", relation="=", value="1"),
                                        Operator(operator="OR"),
                                        Filter(field="session_count", relation=">", value="5")])


def _user_from_models() -> Any:
    from onesignal.model.properties_object import PropertiesObject
    from onesignal.model.subscription_object import SubscriptionObject
    from onesignal.model.user import User
    return User(properties=PropertiesObject(language="en", tags={"plan": "pro"}, lat=48.85, long=2.35),
                identity={"external_id": "user-42"},
                subscriptions=[SubscriptionObject(type="Email", token="jane@acme.example")])


def _user_update_from_models() -> Any:
    from onesignal.model.properties_deltas import PropertiesDeltas
    from onesignal.model.properties_object import PropertiesObject
    from onesignal.model.purchase import Purchase
    from onesignal.model.update_user_request import UpdateUserRequest
    return UpdateUserRequest(properties=PropertiesObject(language="fr", tags={"level": "8"}),
                             refresh_device_metadata=True,
                             deltas=PropertiesDeltas(session_count=1, purchases=[
                                 Purchase(sku="SKU-1", amount="4.99", iso="EUR", count=2)]))


def _app_from_models() -> Any:
    from onesignal.model.app import App
    return App(name="Acme Shop", site_name="Acme", chrome_web_origin="https://acme.example",
               additional_data_is_root_payload=False)


def _transfer_from_models() -> Any:
    from onesignal.model.transfer_subscription_request_body import TransferSubscriptionRequestBody
    return TransferSubscriptionRequestBody(identity={"external_id": "user-77"})


def _export_from_models() -> Any:
    from onesignal.model.export_players_request_body import ExportPlayersRequestBody
    return ExportPlayersRequestBody(extra_fields=["external_user_id", "location"], last_active_since="1714521600",
                                    segment_name="VIP")


def _history_from_models() -> Any:
    from onesignal.model.get_notification_request_body import GetNotificationRequestBody
    return GetNotificationRequestBody(events="clicked", email="ops@acme.example", app_id=APP_ID)


def _subscription_body_5x() -> Any:
    from onesignal.model.subscription import Subscription
    from onesignal.model.subscription_body import SubscriptionBody
    return SubscriptionBody(subscription=Subscription(type="iOSPush", token=IOS_TOKEN, enabled=True,
                                                      notification_types=1, app_version="5.2.0"))


def _identity_body_5x() -> Any:
    from onesignal.model.identity_object import IdentityObject
    from onesignal.model.user_identity_body import UserIdentityBody
    return UserIdentityBody(identity=IdentityObject(crm_id="CRM-7", email_key="jane"))


def _user_5x() -> Any:
    from onesignal.model.identity_object import IdentityObject
    from onesignal.model.properties_object import PropertiesObject
    from onesignal.model.subscription import Subscription
    from onesignal.model.user import User
    return User(properties=PropertiesObject(language="en", tags={"plan": "pro"}, lat=48.85, long=2.35),
                identity=IdentityObject(external_id="user-42"),
                subscriptions=[Subscription(type="Email", token="jane@acme.example")])


def _notification_5x() -> Any:
    from onesignal.model.filter import Filter
    from onesignal.model.include_aliases import IncludeAliases
    from onesignal.model.language_string_map import LanguageStringMap
    from onesignal.model.notification import Notification
    return Notification(app_id=APP_ID,
                        contents=LanguageStringMap(en="Your order has shipped", fr="Commande expédiée"),
                        headings=LanguageStringMap(en="Acme"),
                        include_aliases=IncludeAliases(external_id=["customer-1042"]), target_channel="push",
                        data={"order_id": 1042}, idempotency_key="order-1042-shipped", ttl=3600,
                        filters=[Filter(field="tag", key="level", relation=">", value="10")])


def _custom_events_5x() -> Any:
    from onesignal.model.custom_event import CustomEvent
    from onesignal.model.custom_events_request import CustomEventsRequest
    return CustomEventsRequest(events=[
        CustomEvent(name="purchase", external_id="user-42", timestamp=dt.datetime(2024, 5, 1, 10, 30, 15, tzinfo=UTC),
                    payload={"sku": "SKU-1", "amount": 4.99, "items": [1, 2]}),
        CustomEvent(name="login", onesignal_id=ONESIGNAL_ID)])


def _journey_5x() -> Any:
    from onesignal.model.create_journey_request import CreateJourneyRequest
    from onesignal.model.journey_audience import JourneyAudience
    from onesignal.model.journey_node import JourneyNode
    from onesignal.model.journey_reentry_rules import JourneyReentryRules
    from onesignal.model.journey_schedule import JourneySchedule
    return CreateJourneyRequest(
        name="Welcome series", description="New users",
        audience=JourneyAudience(kind="segment", included_segment_ids=[SEGMENT_ID]),
        reentry_rules=JourneyReentryRules(duration_seconds=86400),
        schedule=JourneySchedule(start_at="2024-06-01T00:00:00Z"),
        nodes=[JourneyNode(kind="wait", client_node_id="n1", duration_seconds=3600),
               JourneyNode(kind="send_push", client_node_id="n2", template_id=TEMPLATE_ID)])


def _journey_node_update_5x() -> Any:
    from onesignal.model.journey_time_point import JourneyTimePoint
    from onesignal.model.journey_time_window import JourneyTimeWindow
    from onesignal.model.journey_wait_until_expiration import JourneyWaitUntilExpiration
    from onesignal.model.update_journey_node_request import UpdateJourneyNodeRequest
    return UpdateJourneyNodeRequest(
        duration_seconds=7200, relative_to="last_active_time",
        windows=[JourneyTimeWindow(start=JourneyTimePoint(hour=9, minute=0), end=JourneyTimePoint(hour=17),
                                   day_of_week=1)],
        expiration=JourneyWaitUntilExpiration(duration_seconds=600, exits=True))


def _live_activity_start_5x() -> Any:
    from onesignal.model.include_aliases import IncludeAliases
    from onesignal.model.language_string_map import LanguageStringMap
    from onesignal.model.start_live_activity_request import StartLiveActivityRequest
    return StartLiveActivityRequest(
        name="order-1042", event="start", activity_id="order-1042-delivery", event_attributes={"order": "1042"},
        event_updates={"status": "packed", "eta_minutes": 45}, contents=LanguageStringMap(en="Packed"),
        headings=LanguageStringMap(en="Order 1042"), stale_date=1714600000, priority=10,
        include_aliases=IncludeAliases(external_id=["customer-1042"]))


def _live_activity_update_5x() -> Any:
    from onesignal.model.language_string_map import LanguageStringMap
    from onesignal.model.update_live_activity_request import UpdateLiveActivityRequest
    return UpdateLiveActivityRequest(name="contents", event="update", event_updates={"status": "out_for_delivery"},
                                     contents=LanguageStringMap(en="Out for delivery"), dismissal_date=1714610000,
                                     priority=5)


def _template_5x() -> Any:
    from onesignal.model.create_template_request import CreateTemplateRequest
    from onesignal.model.language_string_map import LanguageStringMap
    return CreateTemplateRequest(app_id=APP_ID, name="Shipping", contents=LanguageStringMap(en="Shipped {{ order }}"),
                                 headings=LanguageStringMap(en="Acme"), is_email=False)


def _template_update_5x() -> Any:
    from onesignal.model.language_string_map import LanguageStringMap
    from onesignal.model.update_template_request import UpdateTemplateRequest
    return UpdateTemplateRequest(name="Shipping v2", is_sms=True, contents=LanguageStringMap(en="Hi"))


def _segment_update_5x() -> Any:
    from onesignal.model.filter import Filter
    from onesignal.model.update_segment_request import UpdateSegmentRequest
    return UpdateSegmentRequest(name="VIP+", filters=[Filter(field="tag", key="vip", relation="exists")])


def _journey_copy_5x() -> Any:
    from onesignal.model.duplicate_journey_overrides import DuplicateJourneyOverrides
    from onesignal.model.duplicate_journey_request import DuplicateJourneyRequest
    return DuplicateJourneyRequest(overrides=DuplicateJourneyOverrides(name="Welcome series (copy)",
                                                                       description=None))


def _simple_5x(module: str, class_name: str, /, **fields: Any) -> Callable[[], Any]:
    """A builder for a 5.x model without nested models: ``onesignal.model.<module>.<class_name>(**fields)``."""
    def build() -> Any:
        return getattr(importlib.import_module(f"onesignal.model.{module}"), class_name)(**fields)
    return build


MODEL_CASES: List[Tuple[str, Callable[[DefaultApi], Any], Wire]] = [
    ("create_notification", lambda api: api.create_notification(_notification_from_models()),
     Wire("POST", "/notifications", body=NOTIFICATION)),
    ("create_segment", lambda api: api.create_segment(APP_ID, segment=_segment_from_models()),
     Wire("POST", f"/apps/{APP_ID}/segments", body=NEW_SEGMENT)),
    ("create_user", lambda api: api.create_user(APP_ID, _user_from_models()),
     Wire("POST", f"/apps/{APP_ID}/users", body=NEW_USER)),
    ("update_user", lambda api: api.update_user(APP_ID, "external_id", "user-42", _user_update_from_models()),
     Wire("PATCH", f"{USERS}/external_id/user-42", body=USER_UPDATE)),
    ("create_app", lambda api: api.create_app(_app_from_models()), Wire("POST", "/apps", body=NEW_APP, key=ORG)),
    ("transfer_subscription",
     lambda api: api.transfer_subscription(APP_ID, SUBSCRIPTION_ID, _transfer_from_models()),
     Wire("PATCH", f"/apps/{APP_ID}/subscriptions/{SUBSCRIPTION_ID}/owner",
          body={"identity": {"external_id": "user-77"}})),
    ("export_subscriptions",
     lambda api: api.export_subscriptions(APP_ID, export_subscriptions_request_body=_export_from_models()),
     Wire("POST", "/players/csv_export", [("app_id", APP_ID)], body=EXPORT_REQUEST)),
    ("get_notification_history",
     lambda api: api.get_notification_history(NOTIFICATION_ID, _history_from_models()),
     Wire("POST", f"/notifications/{NOTIFICATION_ID}/history", body=HISTORY_REQUEST)),
]

# The same calls built with the 5.x models, the way the capture built them with 5.18.0's.
MODEL_CASES_5X: List[Tuple[str, Callable[[DefaultApi], Any], Wire]] = [
    ("copy_template_to_app", lambda api: api.copy_template_to_app(
        TEMPLATE_ID, APP_ID, _simple_5x("copy_template_request", "CopyTemplateRequest", target_app_id=APP_ID_2)()),
     Wire("POST", f"/templates/{TEMPLATE_ID}/copy_to_app", [("app_id", APP_ID)], body={"target_app_id": APP_ID_2},
          key=ORG)),
    ("create_alias", lambda api: api.create_alias(APP_ID, "external_id", "user-42", _identity_body_5x()),
     Wire("PATCH", f"{USERS}/external_id/user-42/identity",
          body={"identity": {"crm_id": "CRM-7", "email_key": "jane"}})),
    ("create_api_key", lambda api: api.create_api_key(APP_ID, _simple_5x(
        "create_api_key_request", "CreateApiKeyRequest", name="ci-deploy", ip_allowlist_mode="explicit",
        ip_allowlist=["203.0.113.7", "198.51.100.0/24"])()),
     Wire("POST", f"/apps/{APP_ID}/auth/tokens", body=API_KEY_REQUEST, key=ORG)),
    ("create_custom_events", lambda api: api.create_custom_events(APP_ID, _custom_events_5x()),
     Wire("POST", f"/apps/{APP_ID}/custom_events", body=CUSTOM_EVENTS_WIRE)),
    ("create_journey", lambda api: api.create_journey(APP_ID, _journey_5x()),
     Wire("POST", f"/apps/{APP_ID}/journeys", body=NEW_JOURNEY)),
    ("create_notification", lambda api: api.create_notification(_notification_5x()),
     Wire("POST", "/notifications", body=NOTIFICATION)),
    ("create_subscription",
     lambda api: api.create_subscription(APP_ID, "external_id", "user-42", _subscription_body_5x()),
     Wire("POST", f"{USERS}/external_id/user-42/subscriptions", body=NEW_SUBSCRIPTION)),
    ("create_template", lambda api: api.create_template(_template_5x()),
     Wire("POST", "/templates", body=NEW_TEMPLATE)),
    ("create_user", lambda api: api.create_user(APP_ID, _user_5x()),
     Wire("POST", f"/apps/{APP_ID}/users", body=NEW_USER)),
    ("duplicate_journey",
     lambda api: api.duplicate_journey(APP_ID, JOURNEY_ID, duplicate_journey_request=_journey_copy_5x()),
     Wire("POST", f"/apps/{APP_ID}/journeys/{JOURNEY_ID}/duplicate", body=JOURNEY_COPY)),
    ("estimate_notification_recipients", lambda api: api.estimate_notification_recipients(_simple_5x(
        "estimate_notification_recipients_request", "EstimateNotificationRecipientsRequest", app_id=APP_ID,
        included_segments=["Active Users"], excluded_segments=["Churned"], target_channel="push")()),
     Wire("POST", "/notifications/count-unsaved", body=ESTIMATE_REQUEST)),
    ("export_subscriptions", lambda api: api.export_subscriptions(
        APP_ID, export_subscriptions_request_body=_simple_5x(
            "export_subscriptions_request_body", "ExportSubscriptionsRequestBody",
            extra_fields=["external_user_id", "location"], last_active_since="1714521600", segment_name="VIP")()),
     Wire("POST", "/players/csv_export", [("app_id", APP_ID)], body=EXPORT_REQUEST)),
    ("get_notification_history", lambda api: api.get_notification_history(NOTIFICATION_ID, _simple_5x(
        "get_notification_history_request_body", "GetNotificationHistoryRequestBody", events="clicked",
        email="ops@acme.example", app_id=APP_ID)()),
     Wire("POST", f"/notifications/{NOTIFICATION_ID}/history", body=HISTORY_REQUEST)),
    ("start_live_activity",
     lambda api: api.start_live_activity(APP_ID, "OrderAttributes", _live_activity_start_5x()),
     Wire("POST", f"/apps/{APP_ID}/activities/activity/OrderAttributes", body=LIVE_ACTIVITY_START)),
    ("update_api_key", lambda api: api.update_api_key(APP_ID, TOKEN_ID, _simple_5x(
        "update_api_key_request", "UpdateApiKeyRequest", name="ci-deploy-2", ip_allowlist_mode="disabled")()),
     Wire("PATCH", f"/apps/{APP_ID}/auth/tokens/{TOKEN_ID}",
          body={"name": "ci-deploy-2", "ip_allowlist_mode": "disabled"}, key=ORG)),
    ("update_journey", lambda api: api.update_journey(APP_ID, JOURNEY_ID, _simple_5x(
        "update_journey_request", "UpdateJourneyRequest", name="Welcome v2", state="active",
        concurrency_key="ck-1")()),
     Wire("PATCH", f"/apps/{APP_ID}/journeys/{JOURNEY_ID}", body=JOURNEY_UPDATE)),
    ("update_journey_node",
     lambda api: api.update_journey_node(APP_ID, JOURNEY_ID, NODE_ID, _journey_node_update_5x()),
     Wire("PATCH", f"/apps/{APP_ID}/journeys/{JOURNEY_ID}/nodes/{NODE_ID}", body=NODE_UPDATE)),
    ("update_live_activity",
     lambda api: api.update_live_activity(APP_ID, "order-1042-delivery", _live_activity_update_5x()),
     Wire("POST", f"/apps/{APP_ID}/live_activities/order-1042-delivery/notifications", body=LIVE_ACTIVITY_UPDATE)),
    ("update_segment",
     lambda api: api.update_segment(APP_ID, SEGMENT_ID, update_segment_request=_segment_update_5x()),
     Wire("PATCH", f"/apps/{APP_ID}/segments/{SEGMENT_ID}", body=SEGMENT_UPDATE)),
    ("update_subscription_by_token", lambda api: api.update_subscription_by_token(
        APP_ID, "iOSPush", IOS_TOKEN, _simple_5x("subscription_body", "SubscriptionBody",
                                                 subscription={"enabled": False})()),
     Wire("PATCH", f"/apps/{APP_ID}/subscriptions_by_token/iOSPush/{IOS_TOKEN}",
          body={"subscription": {"enabled": False}})),
    ("update_template", lambda api: api.update_template(TEMPLATE_ID, APP_ID, _template_update_5x()),
     Wire("PATCH", f"/templates/{TEMPLATE_ID}", [("app_id", APP_ID)], body=TEMPLATE_UPDATE)),
]


@pytest.mark.parametrize("call, wire", [(c, w) for _, c, w in MODEL_CASES + MODEL_CASES_5X],
                         ids=[n for n, _, _ in MODEL_CASES] + [f"{n}-5x-models" for n, _, _ in MODEL_CASES_5X])
def test_bodies_from_our_models(call: Callable[[DefaultApi], Any], wire: Wire, api5: DefaultApi,
                                server: LoopbackServer) -> None:
    call(api5)
    assert len(server.requests) == 1
    assert_request(server.last, wire)


# --------------------------------------------------------------------------------------------------------------
# Coverage of the table, and where we differ from 5.18.0 on purpose
# --------------------------------------------------------------------------------------------------------------

def operations_of_the_reference() -> List[str]:
    """First column of the operations table in current-api.md, or our own list when the file is absent."""
    if not CURRENT_API.exists():
        return sorted(SIGNATURES)
    names = []
    for line in CURRENT_API.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^\|\s*([a-z_0-9]+)\s*\|\s*(GET|POST|PUT|PATCH|DELETE)\s", line)
        if match:
            names.append(match.group(1))
    return sorted(names)


def test_every_operation_of_the_reference_has_a_case() -> None:
    operations = operations_of_the_reference()
    assert len(operations) == len(set(operations)) == 59
    assert operations == sorted(SIGNATURES)
    assert sorted(c.operation for c in CASES) == operations  # exactly one main case each
    assert {c.operation for c in MORE_CASES} <= set(operations)


def test_create_notification_without_a_key_gets_one(api5: DefaultApi, server: LoopbackServer) -> None:
    """5.18.0 sends the body as given; we add an idempotency key so that a retry cannot send twice."""
    given = {"app_id": APP_ID, "contents": {"en": "Hi"}, "included_segments": ["All"]}
    recorded = run(api5, server, "create_notification", (given,), {})
    sent = recorded.json
    assert UUID4.match(sent.pop("idempotency_key"))
    assert sent == given
    assert_request(recorded, Wire("POST", "/notifications", body={**given, "idempotency_key": recorded.json[
        "idempotency_key"]}))


@pytest.mark.parametrize("value", [".", ".."], ids=["dot", "dot-dot"])
def test_dot_segment_path_argument_stays_in_its_segment(value: str, api5: DefaultApi,
                                                         server: LoopbackServer) -> None:
    """5.18.0 sends ``..`` as is and urllib3 then requests ``/apps/<app>/``; we refuse it or escape the dots."""
    try:
        api5.view_journey(APP_ID, value)
    except onesignal.ApiValueError as exc:
        assert "journey_id" in str(exc)
        assert server.requests == []
    else:
        assert server.last.path.upper() == f"/apps/{APP_ID}/journeys/{'%2E' * len(value)}"


def test_naive_datetime_is_refused_before_sending(api5: DefaultApi, server: LoopbackServer) -> None:
    """5.18.0 sends a naive datetime without an offset, leaving its time zone to the server's guess."""
    with pytest.raises(onesignal.ApiValueError):
        api5.get_email_provider_metrics(APP_ID, "acme.example", dt.datetime(2024, 5, 1, 8, 0), MAY_8)
    assert server.requests == []

