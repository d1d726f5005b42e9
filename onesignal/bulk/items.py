"""Which operation a bulk run calls, and turning each of its items into checked arguments for it."""
from __future__ import annotations

import inspect
from typing import Any, Callable, Dict, Mapping, Optional, Tuple

from onesignal.api import endpoints
from onesignal.api_client import ApiClient
from onesignal.endpoint import CALL_OPTIONS, Endpoint, endpoints_of
from onesignal.exceptions import ApiTypeError, ApiValueError

# Per-call options a run sets itself (or that would change what a call returns): an item may not give them.
RESERVED_OPTIONS = frozenset(("async_req", "_return_http_data_only", "_preload_content", "_retries"))

_by_name: Optional[Dict[str, Endpoint]] = None


def endpoint_named(name: str) -> Optional[Endpoint]:
    """The endpoint of the operation ``name`` (either SDK line's name), or None when there is none."""
    global _by_name
    if _by_name is None:
        _by_name = {e.name: e for e in endpoints_of(endpoints).values()}
    return _by_name.get(name)


def resolve_operation(api: Any, operation: Any) -> Tuple[str, Callable[..., Any], Endpoint]:
    """The name, bound method and endpoint of ``operation``: a method name, or a bound method of ``api``."""
    if isinstance(operation, str):
        name = operation
    elif inspect.ismethod(operation) and operation.__self__ is api:
        name = operation.__name__
    else:
        raise ApiTypeError("expected the name of an operation (such as 'update_user') or a method of this "
                           f"DefaultApi, got {type(operation).__name__}", ["operation"])
    endpoint = endpoint_named(name)
    if endpoint is None:
        raise ApiValueError(f"{name!r} is not an operation of the API", ["operation"])
    return name, getattr(api, name), endpoint


class ItemBinder:
    """Turns an item (a mapping of keyword arguments, or a tuple of positional ones) into a call's arguments,
    checked the way the call would check them, without sending anything."""

    def __init__(self, method: Callable[..., Any], endpoint: Endpoint, client: ApiClient) -> None:
        self._signature = inspect.signature(method)
        self._endpoint = endpoint
        self._client = client

    def bind(self, item: Any) -> Tuple[Tuple[Any, ...], Dict[str, Any]]:
        """``(args, kwargs)`` for the call; raises ``ApiTypeError`` / ``ApiValueError`` for a bad item."""
        if isinstance(item, Mapping):
            args: Tuple[Any, ...] = ()
            kwargs = dict(item)
        elif isinstance(item, tuple):
            args, kwargs = item, {}
        else:
            raise ApiTypeError("expected a mapping of keyword arguments or a tuple of positional arguments, got "
                               f"{type(item).__name__}", [self._endpoint.name])
        reserved = sorted(RESERVED_OPTIONS.intersection(kwargs))
        if reserved:
            raise ApiTypeError(f"{reserved[0]!r} is set by map itself and cannot be given per item",
                               [self._endpoint.name])
        try:
            bound = self._signature.bind(*args, **kwargs)
        except TypeError as error:
            raise ApiTypeError(str(error), [self._endpoint.name]) from None
        arguments: Dict[str, Any] = {}
        for name, value in bound.arguments.items():
            if self._signature.parameters[name].kind is not inspect.Parameter.VAR_KEYWORD:
                arguments[name] = value
            elif set(value) - CALL_OPTIONS:
                unknown = sorted(set(value) - CALL_OPTIONS)[0]
                raise ApiTypeError(f"got an unexpected keyword argument {unknown!r}", [self._endpoint.name])
        self._client.check_arguments(self._endpoint, arguments)
        return args, kwargs
