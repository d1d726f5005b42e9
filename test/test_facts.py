"""The model declarations and the endpoint table checked against a facts-only extract of the API descriptions.

``test/facts/`` holds what ``tools/extract_facts.py`` read from OneSignal's OpenAPI files 1.4.1 and 5.12.0, and
what the published 5.18.0 SDK adds to them (five operations and their models). Every schema there must be a
model here whose fields accept what the API describes, and every operation an endpoint with the same method,
path, arguments and key. Where the SDK differs on purpose, the difference is listed below with its reason.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

import pytest

from onesignal.api import endpoints
from onesignal.endpoint import APP_KEY, USER_KEY, Endpoint, Param, endpoints_of
from onesignal.model import MODEL_MODULES
from onesignal.model_utils import (DateTimeSpec, DictSpec, JsonSpec, Limits, ListModel, ListSpec, MapModel, ModelSpec,
                                   Primitive, TypeSpec, UnionSpec, fields_of, parse_type, required_fields,
                                   resolve_model)

FACTS = Path(__file__).resolve().parent / "facts"
SPEC_FILES = ("onesignal-openapi-1.4.1.json", "onesignal-openapi-5.12.0.json")
KEYS = {"app_key": APP_KEY, "rest_api_key": APP_KEY, "user_key": USER_KEY, "organization_api_key": USER_KEY}

# The limits of the descriptions and the names of ``Limits`` that declare them.
LIMIT_NAMES = (("minimum", "minimum"), ("maximum", "maximum"), ("maxItems", "max_items"),
               ("maxLength", "max_length"), ("minProperties", "min_items"), ("maxProperties", "max_items"))
# (class, wire name, limit) -> why the SDK does not enforce a limit the description gives.
UNENFORCED_LIMITS: Dict[Tuple[str, str, str], str] = {
    ("TransferSubscriptionRequestBody", "identity", "minProperties"):
        "the 2.x reference example sends an empty IdentityObject as a placeholder and must run; the API refuses it",
}
# Schemas the SDK has no class for, and why.
NOT_MODELED = {
    "CustomEventsResponse": "an empty object in the description; create_custom_events answers a plain dict",
}
# (class, wire name) -> why the declared type differs from the described one.
DELIBERATE_TYPES: Dict[Tuple[str, str], str] = {}
# (class, wire name) -> why a field the description requires is optional here.
NOT_REQUIRED: Dict[Tuple[str, str], str] = {
    ("GetNotificationRequestBody", "id"): "1.4.1 requires an 'id' it never declares; the notification id is the "
                                          "path argument of get_notification_history",
    ("GetNotificationHistoryRequestBody", "id"): "the same undeclared 'id', in 5.12.0",
    ("Filter", "relation"): "1.4.1 requires it, 5.x does not: a location filter (radius, lat, long) has none",
}
# (class, wire name) -> why the declared field allows values beyond the described enum.
OPEN_ENUMS: Dict[Tuple[str, str], str] = {
    ("UpdateLiveActivityRequest", "name"): "1.4.1 lists four update kinds; in 5.x it is a free-text name of the "
                                           "update, and code of both lines must run",
}


def load(name: str) -> Dict[str, Any]:
    with (FACTS / name).open(encoding="utf-8") as handle:
        data: Dict[str, Any] = json.load(handle)
    return data


SPECS = [load(name) for name in SPEC_FILES]
EXTRA = load("sdk-5.18.0-extra.json")


def described_schemas() -> Iterator[Tuple[str, str, Dict[str, Any]]]:
    """(source, schema name, facts) for every schema of both descriptions and of the 5.18.0 additions."""
    for spec in SPECS:
        for name, facts in spec["schemas"].items():
            yield spec["version"], name, facts
    for name, facts in EXTRA["schemas"].items():
        yield "5.18.0", name, facts
    for name, fields in EXTRA["fields_added"].items():
        yield "5.18.0", name, {"fields": fields}


def described_operations() -> Iterator[Tuple[str, str, Dict[str, Any]]]:
    for spec in SPECS:
        for name, facts in spec["operations"].items():
            yield spec["version"], name, facts
    for name, facts in EXTRA["operations"].items():
        yield "5.18.0", name, facts


SCHEMA_CASES = [pytest.param(name, facts, id=f"{source}:{name}") for source, name, facts in described_schemas()
                if name not in NOT_MODELED]
OPERATION_CASES = [pytest.param(name, facts, id=f"{source}:{name}") for source, name, facts in described_operations()]


def model_class(name: str) -> Any:
    assert name in MODEL_MODULES, f"no model class {name}"
    return resolve_model(name)


def accepts(declared: TypeSpec, described: TypeSpec) -> bool:
    """Whether a value of the described type is accepted by the declared one, and decodes to something that is
    an instance of the described type (a subclass of a described model counts)."""
    if isinstance(described, JsonSpec):  # the description says "any JSON value"
        return True
    if isinstance(declared, UnionSpec):
        return any(accepts(option, described) for option in declared.options)
    if isinstance(described, UnionSpec):
        return all(accepts(declared, option) for option in described.options)
    if isinstance(declared, JsonSpec):
        return False
    if isinstance(described, Primitive) and isinstance(declared, Primitive):
        return declared.name == described.name or (declared.name, described.name) == ("float", "int")
    if isinstance(described, DateTimeSpec) and isinstance(declared, DateTimeSpec):
        return declared.name == described.name
    if isinstance(described, ListSpec) and isinstance(declared, ListSpec):
        return accepts(declared.item, described.item)
    if isinstance(described, DictSpec):
        if isinstance(declared, DictSpec):
            return accepts(declared.value, described.value)
        if isinstance(declared, ModelSpec) and issubclass(declared.cls, MapModel):
            extra = declared.cls._extra_type
            return extra is None or accepts(parse_type(extra), described.value)
        return False
    if isinstance(described, ModelSpec) and isinstance(declared, ModelSpec):
        return bool(issubclass(declared.cls, described.cls))
    if isinstance(described, ModelSpec) and isinstance(declared, DictSpec):
        return bool(getattr(described.cls, "_extra_allowed", False))
    return False


@pytest.mark.parametrize("name, facts", SCHEMA_CASES)
def test_every_described_schema_is_a_model_that_accepts_it(name: str, facts: Dict[str, Any]) -> None:
    cls = model_class(name)
    if "items" in facts:
        assert issubclass(cls, ListModel), f"{name} is an array in the description"
        assert accepts(cls._item_spec().item, parse_type(facts["items"]))
    for part in facts.get("allOf", []) + facts.get("anyOf", []):
        assert issubclass(cls, model_class(part)), f"{name} should hold every field of {part}"
    for option in facts.get("oneOf", []):
        assert accepts(parse_type(name), parse_type(option)) or issubclass(model_class(option), ListModel), \
            f"{name} should accept a {option}"
    if facts.get("free_form"):
        assert cls._extra_allowed, f"{name} is free-form in the description"
    if "fields" not in facts:
        return
    declared = {f.wire: f for f in fields_of(cls)}
    problems: List[str] = []
    for wire, field_facts in facts["fields"].items():
        f = declared.get(wire)
        if f is None:
            problems.append(f"{wire}: missing")
            continue
        if (name, wire) not in DELIBERATE_TYPES and not accepts(f.type, parse_type(field_facts["type"])):
            problems.append(f"{wire}: declared {f.annotation}, described {field_facts['type']}")
        described_enum = [v for v in field_facts.get("enum", []) if v is not None]
        if described_enum and (name, wire) not in OPEN_ENUMS and (
                f.enum is None or not set(described_enum) <= set(f.enum)):
            problems.append(f"{wire}: enum {f.enum} lacks some of {described_enum}")
        if field_facts.get("nullable") and not f.nullable:
            problems.append(f"{wire}: the description says it may be null")
        limits = f.limits or Limits()
        for described_limit, declared_limit in LIMIT_NAMES:
            if (name, wire, described_limit) in UNENFORCED_LIMITS:
                continue
            if described_limit in field_facts and getattr(limits, declared_limit) != field_facts[described_limit]:
                problems.append(f"{wire}: {described_limit} is {field_facts[described_limit]}, declared "
                                f"{getattr(limits, declared_limit)}")
    required = {f.wire for f in required_fields(cls)}
    for wire in facts.get("required", []):
        if wire not in required and (name, wire) not in NOT_REQUIRED and not cls.__dict__.get("_all_optional"):
            problems.append(f"{wire}: required in the description")
    assert problems == [], f"{name}: " + "; ".join(problems)


def test_no_model_requires_what_no_description_requires() -> None:
    required_somewhere: Dict[str, set] = {}
    parts: Dict[str, set] = {}
    for _, name, facts in described_schemas():
        required_somewhere.setdefault(name, set()).update(facts.get("required", []))
        parts.setdefault(name, set()).update(facts.get("allOf", []))
    for _ in range(3):  # a composition requires what its parts require (Notification -> BasicNotification)
        for name, names in parts.items():
            for part in names:
                required_somewhere[name] |= required_somewhere.get(part, set())
    extra = {name: sorted({f.wire for f in required_fields(model_class(name))} - wires)
             for name, wires in required_somewhere.items() if name not in NOT_MODELED
             and not issubclass(model_class(name), ListModel)}
    assert {name: wires for name, wires in extra.items() if wires} == {}


def all_endpoints() -> Dict[str, Endpoint]:
    return {e.name: e for e in endpoints_of(endpoints).values()}


def path_and_query(path: str) -> Tuple[str, List[str]]:
    """``/players/csv_export?app_id={app_id}`` -> ("/players/csv_export", ["app_id"])."""
    bare, _, query = path.partition("?")
    return bare, [part.split("=")[0] for part in query.split("&") if part]


def param_for(endpoint: Endpoint, wire: str) -> Optional[Param]:
    return next((p for p in endpoint.params if p.location != "body" and p.wire_name == wire), None)


@pytest.mark.parametrize("name, facts", OPERATION_CASES)
def test_every_described_operation_is_an_endpoint_that_sends_it(name: str, facts: Dict[str, Any]) -> None:
    endpoint = all_endpoints().get(name)
    assert endpoint is not None, f"no endpoint {name}"
    path, query_in_path = path_and_query(facts["path"])
    assert (endpoint.method, endpoint.path) == (facts["method"], path)
    assert {KEYS[k] for k in facts["keys"]} == {endpoint.auth}
    for described in facts["params"]:
        where = "query" if described["name"] in query_in_path else described["in"]
        param = param_for(endpoint, described["name"])
        assert param is not None, f"{name}: no argument sent as {where} {described['name']!r}"
        assert param.location == where, f"{name}.{param.name}"
        assert param.required == described["required"], f"{name}.{param.name}: required"
        assert accepts(parse_type(param.type), parse_type(described["type"])), f"{name}.{param.name}: type"
        if "enum" in described:
            assert param.enum is not None and set(described["enum"]) <= set(param.enum), f"{name}.{param.name}"
    sent = {p.wire_name for p in endpoint.params if p.location != "body"}
    described_anywhere = {d["name"] for _, other, f in described_operations() if other == name for d in f["params"]}
    assert sent <= described_anywhere, f"{name}: arguments no description has"
    bodies = [p for p in endpoint.params if p.location == "body"]
    if facts["body"] is None:
        assert bodies == []
    else:
        assert len(bodies) == 1 and bodies[0].required == facts["body"]["required"]
        assert accepts(parse_type(bodies[0].type), parse_type(facts["body"]["type"])), f"{name}: body type"
    answer = next((t for status, t in facts["answers"].items() if status.startswith("2")), "-")
    if answer == "-":
        assert endpoint.returns is None, f"{name} answers no body"
    elif answer in NOT_MODELED:
        assert endpoint.returns == "Dict[str, Any]", f"{name} answers a free-form object"
    else:
        assert endpoint.returns is not None and accepts(parse_type(endpoint.returns), parse_type(answer)), \
            f"{name}: answers {endpoint.returns}, described {answer}"
