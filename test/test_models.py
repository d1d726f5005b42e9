"""Tests of every model class.

The generic tests are parametrized over every class in ``onesignal.models.MODEL_MODULES`` and driven by the
declarations (``fields_of(cls)``): for each field a sample value is made from its annotation and enum, so every
model gets a fully populated instance, and the expected ``to_dict()`` and wire forms are built alongside it,
independently of the SDK's own encoding. The hand-written tests after them cover the behaviours that need
particular data (nested error paths, positional construction, wire names, datetimes, the union ``errors``
field, lazy imports...).
"""
from __future__ import annotations

import copy
import datetime as dt
import json
import os
import pickle
import typing
from pathlib import Path
from typing import Any, Dict, List, NamedTuple, Tuple

import pytest

import background
import onesignal
from onesignal import ApiAttributeError, ApiKeyError, ApiTypeError, ApiValueError
import onesignal.models as M
from onesignal.model_utils import ListModel, MapModel, Model, fields_of, from_wire, parse_type, to_json, to_wire

UTC = dt.timezone.utc
REPO = Path(__file__).resolve().parent.parent

MODEL_NAMES = sorted(M.MODEL_MODULES)
# Free-form objects: any key is accepted and kept.
FREE_FORM = {"IdentityObject", "PlayerNotificationTargetIncludeAliases", "IncludeAliases"}
# anyOf compositions whose parts' required fields are not required (a filter item may be a bare operator).
ALL_OPTIONAL = {"FilterExpressions", "FilterExpression"}
SECRET_MARK = "SECRET-"
UNKNOWN = "definitely_unknown_field"


def model_cls(name: str) -> Any:
    return getattr(M, name)


def is_list_model(name: str) -> bool:
    return issubclass(model_cls(name), ListModel)


LIST_MODELS = [n for n in MODEL_NAMES if is_list_model(n)]
OBJECT_MODELS = [n for n in MODEL_NAMES if not is_list_model(n)]


def list_item_annotation(name: str) -> str:
    """The declared item type of a ListModel (``Apps(ListModel["App"])`` -> ``"App"``)."""
    arg = typing.get_args(model_cls(name).__orig_bases__[0])[0]
    if isinstance(arg, str):
        return arg
    return getattr(arg, "__forward_arg__", None) or arg.__name__


# --------------------------------------------------------------------------------------------------------------
# Annotation parsing and sample values (the test's own, not the SDK's)
# --------------------------------------------------------------------------------------------------------------

def split_args(text: str) -> List[str]:
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += ch == "["
        depth -= ch == "]"
        if ch == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    parts.append(text[start:].strip())
    return parts


def parse(ann: str) -> Tuple[str, Any]:
    """``"Optional[List[Button]]"`` -> ``("list", ("model", "Button"))``."""
    ann = ann.strip()
    if ann in ("str", "int", "float", "bool", "datetime", "date"):
        return ("prim", ann)
    if ann in ("Any", "object"):
        return ("any", None)
    if "[" not in ann:
        assert ann in M.MODEL_MODULES, f"unexpected annotation {ann!r}"
        return ("model", ann)
    outer, inner = ann[: ann.index("[")], ann[ann.index("[") + 1: -1]
    if outer == "Optional":
        return parse(inner)
    if outer == "List":
        return ("list", parse(inner))
    if outer == "Dict":
        key, value = split_args(inner)
        assert key == "str"
        return ("dict", parse(value))
    if outer == "Union":
        options = [parse(a) for a in split_args(inner) if a != "None"]
        return options[0] if len(options) == 1 else ("union", options)
    raise AssertionError(f"unexpected annotation {ann!r}")


class Sample(NamedTuple):
    value: Any   # what is given to the constructor
    as_dict: Any  # what to_dict() must give for it
    wire: Any    # what to_wire() must give for it


def sample_of(kind: Tuple[str, Any], label: str, v: int, secret: bool = False) -> Sample:
    tag, arg = kind
    if tag == "prim":
        if arg == "str":
            s = f"{SECRET_MARK if secret else ''}{label}#{v}"
            return Sample(s, s, s)
        if arg == "int":
            return Sample(7 + v, 7 + v, 7 + v)
        if arg == "float":
            return Sample(2.5 + v, 2.5 + v, 2.5 + v)
        if arg == "bool":
            return Sample(v % 2 == 0, v % 2 == 0, v % 2 == 0)
        if arg == "datetime":
            d = dt.datetime(2024, 5, 1, 10, 0, 0, tzinfo=UTC) + dt.timedelta(days=v)
            return Sample(d, d, d.isoformat())
        if arg == "date":
            d = dt.date(2024, 5, 1) + dt.timedelta(days=v)
            return Sample(d, d, d.isoformat())
    if tag == "any":
        return Sample({"any": v}, {"any": v}, {"any": v})
    if tag == "list":
        if arg[0] == "model" and arg[1] in BUILDING:  # a model holding itself (JourneyNode > JourneyBranch > ...)
            return Sample([], [], [])
        item = sample_of(arg, label + "[0]", v, secret)
        return Sample([item.value], [item.as_dict], [item.wire])
    if tag == "dict" and arg[0] != "any":  # a map with typed values (Dict[str, str], Dict[str, JourneyNodeStats])
        item = sample_of(arg, label + "[k]", v, secret)
        return Sample({"k": item.value}, {"k": item.as_dict}, {"k": item.wire})
    if tag == "dict":
        return Sample({"k": f"{label}#{v}", "n": v}, {"k": f"{label}#{v}", "n": v}, {"k": f"{label}#{v}", "n": v})
    if tag == "union":
        return sample_of(arg[0], label, v, secret)
    if tag == "model":
        return build(arg, v)
    raise AssertionError(kind)


def free_form_extras(name: str, v: int) -> Dict[str, Any]:
    if name == "IdentityObject":
        return {"external_id": f"ext#{v}", "onesignal_id": f"os#{v}"}
    if name in ("PlayerNotificationTargetIncludeAliases", "IncludeAliases"):
        return {"external_id": [f"user-1#{v}", f"user-2#{v}"]}
    return {}


