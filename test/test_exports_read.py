"""``read_export``: waiting out the 404s, streaming gzip CSV rows, and never sending a key to the file's host."""
from __future__ import annotations

import csv
import gzip
import random
import io
from typing import Iterator, List

import pytest

import onesignal
from onesignal.api.default_api import DefaultApi
from onesignal.bulk import ProgressEvent
from onesignal.exports import ExportNotReady, open_export
from onesignal.testing import FakeOneSignal
from conftest import HandClock
from loopback import LoopbackServer

APP_KEY = "app-key-that-must-stay-home"


def export_url(api: DefaultApi, app_id: str) -> str:
    url = api.export_subscriptions(app_id).csv_file_url
    assert isinstance(url, str)
    return url


def gzip_csv(rows: List[List[str]]) -> bytes:
    text = io.StringIO()
    csv.writer(text).writerows(rows)
    return gzip.compress(text.getvalue().encode())


@pytest.fixture
def clock() -> HandClock:
    return HandClock()


@pytest.fixture
def fake(clock: HandClock) -> Iterator[FakeOneSignal]:
    with FakeOneSignal(export_delay=0.15, clock=clock) as server:  # the reader's waits move the fake's time
        server.add_users(f"u{i}" for i in range(2500))
        yield server


def test_read_export_waits_out_the_404s_then_streams_every_row_without_a_key(fake: FakeOneSignal,
                                                                            clock: HandClock) -> None:
    with onesignal.ApiClient(fake.configuration()) as client:
        url = export_url(DefaultApi(client), fake.app_id)
        rows = open_export(url, client.configuration, first_poll=0.05, clock=clock)
        identifiers = [row["identifier"] for row in rows]
    # ready 0.15 s after the export call: asked at 0, 0.05 and 0.125 s (404 each time), then at 0.2375 s
    assert clock.waits == [0.05, 0.075, 0.1125]

    assert identifiers == [f"u{i}@example.com" for i in range(2500)]
    assert rows.fieldnames[:3] == ["id", "identifier", "session_count"]
    downloads = [r for r in fake.requests if r.path.startswith("/exports/")]
    assert [r.status for r in downloads] == [404, 404, 404, 200]
    for request in downloads:
        assert not any(name.lower() in ("authorization", "cookie") for name in request.headers)
        assert fake.app_key not in repr(request)


def test_the_wait_grows_and_ends_in_a_clear_error_after_the_timeout() -> None:
    with FakeOneSignal(export_delay=3600) as fake, onesignal.ApiClient(fake.configuration()) as client:
        url = export_url(DefaultApi(client), fake.app_id)
        clock = HandClock()
        with pytest.raises(ExportNotReady) as info:
            open_export(url, client.configuration, timeout=10, clock=clock)
    assert clock.waits == [1.0, 1.5, 2.25, 3.375]  # the next, 5.06 s, would pass the 10 s timeout
    assert isinstance(info.value, onesignal.NotFoundException) and info.value.status == 404
    assert "was not ready after 10 s" in str(info.value)
    assert len([r for r in fake.requests if r.path.startswith("/exports/")]) == 5


def test_wait_false_asks_once(fake: FakeOneSignal) -> None:
    with onesignal.ApiClient(fake.configuration()) as client:
        api = DefaultApi(client)
        url = export_url(api, fake.app_id)
        with pytest.raises(ExportNotReady, match=r"not ready \(wait=False\)"):
            api.read_export(url, wait=False)
    assert len([r for r in fake.requests if r.path.startswith("/exports/")]) == 1


