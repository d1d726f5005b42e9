"""``create_notification_batched`` with workers: concurrent batches at a shared pace, each sent once."""
from __future__ import annotations

import itertools
from collections import Counter
from typing import Any, Dict, Iterator

import pytest

import onesignal
from onesignal.api.default_api import DefaultApi
from onesignal.testing import FakeOneSignal
from loopback import LoopbackServer

IDS = [f"c{i}" for i in range(60)]


def message(**extra: Any) -> Dict[str, Any]:
    return {"contents": {"en": "Sale starts now"}, "target_channel": "push", **extra}


@pytest.fixture
def fake() -> Iterator[FakeOneSignal]:
    with FakeOneSignal(latency=0.02) as server:  # long enough for batches in flight to overlap
        server.add_users(IDS, subscription_type="AndroidPush")
        yield server


def test_batches_go_concurrently_and_each_is_created_once(fake: FakeOneSignal) -> None:
    fake.fail_next(429, retry_after=0, times=5, path="/notifications")
    with onesignal.ApiClient(fake.configuration()) as client:
        results = DefaultApi(client).create_notification_batched(
            message(app_id=fake.app_id, idempotency_key="sale-2026-11"), external_ids=IDS, batch_size=2,
            workers=8)

    assert [r.external_ids for r in results] == [IDS[i:i + 2] for i in range(0, 60, 2)]
    assert all(r.sent and r.ok and r.accepted and r.status == 200 for r in results)
    created = [n for n in fake.notifications]
    assert len(created) == 30  # the five batches answered 429 came back
    assert Counter(n.body["idempotency_key"] for n in created) == {r.idempotency_key: 1 for r in results}
    recipients = list(itertools.chain.from_iterable(n.recipient_ids for n in created))
    assert len(recipients) == len(set(recipients)) == 60  # every user reached once
    sends = [r for r in fake.requests if r.path == "/notifications"]
    assert Counter(r.status for r in sends) == {200: 30, 429: 5}
    overlapping = any(a.received_at < b.received_at < a.answered_at for a, b in itertools.permutations(sends, 2))
    assert overlapping  # several batches were in flight at once


def test_a_rerun_with_the_same_key_creates_nothing_new(fake: FakeOneSignal) -> None:
    with onesignal.ApiClient(fake.configuration()) as client:
        api = DefaultApi(client)
        first = api.create_notification_batched(message(app_id=fake.app_id, idempotency_key="k-1"),
                                                external_ids=IDS[:10], batch_size=3, workers=4)
        again = api.create_notification_batched(message(app_id=fake.app_id, idempotency_key="k-1"),
                                                external_ids=IDS[:10], batch_size=3, workers=4)
    assert [r.response.id for r in again] == [r.response.id for r in first]
    assert len(fake.notifications) == 4


def test_an_accepted_batch_keeps_its_answer_when_the_answer_cannot_be_decoded() -> None:
    with LoopbackServer() as server:
        server.answer(200, {"id": "n-1", "recipients": 2})
        server.answer(200, b"<html>proxy says ok</html>", {"Content-Type": "text/html"})
        server.answer(200, {"id": "n-3", "recipients": 1})
        config = onesignal.Configuration(host=server.host, app_key="k" * 20)
        with onesignal.ApiClient(config) as client:
            results = DefaultApi(client).create_notification_batched(
                message(app_id="app-1"), external_ids=["a", "b", "c", "d", "e"], batch_size=2)
        assert len(server.requests) == 3  # the accepted batch was not sent again
    middle = results[1]
    assert (middle.accepted, middle.status, middle.response, middle.error) == (True, 200, None, None)
    assert middle.raw_answer == "<html>proxy says ok</html>"
    assert not middle.sent and "could not be decoded" in middle.errors
    assert [r.sent for r in results] == [True, False, True]


def test_batches_take_up_to_20000_ids(fake: FakeOneSignal) -> None:
    ids = [f"x{i}" for i in range(25_000)]
    with onesignal.ApiClient(fake.configuration()) as client:
        results = DefaultApi(client).create_notification_batched(message(app_id=fake.app_id), external_ids=ids,
                                                                 batch_size=20_000, workers=2)
    assert [len(r.external_ids) for r in results] == [20_000, 5_000]
    assert all(r.accepted for r in results)
    sizes = sorted(len(r.body["include_aliases"]["external_id"]) for r in fake.requests
                   if r.path == "/notifications")
    assert sizes == [5_000, 20_000]
