"""The shared pace of a bulk run, on a clock the tests move by hand: exact waits, no sleeping."""
from __future__ import annotations

import threading
from typing import Callable, List, Optional, Type

import pytest

from onesignal.bulk import rate
from onesignal.bulk.attempts import Outcome, RetryPolicy, attempt
from onesignal.bulk.rate import RateController
from onesignal.retry import Failure
from conftest import HandClock
from onesignal.exceptions import (ApiConnectionError, ApiException, BadRequestException, RateLimitException,
                                  ServiceException)


def succeed(controller: RateController, clock: HandClock, count: int, spacing: float) -> None:
    """``count`` requests, each turn taken and succeeding, ``spacing`` seconds apart at least."""
    for _ in range(count):
        controller.acquire(threading.Event())
        controller.succeeded()
        clock.time += spacing


def test_max_rate_spaces_turns_and_is_never_exceeded() -> None:
    clock = HandClock(100.0)
    controller = RateController(max_rate=10, clock=clock)
    turns = [controller.acquire(threading.Event()) for _ in range(5)]
    assert turns == pytest.approx([100.0, 100.1, 100.2, 100.3, 100.4])
    assert clock.waits == pytest.approx([0.1] * 4)
    for _ in range(200):  # a long quiet run does not climb above the ceiling
        controller.succeeded()
        clock.time += 0.1
    assert controller.rate == 10


def test_an_unpaced_run_pauses_for_retry_after_and_backs_off_below_what_got_through() -> None:
    clock = HandClock(100.0)
    controller = RateController(clock=clock)
    assert controller.rate is None
    succeed(controller, clock, 50, 0.01)  # 50 went through in the last half second
    sent = controller.acquire(threading.Event())
    assert sent is not None
    assert controller.throttled(sent, retry_after=2.0) == 2.0
    assert controller.known_limit == 50
    assert controller.rate == pytest.approx(rate.BACKOFF * 50)
    clock.waits.clear()
    resumed = controller.acquire(threading.Event())
    assert clock.waits == [pytest.approx(2.0)]  # every worker waits out the Retry-After
    assert resumed == pytest.approx(sent + 2.0)


def test_answers_to_requests_sent_before_the_back_off_only_extend_the_pause() -> None:
    clock = HandClock(100.0)
    controller = RateController(clock=clock)
    succeed(controller, clock, 40, 0.02)
    in_flight = [controller.acquire(threading.Event()) or 0.0 for _ in range(3)]
    clock.time += 0.005
    controller.throttled(in_flight[0], retry_after=1.0)
    after_first = controller.rate
    clock.time += 0.005
    controller.throttled(in_flight[1], retry_after=1.0)
    controller.throttled(in_flight[2], retry_after=1.0)
    assert controller.rate == after_first  # one overload, one back-off
    clock.waits.clear()
    controller.acquire(threading.Event())
    assert clock.waits == [pytest.approx(1.0)]  # counted from the last 429 answer


def test_the_pace_climbs_back_to_just_under_the_measured_limit_then_probes_slowly() -> None:
    clock = HandClock(100.0)
    controller = RateController(clock=clock)
    succeed(controller, clock, 100, 0.01)
    controller.throttled(controller.acquire(threading.Event()) or 0.0, retry_after=1.0)
    known = controller.known_limit
    assert known is not None and 99 <= known <= 100  # what finished within the last second
    assert controller.rate == pytest.approx(rate.BACKOFF * known)
    clock.time += 1.0
    cruise = rate.CRUISE * known
    for _ in range(300):  # three seconds at the pace
        controller.acquire(threading.Event())
        controller.succeeded()
    assert controller.rate == pytest.approx(cruise)
    for _ in range(int(cruise * (rate.PROBE_AFTER - 4))):  # no 429 for a while: still cruising
        controller.acquire(threading.Event())
        controller.succeeded()
    assert controller.rate == pytest.approx(cruise)
    for _ in range(int(cruise * 5)):  # past PROBE_AFTER: creeping up
        controller.acquire(threading.Event())
        controller.succeeded()
    assert controller.rate is not None and cruise < controller.rate < cruise * 1.1


def test_a_429_soon_after_a_pause_backs_off_from_the_pace_not_from_the_short_count() -> None:
    clock = HandClock(100.0)
    controller = RateController(clock=clock)
    succeed(controller, clock, 100, 0.01)
    controller.throttled(controller.acquire(threading.Event()) or 0.0, retry_after=1.0)
    pace = controller.rate
    assert pace is not None
    clock.time += 1.0
    succeed(controller, clock, 5, 1 / pace)  # only a few went through since the pause ended
    controller.throttled(controller.acquire(threading.Event()) or 0.0, retry_after=1.0)
    assert controller.rate == pytest.approx(rate.BACKOFF * pace, rel=0.05)


def test_with_max_rate_a_back_off_stays_under_the_ceiling_and_the_climb_never_passes_it() -> None:
    clock = HandClock(100.0)
    controller = RateController(max_rate=20, clock=clock)
    succeed(controller, clock, 25, 0.05)
    controller.throttled(controller.acquire(threading.Event()) or 0.0, retry_after=1.0)
    assert controller.rate == pytest.approx(rate.BACKOFF * 20)
    for _ in range(1000):
        controller.acquire(threading.Event())
        controller.succeeded()
    assert controller.rate is not None and controller.rate <= 20


