"""FakeOneSignal under hostile input and load: 400s instead of 500s, no corrupted state, no lost connections."""
from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from collections import Counter
from datetime import datetime, timezone
from typing import Any, Dict, List

import pytest

from fake_client import Client
from onesignal.testing import FakeOneSignal


def users(client: Client) -> str:
    return f"/apps/{client.fake.app_id}/users"


def notification(client: Client, **fields: Any) -> Dict[str, Any]:
    return {"app_id": client.fake.app_id, "contents": {"en": "Hi"}, **fields}


@pytest.mark.parametrize("field, value", [
    ("target_channel", ["push"]),
    ("filters", [{"field": ["tag"], "relation": "=", "value": "1"}]),
    ("filters", [{"field": "language", "relation": {"op": "="}, "value": "en"}]),
    ("filters", [{"field": "language", "relation": "=", "value": "en"}, {"operator": ["OR"]},
                 {"field": "country", "relation": "=", "value": "FR"}]),
    ("send_after", "9999-12-31 23:59:59 GMT-0700"),
    ("send_after", "0001-01-01 00:00:00 GMT+0100"),
    ("send_after", 10 ** 30),
])
def test_wrong_values_in_a_notification_are_400_not_500(client: Client, field: str, value: Any) -> None:
    client.fake.add_player(1)
    answer = client.call("POST", "/notifications", notification(client, included_segments=["All"], **{field: value}))
    assert answer.status == 400, answer.body
    assert isinstance(answer.body["errors"][0], str)


@pytest.mark.parametrize("body", [
    {"subscriptions": [{"type": ["Email"], "token": "a@example.com"}]},
    {"identity": {"external_id": "u1"}, "subscriptions": [{"type": {"x": 1}}]},
    {"identity": {"external_id": "u1"}, "properties": {"amount_spent": 10 ** 400}},
])
def test_wrong_values_in_a_user_are_400_not_500(client: Client, body: Dict[str, Any]) -> None:
    answer = client.call("POST", users(client), body)
    assert answer.status == 400, answer.body


@pytest.mark.parametrize("raw", [b'{"app_id": NaN}', b'{"x": Infinity}', b"[" * 100_000 + b"]" * 100_000])
def test_bodies_that_are_not_json_are_400(client: Client, raw: bytes) -> None:
    answer = client.call("POST", "/players", raw=raw)
    assert (answer.status, answer.body) == (400, {"errors": ["the request body is not valid JSON"]})


@pytest.mark.parametrize("length", ["-5", "abc"])
def test_a_bad_content_length_is_400(fake: FakeOneSignal, length: str) -> None:
    connection = http.client.HTTPConnection(fake.host.split("//")[1], timeout=5)
    try:
        connection.putrequest("POST", "/players")
        connection.putheader("Content-Length", length)
        connection.endheaders()
        assert connection.getresponse().status == 400
    finally:
        connection.close()


def test_null_and_non_finite_properties_do_not_corrupt_the_user(client: Client) -> None:
    created = client.call("POST", users(client), {"identity": {"external_id": "u1"}})
    assert created.status == 201
    path = f"{users(client)}/by/external_id/u1"
    assert client.call("PATCH", path, {"properties": {"amount_spent": None}}).status == 202
    purchase = {"sku": "s", "amount": "2.5", "iso": "USD"}
    assert client.call("PATCH", path, {"deltas": {"purchases": [purchase]}}).status == 202
    assert client.call("PATCH", path, {"deltas": {"purchases": [dict(purchase, amount="inf")]}}).status == 400
    assert client.call("PATCH", path, {"deltas": {"session_count": 10 ** 400}}).status == 400
    fetched = client.call("GET", path)
    assert fetched.status == 200
    assert fetched.body["properties"]["amount_spent"] == 2.5


