"""Bulk jobs against FakeOneSignal acting like the API under load (``latency=0.05``, ``rate_limit=200``).

    python3 benchmarks/bulk.py [--calls 4000] [--rows 100000]

1. ``DefaultApi.map`` runs ``update_user`` over ``--calls`` users without being told the limit: the rate it
   achieved as a share of the fake's limit, the share of requests answered 429, and, counted on the fake's
   side, whether every user was updated exactly once.
2. The same job as a plain loop, one call after the other: a slice is measured and the whole job projected.
3. Reading an export of ``--rows`` subscriptions with ``read_export``: rows per second, and the peak memory
   of the read (tracemalloc, in a second pass since tracing slows Python down) against the file's size.
4. How many requests a second the fake itself serves (no latency, no limit; 16 client threads on raw
   urllib3 in the same process, so the client's work counts against it: a lower bound).

The fake runs in this process, in threads: it shares the interpreter with the client, which is the harder
case for both.
"""
from __future__ import annotations

import argparse
import json
import sys
import threading
import time
import tracemalloc
from collections import Counter
from importlib.metadata import version
from pathlib import Path
from typing import Any, Dict, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import urllib3  # noqa: E402

import onesignal  # noqa: E402
from onesignal.api.default_api import DefaultApi  # noqa: E402
from onesignal.testing import FakeOneSignal  # noqa: E402

LATENCY = 0.05
LIMIT = 200
LOOP_SLICE = 100


def update(app_id: str, external_id: str) -> Dict[str, Any]:
    return {"app_id": app_id, "alias_label": "external_id", "alias_id": external_id,
            "update_user_request": {"properties": {"tags": {"tier": "gold"}}, "deltas": {"session_count": 1}}}


def with_api(fake: FakeOneSignal) -> Tuple[onesignal.ApiClient, DefaultApi]:
    client = onesignal.ApiClient(fake.configuration())
    return client, DefaultApi(client)


def bulk_map(calls: int) -> None:
    with FakeOneSignal(latency=LATENCY, rate_limit=LIMIT) as fake:
        ids = [f"user-{i}" for i in range(calls)]
        fake.add_users(ids)
        client, api = with_api(fake)
        with client:
            report = api.map("update_user", (update(fake.app_id, i) for i in ids))
        processed = Counter(r.path.rsplit("/", 1)[1] for r in fake.requests if r.method == "PATCH"
                            and r.status == 202)
        refused = sum(1 for r in fake.requests if r.status == 429)
    once = processed == Counter(ids)
    print(f"map: {calls:,} update_user calls, limit {LIMIT}/s (not told), latency {LATENCY * 1000:.0f} ms, "
          f"16 workers")
    print(f"  {report!r}")
    steady = (report.ok - LIMIT) / report.elapsed  # the fake lets one second's worth through at once
    print(f"  achieved {report.rate:,.1f} calls/s = {report.rate / LIMIT:.1%} of the limit "
          f"({steady / LIMIT:.1%} without the fake's initial burst of {LIMIT}); "
          f"{report.throttled:,} of {report.requests:,} requests answered 429 "
          f"({report.throttled / report.requests:.2%}); the fake refused {refused:,}")
    print(f"  every user updated exactly once (counted by the fake): {once}")


def plain_loop(calls: int) -> None:
    with FakeOneSignal(latency=LATENCY, rate_limit=LIMIT) as fake:
        ids = [f"user-{i}" for i in range(LOOP_SLICE)]
        fake.add_users(ids)
        client, api = with_api(fake)
        with client:
            started = time.perf_counter()
            for external_id in ids:
                api.update_user(**update(fake.app_id, external_id))
            elapsed = time.perf_counter() - started
    per_call = elapsed / LOOP_SLICE
    print(f"plain loop: {LOOP_SLICE} calls in {elapsed:.2f} s = {1 / per_call:.1f} calls/s; "
          f"{calls:,} calls projected at {per_call * calls:,.0f} s ({per_call * calls / 60:.1f} min)")


def read_export(rows: int) -> None:
    with FakeOneSignal(latency=LATENCY) as fake:
        fake.add_users(f"subscriber-{i}" for i in range(rows))
        client, api = with_api(fake)
        with client:
            url = str(api.export_subscriptions(fake.app_id).csv_file_url)
            size = len(urllib3.request("GET", url).data)
            started = time.perf_counter()
            count = 0
            for _ in api.read_export(url):
                count += 1
            elapsed = time.perf_counter() - started
            tracemalloc.start()
            reader = api.read_export(url)
            for _ in reader:
                pass
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
    print(f"read_export: {count:,} rows in {elapsed:.2f} s = {count / elapsed:,.0f} rows/s; file {size / 1e6:.1f} MB "
          f"gzip ({reader.bytes_read / 1e6:.1f} MB read); peak memory of the read {peak / 1e6:.2f} MB")


def fake_throughput(seconds: float = 3.0, threads: int = 16) -> None:
    with FakeOneSignal() as fake:
        fake.add_users(f"u{i}" for i in range(1000))
        pool = urllib3.PoolManager(maxsize=threads)
        headers = {"Authorization": f"Key {fake.app_key}", "Content-Type": "application/json"}
        body = json.dumps({"properties": {"tags": {"a": "1"}}}).encode()
        stop = time.perf_counter() + seconds
        counts = [0] * threads

        def hammer(slot: int) -> None:
            while time.perf_counter() < stop:
                answer = pool.request("PATCH", f"{fake.host}/apps/{fake.app_id}/users/by/external_id/u{slot}",
                                      body=body, headers=headers)
                assert answer.status == 202
                counts[slot] += 1

        workers = [threading.Thread(target=hammer, args=(slot,)) for slot in range(threads)]
        started = time.perf_counter()
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        elapsed = time.perf_counter() - started
    print(f"fake throughput: {sum(counts) / elapsed:,.0f} update_user requests/s ({threads} client threads, "
          f"same process)")


def main(argv: Any = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=4000)
    parser.add_argument("--rows", type=int, default=100_000)
    arguments = parser.parse_args(argv)
    print(f"Python {sys.version.split()[0]}, urllib3 {version('urllib3')}")
    bulk_map(arguments.calls)
    plain_loop(arguments.calls)
    read_export(arguments.rows)
    fake_throughput()


if __name__ == "__main__":
    main()
