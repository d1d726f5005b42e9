"""The shape of an endpoint declaration: what ``ApiClient`` needs to build a request and read its answer,
and what the generated ``DefaultApi`` method needs for its signature and docstring."""
from __future__ import annotations

from types import ModuleType
from typing import Dict, Mapping, NamedTuple, Optional, Tuple, TypedDict, Union

APP_KEY = "app_key"
USER_KEY = "user_key"

# Methods whose repetition cannot change the outcome; others are repeated only when marked idempotent.
REPEATABLE_METHODS = frozenset(("GET", "PUT", "DELETE"))


class CommonCallOptions(TypedDict, total=False):
    """The per-call keyword options that do not change what a ``DefaultApi`` method returns."""

    _request_timeout: Union[float, Tuple[float, float]]
    _call_timeout: float
    _check_input_type: bool
    _check_return_type: bool
    _retries: int
    _host_index: Optional[int]
    _content_type: Optional[str]
    _spec_property_naming: bool


class CallOptions(CommonCallOptions, total=False):
    """Every per-call keyword option of a ``DefaultApi`` method (the options of generated SDKs, and ``_retries``);
    the last three change what it returns (see the overloads in default_api.pyi)."""

    async_req: bool
    _return_http_data_only: bool
    _preload_content: bool


CALL_OPTIONS = CallOptions.__required_keys__ | CallOptions.__optional_keys__


class Alias(NamedTuple):
    """Another keyword name for an argument (the name the other SDK line gives it), with its type there."""

    name: str
    type: str


class Param(NamedTuple):
    """One argument of an endpoint method and where it goes on the wire."""

    name: str
    location: str  # "path", "query" or "body"
    type: str = "str"
    required: bool = True
    wire: Optional[str] = None  # the wire name when it differs from ``name``
    enum: Optional[Tuple[object, ...]] = None
    doc: str = ""
    aliases: Tuple[Alias, ...] = ()  # other keyword names that give the same argument
    max_items: Optional[int] = None  # for a list: the most items one request may carry

    @property
    def wire_name(self) -> str:
        return self.wire or self.name


class Endpoint(NamedTuple):
    """One operation of the API."""

    name: str
    method: str
    path: str
    auth: str  # APP_KEY or USER_KEY: the Configuration attribute holding the key it needs
    params: Tuple[Param, ...] = ()
    returns: Optional[str] = None  # type of any 2xx answer (a model name or a type); None for no body
    idempotency_field: Optional[str] = None  # body field that makes a POST safe to repeat
    doc: str = ""  # what the operation does, for the method's docstring and the docs
    other_name: Optional[str] = None  # the same operation's name in the other SDK line, when it was renamed

    @property
    def repeatable(self) -> bool:
        return self.method in REPEATABLE_METHODS or self.idempotency_field is not None


def endpoints_of(table: ModuleType) -> Dict[str, Endpoint]:
    """The endpoints a table module declares, by the names of their constants (``CREATE_NOTIFICATION``)."""
    return {const: e for const, e in vars(table).items() if isinstance(e, Endpoint)}


def counterpart(endpoint: Endpoint, endpoints: Mapping[str, Endpoint]) -> Optional[str]:
    """The name of the same operation in the other SDK line, when it was renamed (either way)."""
    return endpoint.other_name or next((e.name for e in endpoints.values() if e.other_name == endpoint.name), None)
