"""The machinery behind every model: declared fields, strict building, tolerant decoding, wire encoding.

A model module only declares fields::

    class Button(Model):
        id: str = declare(required=True, doc="...")
        text: Optional[str] = declare(doc="...")

The annotation is the field's type, ``declare()`` adds the wire name (when it differs from the attribute
name), whether it is required or nullable, its allowed values and a short doc. From these declarations this
module builds, once per class and on first use, the tables that drive:

- building from user code (``Button(id="b1")``): every value is checked eagerly and an error names its path;
- decoding a server answer (``Model._from_wire``): one pass over the few fields that need converting, nothing
  checked, nothing dropped (unknown fields stay reachable, unknown enum values stay plain strings);
- encoding to the wire: a request body as JSON text (``to_json``: models and dates are encoded as ``json``
  meets them), the same as plain dicts (``to_wire``), and a plain dict keyed by attribute names
  (``Model.to_dict``);
- checking a request body given as a dict (``TypeSpec.check_to_send``): the same checks as building the
  model, with the dict kept (keyed by wire names) instead of a model made from it.

Values live in one dict per instance keyed by wire name, so a decoded answer keeps the dict ``json.loads``
made and encoding a model is a shallow walk.
"""
from __future__ import annotations

import datetime as _dt
import functools
import importlib
import json
import re
from collections.abc import Mapping  # not typing's alias: its isinstance checks cost a detour through typing
from typing import (TYPE_CHECKING, Any, Callable, ClassVar, Dict, FrozenSet, Iterable, Iterator, List,
                    NamedTuple, Optional, Sequence, Tuple, TypeVar)

from onesignal.exceptions import ApiAttributeError, ApiKeyError, ApiTypeError, ApiValueError, PathItem
from onesignal.validation import suggest

Path = List[PathItem]
Decoder = Callable[[Any], Any]
T = TypeVar("T")


class TypeSpec:
    """One declared type: how to check a user's value and how to decode a server's value."""

    name = "Any"

    def check(self, value: Any, path: Path) -> Any:
        """Return the value to store, or raise ``ApiTypeError``/``ApiValueError`` naming ``path``."""
        return value

    def check_to_send(self, value: Any, path: Path) -> Any:
        """Check a value as ``check`` does, for a request body: a dict given for a model is checked field by
        field but stays a dict (keyed by wire names) instead of becoming the model. What remains to convert
        (models, dates) ``to_json`` converts."""
        return self.check(value, path)

    def decoder(self) -> Optional[Decoder]:
        """A function that turns the JSON value into its Python form, or None when it is kept as it is."""
        return None

    def fail(self, value: Any, path: Path) -> ApiTypeError:
        return ApiTypeError(f"expected {self.expected()}, got {type(value).__name__}", path)

    def expected(self) -> str:
        return self.name


INT64 = 2 ** 63  # the API stores integers in 64 bits: a larger one would fail, or be cut, on the server
MAX_JSON_DEPTH = 64  # deeper user data is refused: no notification needs it, and a cycle never ends


class Primitive(TypeSpec):
    def __init__(self, name: str, types: Tuple[type, ...], plain: Tuple[type, ...]) -> None:
        self.name = name
        self.types = types
        self.plain = frozenset(plain)  # exact types taken as given, with no further check

    def check(self, value: Any, path: Path) -> Any:
        if isinstance(value, self.types) and (bool in self.types or not isinstance(value, bool)):
            return check_number_range(value, path)
        raise self.fail(value, path)


def check_number_range(value: Any, path: Path) -> Any:
    """A number JSON and the API can carry: an int within 64 bits, a finite float."""
    if isinstance(value, int) and not -INT64 <= value < INT64:
        raise ApiValueError(f"{value} does not fit in the 64-bit integer the API stores", path)
    if isinstance(value, float) and value - value != 0.0:
        raise ApiValueError(f"{value!r} cannot be sent: JSON has no NaN or infinity", path)
    return value


class JsonSpec(TypeSpec):
    """Any JSON value (free-form data): checked for what JSON and the API can carry, kept as given."""

    def check(self, value: Any, path: Path) -> Any:
        check_json(value, path, 0)
        return value


def check_json(value: Any, path: Path, depth: int) -> None:
    """Refuse what would not arrive as the caller meant: a naive datetime, a key that is not a string (``{1: x}``
    and ``{"1": y}`` would collide), a value JSON cannot encode, a number out of range, nesting deeper than
    ``MAX_JSON_DEPTH`` (or a cycle)."""
    kind = type(value)
    if kind is str or kind is bool or value is None:
        return
    if isinstance(value, (int, float)):
        check_number_range(value, path)
    elif isinstance(value, (Model, ListModel)):
        return  # checked when it was built
    elif isinstance(value, (_dt.datetime, _dt.date)):
        if isinstance(value, _dt.datetime) and value.tzinfo is None:
            raise ApiValueError("a datetime without a timezone is ambiguous: give an aware one, e.g. "
                                "datetime.now(timezone.utc)", path)
    elif depth >= MAX_JSON_DEPTH:
        raise ApiValueError(f"nested deeper than {MAX_JSON_DEPTH} levels (or it contains itself)", path)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ApiTypeError(f"keys must be str, got {type(key).__name__} {key!r}", path, key_type=True)
            check_json(item, path + [key], depth + 1)
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            check_json(item, path + [index], depth + 1)
    else:
        raise ApiTypeError(f"{type(value).__name__} cannot be sent as JSON", path)