def field_sample(name: str, f: Any, v: int) -> Sample:
    if f.enum:
        value = f.enum[v % len(f.enum)]
        return Sample(value, value, value)
    limits = f.limits
    if limits is not None and limits.minimum is not None:  # a number the API bounds: one inside the bounds
        span = limits.maximum - limits.minimum + 1 if limits.maximum is not None else 1000
        number = limits.minimum + (7 + v) % span
        number = int(number) if "int" in f.annotation else float(number)
        return Sample(number, number, number)
    sample = sample_of(parse(f.annotation), f"{name}.{f.name}", v, f.secret)
    if limits is not None and limits.max_items is not None and isinstance(sample.wire, dict):
        keep = list(sample.wire)[:limits.max_items]  # a map the API bounds (one alias to transfer by)
        return Sample(type(sample.value)(**{k: sample.wire[k] for k in keep}) if hasattr(sample.value, "_d")
                      else {k: sample.value[k] for k in keep},
                      {k: sample.as_dict[k] for k in keep}, {k: sample.wire[k] for k in keep})
    return sample


BUILDING: List[str] = []  # the models whose samples are being made: a list of one of them is left empty


def kwargs_for(name: str, v: int = 0) -> Tuple[Dict[str, Any], Dict[str, Any], Dict[str, Any]]:
    """Constructor kwargs (attribute names), the expected to_dict() and the expected wire dict."""
    kwargs, as_dict, wire = {}, {}, {}
    BUILDING.append(name)
    try:
        for f in fields_of(model_cls(name)):
            s = field_sample(name, f, v)
            kwargs[f.name], as_dict[f.name], wire[f.wire] = s
    finally:
        BUILDING.pop()
    for key, value in free_form_extras(name, v).items():
        kwargs[key], as_dict[key], wire[key] = value, copy.deepcopy(value), copy.deepcopy(value)
    return kwargs, as_dict, wire


def build(name: str, v: int = 0) -> Sample:
    """A fully populated instance of the model ``name``, with its expected to_dict() and wire forms."""
    cls = model_cls(name)
    if is_list_model(name):
        kind = parse(list_item_annotation(name))
        items = [sample_of(kind, f"{name}[{i}]", v + i) for i in range(2)]
        return Sample(cls([i.value for i in items]), [i.as_dict for i in items], [i.wire for i in items])
    kwargs, as_dict, wire = kwargs_for(name, v)
    return Sample(cls(**kwargs), as_dict, wire)


def wrong_value(kind: Tuple[str, Any]) -> Any:
    """A value of the wrong type for a field of this kind."""
    tag, arg = kind
    if tag == "prim":
        return {"str": 12345, "int": "12", "float": "1.5", "bool": "yes", "datetime": 12345, "date": 12345}[arg]
    if tag == "list":
        return "not-a-list"
    if tag == "dict":
        return ["not", "a", "dict"]
    if tag == "union":
        return {12345}  # a set: neither a str, a number, a list nor a dict
    return 42  # a model


def is_typed(f: Any) -> bool:
    return parse(f.annotation)[0] != "any"


def has_typed_field(name: str) -> bool:
    return is_list_model(name) or any(is_typed(f) for f in fields_of(model_cls(name)))


def required_fields(name: str) -> List[Any]:
    if name in ALL_OPTIONAL or is_list_model(name):
        return []
    return [f for f in fields_of(model_cls(name)) if f.required]


TYPED_MODELS = [n for n in MODEL_NAMES if has_typed_field(n)]
ENUM_MODELS = [n for n in OBJECT_MODELS if any(f.enum for f in fields_of(model_cls(n)))]
REQUIRED_MODELS = [n for n in OBJECT_MODELS if required_fields(n)]
STRICT_KEYWORD_MODELS = [n for n in OBJECT_MODELS if n not in FREE_FORM]


def other_class_name(name: str) -> str:
    """Another model class of the same kind (object or array), to compare against."""
    group = LIST_MODELS if is_list_model(name) else OBJECT_MODELS
    return group[(group.index(name) + 1) % len(group)]


def test_registry_has_every_model_of_both_lines() -> None:
    assert len(MODEL_NAMES) >= 156 and {"Notification", "Player", "Subscription", "Journey"} <= set(MODEL_NAMES)
    assert LIST_MODELS == ["Apps", "Buttons", "JourneyEventTriggerAttributes", "NoSubscribersError", "Players"]
    for name in MODEL_NAMES:
        cls = model_cls(name)
        assert cls.__name__ == name
        assert cls.__module__ == f"onesignal.model.{M.MODEL_MODULES[name]}"
    # the subsets the parametrized validation tests run over are not empty nor trivially small
    assert len(TYPED_MODELS) > 150 and "IdentityObject" not in TYPED_MODELS
    assert {"App", "Filter", "Notification", "SubscriptionObject", "UpdateLiveActivityRequest"} <= set(ENUM_MODELS)
    assert {"Button", "Purchase", "Filter", "Segment", "Notification", "Player"} <= set(REQUIRED_MODELS)


# --------------------------------------------------------------------------------------------------------------
# 1. Construction with every field
# --------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", MODEL_NAMES)
def test_construct_with_all_fields(name: str) -> None:
    cls = model_cls(name)
    m, as_dict, _ = build(name)
    assert type(m) is cls
    r = repr(m)
    assert SECRET_MARK not in r and SECRET_MARK not in str(m)
    if is_list_model(name):
        assert len(m) == 2
        assert m.value == list(m) and type(m.value) is list
        assert m.to_dict() == as_dict
        assert r.startswith(f"{name}([") and r.endswith("])")
        assert repr(m[0]) in r and repr(m[1]) in r
        return
    kwargs, _, _ = kwargs_for(name)
    assert r.startswith(f"{name}(") and r.endswith(")")
    for f in fields_of(cls):
        expected = kwargs[f.name]
        assert getattr(m, f.name) == expected
        assert m[f.name] == expected
        assert m[f.wire] == expected
        assert m.get(f.name) == expected
        assert m.get(f.wire) == expected
        assert f.name in m and f.wire in m
        assert f"{f.name}=" in r
        if f.secret:
            assert f"{f.name}='***'" in r
            assert expected not in r
        elif isinstance(expected, str):
            assert f"{f.name}={expected!r}" in r
    for key, value in free_form_extras(name, 0).items():
        assert m[key] == value and m.get(key) == value and f"{key}={value!r}" in r
    assert m.to_dict() == as_dict
    assert list(m.to_dict()) == list(as_dict)  # keyed by attribute names, in declaration order
    assert m.get("no_such_field") is None
    assert m.get("no_such_field", "fallback") == "fallback"
    assert "no_such_field" not in m
    with pytest.raises(ApiKeyError) as err:
        m["no_such_field"]
    assert isinstance(err.value, KeyError)
    assert "no_such_field" in str(err.value)


