"""FakeOneSignal under load: latency, per-app and per-family rate limits, delayed exports, a fast stop."""
from __future__ import annotations

import http.client
import threading
import time
from typing import List

import pytest

from conftest import HandClock
from fake_client import USER_KEY, Client
from onesignal.testing import FakeOneSignal

LIMITED = {"errors": ["API rate limit exceeded."]}


def user_path(fake: FakeOneSignal, external_id: str, app_id: str = "") -> str:
    return f"/apps/{app_id or fake.app_id}/users/by/external_id/{external_id}"


def test_latency_delays_every_answer_without_holding_up_the_others() -> None:
    with FakeOneSignal(latency=0.03) as fake:
        client = Client(fake)
        fake.delay_next(60, path="/apps", method="GET")  # this one will not be answered while the test runs
        held: List[object] = []

        def call_held() -> None:
            try:
                held.append(client.call("GET", "/apps", key=USER_KEY))
            except (OSError, http.client.HTTPException) as cut:  # stop() cuts it
                held.append(cut)

        slow = threading.Thread(target=call_held, daemon=True)
        slow.start()
        deadline = time.monotonic() + 30
        while fake.faults_pending and time.monotonic() < deadline:  # wait until the fake holds it
            time.sleep(0.005)
        started = time.monotonic()
        answer = client.call("GET", f"/notifications?app_id={fake.app_id}")
        assert answer.status == 200 and time.monotonic() - started >= 0.03
        assert slow.is_alive() and held == []  # served while the other was held
        quick = fake.requests[-1]
        assert quick.answered_at - quick.received_at >= 0.03
    slow.join()
    assert isinstance(held[0], (OSError, http.client.HTTPException))  # stop() cut the held connection


def test_rate_limit_is_per_app_answers_429_with_the_apis_body_and_processes_nothing() -> None:
    with FakeOneSignal(rate_limit=2) as fake:
        client = Client(fake)
        fake.add_users(["a", "b"])
        other = client.call("POST", "/apps", {"name": "second"}, key=USER_KEY).body
        first = [client.call("PATCH", user_path(fake, "a"), {"properties": {"tags": {"n": str(i)}}})
                 for i in range(3)]
        assert [a.status for a in first] == [202, 202, 429]
        assert (first[2].body, first[2].headers["Retry-After"]) == (LIMITED, "1")
        assert fake.find_user("external_id", "a")["properties"]["tags"] == {"n": "1"}  # type: ignore[index]
        elsewhere = client.call("GET", f"/notifications?app_id={other['id']}", key=other["basic_auth_key"])
        assert elsewhere.status == 200  # another app has a budget of its own


def test_documented_limits_apply_per_family_and_per_user() -> None:
    with FakeOneSignal(rate_limits=True) as fake:
        client = Client(fake)
        fake.add_users(["a", "b"])
        views = [client.call("GET", f"/notifications?app_id={fake.app_id}").status for _ in range(2)]
        assert views == [200, 429]  # reading messages: 1 a second per app
        changes = [client.call("PATCH", user_path(fake, name), {"properties": {"language": "fr"}}).status
                   for name in ("a", "a", "b")]
        assert changes == [202, 429, 202]  # 1 a second per user, 1,000 per app
        sends = [client.call("POST", "/notifications", {"app_id": fake.app_id, "contents": {"en": "x"},
                                                        "included_segments": ["Subscribed Users"]}).status
                 for _ in range(3)]
        assert sends == [200, 200, 200]  # 150 a second: a burst of three passes


def test_an_export_file_answers_404_until_export_delay_has_passed() -> None:
    clock = HandClock(50.0)
    with FakeOneSignal(export_delay=0.2, clock=clock) as fake:
        client = Client(fake)
        fake.add_users(["a"])
        url = client.call("POST", f"/players/csv_export?app_id={fake.app_id}", {}).body["csv_file_url"]
        path = url[len(fake.host):]
        assert client.call("GET", path, key=None).status == 404
        clock.time = 50.19
        assert client.call("GET", path, key=None).status == 404
        clock.time = 50.2
        ready = client.call("GET", path, key=None)
        assert ready.status == 200 and ready.headers["Content-Type"] == "application/gzip"


def test_stop_ends_serving_at_once_and_frees_the_port() -> None:
    fake = FakeOneSignal(latency=0.05).start()
    client = Client(fake)
    assert client.call("GET", "/apps", key=USER_KEY).status == 200
    thread = fake._thread
    fake.stop()
    assert thread is not None and not thread.is_alive()
    with pytest.raises(OSError):
        client.call("GET", "/apps", key=USER_KEY)
    fake.stop()  # a second stop does nothing


def test_the_older_rate_limit_name_still_works_and_settings_are_checked() -> None:
    with FakeOneSignal(rate_limit_per_second=1) as fake:
        assert [Client(fake).call("GET", "/apps", key=USER_KEY).status for _ in range(2)] == [200, 429]
    for settings, message in [({"rate_limit": 2, "rate_limit_per_second": 2}, "older name"),
                              ({"rate_limit": 2, "rate_limits": True}, "not both"),
                              ({"rate_limit": -1}, "positive"),
                              ({"latency": -0.5}, "latency"),
                              ({"export_delay": "soon"}, "export_delay"),
                              ({"clock": 5.0}, "clock must be a function giving seconds, got float")]:
        with pytest.raises(ValueError, match=message):
            FakeOneSignal(**settings)  # type: ignore[arg-type]


def test_add_users_seeds_many_users_at_once_or_none() -> None:
    with FakeOneSignal() as fake:
        assert fake.add_users((f"m{i}" for i in range(5000)), subscription_type="SMS") == 5000
        user = fake.find_user("external_id", "m4999")
        assert user is not None and user["subscriptions"][0]["token"] == "m4999"
        with pytest.raises(ValueError, match="new and given once"):
            fake.add_users(["fresh", "m7"])
        assert fake.find_user("external_id", "fresh") is None
        with pytest.raises(ValueError, match="unknown subscription type"):
            fake.add_users(["x"], subscription_type="Pager")
