"""Shared fixtures: a scripted loopback server with an API client aimed at it, a FakeOneSignal, and clocks
whose waits take no time: one for the retry loop, one for bulk runs, export reads and the fake."""
from __future__ import annotations

import sys
import threading
import time
from pathlib import Path
from typing import Iterator, List

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import onesignal  # noqa: E402
from onesignal.api.default_api import DefaultApi  # noqa: E402
import background  # noqa: E402
from fake_client import Client  # noqa: E402
from loopback import LoopbackServer  # noqa: E402
from onesignal.retry import Clock  # noqa: E402
from onesignal.testing import FakeOneSignal  # noqa: E402

APP_KEY = "test-app-key-0123456789"
USER_KEY = "test-user-key-9876543210"


class StepClock(Clock):
    """A clock for ``RESTClient.clock`` whose waits take no time: each is recorded in ``waits`` and moves the
    clock on. Jitter is fixed (1.0 unless given), so backoff waits are exact numbers. Its wall time starts at
    the real time in whole seconds, so the HTTP dates a test writes from ``time()`` are exact."""

    def __init__(self, jitter: float = 1.0) -> None:
        self.start = float(int(time.time()))
        self.now = 0.0
        self.waits: List[float] = []
        self._jitter = jitter

    def monotonic(self) -> float:
        return self.now

    def time(self) -> float:
        return self.start + self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds

    def jitter(self) -> float:
        return self._jitter


class HandClock:
    """A clock for ``map``, ``read_export`` and ``FakeOneSignal(clock=...)``: time stands still until a wait
    moves it on, and every wait is recorded. Calling it reads it, so one clock can drive the fake's rate limits
    and export delays and the code under test together. Waits add up: with several threads waiting at once,
    time runs ahead of what a real clock would show."""

    def __init__(self, start: float = 0.0) -> None:
        self.time = start
        self.waits: List[float] = []
        self._lock = threading.Lock()

    def __call__(self) -> float:
        return self.time

    def now(self) -> float:
        return self.time

    def sleep(self, seconds: float, stop: threading.Event) -> bool:
        with self._lock:
            self.waits.append(round(seconds, 6))
            self.time += max(0.0, seconds)
        return stop.is_set()


@pytest.fixture
def clock() -> StepClock:
    return StepClock()


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as srv:
        yield srv


@pytest.fixture
def api(server: LoopbackServer) -> Iterator[DefaultApi]:
    config = onesignal.Configuration(host=server.host, app_key=APP_KEY, user_key=USER_KEY,
                                     backoff_factor=0.01, timeout=(2, 5))
    with onesignal.ApiClient(config) as client:
        yield DefaultApi(client)


@pytest.fixture(scope="module")
def running_fake() -> Iterator[FakeOneSignal]:
    with FakeOneSignal() as fake:
        yield fake


@pytest.fixture
def fake(running_fake: FakeOneSignal) -> FakeOneSignal:
    running_fake.reset()
    return running_fake


@pytest.fixture
def client(fake: FakeOneSignal) -> Iterator[Client]:
    speaker = Client(fake)
    yield speaker
    speaker.close()


def pytest_collection_modifyitems(items: List[pytest.Item]) -> None:
    """Start the checks that run other programs now, for the collected tests that read them (marked
    ``@pytest.mark.background("mypy")``), so they run beside the other tests."""
    for item in items:
        for mark in item.iter_markers("background"):
            for name in mark.args:
                background.start(name)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "background(*checks): the test reads checks started after collection")


def pytest_unconfigure(config: pytest.Config) -> None:
    background.stop_all()