# --------------------------------------------------------------------------------------------------------------
# 2. Wire names and round trip
# --------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", MODEL_NAMES)
def test_wire_round_trip(name: str) -> None:
    cls = model_cls(name)
    m, as_dict, expected_wire = build(name)
    wire = to_wire(m)
    assert wire == expected_wire
    if not is_list_model(name):
        declared = {f.wire for f in fields_of(cls)}
        assert set(wire) == declared | set(free_form_extras(name, 0))
    assert onesignal.ApiClient.sanitize_for_serialization(m) == expected_wire
    assert json.loads(to_json(m)) == expected_wire  # the request body the SDK sends for it
    text = json.dumps(wire)  # the wire form is plain JSON
    back = cls._from_wire(json.loads(text))
    assert type(back) is cls
    assert back == m
    assert back.to_dict() == m.to_dict() == as_dict
    assert to_wire(back) == expected_wire
    assert from_wire(json.loads(text), name) == m
    if not is_list_model(name):
        # construction by wire names gives the same model
        by_wire = {f.wire: v for f, v in zip(fields_of(cls), kwargs_for(name)[0].values())}
        by_wire.update(free_form_extras(name, 0))
        assert cls(**by_wire) == m


def holds_a_model(value: Any) -> bool:
    if isinstance(value, (Model, ListModel)):
        return True
    if isinstance(value, dict):
        return any(holds_a_model(v) for v in value.values())
    return isinstance(value, list) and any(holds_a_model(v) for v in value)


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_a_dict_body_is_checked_as_the_model_and_sent_as_the_model_without_building_it(name: str) -> None:
    m, as_dict, expected_wire = build(name)
    spec = parse_type(name)
    given = copy.deepcopy(as_dict)  # plain dicts and lists, keyed by attribute names
    sent = spec.check_to_send(given, [name])
    assert given == as_dict  # the caller's dict is left as it was
    assert json.loads(to_json(sent)) == expected_wire
    if is_list_model(name):
        return
    assert type(sent) is dict and not holds_a_model(sent)
    kwargs, _, _ = kwargs_for(name)
    for f in fields_of(model_cls(name)):  # a wrong value fails as it fails when the model is built
        if not is_typed(f):
            continue
        bad = wrong_value(parse(f.annotation))
        with pytest.raises(ApiTypeError) as built:
            model_cls(name)(**{**kwargs, f.name: bad})
        with pytest.raises(ApiTypeError) as checked:
            spec.check_to_send({**as_dict, f.name: bad}, [name])
        assert (str(checked.value), checked.value.path_to_item) == (str(built.value), built.value.path_to_item)
    if required_fields(name):
        missing = required_fields(name)[0]
        with pytest.raises(ApiTypeError, match=rf"^{name}: required field '{missing.name}' is missing$"):
            spec.check_to_send({k: v for k, v in as_dict.items() if k != missing.name}, [name])
    if not model_cls(name)._extra_allowed:
        with pytest.raises(ApiTypeError, match=rf"^{name}: unknown field 'no_such_field'"):
            spec.check_to_send({**as_dict, "no_such_field": 1}, [name])


# --------------------------------------------------------------------------------------------------------------
# 3. Validation errors
# --------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", TYPED_MODELS)
def test_wrong_type_is_refused(name: str) -> None:
    cls = model_cls(name)
    if is_list_model(name):
        good = build(name).value
        bad = wrong_value(parse(list_item_annotation(name)))
        with pytest.raises(ApiTypeError) as err:
            cls([good[0], bad])
        assert str(err.value).startswith(f"{name}[1]: expected ")
        assert str(err.value).endswith(f"got {type(bad).__name__}")
        # a value that is not a list is refused, not iterated (a str would become a list of characters)
        for not_a_list in (5, "All players unsubscribed"):
            with pytest.raises(ApiTypeError) as err:
                cls(not_a_list)
            assert str(err.value).startswith(f"{name}: expected list")
            assert str(err.value).endswith(f"got {type(not_a_list).__name__}")
        return
    kwargs, _, _ = kwargs_for(name)
    checked = 0
    for f in fields_of(cls):
        if not is_typed(f):
            continue
        bad = wrong_value(parse(f.annotation))
        with pytest.raises(ApiTypeError) as err:
            cls(**{**kwargs, f.name: bad})
        msg = str(err.value)
        assert msg.startswith(f"{name}.{f.name}: expected "), msg
        assert msg.endswith(f"got {type(bad).__name__}"), msg
        assert isinstance(err.value, TypeError)
        assert err.value.path_to_item == [name, f.name]
        checked += 1
    assert checked >= 1


@pytest.mark.parametrize("name", ENUM_MODELS)
def test_bad_enum_value_is_refused(name: str) -> None:
    cls = model_cls(name)
    kwargs, _, _ = kwargs_for(name)
    for f in fields_of(cls):
        if not f.enum:
            continue
        with pytest.raises(ApiValueError) as err:
            cls(**{**kwargs, f.name: "not-an-allowed-value"})
        allowed = ", ".join(repr(v) for v in f.enum)
        assert str(err.value) == f"{name}.{f.name}: 'not-an-allowed-value' is not one of the allowed values: {allowed}"
        assert isinstance(err.value, ValueError)
        for v in f.enum:  # every allowed value is accepted
            assert getattr(cls(**{**kwargs, f.name: v}), f.name) == v


@pytest.mark.parametrize("name", REQUIRED_MODELS)
def test_missing_required_field_is_refused(name: str) -> None:
    cls = model_cls(name)
    kwargs, _, _ = kwargs_for(name)
    for f in required_fields(name):
        rest = {k: v for k, v in kwargs.items() if k != f.name}
        with pytest.raises(ApiTypeError) as err:
            cls(**rest)
        assert str(err.value) == f"{name}: required field {f.name!r} is missing"
    # only the required fields are enough
    minimal = cls(**{f.name: kwargs[f.name] for f in required_fields(name)})
    assert set(minimal.to_dict()) == {f.name for f in required_fields(name)}


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_unknown_keyword(name: str) -> None:
    cls = model_cls(name)
    if is_list_model(name):
        with pytest.raises(ApiTypeError) as err:
            cls(build(name).value, **{UNKNOWN: 1})
        assert str(err.value).startswith(f"{name}: ")
        assert UNKNOWN in str(err.value)
        return
    kwargs, _, _ = kwargs_for(name)
    if name in FREE_FORM:
        value = {None: 1, "str": "x", "List[str]": ["x"]}[cls._extra_type]
        m = cls(**kwargs, **{UNKNOWN: value})
        assert m[UNKNOWN] == value and to_wire(m)[UNKNOWN] == value
        if cls._extra_type is not None:
            with pytest.raises(ApiTypeError) as err:
                cls(**kwargs, **{UNKNOWN: 1})
            assert str(err.value).startswith(f"{name}.{UNKNOWN}: expected ")
        return
    with pytest.raises(ApiTypeError) as err:
        cls(**kwargs, **{UNKNOWN: 1})
    assert str(err.value).startswith(f"{name}: unknown field {UNKNOWN!r}")


