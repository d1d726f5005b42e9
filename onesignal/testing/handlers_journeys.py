"""Journeys: create, list with cursor paging, view, update, update one node, duplicate, delete and stats.

States: journeys start as drafts. "active" needs an audience and at least one
node and sets ``started_at`` at once (the fake has no "processing" phase);
"scheduled" needs ``schedule.start_at``; "archived" sets ``archived_at`` and
is final. An update carrying a ``concurrency_key`` other than the current one
is a 409.
"""

from __future__ import annotations

import copy
from typing import Any, Dict, List, Optional

from onesignal.testing.cursors import decode_cursor, encode_cursor
from onesignal.testing.dates import iso_utc
from onesignal.testing.journey_stats import journey_stats
from onesignal.testing.journeys import EDITABLE, MAX_NAME, NodeGraph, check_names, check_values, graph_ids, merge_patch
from onesignal.testing.resources import Journey
from onesignal.testing.state import new_id, now
from onesignal.testing.wire import ApiError, Call, JsonObject, Reply, object_field, one_of, required_string

DEFAULT_LIMIT = MAX_LIMIT = 50
LIST_CURSOR = "journeys"
VERSION_CURSOR = "journey-version"
SETTABLE_STATES = ("draft", "scheduled", "active", "archived")
NEXT_STATES = {
    "draft": SETTABLE_STATES,
    "scheduled": SETTABLE_STATES,
    "active": ("active", "archived"),
    "archived": ("archived",),
}
MERGED = ("audience", "early_exit", "reentry_rules", "schedule")
LIST_FIELDS = ("id", "app_id", "name", "state", "created_at", "updated_at", "started_at", "archived_at",
               "created_source", "schedule", "reentry_rules")
NODE_FIELDS = ("client_node_id", "annotation", "duration_seconds", "relative_to", "windows", "time_zone",
               "use_user_time_zone", "template_id", "iam_id", "user_ttl_seconds", "webhook_id", "assignments",
               "randomize_on_entry", "branches", "expiration")


def _concurrency_key(journey: Journey) -> str:
    return encode_cursor(VERSION_CURSOR, journey.sequence, journey.version)


def journey_view(journey: Journey) -> JsonObject:
    """The full Journey shape."""
    return {**copy.deepcopy(journey.document), "concurrency_key": _concurrency_key(journey)}


def list_item(journey: Journey) -> JsonObject:
    """The JourneyListItem shape: the summary fields and the audience kind."""
    document = journey.document
    item = {name: copy.deepcopy(document[name]) for name in LIST_FIELDS if name in document}
    if "audience" in document:
        item["audience"] = {"kind": document["audience"].get("kind")}
    return item


def _journey(call: Call) -> Journey:
    found = call.the_app.journeys.get(call.params["journey_id"])
    if found is None:
        raise ApiError(404, f"journey {call.params['journey_id']} does not exist in this app")
    return found


def _store(call: Call, fields: JsonObject) -> Journey:
    """Check a create or duplicate body and keep the new draft journey."""
    app = call.the_app
    check_names(fields, EDITABLE)
    required_string(fields, "name", MAX_NAME)
    check_values(app, fields)
    stamp = iso_utc(now())
    document: JsonObject = {
        "id": new_id(),
        "app_id": app.id,
        "name": fields["name"],
        "description": fields.get("description", ""),
        "state": "draft",
        "created_at": stamp,
        "updated_at": stamp,
        "started_at": None,
        "archived_at": None,
        "created_source": "public_api",
    }
    document.update((name, copy.deepcopy(fields[name])) for name in MERGED if fields.get(name) is not None)
    document["nodes"] = NodeGraph(app, set(), creating=True).nodes(fields.get("nodes") or [])
    journey = Journey(document["id"], app.id, call.store.next_sequence(), document)
    app.journeys[journey.id] = journey
    return journey


def create_journey(call: Call) -> Reply:
    return Reply(201, journey_view(_store(call, call.json_object())))


def view_journey(call: Call) -> Reply:
    return Reply(200, journey_view(_journey(call)))


def view_journeys(call: Call) -> Reply:
    app = call.the_app
    limit = call.query_int("limit", DEFAULT_LIMIT)
    if not 1 <= limit <= MAX_LIMIT:
        raise ApiError(400, f"limit must be from 1 to {MAX_LIMIT}")
    cursor = call.query_value("cursor")
    before = decode_cursor(cursor, LIST_CURSOR, 1, "cursor")[0] if cursor else None
    newest_first = sorted(app.journeys.values(), key=lambda journey: journey.sequence, reverse=True)
    found = [journey for journey in newest_first if before is None or journey.sequence < before]
    page = found[:limit]
    answer: JsonObject = {"journeys": [list_item(journey) for journey in page], "has_more": len(found) > limit}
    if answer["has_more"]:
        answer["next_cursor"] = encode_cursor(LIST_CURSOR, page[-1].sequence)
    return Reply(200, answer)


