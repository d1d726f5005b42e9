"""Issue 9 items 5 to 8: every setting checked when given or assigned, changes after a client was made applied,
keys pasted with their scheme refused, headers checked when set, closed clients refusing calls, and one class
that catches every error of the SDK."""
from __future__ import annotations

import os
import pickle
import threading
from pathlib import Path
from typing import Any, Dict, List

import pytest

import onesignal
from onesignal.api.default_api import DefaultApi

from loopback import LoopbackServer

APP = "app-0001"
KEY = "settings-app-key-0123456789"


# --------------------------------------------------------------------------------------------------------------
# 5. Every setting is checked, given or assigned, with an error naming it


BAD_SETTINGS = [
    ("retries", "3", onesignal.ApiTypeError, "retries: expected int, got str"),
    ("retries", 101, onesignal.ApiValueError, "retries: must be from 0 to 100, got 101"),
    ("backoff_factor", -1, onesignal.ApiValueError, "backoff_factor: must be a finite number of at least 0, got -1"),
    ("backoff_max", "8", onesignal.ApiTypeError, "backoff_max: expected a number, got str"),
    ("retry_after_max", float("nan"), onesignal.ApiValueError, "retry_after_max: must be a finite number of at "
                                                               "least 0, got nan"),
    ("call_timeout", 0, onesignal.ApiValueError, "call_timeout: must be more than 0 and at most 1000000 seconds, "
                                                 "got 0"),
    ("call_timeout", None, onesignal.ApiTypeError, "call_timeout: expected seconds (a positive number), got NoneType"),
    ("timeout", "3", onesignal.ApiTypeError, "timeout: expected seconds (a positive number) or a (connect, read) "
                                             "pair, got '3'"),
    ("connection_pool_maxsize", "many", onesignal.ApiTypeError, "connection_pool_maxsize: expected int, got str"),
    ("connection_pool_maxsize", 0, onesignal.ApiValueError, "connection_pool_maxsize: must be from 1 to 1000, got 0"),
    ("verify_ssl", "no", onesignal.ApiTypeError, "verify_ssl: expected bool, got str"),
    ("debug", "yes", onesignal.ApiTypeError, "debug: expected bool, got str"),
    ("proxy", "not a url", onesignal.ApiValueError, "proxy: expected an http:// or https:// proxy URL such as "
                                                    "'http://proxy.internal:3128', got 'not a url'"),
    ("proxy", "socks5://proxy:1080", onesignal.ApiValueError, "proxy: expected an http:// or https:// proxy URL"),
    ("proxy", "http://bob:s3cret@proxy:port", onesignal.ApiValueError, "proxy: the port is not a number from 0 to "
                                                                       "65535; got 'http://***@proxy:port'"),
    ("proxy", 3128, onesignal.ApiTypeError, "proxy: expected str (a URL such as 'http://proxy.internal:3128') or "
                                            "None, got int"),
    ("proxy_headers", ["X-A"], onesignal.ApiTypeError, "proxy_headers: expected a mapping of header names to "
                                                        "values, got list"),
    ("proxy_headers", {"X-A": "s3cret\r\nX-B: 1"}, onesignal.ApiValueError, "proxy_headers: the value of header "
                                                                            "'X-A' contains a line break"),
    ("proxy_headers", {"bad name": "v"}, onesignal.ApiValueError, "proxy_headers: 'bad name' is not a valid header "
                                                                  "name"),
    ("ssl_ca_cert", "/no/such/bundle.pem", onesignal.ApiValueError, "ssl_ca_cert: no such file: "
                                                                    "'/no/such/bundle.pem'"),
    ("cert_file", 42, onesignal.ApiTypeError, "cert_file: expected the path of a file (str or path-like), got int"),
    ("key_file", "/no/such/key.pem", onesignal.ApiValueError, "key_file: no such file: '/no/such/key.pem'"),
    ("assert_hostname", True, onesignal.ApiValueError, "assert_hostname: expected None, False or a host name, got "
                                                       "True"),
    ("host", "https://api.onesignal.com/?app_id=1", onesignal.ApiValueError, "host: must not have a query ('?...') "
                                                                             "or fragment ('#...')"),
    ("host", "https://api.onesignal.com#top", onesignal.ApiValueError, "host: must not have a query"),
    ("host", "https://bob:s3cret@api.onesignal.com", onesignal.ApiValueError, "host: must not carry a user name or "
                                                                              "password (keys go in app_key and "
                                                                              "user_key); got 'https://***@"
                                                                              "api.onesignal.com'"),
    ("host", "https://api.onesignal.com:99999", onesignal.ApiValueError, "host: the port is not a number"),
]