# --------------------------------------------------------------------------------------------------------------
# 4. Tolerant decoding
# --------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", MODEL_NAMES)
def test_tolerant_decoding(name: str) -> None:
    cls = model_cls(name)
    _, _, wire = build(name)
    extra = {"nested": [1, {"x": None}]}
    if is_list_model(name):
        items = copy.deepcopy(wire)
        if isinstance(items[0], dict):
            for item in items:
                item["future_field"] = copy.deepcopy(extra)
        decoded = cls._from_wire(items + [None])
        assert type(decoded) is cls and len(decoded) == 3
        assert decoded[2] is None
        if isinstance(wire[0], dict):
            assert type(decoded[0]).__name__ == list_item_annotation(name)
            assert decoded[0]["future_field"] == extra and decoded[0].future_field == extra
            assert to_wire(decoded)[:2] == [{**w, "future_field": extra} for w in wire]
        else:
            assert to_wire(list(decoded[:2])) == wire  # (items that are lists of models: compared as JSON)
        return

    # an unknown field is kept and reachable
    data = copy.deepcopy(wire)
    data["future_field"] = copy.deepcopy(extra)
    m = cls._from_wire(data)
    assert m["future_field"] == extra
    assert m.get("future_field") == extra
    assert m.future_field == extra
    assert "future_field" in m
    assert m.to_dict()["future_field"] == extra
    assert to_wire(m) == {**wire, "future_field": extra}
    assert m == cls._from_wire({**copy.deepcopy(wire), "future_field": copy.deepcopy(extra)})

    fields = fields_of(cls)
    # an enum value the SDK does not know is kept as its string
    for f in fields:
        if f.enum:
            decoded = cls._from_wire({f.wire: "brand_new_value"})
            assert getattr(decoded, f.name) == "brand_new_value"
            assert to_wire(decoded) == {f.wire: "brand_new_value"}

    # null is accepted for every field
    nulls = {f.wire: None for f in fields}
    m = cls._from_wire(dict(nulls))
    for f in fields:
        assert getattr(m, f.name) is None and f.wire in m
    assert to_wire(m) == nulls
    assert m.to_dict() == {f.name: None for f in fields}

    # an int where the schema says number stays an int
    for f in fields:
        if parse(f.annotation) == ("prim", "float"):
            decoded = cls._from_wire({f.wire: 3})
            assert getattr(decoded, f.name) == 3 and type(getattr(decoded, f.name)) is int
            assert type(cls(**{**kwargs_for(name)[0], f.name: 3})[f.name]) is int


# --------------------------------------------------------------------------------------------------------------
# 5. Equality (and pickling)
# --------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", MODEL_NAMES)
def test_equality(name: str) -> None:
    cls = model_cls(name)
    a, _, wire = build(name)
    b = build(name).value
    assert a is not b
    assert a == b and not (a != b)
    if isinstance(a, MapModel):  # a free-form map stands for its dict, as the generated SDKs' maps do
        assert a == copy.deepcopy(wire) and not (a != copy.deepcopy(wire))
    elif not is_list_model(name):  # (a list model is a list: it may equal a plain list of the same items)
        assert a != copy.deepcopy(wire)  # a model is not equal to its wire dict

    if is_list_model(name):
        changed = list(b)
        changed[1] = build(name, 5).value[0]
        assert cls(changed) != a
        assert cls(list(b)[:1]) != a
    else:
        kwargs, _, _ = kwargs_for(name)
        for f in fields_of(cls):
            if f.enum is not None and len(f.enum) == 1:
                continue  # a field with a single allowed value cannot be changed
            other_value = field_sample(name, f, 1).value
            changed = cls(**{**kwargs, f.name: other_value})
            assert changed != a, f.name
            assert not (changed == a), f.name
        for key, value in free_form_extras(name, 0).items():
            assert cls(**{**kwargs, key: ["changed"] if isinstance(value, list) else "changed"}) != a
        # unset differs from set
        first = fields_of(cls)[0] if fields_of(cls) else None
        if first is not None and not first.required:
            assert cls(**{k: v for k, v in kwargs.items() if k != first.name}) != a

    other_name = other_class_name(name)
    other = model_cls(other_name)._from_wire(copy.deepcopy(wire))
    assert type(other).__name__ == other_name
    assert a != other and other != a
    assert not (a == other)


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_pickle_and_copy(name: str) -> None:
    m = build(name).value
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        back = pickle.loads(pickle.dumps(m, protocol=protocol))
        assert type(back) is type(m)
        assert back == m
        assert to_wire(back) == to_wire(m)
    deep = copy.deepcopy(m)
    assert deep == m and deep is not m
    shallow = copy.copy(m)
    assert shallow == m and shallow is not m
    # a copy is a separate object: changing it leaves the original alone
    if is_list_model(name):
        shallow.pop()
        assert len(m) == 2
    else:
        kwargs, _, _ = kwargs_for(name)
        f = next(iter(fields_of(type(m))), None)
        extras = free_form_extras(name, 0)
        key = f.name if f is not None else next(iter(extras))
        new_value = field_sample(name, f, 1).value if f is not None else (
            ["changed"] if isinstance(extras[key], list) else "changed")
        shallow[key] = new_value
        assert m[key] == kwargs[key]
        assert shallow[key] == new_value


# --------------------------------------------------------------------------------------------------------------
# Hand-written tests
# --------------------------------------------------------------------------------------------------------------

APP_ID = "9a2f1c5e-1111-4222-8333-444455556666"


