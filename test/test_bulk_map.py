"""``DefaultApi.map`` over real HTTP against FakeOneSignal: pace, exactly-once effects, journal, laziness."""
from __future__ import annotations

import os
import signal
from collections import Counter
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest

from conftest import HandClock
import onesignal
from onesignal.api.default_api import DefaultApi
from onesignal.bulk import BulkInterrupted, BulkReport, ProgressEvent
from onesignal.bulk.journal import JournalError
from onesignal.bulk.mapping import run_map
from onesignal.testing import FakeOneSignal


def configured(fake: FakeOneSignal) -> onesignal.Configuration:
    config = fake.configuration()
    config.backoff_factor = 0.01
    return config


def update(fake: FakeOneSignal, external_id: str) -> Dict[str, Any]:
    return {"app_id": fake.app_id, "alias_label": "external_id", "alias_id": external_id,
            "update_user_request": {"deltas": {"session_count": 1}}}


def accepted_updates(fake: FakeOneSignal) -> Counter[str]:
    """How many times the fake processed an update of each user (answers 202), by external id."""
    return Counter(r.path.rsplit("/", 1)[1] for r in fake.requests if r.method == "PATCH" and r.status == 202)


@pytest.fixture
def fake() -> Iterator[FakeOneSignal]:
    with FakeOneSignal() as server:
        server.add_users(f"u{i}" for i in range(300))
        yield server


@pytest.fixture
def api(fake: FakeOneSignal) -> Iterator[DefaultApi]:
    with onesignal.ApiClient(configured(fake)) as client:
        yield DefaultApi(client)


def test_map_reaches_a_rate_limit_it_was_not_told_with_few_429s() -> None:
    # One worker, and one clock for the run and the fake that moves only when the run waits: every turn, 429
    # and pause happens at the same moment on each run, and none takes real time. (benchmarks/bulk.py measures
    # sixteen workers against the fake's limit on the real clock.)
    limit, count = 100, 300
    clock = HandClock(1000.0)
    with FakeOneSignal(rate_limit=limit, clock=clock) as fake, onesignal.ApiClient(configured(fake)) as client:
        fake.add_users(f"u{i}" for i in range(count))
        report = run_map(DefaultApi(client), "update_user", (update(fake, f"u{i}") for i in range(count)),
                         workers=1, clock=clock)

        assert (report.ok, report.failed, report.skipped) == (count, [], 0)
        assert report.ok / report.elapsed >= 0.9 * limit
        assert report.throttled <= 0.05 * report.requests
        assert report.throttled >= 1  # it did meet the limit, and adapted to it
        statuses = Counter(r.status for r in fake.requests)
        assert statuses == {202: count, 429: report.throttled}
        assert accepted_updates(fake) == {f"u{i}": 1 for i in range(count)}


def test_max_rate_holds_the_pace_down(fake: FakeOneSignal, api: DefaultApi) -> None:
    # sixteen workers share one pace, on the real clock
    report = api.map("update_user", [update(fake, f"u{i}") for i in range(11)], max_rate=100)
    assert report.ok == 11
    assert report.elapsed >= 10 / 100  # 11 turns, 1/100 s apart at least
    assert report.throttled == 0


def test_items_can_be_positional_tuples_and_the_operation_a_bound_method(fake: FakeOneSignal,
                                                                         api: DefaultApi) -> None:
    items = [(fake.app_id, "external_id", f"u{i}", {"properties": {"tags": {"n": str(i)}}}) for i in range(5)]
    report = api.map(api.update_user, items, workers=2)
    assert (report.ok, report.failed) == (5, [])
    user = fake.find_user("external_id", "u3")
    assert user is not None and user["properties"]["tags"] == {"n": "3"}


def test_bad_items_are_reported_before_anything_is_sent_and_the_run_goes_on(fake: FakeOneSignal,
                                                                            api: DefaultApi) -> None:
    bad: List[Any] = [
        {"app_id": fake.app_id, "alias_label": "external_id"},  # arguments missing
        {**update(fake, "u1"), "update_user_request": {"properties": {"tags": 7}}},  # wrong type
        {**update(fake, "u2"), "colour": "red"},  # unknown argument
        {**update(fake, "u3"), "async_req": True},  # an option map sets itself
        ["not", "a", "tuple"],
    ]
    report = api.map("update_user", [update(fake, "u0"), *bad, update(fake, "u4")], workers=3)
    assert report.ok == 2
    errors = {repr(item): error for item, error in report.failed}  # in the order the workers finished them
    assert sorted(errors) == sorted(map(repr, bad))
    assert all(isinstance(error, (onesignal.ApiTypeError, onesignal.ApiValueError)) for error in errors.values())
    assert "missing a required argument: 'alias_id'" in str(errors[repr(bad[0])])
    assert str(errors[repr(bad[1])]) == "update_user.update_user_request.properties.tags: expected dict, got int"
    assert accepted_updates(fake) == {"u0": 1, "u4": 1}
    assert len(fake.requests) == 2


