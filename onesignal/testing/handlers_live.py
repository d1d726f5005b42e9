"""Live Activities (push-to-start, token registration, updates) and eligible in-app messages.

A push-to-start is recorded like a notification (it is in ``fake.notifications``
and ``GET /notifications``) reaching the targeted iOS push subscriptions, and
also as a "start" entry in the updates of its Live Activity.
"""

from __future__ import annotations

import copy

from onesignal.testing.handlers_notifications import KIND_API, record_notification, resolve_checked
from onesignal.testing.state import App, LiveActivity, new_id, now
from onesignal.testing.wire import ApiError, Call, JsonObject, Reply, object_field, required_string, text_map

UPDATE_NAMES = ("headings", "contents", "ios_sound", "priority_level")
UPDATE_EVENTS = ("update", "end")
START_TARGETING = ("include_aliases", "include_subscription_ids", "included_segments", "excluded_segments", "filters")
START_KEY = "live_activity_idempotency_key"


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


def _check_start(body: JsonObject) -> str:
    """Check a StartLiveActivityRequest; returns its activity_id."""
    required_string(body, "name")
    activity_id = required_string(body, "activity_id")
    if body.get("event") != "start":
        raise ApiError(400, "event must be 'start'")
    for key in ("event_attributes", "event_updates"):
        object_field(body, key, required=True)
    for key in ("contents", "headings"):
        text_map(object_field(body, key, required=True), key)
    return activity_id


def start_live_activity(call: Call) -> Reply:
    app = call.the_app
    body = call.json_object()
    idempotency_key = body.get("idempotency_key")
    replay = app.first_answers.get((START_KEY, str(idempotency_key))) if idempotency_key else None
    if replay is not None:
        return Reply(201, replay)
    activity_id = _check_start(body)
    moment = now()
    targeting = {key: body[key] for key in START_TARGETING if key in body}
    resolution = resolve_checked(app, {**targeting, "target_channel": "push"}, moment)
    recipients = [device_id for device_id in resolution.recipient_ids if app.devices[device_id].type == "iOSPush"]
    stored = {**body, "app_id": app.id, "activity_type": call.params["activity_type"]}
    record = record_notification(call.store, app, stored, recipients, KIND_API, moment, moment)
    _activity(app, activity_id).updates.append({**copy.deepcopy(stored), "notification_id": record.id})
    answer = {"notification_id": record.id}
    if idempotency_key:
        app.first_answers[(START_KEY, str(idempotency_key))] = answer
    return Reply(201, answer)


def get_eligible_iams(call: Call) -> Reply:
    app = call.the_app
    app.device(call.params["subscription_id"])
    return Reply(200, {"in_app_messages": copy.deepcopy(app.in_app_messages)})