def test_notification_contents_model_or_dict() -> None:
    from onesignal.models import Notification, StringMap
    a = Notification(app_id=APP_ID, contents=StringMap(en="Hi"), included_segments=["Subscribed Users"])
    b = Notification(app_id=APP_ID, contents={"en": "Hi"}, included_segments=("Subscribed Users",))
    assert a == b
    assert type(b.contents) is StringMap and b.contents.en == "Hi"
    assert b.included_segments == ["Subscribed Users"]
    assert to_wire(b) == {"app_id": APP_ID, "contents": {"en": "Hi"}, "included_segments": ["Subscribed Users"]}
    assert b.to_dict() == {"app_id": APP_ID, "contents": {"en": "Hi"}, "included_segments": ["Subscribed Users"]}
    assert a != Notification(app_id=APP_ID, contents={"en": "Hello"}, included_segments=["Subscribed Users"])


@pytest.mark.parametrize("build_it, exc, message", [
    (lambda: M.Notification(app_id=APP_ID, buttons=[{"id": "b0"}, {"id": 1}]),
     ApiTypeError, "Notification.buttons[1].id: expected str, got int"),
    (lambda: M.Notification(app_id=APP_ID, buttons=[{"text": "x"}]),
     ApiTypeError, "Notification.buttons[0]: required field 'id' is missing"),
    (lambda: M.Notification(app_id=APP_ID, contents=5),
     ApiTypeError, "Notification.contents: expected StringMap or dict, got int"),
    (lambda: M.Notification(app_id=APP_ID, contents={"en": 5}),
     ApiTypeError, "Notification.contents.en: expected str, got int"),
    (lambda: M.Notification(app_id=APP_ID, contents={"english": "x"}),
     ApiTypeError, "Notification.contents: unknown field 'english'"),
    (lambda: M.Notification(app_id=APP_ID, contnts={"en": "x"}),
     ApiTypeError, "Notification: unknown field 'contnts' (did you mean 'contents'?)"),
    (lambda: M.Notification(contents={"en": "x"}),
     ApiTypeError, "Notification: required field 'app_id' is missing"),
    (lambda: M.Notification(app_id=APP_ID, data={1: "x"}),
     ApiTypeError, "Notification.data: keys must be str, got int"),
    (lambda: M.Notification(app_id=APP_ID, ttl=True),
     ApiTypeError, "Notification.ttl: expected int, got bool"),
    (lambda: M.Notification(app_id=APP_ID, is_ios=1),
     ApiTypeError, "Notification.is_ios: expected bool, got int"),
    (lambda: M.Notification(app_id=APP_ID, include_aliases={"alias_label": "u1"}),
     ApiTypeError, "Notification.include_aliases.alias_label: expected list, got str"),
    (lambda: M.Purchase("sku-1", "1.99", "USD", count=True),
     ApiTypeError, "Purchase.count: expected float, got bool"),
    (lambda: M.PropertiesObject(purchases=[{"sku": "s", "amount": "1", "iso": 5}]),
     ApiTypeError, "PropertiesObject.purchases[0].iso: expected str, got int"),
    (lambda: M.Segment(name="VIP", filters=[{"field": "tag", "relation": "="}, {"field": "tag", "relation": "~"}]),
     ApiValueError, "Segment.filters[1].relation: '~' is not one of the allowed values: '>', '<', '=', '!=', "
                    "'exists', 'not_exists', 'time_elapsed_gt', 'time_elapsed_lt', 'in_array', 'not_in_array'"),
    (lambda: M.Segment(name="VIP", filters=[{"operator": "XOR"}]),
     ApiValueError, "Segment.filters[0].operator: 'XOR' is not one of the allowed values: 'OR', 'AND'"),
    (lambda: M.UpdateUserRequest(properties={"tags": []}),
     ApiTypeError, "UpdateUserRequest.properties.tags: expected dict, got list"),
    (lambda: M.App(name=None),
     ApiTypeError, "App.name: expected str, got None (this field is not nullable)"),
])
def test_nested_error_paths(build_it: Any, exc: type, message: str) -> None:
    with pytest.raises(exc) as err:
        build_it()
    assert str(err.value) == message


def test_error_path_is_structured() -> None:
    with pytest.raises(ApiTypeError) as err:
        M.Notification(app_id=APP_ID, buttons=[{"id": "b0"}, {"id": 1}])
    assert err.value.path_to_item == ["Notification", "buttons", 1, "id"]


def test_required_fields_positionally() -> None:
    assert M.Button("b1") == M.Button(id="b1")
    assert M.Button("b1", text="Like").to_dict() == {"id": "b1", "text": "Like"}
    p = M.Purchase("sku-1", "1.99", "USD")
    assert (p.sku, p.amount, p.iso) == ("sku-1", "1.99", "USD")
    assert p == M.Purchase(sku="sku-1", amount="1.99", iso="USD")
    f = M.Filter("tag", "=", key="level", value="10")
    assert (f.field, f.relation, f.key, f.value) == ("tag", "=", "level", "10")
    assert to_wire(f) == {"field": "tag", "relation": "=", "key": "level", "value": "10"}
    s = M.Segment("VIP", [{"field": "tag", "key": "vip", "relation": "exists"}])
    assert s.name == "VIP" and type(s.filters[0]).__name__ == "FilterExpressions"
    # positional values are checked like keywords
    with pytest.raises(ApiValueError) as verr:
        M.Filter("tag", "~")
    assert str(verr.value).startswith("Filter.relation: '~' is not one of the allowed values")
    with pytest.raises(ApiTypeError) as terr:
        M.Button(1)
    assert str(terr.value) == "Button.id: expected str, got int"


def test_too_many_positionals_and_duplicates() -> None:
    with pytest.raises(ApiTypeError) as err:
        M.Button("b1", "Like")
    assert str(err.value) == "Button: takes at most 1 positional arguments besides dicts of fields (id), got 2"
    with pytest.raises(ApiTypeError) as err:
        M.Purchase("a", "b", "c", 1.0)
    assert str(err.value) == ("Purchase: takes at most 3 positional arguments besides dicts of fields "
                              "(sku, amount, iso), got 4")
    with pytest.raises(ApiTypeError) as err:
        M.App("name")
    assert str(err.value) == "App: takes at most 0 positional arguments besides dicts of fields (none), got 1"
    with pytest.raises(ApiTypeError) as err:
        M.Button("b1", id="b2")
    assert str(err.value) == "Button: 'id' given both by position and by name"


