"""Journey documents: checking what clients send, assigning node and branch ids, and JSON Merge Patch.

Rules the fake applies (from the API's description of the schemas):

* On create, nodes and branches must not carry ``id``: the server assigns
  them. On update a node or branch keeps its place by echoing its ``id``; one
  without ``id`` is new. ``client_node_id`` is unique within a journey.
* ``wait`` nodes need ``duration_seconds`` (60 s to one year); send nodes need
  a template of the app on their channel (``send_iam`` an ``iam_id``,
  ``send_webhook`` a ``webhook_id``); ``tag`` nodes need ``assignments``.
* ``split_range`` has 2-20 branches whose weights sum to 100, ``yes_no``
  exactly 2, ``wait_until`` 1-10; other kinds have none.
* Audience segment ids must be segments of the app.
"""

from __future__ import annotations

import copy
import math
from typing import Any, Dict, Iterator, List, Optional, Sequence, Set

from onesignal.testing.dates import parse_iso
from onesignal.testing.state import App, new_id
from onesignal.testing.wire import ApiError, JsonObject, check_length, one_of, optional_string, required_string

NODE_KINDS = (
    "wait",
    "time_window",
    "send_push",
    "send_email",
    "send_sms",
    "send_iam",
    "send_webhook",
    "tag",
    "split_range",
    "yes_no",
    "wait_until",
)
SEND_CHANNELS = {"send_push": "push", "send_email": "email", "send_sms": "sms"}
BRANCH_COUNTS = {"split_range": (2, 20), "yes_no": (2, 2), "wait_until": (1, 10)}
AUDIENCE_KINDS = ("segment", "event_trigger")
CONDITION_KINDS = ("segment_membership", "on_notification_action", "event_trigger")
ACTIONS = ("received", "clicked", "opened")
RELATIVE_TO = ("schedule_in_timezone", "last_active_time")
ATTRIBUTE_OPERATORS = (
    "equal",
    "not_equal",
    "less",
    "less_or_equal",
    "greater_or_equal",
    "greater",
    "is",
    "is_not",
    "exists",
    "not_exists",
    "before",
    "after",
)
ONE_YEAR = 31556952
MAX_NAME = 300
MAX_DESCRIPTION = 1024
MAX_ANNOTATION = 255
MIN_REENTRY_SECONDS = 600
EDITABLE = ("name", "description", "audience", "early_exit", "reentry_rules", "schedule", "nodes")


def _object(value: Any, where: str) -> JsonObject:
    if not isinstance(value, dict):
        raise ApiError(400, f"{where} must be a JSON object")
    return value


def _int(value: Any, where: str, low: int, high: Optional[int] = None) -> Optional[int]:
    """An integer in [low, high] or None."""
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < low or (high is not None and value > high):
        bounds = f"from {low} to {high}" if high is not None else f"at least {low}"
        raise ApiError(400, f"{where} must be an integer {bounds}")
    return value


