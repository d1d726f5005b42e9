"""Live Activities (token registration and updates) and eligible in-app messages."""

from __future__ import annotations

import copy

from onesignal.testing.state import App, LiveActivity, new_id
from onesignal.testing.wire import ApiError, Call, Reply, object_field, required_string

UPDATE_NAMES = ("headings", "contents", "ios_sound", "priority_level")
UPDATE_EVENTS = ("update", "end")


def _activity(app: App, activity_id: str) -> LiveActivity:
    """The activity record, created on first use."""
    return app.live_activities.setdefault(activity_id, LiveActivity(app.id, activity_id))


def begin_live_activity(call: Call) -> Reply:
    app = call.the_app
    body = call.json_object()
    push_token = required_string(body, "push_token")
    device = app.device(required_string(body, "subscription_id"))
    _activity(app, call.params["activity_id"]).tokens[device.id] = push_token
    return Reply(204)


def end_live_activity(call: Call) -> Reply:
    app = call.the_app
    device = app.device(call.params["subscription_id"])
    _activity(app, call.params["activity_id"]).tokens.pop(device.id, None)
    return Reply(204)


def update_live_activity(call: Call) -> Reply:
    app = call.the_app
    body = call.json_object()
    if body.get("name") not in UPDATE_NAMES:
        raise ApiError(400, f"name must be one of {', '.join(UPDATE_NAMES)}")
    if body.get("event") not in UPDATE_EVENTS:
        raise ApiError(400, "event must be 'update' or 'end'")
    object_field(body, "event_updates", required=True)
    notification_id = new_id()
    _activity(app, call.params["activity_id"]).updates.append(
        {**copy.deepcopy(body), "notification_id": notification_id}
    )
    return Reply(200, {"notification_id": notification_id})


def get_eligible_iams(call: Call) -> Reply:
    app = call.the_app
    app.device(call.params["subscription_id"])
    return Reply(200, {"in_app_messages": copy.deepcopy(app.in_app_messages)})
