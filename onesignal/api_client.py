"""``ApiClient``: turns an endpoint declaration and its arguments into an HTTP request, and the answer into models.

The model machinery (``model_utils``) loads with the first call and the transport (``rest``) with the first
client, so that ``import onesignal`` stays cheap for code that only builds models or starts the fake.
"""
from __future__ import annotations

import datetime as _dt
import functools
import json
import os
import threading
import weakref
from typing import Any, Dict, Generic, List, Mapping, Optional, Tuple, TypeVar
from urllib.parse import quote, urlencode

from onesignal import __version__
from onesignal.configuration import Configuration
from onesignal.endpoint import CALL_OPTIONS, Endpoint, Param
from onesignal.exceptions import (ApiException, ApiKeyError, ApiTypeError, ApiValueError, TOO_DEEP,
                                  exception_class_for)
from onesignal.headers import Headers, Sealed
from onesignal.validation import check_header, check_int_range, check_timeout

_KEY_SETTINGS = {
    "app_key": "the app's REST API key: Configuration(app_key=...) or ONESIGNAL_APP_KEY with "
               "Configuration.from_env()",
    "user_key": "the account's user auth key: Configuration(user_key=...) or ONESIGNAL_USER_KEY with "
                "Configuration.from_env()",
}


_SEALED_HEADERS = frozenset(("authorization", "cookie"))

T = TypeVar("T")


class _Request:
    """A request ready to send: built once, sent as often as the retry loop needs.

    Its ``repr`` shows neither the key nor the query (which may carry an auth hash).
    """

    __slots__ = ("url", "headers", "body", "idempotency_key")

    def __init__(self, url: str, headers: Headers, body: Optional[bytes], idempotency_key: Optional[str]) -> None:
        self.url = url
        self.headers = headers
        self.body = body
        self.idempotency_key = idempotency_key

    def __repr__(self) -> str:
        path, query, _ = self.url.partition("?")
        size = "no body" if self.body is None else f"{len(self.body)} bytes of body"
        return f"_Request({path + ('?...' if query else '')!r}, {self.headers!r}, {size})"


class DefaultHeaders(Dict[str, str]):
    """The headers an ``ApiClient`` sends with every request; each is checked when it is set."""

    secret = False  # a Cookie or Authorization header was set, whose value must be sealed when sent

    def __setitem__(self, name: str, value: str) -> None:
        checked_name, checked_value = check_header(name, value, ["default_headers"])
        super().__setitem__(checked_name, checked_value)
        if checked_name.lower() in _SEALED_HEADERS:
            self.secret = True

    def split(self) -> Tuple[Dict[str, str], Dict[str, Sealed]]:
        """The plain headers, and the secret ones sealed (an Authorization among them is left out: the key of
        the endpoint is the authorization sent)."""
        plain = dict(self)
        if not self.secret:
            return plain, {}
        sealed = {name: Sealed(plain.pop(name)) for name in list(plain) if name.lower() in _SEALED_HEADERS}
        return plain, {name: value for name, value in sealed.items() if name.lower() != "authorization"}

    def update(self, *args: Any, **kwargs: Any) -> None:
        for name, value in dict(*args, **kwargs).items():
            self[name] = value

    def setdefault(self, name: str, value: str = "") -> str:
        if name not in self:
            self[name] = value
        return self[name]


class AsyncResult(Generic[T]):
    """What a call with ``async_req=True`` returns: ``get()`` waits for the result (or raises its error)."""

    def __init__(self, future: Any) -> None:
        self._future = future

    def get(self, timeout: Optional[float] = None) -> T:
        result: T = self._future.result(timeout)
        return result

    def wait(self, timeout: Optional[float] = None) -> None:
        import concurrent.futures
        concurrent.futures.wait([self._future], timeout)

    def ready(self) -> bool:
        return bool(self._future.done())

    def successful(self) -> bool:
        if not self._future.done():
            raise ValueError("the call has not finished yet")
        return self._future.exception() is None


