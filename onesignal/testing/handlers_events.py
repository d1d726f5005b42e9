"""Custom events: ``POST /apps/{app_id}/custom_events`` records them; tests read them as ``fake.custom_events``.

Every event of a request is checked before any is kept. The user need not
exist yet (events may arrive before the user does); ``timestamp`` defaults to
now and is kept as RFC 3339 text in UTC.
"""

from __future__ import annotations

import copy
from typing import Any, List

from onesignal.testing.dates import parse_iso, rfc3339
from onesignal.testing.resources import CustomEvent
from onesignal.testing.state import now
from onesignal.testing.wire import ApiError, Call, Reply, object_field, optional_string, required_string

MAX_NAME = 128


def _event(app_id: str, value: Any, index: int) -> CustomEvent:
    """One validated event; messages name its position in ``events``."""
    where = f"events[{index}]"
    if not isinstance(value, dict):
        raise ApiError(400, f"{where} must be a JSON object")
    try:
        name = required_string(value, "name", MAX_NAME)
        external_id = optional_string(value, "external_id") or None
        onesignal_id = optional_string(value, "onesignal_id") or None
        payload = object_field(value, "payload")
        stamp = value.get("timestamp")
        moment = now() if stamp is None else parse_iso(stamp, "timestamp")
    except ApiError as error:
        raise ApiError(400, f"{where}: {error.message}") from None
    if external_id is None and onesignal_id is None:
        raise ApiError(400, f"{where}: external_id or onesignal_id is required")
    return CustomEvent(app_id, name, external_id, onesignal_id, rfc3339(moment), copy.deepcopy(payload))


def create_custom_events(call: Call) -> Reply:
    app = call.the_app
    events = call.json_object().get("events")
    if not isinstance(events, list) or not events:
        raise ApiError(400, "events is required and must be a non-empty list")
    accepted: List[CustomEvent] = [_event(app.id, value, index) for index, value in enumerate(events)]
    app.custom_events.extend(accepted)
    return Reply(200, {})
