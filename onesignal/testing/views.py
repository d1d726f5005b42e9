"""Turning stored records into the JSON shapes the API answers with."""

from __future__ import annotations

from typing import Any, Dict

from onesignal.testing.dates import iso_utc
from onesignal.testing.state import SUBSCRIPTION_TO_DEVICE_TYPE, App, Device, NotificationRecord, User
from onesignal.testing.wire import JsonObject

SUBSCRIPTION_FIELDS = (
    "token",
    "enabled",
    "notification_types",
    "session_time",
    "session_count",
    "sdk",
    "device_model",
    "device_os",
    "rooted",
    "test_type",
    "app_version",
    "net_type",
    "carrier",
    "web_auth",
    "web_p256",
)
# Player fields kept on the device, keyed by their player name, valued by the stored name.
PLAYER_DEVICE_FIELDS = {
    "identifier": "token",
    "game_version": "app_version",
    "device_model": "device_model",
    "device_os": "device_os",
    "sdk": "sdk",
    "ad_id": "ad_id",
    "timezone": "timezone",
    "badge_count": "badge_count",
    "test_type": "test_type",
    "notification_types": "notification_types",
}
# Player fields kept in the owner's properties, keyed the same way.
PLAYER_USER_FIELDS = {
    "language": "language",
    "amount_spent": "amount_spent",
    "last_active": "last_active",
    "country": "country",
    "lat": "lat",
    "long": "long",
}


def app_view(app: App, organization_id: str) -> JsonObject:
    """An app with its counters, dates, organization and key."""
    return {
        **app.settings,
        "id": app.id,
        "organization_id": organization_id,
        "players": len(app.devices),
        "messageable_players": sum(1 for device in app.devices.values() if device.subscribed),
        "created_at": iso_utc(app.created_at),
        "updated_at": iso_utc(app.updated_at),
        "basic_auth_key": app.key,
    }


def subscription_view(device: Device) -> JsonObject:
    """A device in the SubscriptionObject shape."""
    view: JsonObject = {"id": device.id, "type": device.type, "enabled": device.fields.get("enabled", True)}
    view.update((name, device.fields[name]) for name in SUBSCRIPTION_FIELDS if name in device.fields)
    return view


def user_view(app: App, user: User) -> JsonObject:
    """A user with identity, properties and subscriptions."""
    return {
        "identity": user.identity(),
        "properties": dict(user.properties),
        "subscriptions": [subscription_view(device) for device in app.devices_of(user)],
    }


def player_view(app: App, device: Device) -> JsonObject:
    """A device in the legacy Player shape, with user-level facts read from its owner."""
    owner = app.owner(device)
    view: Dict[str, Any] = {
        "id": device.id,
        "app_id": app.id,
        "device_type": SUBSCRIPTION_TO_DEVICE_TYPE[device.type],
        "external_user_id": owner.aliases.get("external_id"),
        "session_count": owner.session_count,
        "playtime": int(owner.session_time),
        "tags": dict(owner.properties.get("tags", {})),
        "created_at": device.created_at,
        "invalid_identifier": False,
        "notification_types": 1 if device.subscribed else -2,
    }
    view.update(
        (name, device.fields[stored]) for name, stored in PLAYER_DEVICE_FIELDS.items() if stored in device.fields
    )
    view.update(
        (name, owner.properties[stored]) for name, stored in PLAYER_USER_FIELDS.items() if stored in owner.properties
    )
    return view


def _delivery(count: int) -> JsonObject:
    """DeliveryData for ``count`` delivered messages."""
    return {"successful": count, "failed": 0, "errored": 0, "converted": 0, "received": count}


def notification_view(record: NotificationRecord) -> JsonObject:
    """A notification with its delivery figures (NotificationWithMeta)."""
    delivered = record.completed_at is not None
    total = len(record.recipient_ids)
    return {
        **record.body,
        "id": record.id,
        "successful": total if delivered else 0,
        "failed": 0,
        "errored": 0,
        "converted": 0,
        "received": total if delivered else 0,
        "remaining": total if record.scheduled else 0,
        "queued_at": record.queued_at,
        "send_after": record.send_after,
        "completed_at": record.completed_at,
        "canceled": record.canceled,
        "platform_delivery_stats": {
            platform: _delivery(count if delivered else 0) for platform, count in record.platforms.items()
        },
    }
