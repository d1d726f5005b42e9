"""Users and their aliases (the ``/apps/{app_id}/users/by/...`` endpoints)."""

from __future__ import annotations

from typing import Any, List, Tuple

from onesignal.testing.state import App, User
from onesignal.testing.userops import (
    add_aliases,
    apply_deltas,
    apply_properties,
    attach_subscription,
    owners_of,
    parse_identity,
    parse_properties,
    parse_subscription,
)
from onesignal.testing.views import user_view
from onesignal.testing.wire import ApiError, Call, JsonObject, Reply


def _addressed_user(call: Call) -> Tuple[App, User]:
    """The app and the user named by the ``alias_label``/``alias_id`` path parameters."""
    app = call.the_app
    return app, app.user_by_alias(call.params["alias_label"], call.params["alias_id"])


def _conflict(app: App, identity: JsonObject) -> Reply:
    """409 for a create whose aliases are held by more than one user."""
    taken = {label: alias for label, alias in identity.items() if app.find_user(label, alias) is not None}
    error = {
        "code": "user-2",
        "title": "the given aliases belong to different users",
        "meta": {"conflicting_aliases": taken},
    }
    return Reply(409, {"errors": [error]})


def _subscription_specs(value: Any) -> List[Tuple[str, JsonObject]]:
    """Validated (type, fields) pairs of a create-user subscription list."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise ApiError(400, "subscriptions must be a list", "invalid-subscription")
    specs = []
    for item in value:
        kind, fields = parse_subscription(item, need_type=True)
        specs.append((str(kind), fields))
    return specs


def create_user(call: Call) -> Reply:
    app = call.the_app
    body = call.json_object()
    identity = parse_identity(body.get("identity"), required=False)
    properties = parse_properties(body.get("properties"))
    specs = _subscription_specs(body.get("subscriptions"))
    owners = owners_of(app, identity)
    if len(owners) > 1:
        return _conflict(app, identity)
    if "onesignal_id" in identity and not owners:
        raise ApiError(404, f"no user has onesignal_id {identity['onesignal_id']}", "user-not-found")
    user = next(iter(owners.values())) if owners else app.add_user()
    app.set_aliases(user, {label: alias for label, alias in identity.items() if label != "onesignal_id"})
    apply_properties(user, properties)
    for kind, fields in specs:
        attach_subscription(app, user, kind, fields)
    return Reply(200 if owners else 201, user_view(app, user))


def fetch_user(call: Call) -> Reply:
    app, user = _addressed_user(call)
    return Reply(200, user_view(app, user))


def update_user(call: Call) -> Reply:
    app, user = _addressed_user(call)
    body = call.json_object()
    properties = parse_properties(body.get("properties"))
    apply_deltas(user, body.get("deltas", {}))
    apply_properties(user, properties)
    return Reply(202, {"properties": dict(user.properties)})


def delete_user(call: Call) -> Reply:
    app, user = _addressed_user(call)
    for device in app.devices_of(user):
        del app.devices[device.id]
    del app.users[user.onesignal_id]
    return Reply(200)


def fetch_user_identity(call: Call) -> Reply:
    _, user = _addressed_user(call)
    return Reply(200, {"identity": user.identity()})


def identify_user_by_alias(call: Call) -> Reply:
    app, user = _addressed_user(call)
    add_aliases(app, user, parse_identity(call.json_object().get("identity"), required=True))
    return Reply(200, {"identity": user.identity()})


def delete_alias(call: Call) -> Reply:
    _, user = _addressed_user(call)
    label = call.params["alias_label_to_delete"]
    if label == "onesignal_id":
        raise ApiError(400, "the onesignal_id alias cannot be removed", "invalid-identity")
    if user.aliases.pop(label, None) is None:
        raise ApiError(404, f"the user has no alias labelled {label}", "alias-not-found")
    return Reply(200, {"identity": user.identity()})
