"""How fast a bulk run sends: a pace shared by all its workers, that finds the server's limit by itself.

Without ``max_rate`` a run starts unpaced (its workers are the only limit). The first 429 tells it the limit
is near: every worker pauses for the ``Retry-After``, and the pace becomes a little under what got through in
the last second (``BACKOFF``). It then climbs quickly back to just under that measured limit (``CRUISE``),
stays there, and after ``PROBE_AFTER`` seconds without a 429 creeps higher (``PROBE`` per second, doubling
every ``PROBE_AFTER`` seconds) to learn whether the limit has risen, or was measured too low. Every 429
repeats the cycle, once per overload: answers to requests sent before the last back-off say nothing new and
only extend the pause. When the first overload comes before ``min_sample`` requests got through (the app's
budget was spent by someone else, say), there is nothing to measure: the run pauses and stays unpaced, once.
With ``max_rate`` the pace starts there and never exceeds it; the same back-off applies below it.

Time is read and waited on through a :class:`Clock`, so tests can run the logic without sleeping.
"""
from __future__ import annotations

import math
import threading
import time
from collections import deque
from typing import Deque, Optional, Protocol

BACKOFF = 0.9  # after a 429 the pace falls to this share of what got through in the last second
CRUISE = 0.97  # the pace climbs back to this share of the measured limit...
FAST = 0.10  # ...by this share of itself per second,
PROBE_AFTER = 10.0  # and after this many seconds there without a 429...
PROBE = 0.01  # ...creeps higher by this share of itself per second, doubled every PROBE_AFTER seconds,
MAX_PROBE = 0.25  # up to this share
MIN_STEP = 0.5  # requests per second: the least a climb adds per second
MIN_RATE = 1.0  # requests per second: the pace never falls below this
WINDOW = 1.0  # seconds over which "what got through" is counted
DEFAULT_PAUSE = 1.0  # seconds to pause after a 429 that gives no Retry-After


class Clock(Protocol):
    """Where a run reads the time and waits."""

    def now(self) -> float:
        """Seconds on a monotonic scale."""
        ...

    def sleep(self, seconds: float, stop: threading.Event) -> bool:
        """Wait ``seconds`` or until ``stop`` is set; true when ``stop`` is set."""
        ...


class SystemClock:
    """The real time (``time.monotonic``) and real waits."""

    def now(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float, stop: threading.Event) -> bool:
        if seconds <= 0:
            return stop.is_set()
        return stop.wait(seconds)


class RateController:
    """The pace of one run, shared by its workers (thread-safe)."""

    def __init__(self, max_rate: Optional[float] = None, clock: Optional[Clock] = None,
                 pause_max: float = 60.0, min_sample: int = 1) -> None:
        self._min_sample = min_sample
        self._spared = False  # whether an overload with too little measured has already been let go
        self._clock: Clock = clock if clock is not None else SystemClock()
        self._ceiling = max_rate if max_rate is not None else math.inf
        self._rate: Optional[float] = max_rate  # None: unpaced until the first 429
        self._pause_max = pause_max
        self._lock = threading.Lock()
        self._next_slot = -math.inf
        self._paused_until = -math.inf
        self._pause_epoch = 0
        self._last_backoff = -math.inf
        self._known_limit: Optional[float] = None
        self._cruising_since = math.inf
        self._last_tick = self._clock.now()
        self._recent: Deque[float] = deque()  # when the successes of the last WINDOW seconds finished

    @property
    def rate(self) -> Optional[float]:
        """Requests per second the workers are held to now; None while unpaced."""
        return self._rate

    @property
    def known_limit(self) -> Optional[float]:
        """What got through in the second before the last back-off: the run's estimate of the server's limit."""
        return self._known_limit

    def acquire(self, stop: threading.Event) -> Optional[float]:
        """Wait for this worker's turn to send; returns the time of the turn, or None when stopped meanwhile."""
        while True:
            with self._lock:
                moment = self._clock.now()
                turn = max(moment, self._paused_until)
                if self._rate is not None:
                    turn = max(turn, self._next_slot)
                    self._next_slot = turn + 1.0 / self._rate
                epoch = self._pause_epoch
            if turn > moment and self._clock.sleep(turn - moment, stop):
                return None
            if stop.is_set():
                return None
            with self._lock:
                if self._pause_epoch == epoch:  # no 429 came while waiting: go
                    return self._clock.now()

    def succeeded(self) -> None:
        """A request went through: count it, and let the pace climb."""
        with self._lock:
            moment = self._clock.now()
            self._recent.append(moment)
            self._forget_before(moment - WINDOW)
            self._climb(moment)

    def throttled(self, sent_at: float, retry_after: Optional[float]) -> float:
        """A request sent at ``sent_at`` was answered 429: pause every worker, back off once per overload.

        Returns the pause in seconds (the ``Retry-After``, at most ``pause_max``).
        """
        pause = DEFAULT_PAUSE if retry_after is None else min(max(0.0, retry_after), self._pause_max)
        with self._lock:
            moment = self._clock.now()
            previous_end = self._paused_until
            resume = moment + pause
            if resume > self._paused_until:
                self._paused_until = resume
                self._next_slot = resume
                self._pause_epoch += 1
            if sent_at > self._last_backoff:
                self._back_off(moment, clean=previous_end <= moment - WINDOW)
            self._last_tick = max(self._last_tick, resume)
        return pause

    def _back_off(self, moment: float, clean: bool) -> None:
        """Lower the pace below what got through in the last second (when that second was not partly a pause)."""
        self._forget_before(moment - WINDOW)
        got_through = float(len(self._recent))
        if self._rate is None:
            if got_through < self._min_sample and not self._spared:
                self._spared = True  # too little measured to set a pace from: pause only, once
                self._last_backoff = moment
                return
            base = max(MIN_RATE, got_through)
        elif clean and got_through > 0:
            base = min(self._rate, got_through)
        else:
            base = self._rate
        self._known_limit = max(MIN_RATE, base)
        self._rate = min(self._ceiling, max(MIN_RATE, BACKOFF * base))
        self._last_backoff = moment
        self._cruising_since = math.inf

    def _climb(self, moment: float) -> None:
        elapsed = moment - self._last_tick
        if elapsed <= 0:
            return
        self._last_tick = moment
        rate = self._rate
        if rate is None or self._known_limit is None:
            return
        cruise = min(self._ceiling, CRUISE * self._known_limit)
        if rate < cruise:
            rate = min(cruise, rate + max(MIN_STEP, FAST * rate) * elapsed)
            if rate >= cruise:
                self._cruising_since = moment
        elif moment - self._cruising_since >= PROBE_AFTER and len(self._recent) >= 0.9 * rate * WINDOW:
            doublings = int((moment - self._cruising_since) // PROBE_AFTER) - 1
            share = min(MAX_PROBE, PROBE * 2.0 ** doublings)
            rate = rate + max(MIN_STEP, share * rate) * elapsed
        self._rate = min(self._ceiling, rate)

    def _forget_before(self, start: float) -> None:
        while self._recent and self._recent[0] < start:
            self._recent.popleft()