class ApiClient:
    """Sends the requests of ``DefaultApi`` through one connection pool; use it as a context manager.

    One client is safe to share between threads, and keeps working in a child process after ``os.fork()``.
    ``pool_threads`` is the number of threads that serve calls made with ``async_req=True``; they are started
    on first use and stopped by ``close()``.
    """

    def __init__(self, configuration: Optional[Configuration] = None, header_name: Optional[str] = None,
                 header_value: Optional[str] = None, cookie: Optional[str] = None, pool_threads: int = 1) -> None:
        if configuration is not None and not isinstance(configuration, Configuration):
            raise ApiTypeError(f"expected Configuration, got {type(configuration).__name__}", ["configuration"])
        self.pool_threads = check_int_range(pool_threads, "pool_threads", 1, 1000)
        self.default_headers = DefaultHeaders()
        self.default_headers["User-Agent"] = f"onesignal-python/{__version__}"
        if header_name is not None and header_value is not None:
            self.default_headers[header_name] = header_value
        self.cookie = cookie
        self.configuration = configuration if configuration is not None else Configuration()
        from onesignal.rest import RESTClient  # the transport loads with the first client, not with the package
        self.rest_client = RESTClient(self.configuration)
        self.closed = False
        self._executor: Any = None
        self._executor_lock = threading.Lock()
        _clients.add(self)

    def __enter__(self) -> "ApiClient":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def close(self) -> None:
        """Stop the ``async_req`` threads and close the pooled connections; later calls are refused.

        Calls already running finish their current attempt but make no further one.
        """
        with self._executor_lock:
            self.closed = True
            executor, self._executor = self._executor, None
        self.rest_client.close()
        if executor is not None:
            executor.shutdown(wait=True)

    @property
    def cookie(self) -> Optional[str]:
        """A ``Cookie`` header sent with every request (None for none)."""
        return self._cookie

    @cookie.setter
    def cookie(self, value: Optional[str]) -> None:
        self._cookie = None if value is None else check_header("Cookie", value, ["cookie"])[1]

    def __repr__(self) -> str:
        return f"ApiClient(host={self.configuration.host!r})"

    @property
    def user_agent(self) -> str:
        return self.default_headers["User-Agent"]

    @user_agent.setter
    def user_agent(self, value: str) -> None:
        self.default_headers["User-Agent"] = check_header("User-Agent", value, ["user_agent"])[1]

    def set_default_header(self, header_name: str, header_value: str) -> None:
        """Send this header with every request of this client (checked now: a bad one is refused here)."""
        self.default_headers[header_name] = header_value

    @staticmethod
    def sanitize_for_serialization(obj: Any) -> Any:
        """The JSON wire form of models (nested, in lists and dicts) and dates, keyed by wire names."""
        from onesignal.model_utils import to_wire
        return to_wire(obj)

    @staticmethod
    def deserialize(data: Any, type_name: str) -> Any:
        """Decode parsed JSON into the model named ``type_name`` (``"Player"``, ``"Apps"``...)."""
        from onesignal.model_utils import from_wire
        return from_wire(data, type_name)

    @staticmethod
    def check_arguments(endpoint: Endpoint, arguments: Mapping[str, Any]) -> None:
        """Refuse arguments the endpoint would refuse, without sending anything (for lazy helpers)."""
        _checked_arguments(endpoint, arguments, True)

    def call_endpoint(self, endpoint: Endpoint, arguments: Mapping[str, Any], options: Mapping[str, Any]) -> Any:
        """Check the arguments, then send the request now or, with ``async_req=True``, on a pool thread."""
        if self.closed:
            raise _closed_error(endpoint)
        if options and not CALL_OPTIONS.issuperset(options):
            unknown = sorted(set(options) - CALL_OPTIONS)
            raise ApiTypeError(f"got an unexpected keyword argument {unknown[0]!r}", [endpoint.name])
        values = _checked_arguments(endpoint, arguments, options.get("_check_input_type", True))
        if options.get("_request_timeout") is not None:
            check_timeout(options["_request_timeout"], [endpoint.name, "_request_timeout"])
        if options.get("_retries") is not None:  # per call, the bounds of the setting of the same name
            Configuration.retries.check(options["_retries"], "_retries")
        if options.get("_call_timeout") is not None:
            Configuration.call_timeout.check(options["_call_timeout"], f"{endpoint.name}._call_timeout")
        request = self._build(endpoint, values)
        if not options.get("async_req"):
            return self._send(endpoint, request, options)
        return AsyncResult[Any](self._async_pool(endpoint).submit(self._send, endpoint, request, options))

    def _async_pool(self, endpoint: Endpoint) -> Any:
        """The threads of ``async_req`` calls, started on first use (once, even when threads race for it)."""
        with self._executor_lock:
            if self.closed:
                raise _closed_error(endpoint)
            if self._executor is None:
                from concurrent.futures import ThreadPoolExecutor
                self._executor = ThreadPoolExecutor(max_workers=self.pool_threads, thread_name_prefix="onesignal")
            return self._executor

    def _authorization(self, endpoint: Endpoint) -> Sealed:
        """The endpoint's key as a sealed ``Authorization`` value (the key is never a local of a frame that a
        failing call passes through); a key that is not configured is refused."""
        sealed = _seal_key(getattr(self.configuration, endpoint.auth))
        if sealed is None:
            raise ApiKeyError(f"this call needs {_KEY_SETTINGS[endpoint.auth]}, and none is configured",
                              [endpoint.name])
        return sealed

    def _build(self, endpoint: Endpoint, values: Dict[str, Any]) -> _Request:
        """URL, headers and encoded body of the call; a body that JSON cannot encode is refused here."""
        path = endpoint.path
        query: List[Tuple[str, str]] = []
        body: Any = None
        body_name = ""
        for param in endpoint.params:
            value = values.get(param.name)
            if value is None:
                continue
            if param.location == "path":
                path = path.replace("{" + param.name + "}", quote(_query_text(value), safe=""))
            elif param.location == "query":
                items = value if isinstance(value, (list, tuple)) else (value,)
                query.extend((param.wire_name, _query_text(item)) for item in items)
            else:
                body = value
                body_name = param.name
        headers, sealed = self.default_headers.split()
        sealed["Authorization"] = self._authorization(endpoint)
        headers["Accept"] = "application/json"
        if self.cookie:
            sealed["Cookie"] = Sealed(self.cookie)
        idempotency_key = None
        encoded = None
        if body is not None:
            from onesignal.model_utils import Model, to_json
            if endpoint.idempotency_field:
                fields = body._d if isinstance(body, Model) else body
                idempotency_key = fields.get(endpoint.idempotency_field)
                if not idempotency_key:
                    idempotency_key = _new_uuid4()
                    body = {**fields, endpoint.idempotency_field: idempotency_key}  # the caller's is left alone
            headers["Content-Type"] = "application/json"
            try:
                encoded = to_json(body)
            except (TypeError, ValueError) as exc:
                raise ApiTypeError(f"cannot be sent as JSON: {exc}", [endpoint.name, body_name]) from None
        url = self.configuration.host + path + ("?" + urlencode(query) if query else "")
        return _Request(url, Headers(headers, sealed), encoded, idempotency_key)

    def _send(self, endpoint: Endpoint, request: _Request, options: Mapping[str, Any]) -> Any:
        preload = options.get("_preload_content", True)
        try:
            response = self.rest_client.request(
                endpoint.method, request.url, headers=request.headers, body=request.body,
                timeout=options.get("_request_timeout"), repeatable=endpoint.repeatable, preload_content=preload,
                retries=options.get("_retries"), call_timeout=options.get("_call_timeout"))
            if not 200 <= response.status < 300:
                raise _error_for(response)
            if not preload:
                return response
            data = _decode(response, endpoint.returns)
        except ApiException as exc:
            exc.idempotency_key = request.idempotency_key
            raise
        if options.get("_return_http_data_only", True):
            return data
        return data, response.status, dict(response.headers)


