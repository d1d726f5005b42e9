"""Notifications: create, estimate, view, list (by offset or time cursor), cancel, history, export, outcomes."""

from __future__ import annotations

import copy
from typing import Any, Dict, List, Tuple

from onesignal.testing.cursors import decode_cursor, encode_cursor
from onesignal.testing.dates import parse_iso, parse_send_after
from onesignal.testing.exports import EVENT_COLUMNS, gzip_csv, sent_events
from onesignal.testing.sending import NO_TARGET, check_list_sizes, check_one_mode
from onesignal.testing.state import App, NotificationRecord, Store, new_id, now
from onesignal.testing.targeting import Resolution, resolve_recipients
from onesignal.testing.views import notification_view
from onesignal.testing.wire import ApiError, Call, JsonObject, Reply, text_map

MAX_NOTIFICATIONS_PER_PAGE = 50
TIME_CURSOR = "time_offset"
NO_SUBSCRIBERS = "All included players are not subscribed"
KIND_API = 1
NOTIFICATION_KINDS = ("0", "1", "3")
HISTORY_EVENTS = ("sent", "clicked")
OUTCOME_TIME_RANGES = ("1h", "1d", "1mo")


def _check_content(body: JsonObject) -> None:
    """A notification needs something to show or a background flag."""
    contents = body.get("contents")
    if contents is not None:
        text_map(contents, "contents")
    if not (contents or body.get("template_id") or body.get("content_available") or body.get("email_body")):
        raise ApiError(400, "a notification needs contents, template_id, content_available or email_body")


def resolve_checked(app: App, body: JsonObject, moment: int) -> Resolution:
    """Who a request targets, after checking its list sizes and that it names one targeting mode."""
    check_list_sizes(body)
    resolution = resolve_recipients(app, body, moment)
    if not resolution.targeted:
        raise ApiError(400, NO_TARGET)
    check_one_mode(body)
    return resolution


def record_notification(
    store: Store, app: App, body: JsonObject, recipient_ids: List[str], kind: int, moment: int, send_at: int
) -> NotificationRecord:
    """Keep a notification created at ``moment`` (settled when due) in the app and in the store's list."""
    platforms = Resolution(recipient_ids=recipient_ids).platforms(app)
    record = NotificationRecord(
        id=new_id(),
        app_id=app.id,
        body=copy.deepcopy(body),
        recipient_ids=recipient_ids,
        platforms=platforms,
        kind=kind,
        queued_at=moment,
        send_after=send_at,
        sequence=store.next_sequence(),
    )
    record.settle(moment)
    app.notifications[record.id] = record
    store.sent.append(record)
    return record


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
    moment = now()
    resolution = resolve_checked(app, body, moment)
    send_at = parse_send_after(body["send_after"]) if body.get("send_after") is not None else moment
    invalid = _errors(resolution)
    if not resolution.recipient_ids:
        return {"id": "", "recipients": 0, "external_id": None, "errors": invalid or [NO_SUBSCRIBERS]}
    record = record_notification(store, app, body, resolution.recipient_ids, kind, moment, send_at)
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


def estimate_notification_recipients(call: Call) -> Reply:
    """How many subscriptions the same body would reach if it were sent now; nothing is sent."""
    count = len(resolve_checked(call.the_app, call.json_object(), now()).recipient_ids)
    return Reply(
        200,
        {
            "count": count,
            "uncapped_count": count,
            "cap_applied": False,
            "mobile_suppressed": False,
            "mobile_excluded_count": 0,
        },
    )


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
    time_offset = call.query_value("time_offset")
    if time_offset:
        return _by_time(call, records, limit, time_offset)
    records.sort(key=lambda record: (record.queued_at, record.sequence), reverse=True)
    page = [notification_view(record) for record in records[offset : offset + limit]]
    return Reply(200, {"total_count": len(records), "offset": offset, "limit": limit, "notifications": page})


def _after(time_offset: str) -> Tuple[int, int]:
    """The (send_after, sequence) position a time_offset starts after: an ISO time, or an earlier page's cursor."""
    try:
        return parse_iso(time_offset, "time_offset"), 0
    except ApiError:
        pass
    try:
        send_after, sequence = decode_cursor(time_offset, TIME_CURSOR, 2, "time_offset")
    except ApiError:
        raise ApiError(400, "time_offset must be an ISO 8601 time or the next_time_offset of an earlier page") from None
    return send_after, sequence


def _by_time(call: Call, records: List[NotificationRecord], limit: int, time_offset: str) -> Reply:
    """A page in ascending send_after order after ``time_offset``; an empty page gives back the same cursor."""
    if call.query_value("offset") is not None:
        raise ApiError(400, "time_offset cannot be combined with offset")
    position = _after(time_offset)
    ordered = sorted(records, key=lambda record: (record.send_after, record.sequence))
    page = [record for record in ordered if (record.send_after, record.sequence) > position][:limit]
    following = encode_cursor(TIME_CURSOR, page[-1].send_after, page[-1].sequence) if page else time_offset
    return Reply(
        200,
        {
            "total_count": len(records),
            "limit": limit,
            "time_offset": time_offset,
            "next_time_offset": following,
            "notifications": [notification_view(record) for record in page],
        },
    )


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
