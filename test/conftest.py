"""Shared fixtures: a scripted loopback server with an API client aimed at it, and a FakeOneSignal."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterator

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import onesignal  # noqa: E402
from onesignal.api.default_api import DefaultApi  # noqa: E402
from fake_client import Client  # noqa: E402
from loopback import LoopbackServer  # noqa: E402
from onesignal.testing import FakeOneSignal  # noqa: E402

APP_KEY = "test-app-key-0123456789"
USER_KEY = "test-user-key-9876543210"


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
def client(fake: FakeOneSignal) -> Client:
    return Client(fake)