def _new_uuid4() -> str:
    """A random (version 4) UUID as text, as ``str(uuid.uuid4())`` gives it, in a fraction of its time."""
    raw = bytearray(os.urandom(16))
    raw[6] = raw[6] & 0x0F | 0x40  # version 4
    raw[8] = raw[8] & 0x3F | 0x80  # RFC 4122 variant
    text = raw.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


_clients: "weakref.WeakSet[ApiClient]" = weakref.WeakSet()


def _reset_clients_in_child() -> None:
    """A forked child gets a connection pool of its own and none of its parent's threads: its first
    ``async_req`` call starts new ones."""
    for client in list(_clients):
        client.rest_client.after_fork()
        client._executor = None
        client._executor_lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_clients_in_child)


def _query_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return str(value)


# Values that would change which path is requested ("/players/" is another endpoint than "/players/{id}").
_UNSAFE_PATH_VALUES = frozenset(("", ".", ".."))


def _checked_arguments(endpoint: Endpoint, arguments: Mapping[str, Any], check_types: bool) -> Dict[str, Any]:
    """The arguments by name, each checked; a dict given for a body model is checked as building the model
    would, and kept as a dict to send (see ``TypeSpec.check_to_send``)."""
    from onesignal.model_utils import check_value, parse_type
    values: Dict[str, Any] = {}
    for param in endpoint.params:
        value = _argument(endpoint, param, arguments)
        if value is None:
            continue
        if check_types:
            value = check_value(parse_type(param.type), param.enum, value, [endpoint.name, param.name],
                                param.location == "body")
            if param.max_items is not None and len(value) > param.max_items:
                raise ApiValueError(f"at most {param.max_items} items may be sent, got {len(value)}",
                                    [endpoint.name, param.name])
        if param.location == "path" and str(value) in _UNSAFE_PATH_VALUES:
            raise ApiValueError(f"{str(value)!r} is not a valid value for a path segment",
                                [endpoint.name, param.name])
        values[param.name] = value
    return values


