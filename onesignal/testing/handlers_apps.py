"""Apps: create, list, view and update (these endpoints take the user key)."""

from __future__ import annotations

from onesignal.testing.state import App, new_id, new_key, now
from onesignal.testing.views import app_view
from onesignal.testing.wire import ApiError, Call, JsonObject, Reply, required_string

SERVER_OWNED_FIELDS = frozenset(
    {
        "id",
        "players",
        "messageable_players",
        "created_at",
        "updated_at",
        "apns_certificates",
        "safari_apns_certificates",
        "safari_push_id",
        "safari_icon_16_16",
        "safari_icon_32_32",
        "safari_icon_64_64",
        "safari_icon_128_128",
        "basic_auth_key",
    }
)


def _settings(body: JsonObject) -> JsonObject:
    """The client-settable part of an App body."""
    return {name: value for name, value in body.items() if name not in SERVER_OWNED_FIELDS}


def _app(call: Call) -> App:
    app = call.store.apps.get(call.params["app_id"])
    if app is None:
        raise ApiError(404, f"app {call.params['app_id']} does not exist")
    return app


def create_app(call: Call) -> Reply:
    body = call.json_object()
    required_string(body, "name")
    app = call.store.add_app(new_id(), new_key(), _settings(body))
    return Reply(200, app_view(app))


def get_apps(call: Call) -> Reply:
    return Reply(200, [app_view(app) for app in call.store.apps.values()])


def get_app(call: Call) -> Reply:
    return Reply(200, app_view(_app(call)))


def update_app(call: Call) -> Reply:
    app = _app(call)
    body = call.json_object()
    if "name" in body:
        required_string(body, "name")
    app.settings.update(_settings(body))
    app.updated_at = now()
    return Reply(200, app_view(app))
