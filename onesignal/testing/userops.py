"""Checks and changes on users and devices shared by the user, subscription and player handlers.

Every ``parse_*`` function only validates and returns a cleaned copy, so a
handler can reject a request before changing anything.
"""

from __future__ import annotations

import math

import json
from typing import Any, Dict, List, Optional, Tuple

from onesignal.testing.state import SUBSCRIPTION_TYPES, App, Device, User, new_id
from onesignal.testing.views import SUBSCRIPTION_FIELDS
from onesignal.testing.wire import ApiError, JsonObject, number_or_none

NUMERIC_PROPERTIES = ("lat", "long", "first_active", "last_active", "amount_spent")


def tag_value(value: Any) -> Optional[str]:
    """Tags are stored as text; "" and null mean "remove this tag"."""
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else json.dumps(value)


def parse_tags(value: Any) -> Dict[str, Optional[str]]:
    """A tag object with values normalised by :func:`tag_value`."""
    if not isinstance(value, dict):
        raise ApiError(400, "tags must be a JSON object")
    return {str(key): tag_value(item) for key, item in value.items()}


def parse_purchases(value: Any) -> List[JsonObject]:
    """A purchase list; each needs sku, amount and iso."""
    if not isinstance(value, list):
        raise ApiError(400, "purchases must be a list")
    for purchase in value:
        if not isinstance(purchase, dict) or not all(
            isinstance(purchase.get(k), str) for k in ("sku", "amount", "iso")
        ):
            raise ApiError(400, "each purchase needs string sku, amount and iso")
        try:
            amount = float(purchase["amount"])
        except ValueError:
            amount = math.nan
        if not math.isfinite(amount):
            raise ApiError(400, "a purchase amount must be a finite number written as text")
    return value


def parse_properties(value: Any) -> JsonObject:
    """A PropertiesObject, type-checked where it matters for targeting."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ApiError(400, "properties must be a JSON object")
    cleaned = dict(value)
    if "tags" in cleaned:
        cleaned["tags"] = parse_tags(cleaned["tags"])
    for name in NUMERIC_PROPERTIES:
        if name in cleaned:
            number_or_none(cleaned[name], name)
    if "purchases" in cleaned:
        parse_purchases(cleaned["purchases"])
    return cleaned


def apply_properties(user: User, cleaned: JsonObject) -> None:
    """Replace the given properties; tags merge, and a removed tag disappears."""
    for name, value in cleaned.items():
        if name == "tags":
            tags = user.properties.setdefault("tags", {})
            for key, text in value.items():
                if text is None:
                    tags.pop(key, None)
                else:
                    tags[key] = text
        else:
            user.properties[name] = value


def apply_deltas(user: User, deltas: Any) -> None:
    """Add session time, session count and purchases to a user."""
    if not isinstance(deltas, dict):
        raise ApiError(400, "deltas must be a JSON object")
    session_time = number_or_none(deltas.get("session_time"), "session_time") or 0.0
    session_count = number_or_none(deltas.get("session_count"), "session_count") or 0.0
    purchases = parse_purchases(deltas.get("purchases", []))
    user.session_time += session_time
    user.session_count += int(session_count)
    if purchases:
        user.properties.setdefault("purchases", []).extend(purchases)
        spent = sum(float(purchase["amount"]) for purchase in purchases)
        user.properties["amount_spent"] = float(user.properties.get("amount_spent") or 0) + spent


def parse_subscription(value: Any, *, need_type: bool) -> Tuple[Optional[str], JsonObject]:
    """The type and the known fields of a SubscriptionObject."""
    if not isinstance(value, dict):
        raise ApiError(400, "subscription must be a JSON object", "invalid-subscription")
    kind = value.get("type")
    if kind is None and need_type:
        raise ApiError(400, "subscription type is required", "invalid-subscription")
    if kind is not None and (not isinstance(kind, str) or kind not in SUBSCRIPTION_TYPES):
        raise ApiError(400, f"unknown subscription type {kind!r}", "invalid-subscription")
    if "enabled" in value and not isinstance(value["enabled"], bool):
        raise ApiError(400, "enabled must be true or false", "invalid-subscription")
    number_or_none(value.get("notification_types"), "notification_types")
    return kind, {name: value[name] for name in SUBSCRIPTION_FIELDS if name in value}


def attach_subscription(app: App, user: User, kind: str, fields: JsonObject) -> Tuple[Device, bool]:
    """Give ``user`` a device; one with the same type and token moves over instead.

    Returns the device and whether it was newly created.
    """
    token = fields.get("token")
    for device in app.devices.values():
        if token is not None and device.type == kind and device.token == token:
            device.owner_id = user.onesignal_id
            device.fields.update(fields)
            return device, False
    device = Device(new_id(), user.onesignal_id, kind, dict(fields))
    app.devices[device.id] = device
    return device, True


def parse_identity(value: Any, *, required: bool) -> Dict[str, str]:
    """An alias object label -> id with string values."""
    if value is None and not required:
        return {}
    if not isinstance(value, dict) or (required and not value):
        raise ApiError(400, "identity must be a non-empty object of alias label to id", "invalid-identity")
    if not all(isinstance(label, str) and isinstance(alias, str) and alias for label, alias in value.items()):
        raise ApiError(400, "every alias id must be a non-empty string", "invalid-identity")
    return dict(value)


def owners_of(app: App, identity: Dict[str, str]) -> Dict[str, User]:
    """The existing users holding any alias of ``identity``, by onesignal id."""
    found: Dict[str, User] = {}
    for label, alias in identity.items():
        user = app.find_user(label, alias)
        if user is not None:
            found[user.onesignal_id] = user
    return found


def add_aliases(app: App, user: User, identity: Dict[str, str]) -> None:
    """Set aliases on ``user``; an alias held by someone else is a 409."""
    if "onesignal_id" in identity:
        raise ApiError(400, "onesignal_id is assigned by the server and cannot be set", "invalid-identity")
    for label, alias in identity.items():
        holder = app.find_user(label, alias)
        if holder is not None and holder is not user:
            raise ApiError(409, f"the alias {label}={alias} belongs to another user", "alias-conflict")
    app.set_aliases(user, identity)
