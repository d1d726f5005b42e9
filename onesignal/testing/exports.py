"""Gzip-compressed CSV files for the export endpoints, and the route that serves them."""

from __future__ import annotations

import csv
import gzip
import io
import json
from typing import Any, Iterable, List, Sequence

from onesignal.testing.state import App, NotificationRecord
from onesignal.testing.wire import ApiError, Call, Reply

PLAYER_COLUMNS = (
    "id",
    "identifier",
    "session_count",
    "language",
    "timezone",
    "game_version",
    "device_os",
    "device_type",
    "device_model",
    "ad_id",
    "tags",
    "last_active",
    "playtime",
    "amount_spent",
    "created_at",
    "invalid_identifier",
    "badge_count",
)
EVENT_COLUMNS = ("notification_id", "subscription_id", "external_id", "event", "timestamp")


def _cell(value: Any) -> str:
    """CSV text for a value; objects are written as JSON."""
    if value is None:
        return ""
    if isinstance(value, (dict, list, bool)):
        return json.dumps(value)
    return str(value)


def gzip_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """A CSV document with ``header`` and ``rows``, gzip-compressed."""
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(header)
    writer.writerows([_cell(value) for value in row] for row in rows)
    return gzip.compress(text.getvalue().encode("utf-8"))


def sent_events(app: App, record: NotificationRecord) -> List[List[Any]]:
    """One "sent" row per recipient of a delivered notification."""
    if record.completed_at is None:
        return []
    rows: List[List[Any]] = []
    for device_id in record.recipient_ids:
        device = app.devices.get(device_id)
        owner = app.users.get(device.owner_id) if device else None
        external_id = owner.aliases.get("external_id") if owner else None
        rows.append([record.id, device_id, external_id, "sent", record.completed_at])
    return rows


def download(call: Call) -> Reply:
    """Serve a previously exported file; no key is needed, as with the real signed URLs.

    Until the file is ready (``export_delay`` after the export call) it answers 404, as the API's files do.
    """
    exported = call.store.ready_file(call.params["name"])
    if exported is None:
        raise ApiError(404, "no such export file")
    return Reply(200, raw=exported.content, content_type="application/gzip")
