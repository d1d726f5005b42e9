"""Players, the legacy device API: add, view, list, edit, tag by external id, delete, export."""

from __future__ import annotations

from typing import Any, Optional, Tuple

from onesignal.testing.exports import PLAYER_COLUMNS, gzip_csv
from onesignal.testing.state import DEVICE_TYPE_TO_SUBSCRIPTION, App, Device, User, new_id, now
from onesignal.testing.targeting import segment_members
from onesignal.testing.userops import apply_properties, parse_properties, parse_tags
from onesignal.testing.views import PLAYER_DEVICE_FIELDS, PLAYER_USER_FIELDS, player_view
from onesignal.testing.wire import ApiError, Call, JsonObject, Reply, number_or_none, string_list

MAX_PLAYERS_PER_PAGE = 300


def _device_type(value: Any) -> str:
    """The subscription type of a legacy ``device_type`` number."""
    kind = DEVICE_TYPE_TO_SUBSCRIPTION.get(value) if isinstance(value, int) else None
    if kind is None:
        raise ApiError(400, f"device_type {value!r} is not supported")
    return kind


class _PlayerChange:
    """A validated Player body split into device fields, user properties and counters."""

    def __init__(self, body: JsonObject) -> None:
        self.kind = _device_type(body["device_type"]) if "device_type" in body else None
        self.device_fields = {stored: body[name] for name, stored in PLAYER_DEVICE_FIELDS.items() if name in body}
        user_part = {stored: body[name] for name, stored in PLAYER_USER_FIELDS.items() if name in body}
        if body.get("tags") is not None:
            user_part["tags"] = parse_tags(body["tags"])
        self.properties = parse_properties(user_part)
        self.session_count = number_or_none(body.get("session_count"), "session_count")
        self.playtime = number_or_none(body.get("playtime"), "playtime")
        self.created_at = number_or_none(body.get("created_at"), "created_at")
        external = body.get("external_user_id")
        if external is not None and not isinstance(external, str):
            raise ApiError(400, "external_user_id must be a string")
        self.external_user_id: Optional[str] = external or None

    def apply(self, app: App, device: Device) -> None:
        """Write the change onto ``device`` and its owner."""
        if self.kind is not None:
            device.type = self.kind
        device.fields.update(self.device_fields)
        if self.created_at is not None:
            device.created_at = int(self.created_at)
        if self.external_user_id is not None:
            holder = app.find_user("external_id", self.external_user_id)
            if holder is None:
                app.set_aliases(app.owner(device), {"external_id": self.external_user_id})
            else:
                device.owner_id = holder.onesignal_id
        owner = app.owner(device)
        apply_properties(owner, self.properties)
        if self.session_count is not None:
            owner.session_count = int(self.session_count)
        if self.playtime is not None:
            owner.session_time = self.playtime


def _same_identifier(app: App, kind: str, body: JsonObject) -> Optional[Device]:
    """An existing device of this type with the same identifier (token), if any."""
    identifier = body.get("identifier")
    for device in app.devices.values():
        if identifier is not None and device.type == kind and device.token == identifier:
            return device
    return None


def _new_device(app: App, kind: str) -> Device:
    """A device with a fresh owner; :meth:`_PlayerChange.apply` may move it to an existing user."""
    owner: User = app.add_user()
    device = Device(new_id(), owner.onesignal_id, kind)
    app.devices[device.id] = device
    return device


def create_player(call: Call) -> Reply:
    app = call.the_app
    body = call.json_object()
    if "device_type" not in body:
        raise ApiError(400, "device_type is required")
    change = _PlayerChange(body)
    kind = str(change.kind)
    device = _same_identifier(app, kind, body) or _new_device(app, kind)
    previous_owner = device.owner_id
    change.apply(app, device)
    owner = app.owner(device)
    if change.session_count is None and owner.session_count == 0:
        owner.session_count = 1  # the API counts the registration as the first session
    _drop_if_orphan(app, previous_owner)
    return Reply(200, {"success": True, "id": device.id})


def _drop_if_orphan(app: App, user_id: str) -> None:
    """Forget an implicit user left without devices or aliases after a player moved away."""
    user = app.users.get(user_id)
    if user is not None and not user.aliases and not app.devices_of(user):
        del app.users[user_id]


def _player(call: Call) -> Tuple[App, Device]:
    app = call.the_app
    return app, app.device(call.params["player_id"], "player")


def get_player(call: Call) -> Reply:
    app, device = _player(call)
    return Reply(200, player_view(app, device))


def get_players(call: Call) -> Reply:
    app = call.the_app
    limit = call.query_int("limit", MAX_PLAYERS_PER_PAGE, MAX_PLAYERS_PER_PAGE)
    offset = call.query_int("offset", 0)
    devices = sorted(app.devices.values(), key=lambda device: device.id)[offset : offset + limit]
    players = [player_view(app, device) for device in devices]
    return Reply(200, {"total_count": len(app.devices), "offset": offset, "limit": limit, "players": players})


def update_player(call: Call) -> Reply:
    app, device = _player(call)
    change = _PlayerChange(call.json_object())
    previous_owner = device.owner_id
    change.apply(app, device)
    _drop_if_orphan(app, previous_owner)
    return Reply(200, {"success": True})


def update_player_tags(call: Call) -> Reply:
    app = call.the_app
    external_id = call.params["external_user_id"]
    user = app.find_user("external_id", external_id)
    if user is None:
        raise ApiError(404, f"no user has external_user_id {external_id}")
    body = call.json_object()
    if "tags" not in body:
        raise ApiError(400, "tags is required")
    apply_properties(user, {"tags": parse_tags(body["tags"])})
    return Reply(200, {"success": True})


def delete_player(call: Call) -> Reply:
    app = call.the_app
    if app.devices.pop(call.params["player_id"], None) is None:
        return Reply(404, {"success": False})
    return Reply(200, {"success": True})


def export_players(call: Call) -> Reply:
    app = call.the_app
    body = call.json_object(required=False)
    extra = string_list(body, "extra_fields")
    devices = list(app.devices.values())
    segment = body.get("segment_name")
    if segment:
        members = segment_members(app, str(segment), now())
        devices = [device for device in devices if device.id in members]
    since = number_or_none(_number_text(body.get("last_active_since")), "last_active_since")
    if since is not None:
        devices = [d for d in devices if float(app.owner(d).properties.get("last_active", 0)) >= since]
    header = [*PLAYER_COLUMNS, *extra]
    rows = []
    for device in devices:
        owner = app.owner(device)
        merged = {**device.fields, **owner.properties, **player_view(app, device)}
        rows.append([merged.get(column) for column in header])
    return Reply(200, {"csv_file_url": call.store.save_file(gzip_csv(header, rows), call.host)})


def _number_text(value: Any) -> Any:
    """``last_active_since`` arrives as text holding a Unix time; pass numbers through."""
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            raise ApiError(400, "last_active_since must be a Unix time") from None
    return value
