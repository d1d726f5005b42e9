"""FakeOneSignal over real HTTP: lifecycle, keys, apps, faults, the request log and reset.

The stdlib client is in fake_client.py, the ``fake`` and ``client`` fixtures in conftest.py.
"""

from __future__ import annotations

import http.client
import json
import signal
import subprocess
import sys
import threading
import time

import pytest
from fake_client import APP_KEY, USER_KEY, Client

from onesignal.testing import FakeOneSignal

# -- lifecycle ---------------------------------------------------------------


def test_context_manager_serves_on_loopback_and_frees_the_port() -> None:
    with FakeOneSignal() as fake:
        assert fake.host.startswith("http://127.0.0.1:")
        assert Client(fake).call("GET", "/apps", key=USER_KEY).status == 200
        host = fake.host
    with pytest.raises(ConnectionRefusedError):
        http.client.HTTPConnection(host.split("//")[1], timeout=2).request("GET", "/apps")


def test_start_and_stop_twice_are_harmless_and_host_needs_a_start() -> None:
    fake = FakeOneSignal()
    with pytest.raises(RuntimeError):
        fake.host
    assert fake.start() is fake.start()
    fake.stop()
    fake.stop()


def test_stop_cuts_idle_keep_alive_connections() -> None:
    fake = FakeOneSignal().start()
    connection = http.client.HTTPConnection(fake.host.split("//")[1], timeout=2)
    connection.request("GET", "/apps", headers={"Authorization": f"Key {fake.user_key}"})
    assert connection.getresponse().read().startswith(b"[")
    fake.stop()
    with pytest.raises((ConnectionError, http.client.HTTPException)):
        connection.request("GET", "/apps", headers={"Authorization": f"Key {fake.user_key}"})
        connection.getresponse()
    connection.close()


def test_configuration_points_the_sdk_at_the_fake(fake: FakeOneSignal) -> None:
    configuration = fake.configuration()
    assert (configuration.host, configuration.app_key, configuration.user_key) == (
        fake.host,
        fake.app_key,
        fake.user_key,
    )


def test_keys_and_app_id_are_distinct_random_strings() -> None:
    first, second = FakeOneSignal(), FakeOneSignal()
    assert len({first.app_key, first.user_key, second.app_key, second.user_key}) == 4
    assert first.app_id != second.app_id


def test_main_prints_host_and_keys_and_stops_on_ctrl_c() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "onesignal.testing", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline()]
        while lines[-1] not in ("Press Ctrl-C to stop.\n", "") and len(lines) < 30:
            lines.append(process.stdout.readline())
        host = lines[0].split()[-1]
        user_key = lines[3].split()[-1]
        connection = http.client.HTTPConnection(host.split("//")[1], timeout=5)
        connection.request("GET", "/apps", headers={"Authorization": f"Key {user_key}"})
        apps = json.loads(connection.getresponse().read())
        connection.close()
        assert [app["id"] for app in apps] == [lines[1].split()[-1]]
        assert apps[0]["basic_auth_key"] == lines[2].split()[-1]
        assert lines[-1] == "Press Ctrl-C to stop.\n"
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=5) == 0
        assert process.stdout.read() == "stopped\n"
    finally:
        process.kill()
        process.wait()


# -- keys --------------------------------------------------------------------


DENIED = {
    "errors": [
        "Access denied.  Please include an 'Authorization: ...' header with a valid API key "
        "(https://documentation.onesignal.com/docs/en/keys-and-ids#api-keys)."
    ]
}


def test_missing_key_is_403_with_the_api_text(client: Client) -> None:
    answer = client.call("GET", f"/players?app_id={client.fake.app_id}", key=None)
    assert (answer.status, answer.body) == (403, DENIED)


@pytest.mark.parametrize("key", ["nope", "clé"])
def test_wrong_app_key_is_403(client: Client, key: str) -> None:
    answer = client.call("GET", f"/players?app_id={client.fake.app_id}", key=key)
    assert (answer.status, answer.body) == (403, DENIED)


def test_wrong_user_key_is_403(client: Client) -> None:
    answer = client.call("GET", "/apps", key="nope")
    assert (answer.status, answer.body) == (403, DENIED)


def test_app_key_on_an_app_endpoint_is_403(client: Client) -> None:
    answer = client.call("GET", "/apps", key=APP_KEY)
    assert (answer.status, answer.body) == (403, DENIED)


def test_user_key_on_an_app_key_endpoint_is_403(client: Client) -> None:
    answer = client.call("GET", f"/players?app_id={client.fake.app_id}", key=USER_KEY)
    assert (answer.status, answer.body) == (403, DENIED)


def test_key_of_another_app_is_403(client: Client) -> None:
    other = client.call("POST", "/apps", {"name": "Other"}, key=USER_KEY).body
    answer = client.call("GET", f"/players?app_id={client.fake.app_id}", key=other["basic_auth_key"])
    assert (answer.status, answer.body) == (403, DENIED)