def _argument(endpoint: Endpoint, param: Param, arguments: Mapping[str, Any]) -> Any:
    """The value given for ``param`` under its name or one of its aliases; None when it is optional and absent."""
    given = [(name, arguments[name]) for name in (param.name, *(a.name for a in param.aliases))
             if arguments.get(name) is not None]
    if len(given) > 1:
        raise ApiTypeError(f"{given[0][0]!r} and {given[1][0]!r} name the same argument: give one of them",
                           [endpoint.name])
    if given:
        return given[0][1]
    if param.required:
        names = " or ".join(repr(n) for n in (param.name, *(a.name for a in param.aliases)))
        raise ApiValueError(f"the required argument {names} is None", [endpoint.name])
    return None


def _seal_key(key: Optional[str]) -> Optional[Sealed]:
    return None if not key else Sealed("Key " + key)


def _closed_error(endpoint: Endpoint) -> ApiValueError:
    return ApiValueError("this ApiClient is closed (close() was called or its with-block ended); make a new "
                         "ApiClient", [endpoint.name])


_JSON_KINDS = {dict: "a JSON object", list: "a JSON array", str: "a JSON string", int: "a JSON number",
               float: "a JSON number", bool: "a JSON boolean", type(None): "JSON null"}


@functools.lru_cache(maxsize=None)
def _answer_shape(type_name: str) -> Optional[type]:
    """The JSON type (dict or list) an answer declared as ``type_name`` must have; None when any will do."""
    from onesignal.model_utils import DictSpec, ListSpec, ModelSpec, parse_type
    spec = parse_type(type_name)
    if isinstance(spec, ModelSpec):
        shape: type = spec.cls._wire_shape
        return shape
    if isinstance(spec, DictSpec):
        return dict
    if isinstance(spec, ListSpec):
        return list
    return None


def _decode(response: Any, type_name: Optional[str]) -> Any:
    """The answer's body as ``type_name``; an answer that is not JSON, is nested too deeply or has the wrong
    shape for its declared type is an ``ApiException`` with the status and the body."""
    raw = response.data
    if type_name is None or not raw:
        return None
    data, detail = _parse(raw)
    shape = _answer_shape(type_name)
    if detail is None and shape is not None and type(data) is not shape:
        expected = _JSON_KINDS.get(shape, shape.__name__)
        detail = (f"The answer is not the declared {type_name} ({expected}) but "
                  f"{_JSON_KINDS.get(type(data), type(data).__name__)}")
    if detail is None:
        from onesignal.model_utils import from_wire
        try:
            return from_wire(data, type_name)
        except RecursionError:
            detail = TOO_DEEP
    raise ApiException(response.status, response.reason, body=raw.decode("utf-8", "replace"),
                       headers=response.headers, detail=detail or None)


def _parse(raw: bytes) -> Tuple[Any, Optional[str]]:
    """The parsed JSON and None, or None and what kept it from parsing ("" for "not JSON": the exception says
    that itself)."""
    try:
        return json.loads(raw), None
    except RecursionError:
        return None, TOO_DEEP
    except ValueError:
        return None, ""


def _error_for(response: Any) -> ApiException:
    error = exception_class_for(response.status)(http_resp=response)
    from onesignal.retry import parse_retry_after
    error.retry_after = parse_retry_after(response.headers.get("Retry-After"))
    return error