def test_a_file_on_another_host_gets_none_of_the_clients_headers_and_may_be_plain_or_gzip_csv() -> None:
    rows = [["id", "note"], ["1", "plain"], ["2", 'quoted, with "quotes"\nand a line break'], ["3", "é"]]
    with LoopbackServer() as files, onesignal.ApiClient(
            onesignal.Configuration(host="http://127.0.0.1:9", app_key=APP_KEY)) as client:
        api = DefaultApi(client)
        client.set_default_header("X-Custom", "client-only")
        files.answer(404, b"<Error>NoSuchKey</Error>", {"Content-Type": "application/xml"})
        files.answer(200, gzip_csv(rows), {"Content-Type": "application/gzip"})
        files.answer(200, "id,note\r\n1,plain\r\n".encode("utf-8-sig"), {"Content-Type": "text/csv"})
        got = list(open_export(f"{files.host}/bucket/export.csv.gz?X-Signature=abc", client.configuration,
                               first_poll=0.01))
        plain = list(api.read_export(f"{files.host}/bucket/plain.csv"))

        assert got == [{"id": "1", "note": "plain"}, {"id": "2", "note": 'quoted, with "quotes"\nand a line break'},
                       {"id": "3", "note": "é"}]
        assert plain == [{"id": "1", "note": "plain"}]
        assert [r.path for r in files.requests] == ["/bucket/export.csv.gz"] * 2 + ["/bucket/plain.csv"]
        for request in files.requests:
            assert {name.lower() for name in request.headers} <= {"host", "user-agent", "accept",
                                                                    "accept-encoding"}
            assert APP_KEY not in str(request.headers)


def test_rows_arrive_while_the_file_is_still_downloading() -> None:
    tokens = random.Random(7)  # tokens that compress poorly, so the file is large next to any read buffer
    rows = [["id", "token"]] + [[str(i), f"{tokens.getrandbits(256):064x}"] for i in range(20_000)]
    body = gzip_csv(rows)
    with LoopbackServer() as files, onesignal.ApiClient(onesignal.Configuration(app_key=APP_KEY)) as client:
        files.answer(200, body, {"Content-Type": "application/gzip"})
        with DefaultApi(client).read_export(f"{files.host}/big.csv.gz") as reader:
            first = next(reader)
            assert first == {"id": "0", "token": rows[1][1]}
            assert reader.bytes_read < len(body) / 4  # one row needs a buffer's worth, not the whole file
            assert sum(1 for _ in reader) == 19_999
            assert reader.bytes_read == len(body)


def test_a_download_that_breaks_off_raises_a_connection_error_after_the_rows_it_had() -> None:
    body = gzip_csv([["id"]] + [[str(i)] for i in range(50_000)])
    with LoopbackServer() as files, onesignal.ApiClient(onesignal.Configuration(app_key=APP_KEY)) as client:
        files.answer(200, body[: len(body) // 2], {"Content-Type": "application/gzip"})
        seen = 0
        with pytest.raises(onesignal.ApiConnectionError, match="broke off after"):
            for _ in DefaultApi(client).read_export(f"{files.host}/cut.csv.gz"):
                seen += 1
        assert 0 < seen < 50_000


def test_another_failing_status_is_raised_at_once() -> None:
    with LoopbackServer() as files, onesignal.ApiClient(onesignal.Configuration(app_key=APP_KEY)) as client:
        files.answer(403, b"<Error>AccessDenied</Error>", {"Content-Type": "application/xml"})
        with pytest.raises(onesignal.ForbiddenException):
            DefaultApi(client).read_export(f"{files.host}/expired.csv.gz?Signature=old")
        assert len(files.requests) == 1


def test_progress_events_follow_rows_and_bytes() -> None:
    seen: List[ProgressEvent] = []
    with FakeOneSignal() as ready, onesignal.ApiClient(ready.configuration()) as client:
        ready.add_users(f"p{i}" for i in range(2500))
        api = DefaultApi(client)
        count = len(list(api.read_export(export_url(api, ready.app_id), progress=seen.append)))
    assert count == 2500
    assert [(e.done, e.finished) for e in seen] == [(1000, False), (2000, False), (2500, True)]
    assert seen[-1].bytes_read == seen[-1].bytes_total and seen[-1].fraction == 1.0


@pytest.mark.parametrize("url", ["ftp://files/x.csv", "not a url", 7])
def test_a_bad_url_is_refused_before_anything_is_sent(url: object) -> None:
    with onesignal.ApiClient(onesignal.Configuration(app_key=APP_KEY)) as client:
        with pytest.raises((onesignal.ApiTypeError, onesignal.ApiValueError), match="csv_file_url"):
            DefaultApi(client).read_export(url)  # type: ignore[arg-type]