_UTC_NAMES = {"UTC": 0, "GMT": 0, "Z": 0}
_GMT_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*([+-]\d)")


def parse_datetime(value: Any) -> Any:
    """A date-time string as an aware datetime: ISO-8601 first, then other common forms. A value without a
    zone is UTC (never the machine's local time); one whose zone name is unknown stays the string it was."""
    if not isinstance(value, str):
        return value
    parsed: Optional[_dt.datetime]
    try:  # the common case, fast: ISO 8601 as the API writes it ("2024-05-01T10:00:00Z", "...+00:00")
        parsed = _dt.datetime.fromisoformat(value[:-1] + "+00:00" if value[-1:] in "Zz" and value else value)
        if len(value) < 10 or value[4] != "-":
            raise ValueError(value)  # a compact or partial form: let dateutil's full reading decide
    except ValueError:
        parsed = _parse_datetime_slowly(value)
        if parsed is None:
            return value
    if parsed.tzinfo is None or parsed.utcoffset() == _dt.timedelta(0):
        return parsed.replace(tzinfo=_dt.timezone.utc)
    return parsed


def _parse_datetime_slowly(value: str) -> Optional[_dt.datetime]:
    """ISO 8601 in all its forms, then other common forms (``Wed, 01 May 2024 10:00:00 GMT-0700``)."""
    from dateutil import parser
    try:
        return parser.isoparse(value)
    except (ValueError, OverflowError):
        import warnings
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", parser.UnknownTimezoneWarning)
            try:
                # dateutil reads "GMT-0700" the POSIX way (as +07:00); the offset alone means what people mean
                parsed = parser.parse(_GMT_OFFSET.sub(r"\1", value), tzinfos=_UTC_NAMES)
            except (ValueError, OverflowError):
                return None
        if any(issubclass(w.category, parser.UnknownTimezoneWarning) for w in caught):
            return None
    return parsed


def parse_date(value: Any) -> Any:
    parsed = parse_datetime(value)
    return parsed.date() if isinstance(parsed, _dt.datetime) else parsed


class DateTimeSpec(TypeSpec):
    """A date-time: users give a ``datetime`` (or a string the API understands); answers are parsed."""

    def __init__(self, name: str, cls: type, decode: Decoder) -> None:
        self.name = name
        self.cls = cls
        self.decode = decode

    def check(self, value: Any, path: Path) -> Any:
        if isinstance(value, _dt.datetime) and value.tzinfo is None:
            raise ApiValueError("a datetime without a timezone is ambiguous: give an aware one, e.g. "
                                "datetime.now(timezone.utc)", path)
        if isinstance(value, (self.cls, str)):
            return value
        raise self.fail(value, path)

    def expected(self) -> str:
        return f"{self.name} or str"

    def decoder(self) -> Optional[Decoder]:
        return self.decode


class ListSpec(TypeSpec):
    def __init__(self, item: TypeSpec) -> None:
        self.item = item
        self.name = f"List[{item.name}]"

    def check(self, value: Any, path: Path) -> Any:
        return self._items(value, path, self.item.check)

    def check_to_send(self, value: Any, path: Path) -> Any:
        return self._items(value, path, self.item.check_to_send)

    def _items(self, value: Any, path: Path, check: Callable[[Any, Path], Any]) -> List[Any]:
        if not isinstance(value, (list, tuple)):
            raise self.fail(value, path)
        plain = getattr(self.item, "plain", None)
        if plain is not None and all(type(item) in plain for item in value):
            return list(value)  # plain values of the item type: a copy, nothing to check item by item
        return [check(item, path + [i]) for i, item in enumerate(value)]

    def expected(self) -> str:
        return "list"

    def decoder(self) -> Optional[Decoder]:
        item = self.item.decoder()
        if item is None:
            return None

        def decode(value: Any) -> Any:
            return [item(v) for v in value] if type(value) is list else value
        return decode


class DictSpec(TypeSpec):
    def __init__(self, value: TypeSpec) -> None:
        self.value = value
        self.name = f"Dict[str, {value.name}]"

    def check(self, value: Any, path: Path) -> Any:
        return self._entries(value, path, self.value.check)

    def check_to_send(self, value: Any, path: Path) -> Any:
        return self._entries(value, path, self.value.check_to_send)

    def _entries(self, value: Any, path: Path, check: Callable[[Any, Path], Any]) -> Dict[str, Any]:
        if isinstance(value, Model) and value._extra_allowed:
            value = value._data()  # a free-form model (IdentityObject) stands for its plain dict
        if not isinstance(value, Mapping):
            raise self.fail(value, path)
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise ApiTypeError(f"keys must be str, got {type(key).__name__}", path, key_type=True)
            out[key] = check(item, path + [key])
        return out

    def expected(self) -> str:
        return "dict"

    def decoder(self) -> Optional[Decoder]:
        value = self.value.decoder()
        if value is None:
            return None

        def decode(data: Any) -> Any:
            return {k: value(v) for k, v in data.items()} if type(data) is dict else data
        return decode