def test_positional_dicts_hold_fields_as_generated_sdks_take_them() -> None:
    assert M.StringMap({"en": "Hi", "zh-Hans": "Ni hao"}) == M.StringMap(en="Hi", zh_hans="Ni hao")
    assert M.Button("b1", {"text": "Like"}) == M.Button(id="b1", text="Like")
    assert M.Button({"id": "b2"}, icon="star") == M.Button(id="b2", icon="star")
    # a dict in the place of a required dict field is that field's value
    update = M.UpdateLiveActivityRequest("headings", "update", {"en": "Score 2-1"})
    assert update.event_updates == {"en": "Score 2-1"}
    with pytest.raises(ApiTypeError, match=r"^Button: 'id' given twice"):
        M.Button({"id": "b1"}, {"id": "b2"}, id="b3")
    with pytest.raises(ApiTypeError, match=r"^StringMap: unknown field 'xx'"):
        M.StringMap({"xx": "?"})


@pytest.mark.parametrize("cls_name, attr, wire, value", [
    ("Notification", "is_ios", "isIos", True),
    ("Notification", "is_wp_wns", "isWP_WNS", False),
    ("Notification", "ios_badge_type", "ios_badgeType", "Increase"),
    ("Notification", "ios_badge_count", "ios_badgeCount", 2),
    ("StringMap", "zh_hans", "zh-Hans", "你好"),
    ("StringMap", "zh_hant", "zh-Hant", "妳好"),
])
def test_wire_names_both_ways(cls_name: str, attr: str, wire: str, value: Any) -> None:
    cls = model_cls(cls_name)
    base = {"app_id": APP_ID} if cls_name == "Notification" else {}
    by_attr = cls(**base, **{attr: value})
    by_wire = cls(**base, **{wire: value})
    assert by_attr == by_wire
    assert to_wire(by_attr) == {**base, wire: value}
    assert by_attr.to_dict() == {**base, attr: value}
    assert getattr(by_attr, attr) == by_attr[attr] == by_attr[wire] == by_attr.get(wire) == value
    decoded = cls._from_wire({**base, wire: value})
    assert getattr(decoded, attr) == value
    assert decoded == by_attr
    assert decoded.to_dict() == {**base, attr: value}
    # item assignment by wire name is checked and lands on the same field
    by_attr[wire] = value
    assert getattr(by_attr, attr) == value
    with pytest.raises(ApiTypeError) as err:
        by_attr[wire] = object()
    assert str(err.value).startswith(f"{cls_name}.{attr}: expected ")
    # nested, through a dict given for a model
    if cls_name == "StringMap":
        n = M.Notification(app_id=APP_ID, contents={wire: value})
        assert getattr(n.contents, attr) == value
        assert to_wire(n) == {"app_id": APP_ID, "contents": {wire: value}}


def test_nullable_and_not_nullable() -> None:
    app = M.App(name="My app", chrome_web_origin=None, apns_env=None)
    assert app.chrome_web_origin is None and "chrome_web_origin" in app
    n = M.Notification(app_id=APP_ID, send_after=None)
    assert n.send_after is None and "send_after" in n
    with pytest.raises(ApiTypeError) as err:
        M.Notification(app_id=None)
    assert str(err.value) == "Notification.app_id: expected str, got None (this field is not nullable)"
    with pytest.raises(ApiTypeError) as err:
        app.name = None
    assert str(err.value) == "App.name: expected str, got None (this field is not nullable)"
    assert app.name == "My app"


def test_unset_versus_none() -> None:
    app = M.App(name="My app", chrome_web_origin=None)
    assert to_wire(app) == {"name": "My app", "chrome_web_origin": None}
    assert json.dumps(onesignal.ApiClient.sanitize_for_serialization(app), separators=(",", ":")) == \
        '{"name":"My app","chrome_web_origin":null}'
    assert app.to_dict() == {"name": "My app", "chrome_web_origin": None}
    assert app.gcm_key is None and "gcm_key" not in app and app.get("gcm_key", "unset") == "unset"
    assert app.get("chrome_web_origin", "unset") is None
    assert app != M.App(name="My app")
    del app["chrome_web_origin"]
    assert to_wire(app) == {"name": "My app"} and app == M.App(name="My app")


def test_setting_attributes_is_checked() -> None:
    app = M.App(name="a")
    with pytest.raises(ApiTypeError) as err:
        app.name = 3
    assert str(err.value) == "App.name: expected str, got int"
    assert app.name == "a"
    app.name = "b"
    assert to_wire(app) == {"name": "b"}
    with pytest.raises(ApiValueError) as verr:
        app.apns_env = "staging"
    assert str(verr.value) == "App.apns_env: 'staging' is not one of the allowed values: 'sandbox', 'production'"
    app.apns_env = "sandbox"
    assert app["apns_env"] == "sandbox"
    with pytest.raises(ApiAttributeError) as aerr:
        app.nmae = "x"
    assert isinstance(aerr.value, AttributeError)
    assert "nmae" in str(aerr.value)
    with pytest.raises(ApiKeyError):
        app["nmae"] = "x"
    with pytest.raises(ApiTypeError) as err:
        app["name"] = 4
    assert str(err.value) == "App.name: expected str, got int"
    with pytest.raises(ApiTypeError) as err:
        app.players = "many"
    assert str(err.value) == "App.players: expected int, got str"
    n = M.Notification(app_id=APP_ID)
    n.buttons = [{"id": "b1"}]
    assert type(n.buttons[0]) is M.Button
    with pytest.raises(ApiTypeError) as err:
        n.buttons = [{"id": "b1"}, {"id": 2}]
    assert str(err.value) == "Notification.buttons[1].id: expected str, got int"
    assert n.buttons == [M.Button("b1")]
    with pytest.raises(AttributeError):
        _ = app.no_such_attribute


def test_datetime_decoding() -> None:
    app = M.App._from_wire({"updated_at": "2024-05-01T10:00:00", "created_at": "2024-05-01T10:00:00+02:00"})
    assert app.updated_at == dt.datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    assert app.updated_at.utcoffset() == dt.timedelta(0)
    assert app.created_at.utcoffset() == dt.timedelta(hours=2)
    assert (app.created_at.hour, app.created_at.minute) == (10, 0)
    assert app.created_at == dt.datetime(2024, 5, 1, 8, 0, tzinfo=UTC)
    kept = M.App._from_wire({"updated_at": "not a date at all", "created_at": 1714557600})
    assert kept.updated_at == "not a date at all"
    assert kept.created_at == 1714557600
    # the same through the type-name decoder and nested in a list model
    apps = from_wire([{"id": "a1", "updated_at": "2024-05-01T10:00:00"}], "Apps")
    assert type(apps) is M.Apps and type(apps[0]) is M.App
    assert apps[0].updated_at == dt.datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    n = M.Notification._from_wire({"app_id": APP_ID, "send_after": "2024-05-01 10:00:00"})
    assert n.send_after == dt.datetime(2024, 5, 1, 10, 0, tzinfo=UTC) and n.send_after.tzinfo is not None
    # a datetime given by the user goes on the wire as ISO 8601
    n = M.Notification(app_id=APP_ID, send_after=dt.datetime(2024, 5, 1, 10, 0, tzinfo=UTC))
    assert to_wire(n)["send_after"] == "2024-05-01T10:00:00+00:00"
    with pytest.raises(ApiTypeError) as err:
        M.Notification(app_id=APP_ID, send_after=1714557600)
    assert str(err.value) == "Notification.send_after: expected datetime or str, got int"


