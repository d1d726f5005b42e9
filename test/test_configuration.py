"""Configuration checks its settings when they are given, and keys never show in what it reports."""
from __future__ import annotations

import base64
import warnings
from typing import Any, Dict

import pytest

import onesignal
from conftest import APP_KEY
from loopback import LoopbackServer
from onesignal.api.default_api import DefaultApi


def test_keys_lose_surrounding_whitespace_and_empty_keys_count_as_unset() -> None:
    config = onesignal.Configuration(app_key="  key-from-a-file\n", user_key="\n")
    assert config.app_key == "key-from-a-file"
    assert config.user_key is None
    config.user_key = "\tuser-key \r\n"
    assert config.user_key == "user-key"


def test_a_key_read_with_a_newline_goes_out_as_a_clean_header(server: LoopbackServer,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONESIGNAL_APP_KEY", APP_KEY + "\n")
    monkeypatch.setenv("ONESIGNAL_HOST", server.host)
    server.answer(200, {"id": "p1"})
    with onesignal.ApiClient(onesignal.Configuration.from_env()) as client:
        DefaultApi(client).get_player("app", "p1")
    assert server.last.headers["Authorization"] == f"Key {APP_KEY}"


@pytest.mark.parametrize("setting", ["app_key", "user_key"])
@pytest.mark.parametrize("bad", ["abc\ndef", "abc\x00def", "k\u20acy", "tab\tinside"])
def test_a_key_that_cannot_travel_in_a_header_is_refused_without_showing_it(setting: str, bad: str) -> None:
    with pytest.raises(onesignal.ApiValueError) as info:
        onesignal.Configuration(**{setting: bad})
    assert str(info.value) == (f"{setting}: contains a control or non-Latin-1 character, so it cannot be sent "
                               "in a header (the value is not shown)")
    assert bad not in str(info.value)


def test_a_key_must_be_a_string() -> None:
    with pytest.raises(onesignal.ApiTypeError, match=r"^app_key: expected str, got bytes$"):
        onesignal.Configuration(app_key=b"key")


@pytest.mark.parametrize("host", ["api.onesignal.com", "ftp://api.onesignal.com", "https://", 42])
def test_a_host_without_http_or_https_is_refused(host: Any) -> None:
    with pytest.raises((onesignal.ApiValueError, onesignal.ApiTypeError)) as info:
        onesignal.Configuration(host=host)
    assert str(info.value).startswith("host: ")


def test_host_is_normalised_and_plain_http_warns_unless_loopback() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert onesignal.Configuration(host="https://api.onesignal.com/").host == "https://api.onesignal.com"
        assert onesignal.Configuration(host="http://127.0.0.1:8080").host == "http://127.0.0.1:8080"
        assert onesignal.Configuration(host="http://localhost:8080/").host == "http://localhost:8080"
    with pytest.warns(UserWarning, match="'http://onesignal.internal' uses plain http: keys and data travel "
                                         "unencrypted"):
        onesignal.Configuration(host="http://onesignal.internal")


@pytest.mark.parametrize("settings, error, message", [
    ({"timeout": None}, onesignal.ApiTypeError, "timeout: expected seconds"),
    ({"timeout": -1}, onesignal.ApiTypeError, "timeout: expected seconds"),
    ({"timeout": float("inf")}, onesignal.ApiTypeError, "timeout: expected seconds"),
    ({"timeout": (5, None)}, onesignal.ApiTypeError, "timeout: expected seconds"),
    ({"retries": "2"}, onesignal.ApiTypeError, "retries: expected int, got str"),
    ({"retries": -1}, onesignal.ApiValueError, "retries: must be from 0 to 100, got -1"),
    ({"backoff_factor": "0.5"}, onesignal.ApiTypeError, "backoff_factor: expected a number, got str"),
    ({"backoff_max": float("nan")}, onesignal.ApiValueError, "backoff_max: must be a finite number"),
    ({"retry_after_max": -5}, onesignal.ApiValueError, "retry_after_max: must be a finite number of at least 0"),
])
def test_bad_http_settings_are_refused_when_given(settings: Dict[str, Any], error: type, message: str) -> None:
    with pytest.raises(error) as info:
        onesignal.Configuration(**settings)
    assert str(info.value).startswith(message)


def test_a_timeout_set_later_is_checked_too() -> None:
    config = onesignal.Configuration()
    config.timeout = 3
    assert config.timeout == 3
    with pytest.raises(onesignal.ApiTypeError, match=r"^timeout: expected seconds"):
        config.timeout = "3"


def test_proxy_credentials_in_the_url_are_sent_as_proxy_authorization(server: LoopbackServer) -> None:
    server.answer(200, {"id": "p1", "device_type": 1})
    config = onesignal.Configuration(host="http://127.0.0.1:9", app_key=APP_KEY,
                                     proxy=server.host.replace("//", "//bob:s%40cret@"))
    with onesignal.ApiClient(config) as client:
        assert DefaultApi(client).get_player("app", "p1").id == "p1"
    expected = base64.b64encode(b"bob:s@cret").decode()
    headers = {name.lower(): value for name, value in server.last.headers.items()}
    assert headers["proxy-authorization"] == f"Basic {expected}"
    assert server.last.path == "/players/p1"
    assert "s%40cret" not in repr(config) and "bob" not in repr(config)


def test_copy_is_independent() -> None:
    original = onesignal.Configuration(app_key="k1", retries=1)
    twin = original.copy()
    twin.app_key = "k2"
    twin.retries = 5
    assert (original.app_key, original.retries) == ("k1", 1)
    assert (twin.app_key, twin.retries, twin.host) == ("k2", 5, original.host)