class ModelSpec(TypeSpec):
    """A field whose type is another model, resolved by class name on first use."""

    def __init__(self, name: str) -> None:
        self.name = name

    @functools.cached_property
    def cls(self) -> Any:
        return resolve_model(self.name)

    def check(self, value: Any, path: Path) -> Any:
        cls = self.cls
        if isinstance(value, cls):
            return value
        if isinstance(value, cls._input_shape):
            return cls._from_input(value, path)
        if isinstance(value, Model) and issubclass(cls, type(value)):
            # a more general model of the same data: a part of a composition (a Filter where a filter expression
            # goes) or the other SDK line's name for the same schema (LanguageStringMap where StringMap goes)
            return cls._from_input(value._data(), path)
        raise self.fail(value, path)

    def check_to_send(self, value: Any, path: Path) -> Any:
        cls = self.cls
        if cls._wire_shape is dict:
            if type(value) is dict or isinstance(value, Mapping) and not isinstance(value, Model):
                return cls._wire_from_input(value, path)
        elif type(value) in (list, tuple):  # a plain list for a list model (Buttons): its items, checked
            return cls._item_spec().check_to_send(value, path)
        return self.check(value, path)

    def expected(self) -> str:
        return f"{self.name} or {self.cls._input_shape[0].__name__}"

    def decoder(self) -> Optional[Decoder]:
        cls = self.cls
        from_wire, shape = cls._from_wire, cls._wire_shape

        def decode(value: Any) -> Any:
            return from_wire(value) if type(value) is shape else value
        return decode


class UnionSpec(TypeSpec):
    """One of several models, told apart by JSON shape (an object or a list) when decoding."""

    def __init__(self, options: Sequence[TypeSpec]) -> None:
        self.options = list(options)
        self.name = " | ".join(o.name for o in self.options)

    def check(self, value: Any, path: Path) -> Any:
        return self._first(value, path, False)

    def check_to_send(self, value: Any, path: Path) -> Any:
        return self._first(value, path, True)

    def _first(self, value: Any, path: Path, to_send: bool) -> Any:
        """The value as the first option that takes it checks it."""
        for option in self.options:
            try:
                return option.check_to_send(value, path) if to_send else option.check(value, path)
            except (ApiTypeError, ApiValueError):
                continue
        raise self.fail(value, path)

    def expected(self) -> str:
        return " or ".join(o.name for o in self.options)

    def decoder(self) -> Optional[Decoder]:
        by_shape: Dict[type, Decoder] = {}
        for option in self.options:
            dec = option.decoder()
            if isinstance(option, ModelSpec) and dec is not None:
                by_shape.setdefault(option.cls._wire_shape, dec)

        def decode(value: Any) -> Any:
            dec = by_shape.get(type(value))
            return dec(value) if dec else value
        return decode


_PRIMITIVES: Dict[str, TypeSpec] = {
    "str": Primitive("str", (str,), (str,)),
    "int": Primitive("int", (int,), ()),
    "float": Primitive("float", (int, float), ()),
    "bool": Primitive("bool", (bool,), (bool,)),
    "datetime": DateTimeSpec("datetime", _dt.datetime, parse_datetime),
    "date": DateTimeSpec("date", _dt.date, parse_date),
    "Any": JsonSpec(),
    "object": JsonSpec(),
}