def test_final_failures_follow_the_sdk_retry_rules(fake: FakeOneSignal, api: DefaultApi) -> None:
    fake.fail_next(500, path=f"/apps/{fake.app_id}/users/by/external_id/u1")  # a PATCH may have been processed
    report = api.map("update_user", [update(fake, "u1"), update(fake, "nobody"), update(fake, "u2")])
    assert report.ok == 1
    errors = {item["alias_id"]: type(error) for item, error in report.failed}
    assert errors == {"u1": onesignal.ServiceException, "nobody": onesignal.NotFoundException}
    assert [r.status for r in fake.requests if r.path.endswith("/u1")] == [500]

    fake.fail_next(503, times=2, path=f"/apps/{fake.app_id}/users/by/external_id/u5")  # a GET is repeated
    read = api.map("get_user", [(fake.app_id, "external_id", "u5")])
    assert (read.ok, read.requests) == (1, 3)


def test_more_workers_than_pooled_connections_is_warned_about(fake: FakeOneSignal, api: DefaultApi) -> None:
    with pytest.warns(UserWarning, match="raise connection_pool_maxsize"):
        report = api.map("update_user", [update(fake, "u0")], workers=17)
    assert report.ok == 1


def test_a_missing_key_is_refused_before_the_run() -> None:
    with FakeOneSignal() as fake, onesignal.ApiClient(onesignal.Configuration(host=fake.host)) as client:
        with pytest.raises(onesignal.ApiKeyError, match="app_key"):
            DefaultApi(client).map("update_user", [update(fake, "u0")])
        assert fake.requests == []


