"""Segments: create with filters and delete."""

from __future__ import annotations

from onesignal.testing.state import Segment, new_id
from onesignal.testing.targeting import BUILT_IN_SEGMENTS, validate_filters
from onesignal.testing.wire import ApiError, Call, Reply, required_string


def create_segment(call: Call) -> Reply:
    app = call.the_app
    body = call.json_object()
    name = required_string(body, "name")
    if "filters" not in body:
        raise ApiError(400, "filters is required")
    filters = validate_filters(body["filters"])
    if name in BUILT_IN_SEGMENTS or any(segment.name == name for segment in app.segments.values()):
        return Reply(409, {"success": False, "errors": [f"a segment named {name!r} already exists"]})
    segment = Segment(new_id(), name, filters)
    app.segments[segment.id] = segment
    return Reply(201, {"success": True, "id": segment.id})


def delete_segment(call: Call) -> Reply:
    if call.the_app.segments.pop(call.params["segment_id"], None) is None:
        return Reply(404, {"success": False})
    return Reply(200, {"success": True})
