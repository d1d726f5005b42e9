"""Subscriptions: create under a user, update (by id or by token), delete, transfer, aliases by subscription."""

from __future__ import annotations

from typing import Tuple

from onesignal.testing.state import SUBSCRIPTION_TYPES, App, Device
from onesignal.testing.userops import add_aliases, attach_subscription, owners_of, parse_identity, parse_subscription
from onesignal.testing.views import subscription_view
from onesignal.testing.wire import ApiError, Call, Reply, object_field


def _addressed(call: Call) -> Tuple[App, Device]:
    """The app and the subscription named by the ``subscription_id`` path parameter."""
    app = call.the_app
    return app, app.device(call.params["subscription_id"])


def create_subscription(call: Call) -> Reply:
    app = call.the_app
    user = app.user_by_alias(call.params["alias_label"], call.params["alias_id"])
    spec = object_field(call.json_object(), "subscription", required=True)
    kind, fields = parse_subscription(spec, need_type=True)
    device, created = attach_subscription(app, user, str(kind), fields)
    return Reply(201 if created else 202, {"subscription": subscription_view(device)})


def update_subscription(call: Call) -> Reply:
    _, device = _addressed(call)
    _apply_update(call, device)
    return Reply(202)


def _apply_update(call: Call, device: Device) -> None:
    """Change ``device`` as the request's ``subscription`` says (its type only when one is given)."""
    spec = object_field(call.json_object(), "subscription", required=True)
    kind, fields = parse_subscription(spec, need_type=False)
    if kind is not None:
        device.type = kind
    device.fields.update(fields)


def update_subscription_by_token(call: Call) -> Reply:
    app = call.the_app
    kind, token = call.params["token_type"], call.params["token"]
    if kind not in SUBSCRIPTION_TYPES:
        raise ApiError(400, f"unknown token type {kind!r}: use a subscription type such as Email or SMS")
    device = next((d for d in app.devices.values() if d.type == kind and d.token == token), None)
    if device is None:
        raise ApiError(404, f"no {kind} subscription has the token {token}", "subscription-not-found")
    _apply_update(call, device)
    return Reply(202, {})


def delete_subscription(call: Call) -> Reply:
    app, device = _addressed(call)
    del app.devices[device.id]
    return Reply(202)


def transfer_subscription(call: Call) -> Reply:
    app, device = _addressed(call)
    owners = owners_of(app, parse_identity(call.json_object().get("identity"), required=True))
    if not owners:
        raise ApiError(404, "no user has the given aliases", "user-not-found")
    if len(owners) > 1:
        raise ApiError(409, "the given aliases belong to different users", "alias-conflict")
    target = next(iter(owners.values()))
    device.owner_id = target.onesignal_id
    return Reply(200, {"identity": target.identity()})


def fetch_aliases(call: Call) -> Reply:
    app, device = _addressed(call)
    return Reply(200, {"identity": app.owner(device).identity()})


def identify_user_by_subscription_id(call: Call) -> Reply:
    app, device = _addressed(call)
    owner = app.owner(device)
    add_aliases(app, owner, parse_identity(call.json_object().get("identity"), required=True))
    return Reply(200, {"identity": owner.identity()})