def _list(value: Any, where: str) -> List[Any]:
    """A JSON array, or [] for null."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise ApiError(400, f"{where} must be a list")
    return value


def _strings(value: Any, where: str) -> List[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ApiError(400, f"{where} must be a list of strings")
    return value


def _string(value: Any, where: str, required: bool = False) -> None:
    if value is None and not required:
        return
    if not isinstance(value, str) or not value:
        raise ApiError(400, f"{where} is required and must be a non-empty string")


def _segment_ids(app: App, value: Any, where: str) -> None:
    for segment_id in _strings(value, where):
        if segment_id not in app.segments:
            raise ApiError(400, f"{where}: segment {segment_id} does not exist in this app")


def _attributes(value: Any, where: str) -> None:
    """``List[List[JourneyEventAttribute]]``: groups of {key, operator, value}."""
    if value is None:
        return
    if not isinstance(value, list) or not all(isinstance(group, list) for group in value):
        raise ApiError(400, f"{where} must be a list of lists of attributes")
    for group in value:
        for attribute in group:
            _string(_object(attribute, where).get("key"), f"{where}.key", required=True)
            one_of(attribute.get("operator"), f"{where}.operator", ATTRIBUTE_OPERATORS)


def check_audience(app: App, value: Any) -> None:
    audience = _object(value, "audience")
    kind = one_of(audience.get("kind"), "audience.kind", AUDIENCE_KINDS)
    _segment_ids(app, audience.get("included_segment_ids"), "audience.included_segment_ids")
    _segment_ids(app, audience.get("excluded_segment_ids"), "audience.excluded_segment_ids")
    _string(audience.get("name"), "audience.name", required=kind == "event_trigger")
    _attributes(audience.get("attributes"), "audience.attributes")


def check_early_exit(app: App, value: Any) -> None:
    early_exit = _object(value, "early_exit")
    rules = _object(early_exit.get("rules") or {}, "early_exit.rules")
    on_segment = _object(rules.get("on_segment") or {}, "early_exit.rules.on_segment")
    _segment_ids(app, on_segment.get("included_segment_ids"), "early_exit.rules.on_segment.included_segment_ids")
    if rules.get("on_event") is not None:
        _string(_object(rules["on_event"], "early_exit.rules.on_event").get("name"), "on_event.name", True)
    tags = _object(early_exit.get("tag_on_early_exit") or {}, "early_exit.tag_on_early_exit")
    if not all(isinstance(text, str) for text in tags.values()):
        raise ApiError(400, "early_exit.tag_on_early_exit must map tag keys to text")


def check_schedule(value: Any) -> None:
    schedule = _object(value, "schedule")
    for key in ("start_at", "stop_at"):
        if schedule.get(key) is not None:
            parse_iso(schedule[key], f"schedule.{key}")


def check_reentry(value: Any) -> None:
    rules = _object(value, "reentry_rules")
    _int(rules.get("duration_seconds"), "reentry_rules.duration_seconds", MIN_REENTRY_SECONDS)


class NodeGraph:
    """Checks a node list and gives every node and branch an id.

    ``known`` holds the ids of the journey being updated (empty when creating);
    ``creating`` refuses client-sent ids.
    """

    def __init__(self, app: App, known: Set[str], creating: bool) -> None:
        self.app = app
        self.known = known
        self.creating = creating
        self.seen: Set[str] = set()
        self.client_ids: Set[str] = set()

    def nodes(self, value: Any, where: str = "nodes") -> List[JsonObject]:
        if not isinstance(value, list):
            raise ApiError(400, f"{where} must be a list")
        return [self.node(item, f"{where}[{index}]") for index, item in enumerate(value)]

    def _id(self, item: JsonObject, where: str) -> str:
        given = item.get("id")
        if given is None:
            return new_id()
        if self.creating:
            raise ApiError(400, f"{where}.id is assigned by the server and cannot be sent on create")
        if not isinstance(given, str) or given not in self.known:
            raise ApiError(400, f"{where}.id {given!r} does not belong to this journey")
        if given in self.seen:
            raise ApiError(400, f"{where}.id {given} appears twice")
        self.seen.add(given)
        return given

    def node(self, value: Any, where: str) -> JsonObject:
        node = copy.deepcopy(_object(value, where))
        kind = one_of(node.get("kind"), f"{where}.kind", NODE_KINDS)
        node["id"] = self._id(node, where)
        self._client_id(node.get("client_node_id"), where)
        annotation = node.get("annotation")
        if annotation is not None and not isinstance(annotation, str):
            raise ApiError(400, f"{where}.annotation must be a string")
        check_length(annotation, f"{where}.annotation", MAX_ANNOTATION)
        self._timing(node, kind, where)
        self._payload(node, kind, where)
        if kind in BRANCH_COUNTS:
            node["branches"] = self._branches(node.get("branches"), kind, where)
        elif node.get("branches"):
            raise ApiError(400, f"{where}: only split_range, yes_no and wait_until nodes have branches")
        return node

    def _client_id(self, value: Any, where: str) -> None:
        if value is None:
            return
        _string(value, f"{where}.client_node_id")
        if value in self.client_ids:
            raise ApiError(400, f"{where}.client_node_id {value!r} is used twice in this journey")
        self.client_ids.add(value)

    def _timing(self, node: JsonObject, kind: str, where: str) -> None:
        duration = _int(node.get("duration_seconds"), f"{where}.duration_seconds", 60, ONE_YEAR)
        if kind == "wait" and duration is None:
            raise ApiError(400, f"{where}: a wait node needs duration_seconds")
        _int(node.get("user_ttl_seconds"), f"{where}.user_ttl_seconds", 1)
        if node.get("relative_to") is not None:
            one_of(node["relative_to"], f"{where}.relative_to", RELATIVE_TO)
        for index, window in enumerate(_list(node.get("windows"), f"{where}.windows")):
            place = f"{where}.windows[{index}]"
            _int(_object(window, place).get("day_of_week"), f"{place}.day_of_week", 1, 7)
            for end in ("start", "end"):
                point = _object(window.get(end) or {}, f"{place}.{end}")
                _int(point.get("hour"), f"{place}.{end}.hour", 0, 23)
                _int(point.get("minute"), f"{place}.{end}.minute", 0, 59)
        expiration = _object(node.get("expiration") or {}, f"{where}.expiration")
        _int(expiration.get("duration_seconds"), f"{where}.expiration.duration_seconds", 60, ONE_YEAR)

    def _payload(self, node: JsonObject, kind: str, where: str) -> None:
        if kind in SEND_CHANNELS:
            _string(node.get("template_id"), f"{where}.template_id", required=True)
            template = self.app.templates.get(node["template_id"])
            if template is None:
                raise ApiError(400, f"{where}: template {node['template_id']} does not exist in this app")
            if template.channel != SEND_CHANNELS[kind]:
                raise ApiError(400, f"{where}: a {kind} node needs a {SEND_CHANNELS[kind]} template")
        _string(node.get("iam_id"), f"{where}.iam_id", required=kind == "send_iam")
        _string(node.get("webhook_id"), f"{where}.webhook_id", required=kind == "send_webhook")
        assignments = node.get("assignments")
        if kind == "tag" and not assignments:
            raise ApiError(400, f"{where}: a tag node needs assignments")
        place = f"{where}.assignments"
        if assignments is not None and not all(isinstance(v, str) for v in _object(assignments, place).values()):
            raise ApiError(400, f"{place} must map tag keys to text")

    def _branches(self, value: Any, kind: str, where: str) -> List[JsonObject]:
        low, high = BRANCH_COUNTS[kind]
        branches = value if isinstance(value, list) else []
        if not low <= len(branches) <= high:
            count = f"exactly {low}" if low == high else f"{low} to {high}"
            raise ApiError(400, f"{where}: a {kind} node needs {count} branches")
        checked = [self._branch(item, f"{where}.branches[{index}]") for index, item in enumerate(branches)]
        if kind == "split_range":
            weights = [branch.get("weight") for branch in checked]
            numbers = [float(w) for w in weights if isinstance(w, (int, float)) and not isinstance(w, bool)]
            if len(numbers) != len(weights) or not math.isclose(sum(numbers), 100):
                raise ApiError(400, f"{where}: split_range branch weights must be numbers that sum to 100")
        return checked

    def _branch(self, value: Any, where: str) -> JsonObject:
        branch = copy.deepcopy(_object(value, where))
        branch["id"] = self._id(branch, where)
        if branch.get("condition") is not None:
            condition = _object(branch["condition"], f"{where}.condition")
            one_of(condition.get("kind"), f"{where}.condition.kind", CONDITION_KINDS)
            if condition.get("action") is not None:
                one_of(condition["action"], f"{where}.condition.action", ACTIONS)
            _segment_ids(self.app, condition.get("included_segment_ids"), f"{where}.condition.included_segment_ids")
            _segment_ids(self.app, condition.get("excluded_segment_ids"), f"{where}.condition.excluded_segment_ids")
            _attributes(condition.get("attributes"), f"{where}.condition.attributes")
        branch["nodes"] = self.nodes(branch.get("nodes") or [], f"{where}.nodes")
        return branch


def walk(nodes: Sequence[JsonObject]) -> Iterator[JsonObject]:
    """Every node of a graph, depth first, branches included."""
    for node in nodes:
        yield node
        for branch in node.get("branches") or []:
            yield from walk(branch.get("nodes") or [])


def graph_ids(nodes: Sequence[JsonObject]) -> Set[str]:
    """The ids of every node and branch of a graph."""
    found: Set[str] = set()
    for node in walk(nodes):
        found.add(str(node["id"]))
        found.update(str(branch["id"]) for branch in node.get("branches") or [])
    return found


def check_names(body: JsonObject, allowed: Sequence[str]) -> None:
    """Refuse fields a client may not set (the server-controlled ones included)."""
    for name in body:
        if name not in allowed:
            raise ApiError(400, f"{name} is read-only or unknown and cannot be sent")


def check_values(app: App, body: JsonObject) -> None:
    """Check name, description and the nested objects given (nodes are checked by :class:`NodeGraph`)."""
    if "name" in body:
        required_string(body, "name", MAX_NAME)
    optional_string(body, "description", MAX_DESCRIPTION)
    checks = {
        "audience": lambda value: check_audience(app, value),
        "early_exit": lambda value: check_early_exit(app, value),
        "schedule": check_schedule,
        "reentry_rules": check_reentry,
    }
    for name, check in checks.items():
        if body.get(name) is not None:
            check(body[name])


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7396: objects merge key by key, null removes a key, anything else (arrays too) replaces."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    merged: Dict[str, Any] = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = merge_patch(merged.get(key), value)
    return merged
