"""Notifications: create, view, list, cancel, history, events export and outcomes."""

from __future__ import annotations

import copy
from typing import Any, Dict, List

from onesignal.testing.dates import parse_send_after
from onesignal.testing.exports import EVENT_COLUMNS, gzip_csv, sent_events
from onesignal.testing.state import App, NotificationRecord, Store, new_id, now
from onesignal.testing.targeting import Resolution, resolve_recipients
from onesignal.testing.views import notification_view
from onesignal.testing.wire import ApiError, Call, JsonObject, Reply

MAX_NOTIFICATIONS_PER_PAGE = 50
MAX_IDS_PER_LIST = 2000
NO_SUBSCRIBERS = "All included players are not subscribed"
KIND_API = 1
NOTIFICATION_KINDS = ("0", "1", "3")
HISTORY_EVENTS = ("sent", "clicked")
OUTCOME_TIME_RANGES = ("1h", "1d", "1mo")


def _check_content(body: JsonObject) -> None:
    """A notification needs something to show or a background flag."""
    contents = body.get("contents")
    if contents is not None and (
        not isinstance(contents, dict) or not all(isinstance(text, str) for text in contents.values())
    ):
        raise ApiError(400, "contents must map language codes to text")
    if not (contents or body.get("template_id") or body.get("content_available") or body.get("email_body")):
        raise ApiError(400, "a notification needs contents, template_id, content_available or email_body")


def _check_list_sizes(body: JsonObject) -> None:
    """The API takes at most 2,000 ids (tokens, aliases) per list in one request."""
    lists = {name: value for name, value in body.items() if name.startswith("include_") and isinstance(value, list)}
    aliases = body.get("include_aliases")
    if isinstance(aliases, dict):
        lists.update((f"include_aliases.{label}", ids) for label, ids in aliases.items() if isinstance(ids, list))
    for name, ids in lists.items():
        if len(ids) > MAX_IDS_PER_LIST:
            raise ApiError(400, f"{name} holds {len(ids)} entries; at most {MAX_IDS_PER_LIST} per request")


def _errors(resolution: Resolution) -> Dict[str, List[str]]:
    """The ``invalid_*`` lists that are not empty."""
    found = {
        "invalid_player_ids": resolution.invalid_player_ids,
        "invalid_external_user_ids": resolution.invalid_external_user_ids,
    }
    return {name: ids for name, ids in found.items() if ids}


def send(store: Store, app: App, body: JsonObject, kind: int) -> JsonObject:
    """Create a notification (or replay an earlier answer) and return the API's answer."""
    keys = [(name, str(body[name])) for name in ("idempotency_key", "external_id")
            if isinstance(body.get(name), str) and body[name]]
    for key in keys:
        if key in app.first_answers:
            return app.first_answers[key]
    _check_content(body)
    _check_list_sizes(body)
    moment = now()
    resolution = resolve_recipients(app, body, moment)
    if not resolution.targeted:
        raise ApiError(400, "no recipients were named: use segments, filters, ids or aliases")
    send_at = parse_send_after(body["send_after"]) if body.get("send_after") is not None else moment
    invalid = _errors(resolution)
    if not resolution.recipient_ids:
        return {"id": "", "recipients": 0, "external_id": None, "errors": invalid or [NO_SUBSCRIBERS]}
    record = NotificationRecord(
        id=new_id(),
        app_id=app.id,
        body=copy.deepcopy(body),
        recipient_ids=resolution.recipient_ids,
        platforms=resolution.platforms(app),
        kind=kind,
        queued_at=moment,
        send_after=send_at,
        sequence=store.next_sequence(),
    )
    record.settle(moment)
    app.notifications[record.id] = record
    store.sent.append(record)
    answer: JsonObject = {
        "id": record.id,
        "recipients": len(record.recipient_ids),
        "external_id": body.get("external_id"),
    }
    if invalid:
        answer["errors"] = invalid
    for key in keys:
        app.first_answers[key] = answer
    return answer


def create_notification(call: Call) -> Reply:
    return Reply(200, send(call.store, call.the_app, call.json_object(), KIND_API))


def _record(call: Call) -> NotificationRecord:
    """The addressed notification, brought up to date with the clock."""
    record = call.the_app.notification(call.params["notification_id"])
    record.settle(now())
    return record


def get_notification(call: Call) -> Reply:
    return Reply(200, notification_view(_record(call)))


def get_notifications(call: Call) -> Reply:
    app = call.the_app
    limit = call.query_int("limit", MAX_NOTIFICATIONS_PER_PAGE, MAX_NOTIFICATIONS_PER_PAGE)
    offset = call.query_int("offset", 0)
    kind_text = call.query_value("kind") or None
    if kind_text is not None and kind_text not in NOTIFICATION_KINDS:
        raise ApiError(400, "kind must be 0 (dashboard), 1 (API) or 3 (automated)")
    kind = None if kind_text is None else int(kind_text)
    moment = now()
    records = [record for record in app.notifications.values() if kind is None or record.kind == kind]
    for record in records:
        record.settle(moment)
    records.sort(key=lambda record: (record.queued_at, record.sequence), reverse=True)
    page = [notification_view(record) for record in records[offset : offset + limit]]
    return Reply(200, {"total_count": len(records), "offset": offset, "limit": limit, "notifications": page})


def cancel_notification(call: Call) -> Reply:
    record = _record(call)
    if record.canceled:
        raise ApiError(400, "this notification was already cancelled")
    if not record.scheduled:
        raise ApiError(400, "this notification was already sent and cannot be cancelled")
    record.canceled = True
    return Reply(200, {"success": True})


def _events_file(call: Call, record: NotificationRecord, event: str) -> str:
    """Export the notification's events of one kind and return the file's URL."""
    rows = sent_events(call.the_app, record) if event == "sent" else []
    return call.store.save_file(gzip_csv(EVENT_COLUMNS, rows), call.host)


def get_notification_history(call: Call) -> Reply:
    body = call.json_object()
    event: Any = body.get("events")
    if event not in HISTORY_EVENTS:
        raise ApiError(400, "events must be 'sent' or 'clicked'")
    url = _events_file(call, _record(call), event)
    return Reply(200, {"success": True, "destination_url": url})


def export_events(call: Call) -> Reply:
    return Reply(200, {"csv_file_url": _events_file(call, _record(call), "sent")})


def _outcome_names(call: Call) -> List[str]:
    """Requested outcome names: ``outcome_names`` holds comma lists, each ``outcome_names[]`` one whole name."""
    listed = [name.strip() for text in call.query.get("outcome_names", []) for name in text.split(",")]
    single = [text.strip() for text in call.query.get("outcome_names[]", [])]
    names = [name for name in listed + single if name]
    if not names:
        raise ApiError(400, "outcome_names is required")
    return names


def get_outcomes(call: Call) -> Reply:
    app = call.the_app
    time_range = call.query_value("outcome_time_range")
    if time_range is not None and time_range not in OUTCOME_TIME_RANGES:
        raise ApiError(400, "outcome_time_range must be 1h, 1d or 1mo")
    outcomes = []
    for requested in _outcome_names(call):
        name, _, aggregation = requested.rpartition(".")
        if aggregation not in ("count", "sum") or not name:
            raise ApiError(400, f"outcome {requested!r} must end in .count or .sum")
        values = app.outcomes.get(name, [])
        total: float = len(values) if aggregation == "count" else sum(values, 0.0)
        value = int(total) if float(total).is_integer() else total
        outcomes.append({"id": name, "value": value, "aggregation": aggregation})
    return Reply(200, {"outcomes": outcomes})