def test_key_errors_are_plain_strings_on_user_model_endpoints_too(client: Client) -> None:
    answer = client.call("GET", f"/apps/{client.fake.app_id}/users/by/external_id/x", key=None)
    assert (answer.status, answer.body) == (403, DENIED)


def test_user_model_endpoints_answer_other_errors_as_objects(client: Client) -> None:
    answer = client.call("GET", f"/apps/{client.fake.app_id}/users/by/external_id/x")
    expected = {"errors": [{"code": "user-not-found", "title": "no user has the alias external_id=x"}]}
    assert (answer.status, answer.body) == (404, expected)


@pytest.mark.parametrize("scheme", ["Key", "Basic", "Bearer", "key"])
def test_key_basic_and_bearer_schemes_are_accepted(client: Client, scheme: str) -> None:
    answer = client.call("GET", f"/players?app_id={client.fake.app_id}", scheme=scheme)
    assert answer.status == 200


def test_unknown_app_is_404_and_missing_app_id_is_400(client: Client) -> None:
    unknown = client.call("GET", "/players?app_id=no-such-app")
    assert (unknown.status, unknown.body) == (404, {"errors": ["app no-such-app does not exist"]})
    missing = client.call("GET", "/players")
    assert (missing.status, missing.body) == (400, {"errors": ["app_id is required"]})


def test_unknown_path_is_404_and_wrong_method_is_405(client: Client) -> None:
    unknown = client.call("GET", "/nothing/here")
    assert (unknown.status, unknown.body) == (404, {"errors": ["there is no endpoint at /nothing/here"]})
    wrong = client.call("PATCH", "/players")
    assert (wrong.status, wrong.body) == (405, {"errors": ["PATCH is not allowed on /players"]})


def test_malformed_json_is_400(client: Client) -> None:
    answer = client.call("POST", "/notifications", raw=b"{not json")
    assert (answer.status, answer.body) == (400, {"errors": ["the request body is not valid JSON"]})


def test_body_that_is_not_an_object_is_400(client: Client) -> None:
    answer = client.call("POST", f"/apps/{client.fake.app_id}/segments", [1, 2])
    assert (answer.status, answer.body) == (400, {"errors": ["the request body must be a JSON object"]})


# -- apps --------------------------------------------------------------------


def test_initial_app_is_listed_with_its_key(client: Client) -> None:
    answer = client.call("GET", "/apps", key=USER_KEY)
    assert answer.status == 200
    [app] = answer.body
    assert app["id"] == client.fake.app_id
    assert app["basic_auth_key"] == client.fake.app_key
    assert (app["name"], app["players"], app["messageable_players"]) == ("Fake OneSignal app", 0, 0)
    assert app["created_at"].endswith(".000Z")


def test_create_view_and_update_an_app(client: Client) -> None:
    created = client.call("POST", "/apps", {"name": "Shop", "site_name": "shop", "players": 99}, key=USER_KEY)
    assert created.status == 200
    app_id = created.body["id"]
    assert client.fake.app_key_for(app_id) == created.body["basic_auth_key"]
    assert created.body == {
        "name": "Shop",
        "site_name": "shop",
        "id": app_id,
        "organization_id": client.fake.organization_id,
        "players": 0,
        "messageable_players": 0,
        "created_at": created.body["created_at"],
        "updated_at": created.body["updated_at"],
        "basic_auth_key": client.fake.app_key_for(app_id),
    }
    updated = client.call("PUT", f"/apps/{app_id}", {"name": "Shop 2", "chrome_web_origin": "https://x"}, key=USER_KEY)
    assert updated.status == 200
    assert (updated.body["name"], updated.body["chrome_web_origin"], updated.body["site_name"]) == (
        "Shop 2",
        "https://x",
        "shop",
    )
    fetched = client.call("GET", f"/apps/{app_id}", key=USER_KEY)
    assert (fetched.status, fetched.body) == (200, updated.body)
    assert [app["id"] for app in client.call("GET", "/apps", key=USER_KEY).body] == [client.fake.app_id, app_id]


def test_new_app_key_opens_only_the_new_app(client: Client) -> None:
    app_id = client.call("POST", "/apps", {"name": "Second"}, key=USER_KEY).body["id"]
    key = client.fake.app_key_for(app_id)
    assert client.call("GET", f"/players?app_id={app_id}", key=key).body == {
        "total_count": 0,
        "offset": 0,
        "limit": 300,
        "players": [],
    }
    assert client.call("GET", f"/players?app_id={app_id}").status == 403


def test_app_errors(client: Client) -> None:
    no_name = client.call("POST", "/apps", {"site_name": "x"}, key=USER_KEY)
    assert (no_name.status, no_name.body) == (400, {"errors": ["name is required and must be a non-empty string"]})
    unknown = client.call("GET", "/apps/nope", key=USER_KEY)
    assert (unknown.status, unknown.body) == (404, {"errors": ["app nope does not exist"]})
    assert client.call("PUT", "/apps/nope", {"name": "x"}, key=USER_KEY).status == 404
    with pytest.raises(ValueError):
        client.fake.app_key_for("nope")


# -- faults and rate limit ---------------------------------------------------