def test_create_notification_success_response_errors_shapes() -> None:
    cls = M.CreateNotificationSuccessResponse
    as_list = from_wire({"id": "", "recipients": 0, "errors": ["All included players are not subscribed"]},
                        "CreateNotificationSuccessResponse")
    assert type(as_list) is cls and as_list.id == ""
    assert type(as_list.errors) is M.NoSubscribersError
    assert as_list.errors == ["All included players are not subscribed"]
    assert as_list.errors.value == ["All included players are not subscribed"]

    as_object = cls._from_wire({"id": "b98881cc", "recipients": 1, "external_id": None,
                                "errors": {"invalid_player_ids": ["p1"], "invalid_external_user_ids": ["e1"]}})
    assert type(as_object.errors) is M.Notification200Errors
    assert as_object.errors.invalid_player_ids == ["p1"]
    assert as_object.errors.invalid_external_user_ids == ["e1"]
    assert as_object.errors["invalid_player_ids"] == ["p1"]
    assert as_object.external_id is None and as_object.recipients == 1
    assert to_wire(as_object)["errors"] == {"invalid_player_ids": ["p1"], "invalid_external_user_ids": ["e1"]}

    # an unexpected shape is kept as it is
    assert cls._from_wire({"errors": "boom"}).errors == "boom"
    # construction accepts both shapes as plain values and refuses others
    assert type(cls(errors=["x"]).errors) is M.NoSubscribersError
    assert type(cls(errors={"invalid_player_ids": ["p"]}).errors) is M.Notification200Errors
    with pytest.raises(ApiTypeError) as err:
        cls(errors=5)
    assert str(err.value).startswith("CreateNotificationSuccessResponse.errors: expected ")
    assert str(err.value).endswith("got int")


def test_filter_expressions_and_notification_filters() -> None:
    op = M.FilterExpressions(operator="OR")
    assert to_wire(op) == {"operator": "OR"}
    cond = M.FilterExpressions(field="tag", key="level", relation=">", value="10")
    assert to_wire(cond) == {"field": "tag", "key": "level", "relation": ">", "value": "10"}
    assert M.FilterExpressions().to_dict() == {}
    with pytest.raises(ApiValueError):
        M.FilterExpressions(relation="~")
    mix = [{"field": "tag", "key": "level", "relation": ">", "value": "10"}, {"operator": "OR"},
           M.FilterExpressions(field="amount_spent", relation=">", value="0")]
    n = M.Notification(app_id=APP_ID, filters=mix)
    assert [type(f) for f in n.filters] == [M.FilterExpressions] * 3
    assert n.filters[1].operator == "OR"
    assert to_wire(n)["filters"] == [
        {"field": "tag", "key": "level", "relation": ">", "value": "10"}, {"operator": "OR"},
        {"field": "amount_spent", "relation": ">", "value": "0"}]
    seg = M.Segment(name="Rich", filters=mix)
    assert to_wire(seg)["filters"] == to_wire(n)["filters"]
    decoded = M.Notification._from_wire({"app_id": APP_ID, "filters": [{"operator": "AND"}, {"field": "country",
                                                                                               "relation": "="}]})
    assert type(decoded.filters[0]) is M.FilterExpressions and decoded.filters[1].field == "country"


def test_list_models() -> None:
    apps = M.Apps([{"name": "one"}, M.App(name="two")])
    assert [type(a) for a in apps] == [M.App, M.App]
    assert apps.value == [M.App(name="one"), M.App(name="two")] and type(apps.value) is list
    assert M.Apps(value=[{"name": "one"}, {"name": "two"}]) == apps
    assert to_wire(apps) == [{"name": "one"}, {"name": "two"}]
    assert apps.to_dict() == [{"name": "one"}, {"name": "two"}]
    assert repr(apps) == "Apps([App(name='one'), App(name='two')])"
    with pytest.raises(ApiTypeError) as err:
        M.Apps([{"name": "ok"}, {"name": 5}])
    assert str(err.value) == "Apps[1].name: expected str, got int"
    with pytest.raises(ApiTypeError) as err:
        M.Buttons([{"id": "b0"}, 3])
    assert str(err.value) == "Buttons[1]: expected Button or dict, got int"
    with pytest.raises(ApiTypeError) as err:
        M.Buttons([{"text": "no id"}])
    assert str(err.value) == "Buttons[0]: required field 'id' is missing"
    with pytest.raises(ApiTypeError) as err:
        M.NoSubscribersError(["fine", 1])
    assert str(err.value) == "NoSubscribersError[1]: expected str, got int"
    with pytest.raises(ApiTypeError) as err:
        M.Players([{"device_type": "ios"}])
    assert str(err.value) == "Players[0].device_type: expected int, got str"
    players = from_wire([{"id": "p1", "device_type": 1, "tags": {"a": 1}, "new_key": True}], "Players")
    assert type(players) is M.Players and type(players[0]) is M.Player
    assert players[0].tags == {"a": 1} and players[0]["new_key"] is True
    errs = M.NoSubscribersError._from_wire(["a", "b"])
    assert errs == ["a", "b"] and errs.value == ["a", "b"] and type(errs) is M.NoSubscribersError
    # a list model field given a plain list
    n = M.Notification(app_id=APP_ID, buttons=M.Buttons([{"id": "b1"}]))
    assert n.buttons == [M.Button("b1")]
    # list models of different classes are different values, as object models are
    assert M.Apps([]) != M.Players([])
    assert M.NoSubscribersError(["x"]) != M.Buttons._from_wire(["x"])