@pytest.mark.parametrize("operation, kwargs, message", [
    ("iter_players", {}, "'iter_players' is not an operation"),
    (len, {}, "expected the name of an operation"),
    ("update_user", {"workers": 0}, "workers: must be from 1"),
    ("update_user", {"max_rate": 0}, "max_rate: must be a positive number"),
    ("update_user", {"journal": "j.log"}, "journal and key go together"),
    ("update_user", {"progress": "yes"}, "progress: expected True, False or a callable"),
])
def test_bad_settings_are_refused_before_anything_is_sent(fake: FakeOneSignal, api: DefaultApi, operation: Any,
                                                          kwargs: Dict[str, Any], message: str,
                                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises((TypeError, ValueError), match=message):
        api.map(operation, [update(fake, "u0")], **kwargs)
    assert fake.requests == []


def test_a_generator_of_a_million_items_is_read_as_the_work_goes(fake: FakeOneSignal, api: DefaultApi) -> None:
    pulled = 0
    gaps: List[int] = []

    def items() -> Iterator[Dict[str, Any]]:
        nonlocal pulled
        for i in range(1_000_000):
            pulled += 1
            yield update(fake, f"u{i % 300}")

    def watch(event: ProgressEvent) -> None:
        gaps.append(pulled - event.done)
        if event.done >= 100:
            raise KeyboardInterrupt  # enough: the point is how much was read meanwhile

    with pytest.raises(BulkInterrupted) as stopped:
        api.map("update_user", items(), workers=4, progress=watch)
    report = stopped.value.report
    assert report.interrupted and report.ok >= 100
    assert max(gaps) <= 2 * 4 + 1  # never more than two items per worker read ahead of the work
    assert pulled <= report.done + 2 * 4 + 1


def test_a_crash_and_a_rerun_with_a_journal_apply_every_item_exactly_once(fake: FakeOneSignal, api: DefaultApi,
                                                                          tmp_path: Path) -> None:
    journal = tmp_path / "tags.journal"

    def crashing(stop_after: int) -> Iterator[Dict[str, Any]]:
        for i in range(120):
            if i == stop_after:
                raise KeyboardInterrupt  # the operator hits Ctrl-C while items are being read
            yield update(fake, f"u{i}")

    def external_id(item: Dict[str, Any]) -> str:
        return str(item["alias_id"])

    with pytest.raises(BulkInterrupted) as first:
        api.map("update_user", crashing(40), journal=journal, key=external_id, workers=8)
    done_first = first.value.report.ok
    assert 0 < done_first <= 40 and first.value.report.interrupted
    assert sum(accepted_updates(fake).values()) == done_first  # everything processed was recorded

    with pytest.raises(BulkInterrupted) as second:
        api.map("update_user", crashing(80), journal=journal, key=external_id, workers=8)
    assert second.value.report.skipped == done_first

    final = api.map("update_user", crashing(-1), journal=journal, key=external_id, workers=8)
    assert final.skipped == done_first + second.value.report.ok
    assert final.skipped + final.ok == 120 and not final.failed
    assert accepted_updates(fake) == {f"u{i}": 1 for i in range(120)}
    lines = journal.read_text().splitlines()
    assert lines[0] == '{"onesignal_journal": 1, "operation": "update_user"}'
    assert sorted(lines[1:]) == sorted(f'"u{i}"' for i in range(120))


def test_ctrl_c_stops_cleanly_and_a_rerun_finishes_the_job(fake: FakeOneSignal, api: DefaultApi,
                                                           tmp_path: Path) -> None:
    journal = tmp_path / "run.journal"
    items = [update(fake, f"u{i}") for i in range(120)]
    pressed: List[int] = []

    def press_ctrl_c(event: ProgressEvent) -> None:
        if event.done == 30 and not pressed:
            pressed.append(event.done)
            os.kill(os.getpid(), signal.SIGINT)  # as a terminal would: a signal, at no particular point

    with pytest.raises(BulkInterrupted) as stopped:
        api.map("update_user", items, journal=journal, key=lambda item: item["alias_id"], progress=press_ctrl_c)
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # Python's own handling is back
    report = stopped.value.report
    assert 30 <= report.ok < 120 and "interrupted" in repr(report)
    rerun = api.map("update_user", items, journal=journal, key=lambda item: item["alias_id"])
    assert (rerun.skipped, rerun.ok + rerun.skipped) == (report.ok, 120)
    assert accepted_updates(fake) == {f"u{i}": 1 for i in range(120)}


def test_a_line_cut_short_by_a_crash_is_not_a_record(fake: FakeOneSignal, api: DefaultApi, tmp_path: Path) -> None:
    journal = tmp_path / "cut.journal"
    journal.write_text('{"onesignal_journal": 1, "operation": "update_user"}\n"u0"\n"u1"\n"u2')
    report = api.map("update_user", [update(fake, f"u{i}") for i in range(4)], journal=journal,
                     key=lambda item: item["alias_id"])
    assert (report.skipped, report.ok) == (2, 2)
    assert accepted_updates(fake) == {"u2": 1, "u3": 1}
    assert journal.read_text().splitlines()[1:3] == ['"u0"', '"u1"']


def test_a_journal_of_another_operation_is_refused(fake: FakeOneSignal, api: DefaultApi, tmp_path: Path) -> None:
    journal = tmp_path / "other.journal"
    journal.write_text('{"onesignal_journal": 1, "operation": "create_user"}\n')
    with pytest.raises(JournalError, match="is the journal of 'create_user', not of 'update_user'"):
        api.map("update_user", [update(fake, "u0")], journal=journal, key=lambda item: item["alias_id"])
    assert fake.requests == []


def test_a_key_function_that_fails_fails_its_item_only(fake: FakeOneSignal, api: DefaultApi,
                                                       tmp_path: Path) -> None:
    def key(item: Dict[str, Any]) -> Any:
        return 7 if item["alias_id"] == "u1" else item["alias_id"]

    report = api.map("update_user", [update(fake, "u0"), update(fake, "u1")], journal=tmp_path / "k.journal",
                     key=key)
    assert report.ok == 1
    assert [(item["alias_id"], str(error)) for item, error in report.failed] == [
        ("u1", "key: key(item) must return str, got int")]


def test_progress_events_and_the_report_summary(fake: FakeOneSignal, api: DefaultApi) -> None:
    events: List[ProgressEvent] = []
    items = [update(fake, "u0"), update(fake, "nobody"), update(fake, "u1")]
    report = api.map("update_user", items, progress=events.append, workers=1)
    assert [(e.done, e.total, e.finished) for e in events] == [(1, 3, False), (2, 3, False), (3, 3, False),
                                                               (3, 3, True)]
    assert (events[-1].ok, events[-1].failed) == (2, 1)
    assert isinstance(report, BulkReport)
    text = repr(report)
    assert text.startswith("<BulkReport update_user: 2 ok, 1 failed, 0 skipped, 0 throttled (429) in ")
    assert "first failure: {'app_id'" in text and "(404)" in text


def test_progress_true_without_tqdm_writes_a_line_on_stderr(fake: FakeOneSignal, api: DefaultApi,
                                                            capsys: pytest.CaptureFixture[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("onesignal.bulk.progress.load_tqdm", lambda: None)
    api.map("update_user", [update(fake, f"u{i}") for i in range(3)], progress=True)
    err = capsys.readouterr().err
    assert err.endswith("\n") and "update_user: 3/3" in err.splitlines()[-1].split("\r")[-1]


def test_progress_true_uses_tqdm_when_installed(fake: FakeOneSignal, api: DefaultApi,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    api.map("update_user", [update(fake, f"u{i}") for i in range(3)], progress=True)
    assert "3/3" in capsys.readouterr().err