def _check_version(journey: Journey, body: JsonObject) -> JsonObject:
    """The body without ``concurrency_key``; 409 when the key given is not the current one."""
    rest = dict(body)
    given = rest.pop("concurrency_key", None)
    if given is not None and given != _concurrency_key(journey):
        raise ApiError(409, "the journey was changed since this concurrency_key was read")
    return rest


def _move(document: JsonObject, state: str) -> None:
    """Apply a state change, with the timestamps it sets; 422 for moves the API does not allow."""
    current = str(document["state"])
    if state not in NEXT_STATES[current]:
        raise ApiError(422, f"a journey in state {current} cannot move to {state}")
    if state == "active" and (not document.get("audience") or not document.get("nodes")):
        raise ApiError(422, "a journey needs an audience and at least one node before it can be activated")
    if state == "scheduled" and not (document.get("schedule") or {}).get("start_at"):
        raise ApiError(422, "a scheduled journey needs schedule.start_at")
    if state == "active" and document["started_at"] is None:
        document["started_at"] = iso_utc(now())
    if state == "archived" and document["archived_at"] is None:
        document["archived_at"] = iso_utc(now())
    document["state"] = state


def _save(journey: Journey, document: JsonObject) -> Reply:
    document["updated_at"] = iso_utc(now())
    journey.document = document
    journey.version += 1
    return Reply(200, journey_view(journey))


def update_journey(call: Call) -> Reply:
    app = call.the_app
    journey = _journey(call)
    body = _check_version(journey, call.json_object())
    state = body.pop("state", None)
    check_names(body, EDITABLE)
    document = copy.deepcopy(journey.document)
    for name, value in body.items():
        if name in MERGED and value is None:
            document.pop(name, None)
        elif name in MERGED:
            document[name] = merge_patch(document.get(name), value)
        elif name == "nodes":
            document["nodes"] = NodeGraph(app, graph_ids(journey.document["nodes"]), creating=False).nodes(value)
        else:
            document[name] = value
    check_values(app, {name: document.get(name) for name in body if name == "name" or document.get(name) is not None})
    if state is not None:
        _move(document, one_of(state, "state", SETTABLE_STATES))
    return _save(journey, document)


def _replaced(nodes: List[JsonObject], node_id: str, patch: JsonObject) -> Optional[List[JsonObject]]:
    """``nodes`` with the node ``node_id`` merge-patched, or None when it is not in the graph."""
    result: List[JsonObject] = []
    found = False
    for node in nodes:
        if node.get("id") == node_id:
            node, found = merge_patch(node, patch), True
        else:
            node = dict(node)
            branches = []
            for branch in node.get("branches") or []:
                inner = _replaced(list(branch.get("nodes") or []), node_id, patch)
                found = found or inner is not None
                branches.append({**branch, "nodes": inner if inner is not None else branch.get("nodes") or []})
            if "branches" in node:
                node["branches"] = branches
        result.append(node)
    return result if found else None


def update_journey_node(call: Call) -> Reply:
    journey = _journey(call)
    patch = _check_version(journey, call.json_object())
    check_names(patch, NODE_FIELDS)
    nodes = _replaced(journey.document["nodes"], call.params["node_id"], patch)
    if nodes is None:
        raise ApiError(404, f"node {call.params['node_id']} does not exist in this journey")
    document = copy.deepcopy(journey.document)
    document["nodes"] = NodeGraph(call.the_app, graph_ids(journey.document["nodes"]), creating=False).nodes(nodes)
    return _save(journey, document)


def _without_ids(nodes: List[JsonObject]) -> List[JsonObject]:
    """Copies of ``nodes`` without the server-assigned node and branch ids, so a duplicate gets fresh ones."""
    copies = []
    for node in nodes:
        fresh = {key: value for key, value in node.items() if key != "id"}
        if "branches" in fresh:
            fresh["branches"] = [
                {**{key: value for key, value in branch.items() if key != "id"},
                 "nodes": _without_ids(list(branch.get("nodes") or []))}
                for branch in fresh["branches"]
            ]
        copies.append(fresh)
    return copies


def duplicate_journey(call: Call) -> Reply:
    source = _journey(call).document
    body = call.json_object(required=False)
    check_names(body, ("overrides",))
    overrides = object_field(body, "overrides")
    fields: Dict[str, Any] = {
        "name": f"{source['name']} (Copy)",
        "description": source.get("description"),
        "nodes": _without_ids(list(source.get("nodes") or [])),
        **{name: source[name] for name in ("audience", "early_exit", "reentry_rules") if name in source},
    }
    check_names(overrides, EDITABLE)
    fields.update(overrides)
    return Reply(200, journey_view(_store(call, fields)))


def delete_journey(call: Call) -> Reply:
    del call.the_app.journeys[_journey(call).id]
    return Reply(200, {"success": True})


def view_journey_stats(call: Call) -> Reply:
    return Reply(200, journey_stats(call.the_app, _journey(call)))