def test_fail_next_answers_429_with_retry_after_once(client: Client) -> None:
    client.fake.fail_next(429, retry_after=2)
    path = f"/players?app_id={client.fake.app_id}"
    failed = client.call("GET", path)
    assert (failed.status, failed.body, failed.headers["Retry-After"]) == (
        429,
        {"errors": ["API rate limit exceeded."]},
        "2",
    )
    assert client.call("GET", path).status == 200


def test_fail_next_with_path_method_times_and_body(client: Client) -> None:
    client.fake.fail_next(503, times=2, path="/notifications", method="get", retry_after=0.5)
    players = f"/players?app_id={client.fake.app_id}"
    notifications = f"/notifications?app_id={client.fake.app_id}"
    assert client.call("GET", players).status == 200
    assert client.call("POST", "/notifications", {}).status == 400
    first = client.call("GET", notifications)
    assert (first.status, first.body, first.headers["Retry-After"]) == (
        503,
        {"errors": ["Service Unavailable"]},
        "1",  # whole seconds, rounded up, as HTTP and the API write it
    )
    assert client.call("GET", notifications).status == 503
    assert client.call("GET", notifications).status == 200
    client.fake.fail_next(500, body={"oops": True})
    custom = client.call("GET", players)
    assert (custom.status, custom.body, "Retry-After" in custom.headers) == (500, {"oops": True}, False)


def test_fault_arguments_are_checked(fake: FakeOneSignal) -> None:
    with pytest.raises(ValueError):
        fake.fail_next(200)
    with pytest.raises(ValueError):
        fake.drop_next(times=0)
    with pytest.raises(ValueError):
        fake.delay_next(-1)


def test_drop_next_closes_without_an_answer(client: Client) -> None:
    client.fake.drop_next(path="/players")
    with pytest.raises((http.client.RemoteDisconnected, ConnectionError)):
        client.call("GET", f"/players?app_id={client.fake.app_id}")
    assert client.fake.requests[-1].status is None
    assert client.call("GET", f"/players?app_id={client.fake.app_id}").status == 200


def test_delay_next_answers_late_but_normally(client: Client) -> None:
    client.fake.delay_next(0.05)
    assert client.fake.faults_pending == 1
    started = time.monotonic()
    answer = client.call("GET", f"/players?app_id={client.fake.app_id}")
    assert answer.status == 200
    assert time.monotonic() - started >= 0.05
    assert client.fake.faults_pending == 0  # spent on that request: the next one is not delayed
    assert client.call("GET", f"/players?app_id={client.fake.app_id}").status == 200


def test_rate_limit_answers_429_with_retry_after() -> None:
    with FakeOneSignal(rate_limit_per_second=2) as fake:
        client = Client(fake)
        statuses = [client.call("GET", "/apps", key=USER_KEY).status for _ in range(2)]
        limited = client.call("GET", "/apps", key=USER_KEY)
        assert statuses == [200, 200]
        assert (limited.status, limited.body, limited.headers["Retry-After"]) == (
            429,
            {"errors": ["API rate limit exceeded."]},
            "1",
        )
        fake.reset()
        assert client.call("GET", "/apps", key=USER_KEY).status == 200
    with pytest.raises(ValueError):
        FakeOneSignal(rate_limit_per_second=0)


# -- request log and reset ---------------------------------------------------


def test_request_log_records_requests_with_the_key_redacted(client: Client) -> None:
    client.call("POST", "/notifications?x=1&x=2", {"app_id": client.fake.app_id}, scheme="Basic")
    client.call("GET", "/apps", key=USER_KEY)
    first, second = client.fake.requests
    assert (first.method, first.path, first.query, first.body, first.status) == (
        "POST",
        "/notifications",
        {"x": ["1", "2"]},
        {"app_id": client.fake.app_id},
        400,
    )
    assert first.headers["Authorization"] == "Basic ***"
    assert second.headers["Authorization"] == "Key ***"
    assert client.fake.app_key not in repr(client.fake.requests)


def test_reset_restores_the_initial_state(client: Client) -> None:
    fake = client.fake
    app_id, app_key, user_key = fake.app_id, fake.app_key, fake.user_key
    fake.add_user(external_id="someone")
    client.call("POST", "/apps", {"name": "extra"}, key=USER_KEY)
    fake.fail_next(500, times=5)
    fake.reset()
    assert (fake.app_id, fake.app_key, fake.user_key) == (app_id, app_key, user_key)
    assert fake.requests == []
    assert fake.notifications == []
    assert [app["id"] for app in client.call("GET", "/apps", key=USER_KEY).body] == [app_id]
    assert fake.find_user("external_id", "someone") is None


def test_parallel_requests_are_all_stored(client: Client) -> None:
    def add_players() -> None:
        for _ in range(10):
            client.call("POST", "/players", {"app_id": client.fake.app_id, "device_type": 1})

    threads = [threading.Thread(target=add_players) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert client.call("GET", f"/players?app_id={client.fake.app_id}&limit=1").body["total_count"] == 60
