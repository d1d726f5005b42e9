"""Segments: create with filters, list, view with the subscriber count, update and delete.

The default segments are listed first (they are the oldest) and are
read-only: updating one is a 403, deleting one a 400. A segment's subscriber
count is the number of subscribed devices the targeting engine puts in it.
"""

from __future__ import annotations

from onesignal.testing.dates import iso_utc
from onesignal.testing.state import App, Segment, new_id, now
from onesignal.testing.targeting import BUILT_IN_SEGMENTS, segment_members, validate_filters
from onesignal.testing.wire import ApiError, Call, JsonObject, Reply, optional_string, required_string

MAX_SEGMENTS_PER_PAGE = 300
MAX_NAME = 128
MAX_DESCRIPTION = 255
MAX_FILTER_ENTRIES = 200
DETAIL_FLAG = "include-segment-detail"


def _taken(app: App, name: str, but: str = "") -> bool:
    """True when another segment (not ``but``) already has this name."""
    others = (segment.name for segment in app.segments.values() if segment.id != but)
    return name in BUILT_IN_SEGMENTS or name in others


def _segment(app: App, segment_id: str) -> Segment:
    found = app.segments.get(segment_id)
    if found is None:
        raise ApiError(404, f"segment {segment_id} does not exist in this app")
    return found


def segment_data(app: App, segment: Segment) -> JsonObject:
    """A segment in the SegmentData shape used by the list."""
    return {
        "id": segment.id,
        "name": segment.name,
        "created_at": iso_utc(segment.created_at),
        "updated_at": iso_utc(segment.updated_at),
        "app_id": app.id,
        "read_only": segment.read_only,
        "is_active": True,
    }


def segment_details(segment: Segment) -> JsonObject:
    """A segment in the SegmentDetails shape (``include-segment-detail=true``)."""
    return {
        "id": segment.id,
        "name": segment.name,
        "description": segment.description,
        "created_at": segment.created_at,
        "source": segment.source,
        "filters": list(segment.filters),
    }


def create_segment(call: Call) -> Reply:
    app = call.the_app
    body = call.json_object()
    name = required_string(body, "name")
    if "filters" not in body:
        raise ApiError(400, "filters is required")
    filters = validate_filters(body["filters"])
    if _taken(app, name):
        return Reply(409, {"success": False, "errors": [f"a segment named {name!r} already exists"]})
    segment = Segment(new_id(), name, filters)
    app.segments[segment.id] = segment
    return Reply(201, {"success": True, "id": segment.id})


def get_segments(call: Call) -> Reply:
    app = call.the_app
    limit = call.query_int("limit", MAX_SEGMENTS_PER_PAGE, MAX_SEGMENTS_PER_PAGE)
    offset = call.query_int("offset", 0)
    segments = list(app.segments.values())  # kept in creation order, the order the API lists them in
    page = [segment_data(app, segment) for segment in segments[offset : offset + limit]]
    return Reply(201, {"total_count": len(segments), "offset": offset, "limit": limit, "segments": page})


def get_segment(call: Call) -> Reply:
    app = call.the_app
    segment = _segment(app, call.params["segment_id"])
    flag = (call.query_value(DETAIL_FLAG) or "false").lower()
    if flag not in ("true", "false"):
        raise ApiError(400, f"{DETAIL_FLAG} must be true or false")
    members = segment_members(app, segment.name, now())
    answer: JsonObject = {"subscriber_count": sum(1 for i in members if app.devices[i].subscribed)}
    if flag == "true":
        answer["payload"] = segment_details(segment)
    return Reply(200, answer)


def update_segment(call: Call) -> Reply:
    app = call.the_app
    segment = _segment(app, call.params["segment_id"])
    if segment.read_only:
        raise ApiError(403, f"the default segment {segment.name!r} cannot be changed")
    body = call.json_object()
    name = required_string(body, "name", MAX_NAME)
    description = optional_string(body, "description", MAX_DESCRIPTION)
    filters = segment.filters
    if body.get("filters") is not None:
        filters = validate_filters(body["filters"])
        if len(filters) > MAX_FILTER_ENTRIES:
            raise ApiError(400, f"filters holds {len(filters)} entries; at most {MAX_FILTER_ENTRIES}")
    if _taken(app, name, but=segment.id):
        raise ApiError(400, f"a segment named {name!r} already exists")
    segment.name, segment.filters, segment.updated_at = name, filters, now()
    if "description" in body:
        segment.description = description or None
    return Reply(200, {"success": True, "id": segment.id})


def delete_segment(call: Call) -> Reply:
    app = call.the_app
    segment = app.segments.get(call.params["segment_id"])
    if segment is None:
        return Reply(404, {"success": False})
    if segment.read_only:
        raise ApiError(400, f"the default segment {segment.name!r} cannot be deleted")
    del app.segments[segment.id]
    return Reply(200, {"success": True})