@pytest.mark.parametrize("name, value, error, message", BAD_SETTINGS)
def test_a_bad_setting_is_refused_when_given(name: str, value: Any, error: type, message: str) -> None:
    with pytest.raises(error) as info:
        onesignal.Configuration(**{name: value})
    assert str(info.value).startswith(message), str(info.value)
    assert "s3cret" not in str(info.value)


@pytest.mark.parametrize("name, value, error, message", BAD_SETTINGS)
def test_a_bad_setting_is_refused_when_assigned_and_the_old_value_stays(name: str, value: Any, error: type,
                                                                       message: str) -> None:
    config = onesignal.Configuration()
    before = getattr(config, name)
    with pytest.raises(error) as info:
        setattr(config, name, value)
    assert str(info.value).startswith(message), str(info.value)
    assert getattr(config, name) == before


def test_good_settings_are_kept_as_given(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle.pem"
    bundle.write_text("not checked here, only that the file exists")
    config = onesignal.Configuration(proxy="bob:pw@proxy.internal:3128", proxy_headers={"X-Team": "push"},
                                     ssl_ca_cert=bundle, assert_hostname=False, call_timeout=30,
                                     connection_pool_maxsize=4, verify_ssl=False)
    assert config.proxy == "http://bob:pw@proxy.internal:3128"
    assert dict(config.proxy_headers) == {"X-Team": "push"}
    assert config.ssl_ca_cert == os.fspath(bundle) == config.ca_certs
    assert (config.assert_hostname, config.call_timeout, config.connection_pool_maxsize) == (False, 30, 4)
    with pytest.raises(TypeError):
        config.proxy_headers["X-Other"] = "1"  # type: ignore[index]  # a change goes through the setting
    assert repr(config.proxy_headers) == "{'X-Team': '***'}"
    twin = pickle.loads(pickle.dumps(config))
    assert repr(twin) == repr(config) and dict(twin.proxy_headers) == {"X-Team": "push"}


@pytest.mark.parametrize("name, suggestion", [
    ("api_key", "'app_key' or 'rest_api_key'"), ("retires", "'retries'"), ("time_out", "'timeout' or 'call_timeout'"),
    ("organisation_api_key", "'organization_api_key' or 'rest_api_key'"), ("verify_tls", "'verify_ssl'"),
])
def test_a_misspelled_setting_is_refused_with_the_closest_names(name: str, suggestion: str) -> None:
    with pytest.raises(onesignal.ApiTypeError) as given:
        onesignal.Configuration(**{name: "x"})
    assert str(given.value) == f"Configuration: unknown setting {name!r} (did you mean {suggestion}?)"
    config = onesignal.Configuration()
    with pytest.raises(onesignal.ApiAttributeError) as assigned:
        setattr(config, name, "x")
    assert str(assigned.value) == str(given.value)
    assert isinstance(assigned.value, AttributeError) and isinstance(given.value, TypeError)


def test_a_key_file_without_its_certificate_is_refused(tmp_path: Path) -> None:
    key = tmp_path / "client.key"
    key.write_text("-")
    with pytest.raises(onesignal.ApiValueError, match=r"^key_file: a key file needs its certificate"):
        onesignal.Configuration(key_file=str(key))


def test_a_proxy_set_after_the_client_was_made_is_used_by_the_next_call(server: LoopbackServer) -> None:
    with LoopbackServer() as proxy:
        proxy.answer(200, {"id": "via-proxy", "device_type": 1})
        server.answer(200, {"id": "direct", "device_type": 1})
        config = onesignal.Configuration(host=server.host, app_key=KEY)
        with onesignal.ApiClient(config) as client:
            api = DefaultApi(client)
            first_pool = client.rest_client.pool_manager
            assert api.get_player(APP, "p1").id == "direct"
            config.proxy = proxy.host
            assert api.get_player(APP, "p1").id == "via-proxy"
            assert client.rest_client.pool_manager is not first_pool
            config.proxy = None
            server.answer(200, {"id": "direct-again", "device_type": 1})
            assert api.get_player(APP, "p1").id == "direct-again"
    assert len(server.requests) == 2 and len(proxy.requests) == 1


def test_a_connection_setting_changed_rebuilds_the_pool_and_others_do_not(server: LoopbackServer) -> None:
    config = onesignal.Configuration(host=server.host, app_key=KEY)
    with onesignal.ApiClient(config) as client:
        api = DefaultApi(client)
        api.get_player(APP, "p1")
        pool = client.rest_client.pool_manager
        config.retries, config.timeout, config.app_key = 0, (1, 2), KEY + "-2"
        api.get_player(APP, "p1")
        assert client.rest_client.pool_manager is pool  # read per call: nothing to rebuild
        config.connection_pool_maxsize = 2
        api.get_player(APP, "p1")
        assert client.rest_client.pool_manager is not pool
    assert server.last.headers["Authorization"] == f"Key {KEY}-2"


# --------------------------------------------------------------------------------------------------------------
# 6 (keys). A key pasted with its scheme is refused, naming the setting


@pytest.mark.parametrize("name", ["app_key", "user_key", "rest_api_key", "organization_api_key"])
@pytest.mark.parametrize("pasted, message", [
    ("Key abc123", "starts with 'Key': give the key alone, the SDK sends it as 'Authorization: Key <key>' itself"),
    ("basic abc123", "starts with 'basic': give the key alone"),
    ("Bearer  abc123", "starts with 'Bearer': give the key alone"),
    ("abc 123", "contains a space, which no OneSignal key has"),
])
def test_a_key_pasted_with_its_scheme_is_refused_without_showing_it(name: str, pasted: str, message: str) -> None:
    with pytest.raises(onesignal.ApiValueError) as given:
        onesignal.Configuration(**{name: pasted})
    assert str(given.value).startswith(f"{name}: {message}")
    assert str(given.value).endswith("(the value is not shown)") and "abc" not in str(given.value)
    config = onesignal.Configuration()
    with pytest.raises(onesignal.ApiValueError):
        setattr(config, name, pasted)


def test_a_key_pasted_with_its_scheme_in_the_environment_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONESIGNAL_REST_API_KEY", "Key abc123")
    monkeypatch.delenv("ONESIGNAL_APP_KEY", raising=False)
    with pytest.raises(onesignal.ApiValueError, match=r"^app_key: starts with 'Key'"):
        onesignal.Configuration.from_env()


# --------------------------------------------------------------------------------------------------------------
# 7. Headers are checked when set; a closed client refuses calls


@pytest.mark.parametrize("set_it, message", [
    (lambda c: setattr(c, "user_agent", "my-app/1.0\r\nX-Injected: 1"),
     "user_agent: the value of header 'User-Agent' contains a line break"),
    (lambda c: setattr(c, "user_agent", 1.0), "user_agent: the value of header 'User-Agent' must be str, got float"),
    (lambda c: c.set_default_header("X-Team", "caf\u00e9 \u2615"), "default_headers: the value of header 'X-Team' "
                                                                  "contains"),
    (lambda c: c.set_default_header("X Team", "push"), "default_headers: 'X Team' is not a valid header name"),
    (lambda c: c.default_headers.update({"X-Ok": "1", "X-Bad": "a\nb"}), "default_headers: the value of header "
                                                                         "'X-Bad'"),
    (lambda c: setattr(c, "cookie", "session=1\n"), "cookie: the value of header 'Cookie' contains a line break"),
])
def test_a_bad_header_is_refused_when_set(server: LoopbackServer, set_it: Any, message: str) -> None:
    with onesignal.ApiClient(onesignal.Configuration(host=server.host, app_key=KEY)) as client:
        with pytest.raises((onesignal.ApiValueError, onesignal.ApiTypeError)) as info:
            set_it(client)
        assert str(info.value).startswith(message)
        DefaultApi(client).get_player(APP, "p1")  # the client still works, with its headers as they were
    assert server.last.headers["User-Agent"].startswith("onesignal-python/")


def test_bad_headers_given_to_the_client_are_refused() -> None:
    with pytest.raises(onesignal.ApiValueError, match=r"^default_headers: the value of header 'X-A' contains"):
        onesignal.ApiClient(header_name="X-A", header_value="1\r\n")
    with pytest.raises(onesignal.ApiTypeError, match=r"^configuration: expected Configuration, got dict"):
        onesignal.ApiClient({"app_key": KEY})  # type: ignore[arg-type]


def test_good_headers_go_out(server: LoopbackServer) -> None:
    with onesignal.ApiClient(onesignal.Configuration(host=server.host, app_key=KEY), "X-Team", "push",
                             cookie="session=abc") as client:
        client.user_agent = "my-app/1.0"
        client.set_default_header("X-Trace", "t-1")
        DefaultApi(client).get_player(APP, "p1")
    headers = server.last.headers
    assert (headers["User-Agent"], headers["X-Team"], headers["X-Trace"], headers["Cookie"]) == (
        "my-app/1.0", "push", "t-1", "session=abc")


def test_a_closed_client_refuses_calls_and_starts_no_threads(server: LoopbackServer) -> None:
    client = onesignal.ApiClient(onesignal.Configuration(host=server.host, app_key=KEY))
    api = DefaultApi(client)
    assert api.get_player(APP, "p1", async_req=True).get(10) is not None
    client.close()
    before = {t.ident for t in threading.enumerate()}
    for call in (lambda: api.get_player(APP, "p1"), lambda: api.get_player(APP, "p1", async_req=True)):
        with pytest.raises(onesignal.ApiValueError) as info:
            call()
        assert str(info.value) == ("get_player: this ApiClient is closed (close() was called or its with-block "
                                   "ended); make a new ApiClient")
    assert {t.ident for t in threading.enumerate()} <= before
    assert len(server.requests) == 1
    client.close()  # closing twice is harmless


def test_a_call_waiting_to_retry_when_the_client_closes_makes_no_further_attempt(server: LoopbackServer) -> None:
    waiting = threading.Event()
    closed = threading.Event()

    class Clock(onesignal.retry.Clock):
        def sleep(self, seconds: float) -> None:
            waiting.set()
            closed.wait(10)

    server.answer(503, {"errors": ["busy"]})
    client = onesignal.ApiClient(onesignal.Configuration(host=server.host, app_key=KEY))
    client.rest_client.clock = Clock()
    close_transport = client.rest_client.close

    def close_then_wake() -> None:  # the waiting call resumes only once the client is closed
        close_transport()
        closed.set()

    client.rest_client.close = close_then_wake  # type: ignore[method-assign]
    result = DefaultApi(client).get_player(APP, "p1", async_req=True)
    assert waiting.wait(10)
    closer = threading.Thread(target=client.close)
    closer.start()
    with pytest.raises(onesignal.ApiConnectionError, match="the ApiClient was closed during the call"):
        result.get(10)
    closer.join(10)
    assert len(server.requests) == 1


# --------------------------------------------------------------------------------------------------------------
# 8. One class catches every error of the SDK


def test_open_api_exception_catches_every_error_of_the_sdk(server: LoopbackServer) -> None:
    failures: List[Any] = [
        lambda: onesignal.Configuration(retries="3"),
        lambda: onesignal.Configuration(api_key=KEY),
        lambda: setattr(onesignal.Configuration(), "proxy", "not a url"),
        lambda: setattr(onesignal.Configuration(), "api_key", KEY),
        lambda: DefaultApi(onesignal.ApiClient(onesignal.Configuration(host=server.host))).get_player(APP, "p1"),
        lambda: api.get_player(APP, 42),
        lambda: api.get_player(APP, "p1", _unknown_option=True),
        lambda: api.get_player(APP, "p1"),  # 404
        lambda: api.get_player(APP, "p1"),  # not JSON
        lambda: setattr(client, "user_agent", "a\nb"),
    ]
    server.answer(404, {"errors": ["no such player"]})
    server.answer(200, b"<html>", {"Content-Type": "text/html"})
    caught: Dict[str, type] = {}
    with onesignal.ApiClient(onesignal.Configuration(host=server.host, app_key=KEY)) as client:
        api = DefaultApi(client)
        for failure in failures:
            try:
                failure()
            except onesignal.OpenApiException as error:
                caught[type(error).__name__] = type(error)
    assert set(caught) == {"ApiTypeError", "ApiValueError", "ApiAttributeError", "ApiKeyError",
                           "NotFoundException", "ApiException"}
    assert issubclass(onesignal.ApiTypeError, TypeError) and issubclass(onesignal.ApiValueError, ValueError)
    assert issubclass(onesignal.ApiKeyError, KeyError) and issubclass(onesignal.ApiAttributeError, AttributeError)
    documented = onesignal.exceptions.__doc__ or ""
    assert "``except onesignal.OpenApiException`` catches any error the SDK raises" in " ".join(documented.split())