def _send_after(client: Client, value: str) -> datetime:
    client.fake.add_player(1)
    sent = client.call("POST", "/notifications", notification(client, included_segments=["All"], send_after=value))
    assert sent.status == 200, sent.body
    view = client.call("GET", f"/notifications/{sent.body['id']}?app_id={client.fake.app_id}")
    return datetime.fromtimestamp(view.body["send_after"], timezone.utc)


@pytest.mark.parametrize("value, expected", [
    ("2035-09-24T14:00:00Z", datetime(2035, 9, 24, 14, 0, tzinfo=timezone.utc)),
    ("2035-09-24 14:00:00 UTC", datetime(2035, 9, 24, 14, 0, tzinfo=timezone.utc)),
    ("2035-09-24 14:00:00 GMT-0700", datetime(2035, 9, 24, 21, 0, tzinfo=timezone.utc)),
    ("2035-09-24 14:00:00", datetime(2035, 9, 25, 1, 0, tzinfo=timezone.utc)),  # the API's default: UTC-11:00
])
def test_send_after_zones_including_the_documented_default(client: Client, value: str, expected: datetime) -> None:
    assert _send_after(client, value) == expected


def test_idempotency_key_and_external_id_are_separate_keys(client: Client) -> None:
    client.fake.add_player(1)
    first = client.call("POST", "/notifications", notification(client, included_segments=["All"],
                                                               idempotency_key="k-1"))
    by_external = client.call("POST", "/notifications", notification(client, included_segments=["All"],
                                                                     external_id="k-1"))
    again = client.call("POST", "/notifications", notification(client, included_segments=["All"],
                                                                idempotency_key="k-1"))
    assert first.body["id"] != by_external.body["id"]
    assert again.body == first.body
    assert len(client.fake.notifications) == 2


@pytest.mark.parametrize("kwargs, message", [
    ({"status": "500"}, "status must be an int HTTP error status between 400 and 599"),
    ({"status": 200}, "status must be an int HTTP error status between 400 and 599"),
    ({"times": 0}, "times must be an int of at least 1"),
    ({"path": "/players?app_id=x"}, "path must be a str without a query: faults match on the path alone"),
])
def test_fault_settings_are_checked(fake: FakeOneSignal, kwargs: Dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError) as info:
        fake.fail_next(**kwargs)
    assert str(info.value) == message


def test_a_request_in_flight_during_reset_leaves_no_trace(client: Client) -> None:
    fake = client.fake
    fake.delay_next(0.1, path="/players")
    answers: List[Any] = []
    worker = threading.Thread(target=lambda: answers.append(client.call("POST", "/players", {
        "app_id": fake.app_id, "device_type": 1, "identifier": "late"})))
    worker.start()
    deadline = time.monotonic() + 30
    while fake.faults_pending and time.monotonic() < deadline:  # until the fake holds the delayed request
        time.sleep(0.005)
    fake.reset()
    worker.join(5)
    assert answers[0].status == 200
    assert fake.requests == []
    assert fake.find_player(answers[0].body["id"]) is None
    assert client.call("GET", f"/players?app_id={fake.app_id}").body["total_count"] == 0


def test_many_clients_connecting_at_once_are_all_answered(fake: FakeOneSignal) -> None:
    host, port = fake.host.split("//")[1].split(":")
    results: Counter = Counter()
    lock = threading.Lock()

    start = threading.Barrier(64)

    def one_call(n: int) -> None:
        try:
            connection = http.client.HTTPConnection(host, int(port), timeout=10)
            start.wait(5)
            connection.request("POST", "/players", json.dumps({"app_id": fake.app_id, "device_type": 1}),
                               headers={"Authorization": f"Key {fake.app_key}"})
            status: Any = connection.getresponse().status
            connection.close()
        except (ConnectionError, socket.timeout) as exc:
            status = type(exc).__name__
        with lock:
            results[status] += 1

    threads = [threading.Thread(target=one_call, args=(n,)) for n in range(64)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(15)
    assert results == Counter({200: 64})