def _split_args(text: str) -> List[str]:
    """``"str, List[int]"`` -> ``["str", "List[int]"]`` (commas inside brackets are kept)."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += ch == "["
        depth -= ch == "]"
        if ch == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    parts.append(text[start:].strip())
    return parts


@functools.lru_cache(maxsize=None)
def parse_type(text: str) -> TypeSpec:
    """Turn an annotation string such as ``Optional[List[Button]]`` into a ``TypeSpec``."""
    text = text.strip()
    if text in _PRIMITIVES:
        return _PRIMITIVES[text]
    if "[" not in text:
        return ModelSpec(text)
    outer, inner = text[: text.index("[")], text[text.index("[") + 1: -1]
    args = _split_args(inner)
    if outer == "Optional":
        return parse_type(inner)
    if outer == "List":
        return ListSpec(parse_type(inner))
    if outer == "Dict":
        return DictSpec(parse_type(args[1]))
    if outer == "Union":
        options = [parse_type(a) for a in args if a != "None"]
        return options[0] if len(options) == 1 else UnionSpec(options)
    raise TypeError(f"unsupported annotation {text!r}")


def resolve_model(name: str) -> Any:
    """The model class called ``name``, importing its module on first use."""
    from onesignal.model import MODEL_MODULES
    module = importlib.import_module(f"onesignal.model.{MODEL_MODULES[name]}")
    return getattr(module, name)


class Field:
    # The declaration of one model field; also the descriptor that reads and writes it. (No class docstring:
    # each field's own doc is its ``__doc__``, which is what help() and editors show for the attribute.)

    __slots__ = ("name", "wire", "required", "nullable", "enum", "read_only", "secret", "doc",
                 "annotation", "type", "positional", "plain", "allowed", "limits", "__doc__")

    def __init__(self, wire: Optional[str], required: bool, nullable: bool, enum: Optional[Sequence[Any]],
                 read_only: bool, secret: bool, doc: str, positional: bool = False,
                 limits: Optional["Limits"] = None) -> None:
        self.limits = limits
        self.__doc__ = doc  # what help() and editors show for the attribute
        self.name = ""
        self.wire = wire or ""
        self.required = required
        self.positional = required or positional
        self.nullable = nullable
        self.enum = tuple(enum) if enum is not None else None
        self.read_only = read_only
        self.secret = secret
        self.doc = doc
        self.annotation = "Any"
        self.type: TypeSpec = _PRIMITIVES["Any"]
        # The types a value may have to be stored as it is, and the allowed values as a set (set with the type)
        self.plain: FrozenSet[type] = frozenset()
        self.allowed: Optional[FrozenSet[Any]] = None

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        self.wire = self.wire or name
        self.annotation = str(owner.__dict__.get("__annotations__", {}).get(name, "Any"))

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        raw = obj._raw
        if raw is not None and self.wire in raw:
            return _decode_field(obj, self.wire)
        return obj._d.get(self.wire)

    def __set__(self, obj: Any, value: Any) -> None:
        obj._d[self.wire] = self.check(value, [type(obj).__name__, self.name])
        _forget_raw(obj, self.wire)

    def check(self, value: Any, path: Path, to_send: bool = False) -> Any:
        """Check a value a user gives for this field and return what is stored (``to_send``: what is sent, see
        ``TypeSpec.check_to_send``)."""
        if value is None:
            if self.nullable:
                return None
            raise ApiTypeError(f"expected {self.type.expected()}, got None (this field is not nullable)", path)
        value = check_value(self.type, self.enum, value, path, to_send)
        if self.limits is not None:
            self.limits.check(value, path)
        return value


def check_value(spec: TypeSpec, enum: Optional[Sequence[Any]], value: Any, path: Path,
                to_send: bool = False) -> Any:
    """Check a user's value against a type and, when given, its allowed values; return what is stored (with
    ``to_send``, what is sent: see ``TypeSpec.check_to_send``)."""
    value = spec.check_to_send(value, path) if to_send else spec.check(value, path)
    if enum is not None and value not in enum:
        allowed = ", ".join(repr(v) for v in enum)
        raise ApiValueError(f"{value!r} is not one of the allowed values: {allowed}", path)
    return value


USE_BATCHES = "create_notification_batched sends to any number of external ids in batches"


class Limits(NamedTuple):
    """Bounds the API sets on a value: a number's range, a list's or map's size, a text's length."""

    minimum: Optional[float] = None
    maximum: Optional[float] = None
    min_items: Optional[int] = None
    max_items: Optional[int] = None
    max_length: Optional[int] = None
    too_many: str = ""  # what to do instead, said when a list is longer than max_items

    def check(self, value: Any, path: Path) -> None:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if self.minimum is not None and value < self.minimum:
                raise ApiValueError(f"must be at least {self.minimum:g}, got {value!r}", path)
            if self.maximum is not None and value > self.maximum:
                raise ApiValueError(f"must be at most {self.maximum:g}, got {value!r}", path)
        elif isinstance(value, str):
            if self.max_length is not None and len(value) > self.max_length:
                raise ApiValueError(f"may be at most {self.max_length} characters long, got {len(value)}", path)
        elif isinstance(value, (list, Mapping, Model)):
            # a map of lists (include_aliases) counts the items of all its lists, any other map its keys
            items = value._d.values() if isinstance(value, Model) else value.values() \
                if isinstance(value, Mapping) else None
            size = len(value) if isinstance(value, list) else sum(
                len(v) if isinstance(v, list) else 1 for v in (items or ()))
            if self.max_items is not None and size > self.max_items:
                hint = f"; {self.too_many}" if self.too_many else ""
                raise ApiValueError(f"at most {self.max_items} items fit in one request, got {size}{hint}", path)
            if self.min_items is not None and size < self.min_items:
                raise ApiValueError(f"needs at least {self.min_items} item(s), got {size}", path)


def declare(wire: Optional[str] = None, *, required: bool = False, nullable: bool = False,
            enum: Optional[Sequence[Any]] = None, read_only: bool = False, secret: bool = False,
            doc: str = "", positional: bool = False, limits: Optional[Limits] = None) -> Any:
    """Declare a model field. ``wire`` is the JSON name when it differs from the attribute name.

    ``secret`` fields (passwords, auth hashes, keys) are shown masked by ``repr`` and the display helpers.
    ``positional`` lets an optional field still be given by position after the required ones, where one SDK
    line required it and its code passes it that way. ``limits`` are the API's bounds on the value.
    """
    return Field(wire, required, nullable, enum, read_only, secret, doc, positional, limits)


class ClassTables:
    """What a model class needs at run time, computed once from its declarations."""

    def __init__(self, cls: type) -> None:
        # Order: the parts' fields in the order of the bases, then the class's own; a redeclared field keeps
        # its first place and takes the definition the MRO finds first.
        names: Dict[str, None] = {}

        def collect(klass: type) -> None:
            for base in klass.__bases__:
                collect(base)
            names.update((n, None) for n, v in vars(klass).items() if isinstance(v, Field))

        collect(cls)
        self.fields: Tuple[Field, ...] = tuple(
            next(vars(k)[n] for k in cls.__mro__ if isinstance(vars(k).get(n), Field)) for n in names)
        for f in self.fields:
            f.type = parse_type(f.annotation)
            f.plain = f.type.plain if isinstance(f.type, Primitive) and f.limits is None else frozenset()
            f.allowed = frozenset(f.enum) if f.enum is not None else None
        self.by_name = {f.name: f for f in self.fields}
        self.by_key = {**{f.wire: f for f in self.fields}, **self.by_name}
        self.attr_of_wire = {f.wire: f.name for f in self.fields}
        all_optional = cls.__dict__.get("_all_optional")
        self.required = () if all_optional else tuple(f for f in self.fields if f.required)
        self.positional = () if all_optional else tuple(f for f in self.fields if f.positional)
        self.secret_wires = frozenset(f.wire for f in self.fields if f.secret)
        self.decoders: Dict[str, Decoder] = {
            f.wire: dec for f in self.fields if (dec := f.type.decoder()) is not None}
        self.lazy_wires: Optional[FrozenSet[str]] = frozenset(self.decoders) or None


def _tables(cls: Any) -> ClassTables:
    tables: Optional[ClassTables] = cls.__dict__.get("_tables_")
    if tables is None:
        tables = ClassTables(cls)
        cls._tables_ = tables
        cls._lazy_wires_ = tables.lazy_wires
    return tables


class ModelMeta(type):
    """The type of model classes: their documentation and signature are made from the declarations when first
    asked for (by ``help()``, an editor or ``inspect.signature``), so that defining a class costs nothing more.
    Every model class gets empty ``__slots__``: an instance is its two slots, with no ``__dict__`` of its own."""

    def __new__(mcs, name: str, bases: Tuple[type, ...], namespace: Dict[str, Any], **kwargs: Any) -> Any:
        namespace.setdefault("__slots__", ())
        return super().__new__(mcs, name, bases, namespace, **kwargs)

    @property
    def __doc__(cls) -> Optional[str]:  # type: ignore[override]
        own: Optional[str] = cls.__dict__.get("__doc__")
        if cls is Model or cls is MapModel:
            return own
        from onesignal.model_docs import class_doc
        return class_doc(cls, own)

    @property
    def __signature__(cls) -> Any:
        from onesignal.model_docs import constructor_signature
        return constructor_signature(cls)


class Model(metaclass=ModelMeta):
    """Base of every object model: keyword construction, item access, equality, ``to_dict``, ``repr``."""

    __slots__ = ("_d", "_raw", "__weakref__")
    _d: Dict[str, Any]  # the values, keyed by wire name
    _raw: Optional[FrozenSet[str]]  # the wire names whose values are still as JSON gave them (see _from_wire)
    _tables_: ClassVar[Optional[ClassTables]] = None
    _lazy_wires_: ClassVar[Optional[FrozenSet[str]]] = None
    _extra_allowed: ClassVar[bool] = False  # keys beyond the declared fields are accepted (free-form objects)
    _extra_type: ClassVar[Optional[str]] = None  # the type those keys' values must have, when it is known
    _all_optional: ClassVar[bool] = False  # anyOf composition: no field of the parts is required (own class only)
    _rows_field: ClassVar[Optional[str]] = None  # the list field shown as a table and given by to_records()
    _input_shape: ClassVar[Tuple[type, ...]] = (dict, Mapping)
    _wire_shape: ClassVar[type] = dict

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._fill(args, kwargs, [type(self).__name__])

    def _fill(self, args: Sequence[Any], values: Mapping[str, Any], path: Path) -> None:
        tables = type(self).__dict__.get("_tables_") or _tables(type(self))
        data: Dict[str, Any] = {}
        _set_data(self, data)
        _set_raw(self, None)
        if args:
            values = self._positional(args, values, tables, path)
        _take(type(self), tables, values, path, data, False)

    @staticmethod
    def _positional(args: Sequence[Any], values: Mapping[str, Any], tables: ClassTables,
                    path: Path) -> Dict[str, Any]:
        """Merge positional arguments into the keyword ones, as generated SDKs take them: each fills the next
        required field, except that a dict where that field is not a dict or model holds fields by name."""
        merged = dict(values)
        filled = 0
        for value in args:
            field = tables.positional[filled] if filled < len(tables.positional) else None
            if isinstance(value, Mapping) and not (field and isinstance(field.type, (DictSpec, ModelSpec))):
                twice = sorted(set(value) & set(merged), key=str)
                if twice:
                    raise ApiTypeError(f"{twice[0]!r} given twice", path)
                merged.update(value)
                continue
            if field is None:
                names = ", ".join(f.name for f in tables.positional) or "none"
                raise ApiTypeError(f"takes at most {len(tables.positional)} positional arguments besides dicts of "
                                   f"fields ({names}), got {len(args)}", path)
            if field.name in values or field.wire in values:
                raise ApiTypeError(f"{field.name!r} given both by position and by name", path)
            merged[field.name] = value
            filled += 1
        return merged

    @classmethod
    def _from_input(cls: Any, value: Mapping[str, Any], path: Path) -> Any:
        """Build (strictly) from a plain dict a user gave where this model was expected."""
        data: Dict[str, Any] = {}
        _take(cls, cls.__dict__.get("_tables_") or _tables(cls), value, path, data, False)
        return _rebuild(cls, data)

    @classmethod
    def _wire_from_input(cls: Any, value: Mapping[str, Any], path: Path) -> Dict[str, Any]:
        """Check a plain dict a user gave where this model was expected, as building the model would, and
        give it keyed by wire names, nested dicts for models checked the same way (for a request body)."""
        data: Dict[str, Any] = {}
        _take(cls, cls.__dict__.get("_tables_") or _tables(cls), value, path, data, True)
        return data

    @classmethod
    def _from_wire(cls: Any, data: Dict[str, Any]) -> Any:
        """Wrap a parsed JSON object without checks; takes ownership of ``data``.

        Nothing is converted now: a field whose value needs converting (a nested model, a list of them, a
        date) is converted when it is first read, and the result replaces the JSON value (see ``_raw``).
        """
        try:
            lazy = cls.__dict__["_lazy_wires_"]
        except KeyError:
            lazy = _tables(cls).lazy_wires
        obj = cls.__new__(cls)
        _set_data(obj, data)
        _set_raw(obj, lazy)
        return obj

    def _data(self) -> Dict[str, Any]:
        """The values keyed by wire name, every one converted (for what looks at the whole object)."""
        if self._raw is not None:
            for wire in self._raw:
                _decode_field(self, wire)
        data: Dict[str, Any] = self._d
        return data

    def _key(self, key: str) -> str:
        f = _tables(type(self)).by_key.get(key)
        return f.wire if f is not None else key

    def __getitem__(self, key: str) -> Any:
        wire = self._key(key)
        if wire in self._d:
            return self._value(wire)
        raise ApiKeyError(f"{type(self).__name__} has no value for {key!r}", [type(self).__name__, key])

    @classmethod
    def _check_extra(cls, key: str, value: Any, path: Path) -> Any:
        """Check the value of a key beyond the declared fields against ``_extra_type``, when one is set."""
        if cls._extra_type is None:
            return value
        return parse_type(cls._extra_type).check(value, path + [key])

    def __setitem__(self, key: str, value: Any) -> None:
        f = _tables(type(self)).by_key.get(key)
        if f is None:
            if not self._extra_allowed or not isinstance(key, str):
                raise ApiKeyError(f"{type(self).__name__} has no field {key!r}", [type(self).__name__, key])
            self._d[key] = self._check_extra(key, value, [type(self).__name__])
            _forget_raw(self, key)
        else:
            f.__set__(self, value)

    def __setattr__(self, name: str, value: Any) -> None:
        if name not in _tables(type(self)).by_name:
            raise ApiAttributeError(f"{type(self).__name__} has no field {name!r}")
        object.__setattr__(self, name, value)

    def _unknown_field(self, name: str) -> Any:
        """A field the answer had but the SDK does not declare, read as an attribute (tolerant decoding)."""
        data = object.__getattribute__(self, "_d") if name != "_d" else {}
        if not name.startswith("__") and name in data:
            return data[name]
        raise ApiAttributeError(f"{type(self).__name__} has no attribute {name!r}")

    if not TYPE_CHECKING:  # type checkers flag a misspelled attribute; undeclared fields are read as items
        __getattr__ = _unknown_field

    def __iter__(self) -> Iterator[str]:
        raise TypeError(f"{type(self).__name__} is not iterable; use to_dict() for its fields")

    def __delitem__(self, key: str) -> None:
        wire = self._key(key)
        self._d.pop(wire, None)
        _forget_raw(self, wire)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._key(key) in self._d

    def get(self, key: str, default: Any = None) -> Any:
        """The value of a field (by attribute or wire name) or of an unknown field, else ``default``."""
        wire = self._key(key)
        return self._value(wire) if wire in self._d else default

    def _value(self, wire: str) -> Any:
        raw = self._raw
        return _decode_field(self, wire) if raw is not None and wire in raw else self._d[wire]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Model) or type(other) is not type(self):
            return NotImplemented
        return bool(self._data() == other._data())

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None  # type: ignore[assignment]

    def to_dict(self) -> Dict[str, Any]:
        """The fields that are set, keyed by attribute name, nested models as dicts."""
        names = _tables(type(self)).attr_of_wire
        return {names.get(k, k): _to_python(v) for k, v in self._data().items()}

    def to_str(self) -> str:
        """``to_dict()`` pretty-printed, with secret fields masked."""
        import pprint

        from onesignal.display import plain
        return pprint.pformat(plain(self))

    def _shown_items(self) -> List[Tuple[str, Any]]:
        """(attribute name, value) pairs for display, with secret fields masked."""
        tables = _tables(type(self))
        return [(tables.attr_of_wire.get(k, k), "***" if k in tables.secret_wires and v else v)
                for k, v in self._data().items()]

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={v!r}" for k, v in self._shown_items())
        return f"{type(self).__name__}({inner})"

    def __reduce__(self) -> Any:
        return (_rebuild, (type(self), dict(self._data())))

    def to_records(self) -> List[Dict[str, Any]]:
        """Flat rows (nested keys joined with dots) for ``pandas.DataFrame``: one per item for the list
        answers (``NotificationSlice``, ``PlayerSlice``), else this model as one row. Secrets are masked."""
        from onesignal.display import records
        return records(self)

    def _repr_html_(self) -> str:
        from onesignal.display import to_html
        return to_html(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        from onesignal.display import pretty_lines
        printer.text(f"{type(self).__name__}(...)" if cycle else "\n".join(pretty_lines(self)))


def _take(cls: Any, tables: ClassTables, values: Mapping[str, Any], path: Path, data: Dict[str, Any],
          to_send: bool) -> None:
    """Check the values a user gave for a model of class ``cls`` into ``data`` (keyed by wire names), as the
    model stores them, or (``to_send``) as they are sent; then check that the required fields are there."""
    by_key = tables.by_key
    for key, value in values.items():
        f = by_key.get(key)
        if f is not None:
            if f.wire in data:
                raise ApiTypeError(f"{f.name!r} given twice (as {f.name!r} and {f.wire!r})", path)
            if type(value) in f.plain and (f.allowed is None or value in f.allowed):
                data[f.wire] = value  # a plain value of the declared type: nothing to convert
            else:
                data[f.wire] = f.check(value, path + [f.name], to_send)
        elif cls._extra_allowed and isinstance(key, str):
            data[key] = cls._check_extra(key, value, path)
        else:
            raise ApiTypeError(f"unknown field {key!r}{suggest(str(key), tables.by_name)}", path)
    for f in tables.required:
        if f.wire not in data:
            raise ApiTypeError(f"required field {f.name!r} is missing", path)


def _rebuild(cls: Any, data: Dict[str, Any]) -> Any:
    """An instance of ``cls`` holding ``data`` (checked already, or unpickled), nothing left to convert."""
    obj = cls.__new__(cls)
    _set_data(obj, data)
    _set_raw(obj, None)
    return obj


# The setters of the slots, bound once: the fastest way to fill an instance made with ``__new__`` (and the
# way around ``Model.__setattr__``, which only takes field names).
_set_data: Callable[[Any, Dict[str, Any]], None] = Model.__dict__["_d"].__set__
_set_raw: Callable[[Any, Optional[FrozenSet[str]]], None] = Model.__dict__["_raw"].__set__


def _decode_field(obj: Any, wire: str) -> Any:
    """Convert the JSON value of one field of a decoded answer, keep the result in its place, and return it.

    ``obj._raw`` names the fields still holding their JSON value. The result is stored before the field is
    struck off, so a thread that reads the field meanwhile converts it itself (to an equal value: decoders
    leave converted values as they are) and never sees a half-made one.
    """
    data = obj._d
    value = data.get(wire)
    if value is not None:
        value = _tables(type(obj)).decoders[wire](value)
        data[wire] = value
    _forget_raw(obj, wire)
    return value


def _forget_raw(obj: Any, wire: str) -> None:
    """Strike a field off the fields still holding their JSON value (it was converted or replaced)."""
    raw = obj._raw
    if raw is not None and wire in raw:
        _set_raw(obj, raw - {wire} or None)


class MapModel(Model):
    """A free-form object (a user's aliases, alias lists to send to): any key, values of ``_extra_type``.

    It reads like the dict it stands for: keys as attributes and items, iteration, ``len``, ``keys()``,
    ``items()``, and equality with a plain dict of the same items.
    """

    __slots__ = ()
    _extra_allowed = True

    def __getattr__(self, name: str) -> Any:
        return self._unknown_field(name)

    def __iter__(self) -> Iterator[str]:
        return iter(self._d)

    def __len__(self) -> int:
        return len(self._d)

    def keys(self) -> Any:
        return self._d.keys()

    def items(self) -> Any:
        return self._d.items()

    def values(self) -> Any:
        return self._d.values()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping) and not isinstance(other, Model):
            return bool(self._d == dict(other))
        return super().__eq__(other)

    __hash__ = None


class ListModel(List[T]):
    """A schema that is a JSON array (``Apps``, ``Buttons``, ...): a list whose items are checked."""

    _input_shape: ClassVar[Tuple[type, ...]] = (list, tuple)
    _wire_shape: ClassVar[type] = list

    def __init__(self, value: Iterable[Any] = (), **kwargs: Any) -> None:
        if set(kwargs) - {"value"}:
            raise ApiTypeError(f"unknown field(s) {sorted(set(kwargs) - {'value'})}", [type(self).__name__])
        items = kwargs.get("value", value)
        super().__init__(self._item_spec().check(items, [type(self).__name__]))

    @classmethod
    def _item_spec(cls) -> ListSpec:
        spec = cls.__dict__.get("_spec_")
        if spec is None:
            arg = cls.__orig_bases__[0].__args__[0]  # type: ignore[attr-defined]
            name = arg if isinstance(arg, str) else getattr(arg, "__forward_arg__", None) or arg.__name__
            spec = ListSpec(parse_type(name))
            setattr(cls, "_spec_", spec)
        return spec

    @classmethod
    def _from_input(cls, value: Sequence[Any], path: Path) -> Any:
        obj = cls.__new__(cls)
        list.extend(obj, cls._item_spec().check(list(value), path))
        return obj

    @classmethod
    def _from_wire(cls, data: List[Any]) -> Any:
        decode = cls._item_spec().decoder()
        obj = cls.__new__(cls)
        list.extend(obj, data if decode is None else decode(data))
        return obj

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ListModel) and type(other) is not type(self):
            return False
        return list.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    __hash__ = None

    @property
    def value(self) -> List[T]:
        """The items as a plain list (the name generated SDKs use)."""
        return list(self)

    def to_dict(self) -> List[Any]:
        return [_to_python(v) for v in self]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list.__repr__(self)})"

    to_records = Model.to_records
    _repr_html_ = Model._repr_html_
    _repr_pretty_ = Model._repr_pretty_


def _to_python(value: Any) -> Any:
    if isinstance(value, (Model, ListModel)):
        return value.to_dict()
    if isinstance(value, list):
        return [_to_python(v) for v in value]
    if isinstance(value, dict):
        return {k: _to_python(v) for k, v in value.items()}
    return value


_JSON_LEAVES = frozenset((str, int, float, bool, type(None)))


def to_wire(value: Any) -> Any:
    """Turn models (nested, in lists and dicts) and dates into what ``json.dumps`` takes, keyed by wire names."""
    leaves = _JSON_LEAVES
    if isinstance(value, Model):  # values of a decoded answer not yet converted are sent as JSON gave them
        return {k: v if type(v) in leaves else to_wire(v) for k, v in value._d.items()}
    if isinstance(value, (list, tuple)):
        return [v if type(v) in leaves else to_wire(v) for v in value]
    if isinstance(value, dict):
        return {k: v if type(v) in leaves else to_wire(v) for k, v in value.items()}
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    return value


def _json_default(value: Any) -> Any:
    """What the encoder calls for a value JSON has no form of: a model gives its values (keyed by wire names;
    the values of a decoded answer not yet converted are still as JSON gave them), a date its ISO form."""
    if isinstance(value, Model):
        return value._d
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


# One encoder for every request body: compact, refusing NaN, models and dates encoded as they are met (json
# walks the body in C; nothing is copied first). json.dumps with options would make an encoder per call.
_ENCODER = json.JSONEncoder(separators=(",", ":"), allow_nan=False, default=_json_default)


def to_json(value: Any) -> bytes:
    """The JSON the SDK sends for ``value`` (models, nested in lists and dicts, and dates included): what
    ``json.dumps(to_wire(value))`` gives, made without building the intermediate dicts."""
    return _ENCODER.encode(value).encode()


def from_wire(value: Any, type_name: str) -> Any:
    """Decode a parsed JSON answer into the declared return type (``"NotificationSlice"``, ``"Apps"``...)."""
    decode = _decoder_of(type_name)
    return decode(value) if decode is not None else value


@functools.lru_cache(maxsize=None)
def _decoder_of(type_name: str) -> Optional[Decoder]:
    return parse_type(type_name).decoder()


def fields_of(cls: Any) -> Tuple[Field, ...]:
    """The declared fields of a model class, in order (inherited ones first)."""
    return _tables(cls).fields


def required_fields(cls: Any) -> Tuple[Field, ...]:
    """The fields a user must give to build the class (none for an anyOf composition)."""
    return _tables(cls).required
