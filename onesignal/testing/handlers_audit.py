"""The organization's audit log (organization key): events oldest first, with cursor paging and filters.

The API describes the page as ordered by ``occurred_at`` ascending; the fake
breaks ties within a second by the order the actions happened.
"""

from __future__ import annotations

from typing import Dict, List, Tuple

from onesignal.testing.audit import event_view
from onesignal.testing.cursors import decode_cursor, encode_cursor
from onesignal.testing.dates import parse_iso
from onesignal.testing.resources import AuditEvent
from onesignal.testing.state import Store, now
from onesignal.testing.wire import ApiError, Call, Reply

DEFAULT_LIMIT = 50
MAX_LIMIT = 100
HISTORY_SECONDS = 90 * 24 * 3600
CURSOR = "audit"
FILTER_LIMITS = {
    "app_ids": 10,
    "actions": 20,
    "actor_ids": 10,
    "actor_emails": 10,
    "target_types": 10,
    "target_ids": 10,
    "ip_addresses": 10,
}


def _limit(call: Call) -> int:
    """The page size; values outside 1..100 are clamped, as the API does."""
    raw = call.query_value("limit")
    if raw is None or raw == "":
        return DEFAULT_LIMIT
    try:
        return max(1, min(MAX_LIMIT, int(raw)))
    except ValueError:
        raise ApiError(400, f"limit must be an integer, got {raw!r}") from None


def _window(call: Call) -> Tuple[int, int, int]:
    """(last sequence seen, start, end): from the cursor, else from start_time and end_time."""
    cursor = call.query_value("cursor")
    if cursor:
        after, start, end = decode_cursor(cursor, CURSOR, 3, "cursor")
        return after, start, end
    start_text = call.query_value("start_time")
    if not start_text:
        raise ApiError(400, "start_time is required unless cursor is given")
    moment = now()
    start = parse_iso(start_text, "start_time")
    end_text = call.query_value("end_time")
    end = parse_iso(end_text, "end_time") if end_text else moment
    if start < moment - HISTORY_SECONDS:
        raise ApiError(400, "start_time must be within the last 90 days")
    if end <= start:
        raise ApiError(400, "end_time must be after start_time")
    return 0, start, end


def _filters(call: Call) -> Dict[str, List[str]]:
    """The list filters given, each checked against the most values it accepts."""
    given: Dict[str, List[str]] = {}
    for name, most in FILTER_LIMITS.items():
        values = call.query_list(name)
        if len(values) > most:
            raise ApiError(400, f"{name} accepts at most {most} values, got {len(values)}")
        if values:
            given[name] = values
    return given


def _facets(store: Store, event: AuditEvent) -> Dict[str, List[str]]:
    """The values of an event each filter is compared with (an API key actor has no e-mail)."""
    return {
        "app_ids": [] if event.app_id is None else [event.app_id],
        "actions": [event.action],
        "actor_ids": [store.organization_key_id],
        "actor_emails": [],
        "target_types": [str(item.get("type")) for item in event.targets],
        "target_ids": [str(item.get("id")) for item in event.targets],
        "ip_addresses": [event.ip],
    }


def _matches(store: Store, event: AuditEvent, filters: Dict[str, List[str]]) -> bool:
    """True when the event passes every filter; organization-level events (no app) always pass ``app_ids``."""
    facets = _facets(store, event)
    for name, wanted in filters.items():
        if name == "app_ids" and event.app_id is None:
            continue
        if not set(facets[name]) & set(wanted):
            return False
    return True


def list_audit_logs(call: Call) -> Reply:
    store = call.store
    organization_id = call.params["organization_id"]
    if organization_id != store.organization_id:
        raise ApiError(404, f"organization {organization_id} is not the organization of this key")
    limit = _limit(call)
    after, start, end = _window(call)
    filters = _filters(call)
    found = [
        event
        for event in store.audit_events
        if event.sequence > after and start <= event.occurred_at <= end and _matches(store, event, filters)
    ]
    page, more = found[:limit], len(found) > limit
    answer = {"audit_logs": [event_view(store, event) for event in page], "has_more": more}
    if more:
        answer["next_cursor"] = encode_cursor(CURSOR, page[-1].sequence, start, end)
    return Reply(200, answer)