def test_include_aliases_free_form() -> None:
    aliases = M.PlayerNotificationTargetIncludeAliases(external_id=["u1", "u2"])
    assert aliases["external_id"] == ["u1", "u2"] and aliases.external_id == ["u1", "u2"]
    assert aliases.get("external_id") == ["u1", "u2"]
    assert to_wire(aliases) == {"external_id": ["u1", "u2"]}
    n = M.Notification(app_id=APP_ID, include_aliases={"external_id": ["u1"]}, target_channel="push")
    assert type(n.include_aliases) is M.PlayerNotificationTargetIncludeAliases
    assert to_wire(n) == {"app_id": APP_ID, "include_aliases": {"external_id": ["u1"]}, "target_channel": "push"}
    assert M.Notification._from_wire(to_wire(n)) == n
    ident = M.IdentityObject(external_id="e1", onesignal_id="o1")
    assert to_wire(ident) == {"external_id": "e1", "onesignal_id": "o1"}
    ident["custom_label"] = "c1"
    assert ident.custom_label == "c1"


def test_secret_fields_are_masked_in_repr() -> None:
    app = M.App(name="My app", gcm_key="gcm-secret-value", apns_p8="p8-secret-value")
    text = repr(app) + str(app) + repr(M.Apps([app]))
    assert "gcm-secret-value" not in text and "p8-secret-value" not in text
    assert "gcm_key='***'" in repr(app) and "name='My app'" in repr(app)
    decoded = M.App._from_wire({"basic_auth_key": "rest-key-value", "name": "x"})
    assert "rest-key-value" not in repr(decoded)
    assert decoded.basic_auth_key == "rest-key-value"  # the value itself is still there


LAZY_IMPORT_SCRIPT = """
import sys
import onesignal
import onesignal.models
after_import = sorted(m for m in sys.modules if m.startswith("onesignal.model."))
from onesignal.models import Notification
n = Notification(app_id="a", contents={"en": "Hi"})
assert n.contents.en == "Hi"
assert onesignal.Notification is Notification
after_use = sorted(m for m in sys.modules if m.startswith("onesignal.model."))
print(after_import)
print(Notification.__module__)
print("onesignal.model.app" in after_use, "onesignal.model.notification" in after_use)
"""


FRESH = {**os.environ, "PYTHONPATH": str(REPO)}
background.define("lazy model import", "-c", LAZY_IMPORT_SCRIPT, env=FRESH)


def fresh_lines(name: str) -> List[str]:
    """The lines printed by the fresh-interpreter script ``name`` (run in the background, see background.py)."""
    return background.succeeded(name).stdout.splitlines()


@pytest.mark.background("lazy model import")
def test_import_does_not_load_model_modules() -> None:
    assert fresh_lines("lazy model import") == ["[]", "onesignal.model.notification", "False True"]


FRESH_TOP_LEVEL_SCRIPT = """
import sys
import onesignal
print(hasattr(onesignal, "NoSuchName"))
print(onesignal.Notification.__module__)
from onesignal import models
print(models.MODEL_MODULES["App"])
"""
background.define("top-level model access", "-c", FRESH_TOP_LEVEL_SCRIPT, env=FRESH)


@pytest.mark.background("top-level model access")
def test_top_level_lazy_model_access_in_a_fresh_process() -> None:
    # ``onesignal.Notification`` and ``from onesignal import models`` before ``onesignal.models`` was imported
    assert fresh_lines("top-level model access") == ["False", "onesignal.model.notification", "app"]


def test_reference_style_arguments_are_accepted() -> None:
    """The reference SDK's examples pass an IdentityObject for identity maps and floats for notification_types."""
    body = M.UserIdentityRequestBody(identity=M.IdentityObject(external_id="u-1", crm_id="c-9"))
    assert to_wire(body) == {"identity": {"external_id": "u-1", "crm_id": "c-9"}}
    transfer = M.TransferSubscriptionRequestBody(identity=M.IdentityObject(onesignal_id="os-1"))
    assert transfer.identity == {"onesignal_id": "os-1"}
    with pytest.raises(ApiTypeError, match=r"^UserIdentityRequestBody\.identity: expected IdentityObject or dict, got App$"):
        M.UserIdentityRequestBody(identity=M.App(name="x"))
    subscription = M.SubscriptionObject(type="AndroidPush", notification_types=3.14)
    assert to_wire(subscription) == {"type": "AndroidPush", "notification_types": 3.14}
    assert M.SubscriptionObject(notification_types=1).notification_types == 1


@pytest.mark.parametrize("text, expected", [
    ("2024-05-01T10:00:00Z", dt.datetime(2024, 5, 1, 10, 0, tzinfo=dt.timezone.utc)),
    ("2024-05-01 10:00:00 UTC", dt.datetime(2024, 5, 1, 10, 0, tzinfo=dt.timezone.utc)),
    ("2015-09-24 14:00:00 GMT-0700", dt.datetime(2015, 9, 24, 21, 0, tzinfo=dt.timezone.utc)),
    ("Thu Sep 24 2015 14:00:00 GMT-0700 (PDT)", dt.datetime(2015, 9, 24, 21, 0, tzinfo=dt.timezone.utc)),
    ("September 24th 2015, 2:00:00 pm UTC-07:00", dt.datetime(2015, 9, 24, 21, 0, tzinfo=dt.timezone.utc)),
])
def test_datetime_answers_in_the_apis_styles_decode_to_the_right_instant(text: str, expected: dt.datetime) -> None:
    decoded = M.App._from_wire({"updated_at": text}).updated_at
    assert decoded == expected
    assert decoded.utcoffset() is not None


def test_a_datetime_with_an_unknown_zone_name_stays_a_string() -> None:
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert M.App._from_wire({"created_at": "2015-09-24 14:00:00 PST"}).created_at == "2015-09-24 14:00:00 PST"


def test_a_naive_datetime_is_refused_when_sending() -> None:
    with pytest.raises(ApiValueError, match=r"^Notification\.send_after: a datetime without a timezone is "
                                            r"ambiguous"):
        M.Notification(app_id="a", send_after=dt.datetime(2030, 1, 1, 12, 0))
    aware = M.Notification(app_id="a", send_after=dt.datetime(2030, 1, 1, 12, 0, tzinfo=dt.timezone.utc))
    assert to_wire(aware)["send_after"] == "2030-01-01T12:00:00+00:00"
    assert to_wire(M.Notification(app_id="a", send_after="2030-01-01 12:00:00 GMT-0700"))["send_after"] == (
        "2030-01-01 12:00:00 GMT-0700")
