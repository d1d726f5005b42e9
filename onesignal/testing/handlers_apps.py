"""Apps: create, list, view and update (these endpoints take the organization key)."""

from __future__ import annotations

from onesignal.testing import audit
from onesignal.testing.state import App, new_id, new_key, now
from onesignal.testing.views import app_view
from onesignal.testing.wire import ApiError, Call, JsonObject, Reply, required_string

SERVER_OWNED_FIELDS = frozenset(
    {
        "id",
        "organization_id",
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


def org_app(call: Call) -> App:
    """The app named by the ``app_id`` path (or query) parameter of an organization-key request, or a 404."""
    app_id = call.params.get("app_id") or call.query_value("app_id") or ""
    app = call.store.apps.get(app_id)
    if app is None:
        raise ApiError(404, f"app {app_id} does not exist")
    return app


def _view(call: Call, app: App) -> JsonObject:
    return app_view(app, call.store.organization_id)


def create_app(call: Call) -> Reply:
    body = call.json_object()
    name = required_string(body, "name")
    app = call.store.add_app(new_id(), new_key(), _settings(body))
    audit.record(call, "app.created", app.id, audit.target("app", app.id, name))
    return Reply(200, _view(call, app))


def get_apps(call: Call) -> Reply:
    return Reply(200, [_view(call, app) for app in call.store.apps.values()])


def get_app(call: Call) -> Reply:
    return Reply(200, _view(call, org_app(call)))


def update_app(call: Call) -> Reply:
    app = org_app(call)
    body = call.json_object()
    if "name" in body:
        required_string(body, "name")
    app.settings.update(_settings(body))
    app.updated_at = now()
    target = audit.target("app", app.id, app.settings.get("name"))
    audit.record(call, "app.updated", app.id, target, {"fields": sorted(_settings(body))})
    return Reply(200, _view(call, app))