def test_a_429_without_retry_after_pauses_a_second_and_a_long_one_is_clamped() -> None:
    clock = HandClock(100.0)
    controller = RateController(clock=clock, pause_max=5.0)
    assert controller.throttled(clock.now(), retry_after=None) == rate.DEFAULT_PAUSE
    assert controller.rate is None  # nothing had gone through: nothing to measure, only a pause
    assert controller.throttled(clock.now(), retry_after=3600) == 5.0


def test_an_overload_before_enough_went_through_pauses_once_without_setting_a_pace() -> None:
    clock = HandClock(100.0)
    controller = RateController(clock=clock, min_sample=8)
    succeed(controller, clock, 3, 0.01)  # the app's budget was nearly spent by someone else
    early = [controller.acquire(threading.Event()) or 0.0 for _ in range(5)]
    for sent in early:
        controller.throttled(sent, retry_after=1.0)
    assert controller.rate is None  # still unpaced: three answers measure nothing
    clock.time += 1.0
    succeed(controller, clock, 4, 0.01)
    controller.throttled(controller.acquire(threading.Event()) or 0.0, retry_after=1.0)
    assert controller.rate == pytest.approx(rate.BACKOFF * 4)  # the second time, it is taken as the limit


def test_probing_speeds_up_the_longer_no_429_comes() -> None:
    clock = HandClock(100.0)
    controller = RateController(clock=clock)
    succeed(controller, clock, 10, 0.1)
    controller.throttled(controller.acquire(threading.Event()) or 0.0, retry_after=1.0)
    clock.time += 1.0
    for _ in range(2000):
        controller.acquire(threading.Event())
        controller.succeeded()
        if clock.time > 160:
            break
    assert controller.rate is not None and controller.rate > 100  # a limit measured ten times too low is outgrown


def test_a_stop_while_waiting_for_a_turn_gives_no_turn() -> None:
    clock = HandClock(100.0)
    controller = RateController(clock=clock)
    controller.throttled(clock.now(), retry_after=10)
    stop = threading.Event()
    stop.set()
    assert controller.acquire(stop) is None


POLICY = RetryPolicy(repeatable=True, retries=2, backoff_factor=0.5, backoff_max=8.0, retry_after_max=60.0)


def failing(errors: List[BaseException]) -> Callable[[], str]:
    def send() -> str:
        if errors:
            raise errors.pop(0)
        return "done"
    return send


def error(cls: Type[ApiException], status: int, retry_after: Optional[float] = None) -> ApiException:
    """An error answer as the client raises it: the server's Retry-After in its headers and parsed."""
    exc = cls(status, "failed", headers={} if retry_after is None else {"Retry-After": str(int(retry_after))})
    exc.retry_after = retry_after
    return exc


def lost(failure: Failure = Failure.LOST) -> ApiConnectionError:
    """A request that got no answer, as the transport raises it."""
    exc = ApiConnectionError("lost")
    exc.failure = failure
    return exc


def test_an_item_retries_429s_at_the_shared_pace_without_spending_its_retries() -> None:
    clock = HandClock(100.0)
    controller = RateController(clock=clock)
    errors: List[BaseException] = [error(RateLimitException, 429, 1.0) for _ in range(5)]
    outcome = attempt(failing(errors), controller, POLICY, clock, threading.Event())
    assert (outcome.ok, outcome.result, outcome.requests, outcome.throttled) == (True, "done", 6, 5)
    assert clock.waits == [pytest.approx(1.0)] * 5


def test_an_item_throttled_too_often_in_a_row_fails_with_the_429() -> None:
    clock = HandClock(100.0)
    policy = RetryPolicy(True, 2, 0.5, 8.0, 60.0, max_throttled=3)
    errors: List[BaseException] = [error(RateLimitException, 429, 1.0) for _ in range(5)]
    outcome = attempt(failing(errors), RateController(clock=clock), policy, clock, threading.Event())
    assert outcome.finished and isinstance(outcome.error, RateLimitException) and outcome.requests == 3


def test_5xx_and_lost_connections_are_retried_by_the_sdk_rules_only_when_repeatable() -> None:
    clock = HandClock(100.0)
    errors: List[BaseException] = [error(ServiceException, 503, 2.0), lost()]
    outcome = attempt(failing(errors), RateController(clock=clock), POLICY, clock, threading.Event())
    assert (outcome.ok, outcome.requests) == (True, 3)
    assert clock.waits[0] == 2.0 and 0.25 <= clock.waits[1] <= 1.0  # Retry-After, then backoff with jitter

    once = RetryPolicy(False, 2, 0.5, 8.0, 60.0)
    for failure in (error(ServiceException, 500), lost(), error(BadRequestException, 400)):
        outcome = attempt(failing([failure]), RateController(clock=clock), once, clock, threading.Event())
        assert (outcome.finished, outcome.error, outcome.requests) == (True, failure, 1)


def test_retries_stop_after_the_configured_number() -> None:
    clock = HandClock(100.0)
    errors: List[BaseException] = [error(ServiceException, 502) for _ in range(5)]
    outcome: Outcome = attempt(failing(errors), RateController(clock=clock), POLICY, clock, threading.Event())
    assert outcome.requests == 3 and isinstance(outcome.error, ServiceException)
