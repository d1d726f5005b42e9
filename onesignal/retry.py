"""When a failed attempt is tried again, and after how long: one pure decision that the transport loop applies.

Nothing here touches the network or the clock: the time and the jitter are arguments, so the decision is tested
with exact numbers, and ``Clock`` is where the transport reads time and waits (tests give it a fake one).
"""
from __future__ import annotations

import enum
import random
import re
import time
from typing import Mapping, NamedTuple, Optional, Union

from onesignal.headers import header_value

RETRY_STATUSES = frozenset((500, 502, 503, 504))
_DIGITS = re.compile(r"[0-9]+")
_LONGEST_DELAY_TEXT = 15  # digits; a longer Retry-After is read as "far too long" without converting it


class Failure(enum.Enum):
    """How an attempt failed without an answer, which decides whether repeating it is safe."""

    NOT_SENT = "not sent"  # no connection could be opened: the request never left
    LOST = "lost"  # sent, but no complete answer came: the server may have processed it
    FATAL = "fatal"  # repeating cannot help (a TLS failure)


Outcome = Union[int, Failure]  # the status of an answer, or how the attempt failed without one


class RetrySettings(NamedTuple):
    """The settings the decision reads (``Configuration`` has the same names)."""

    retries: int
    backoff_factor: float
    backoff_max: float
    retry_after_max: float


def parse_retry_after(value: Optional[str], now: Optional[float] = None) -> Optional[float]:
    """A ``Retry-After`` value as seconds from ``now`` (epoch seconds; the clock when None), or None.

    Only HTTP's two forms count: whole seconds in ASCII digits, or an HTTP date. Anything else (``1_0``,
    ``1.5``, ``-3``, ``١٠``) is unreadable, and the caller falls back to its own backoff.
    """
    if not value:
        return None
    text = value.strip()
    if _DIGITS.fullmatch(text):
        return float("inf") if len(text) > _LONGEST_DELAY_TEXT else float(int(text))
    if not text[:1].isalpha():  # an HTTP date starts with the day's name (or, obsolete forms aside, a letter)
        return None
    from email.utils import parsedate_to_datetime
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # "-0000" means UTC with an unknown source zone
        import datetime as _dt
        when = when.replace(tzinfo=_dt.timezone.utc)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def backoff_delay(attempt: int, factor: float, ceiling: float, jitter: Optional[float] = None) -> float:
    """Exponential backoff: ``factor * 2**(attempt-1)`` seconds, at most ``ceiling``, times ``jitter``.

    ``jitter`` is a number from 0.5 to 1 (a random one when None), so that clients failing together do not
    come back together.
    """
    share = random.uniform(0.5, 1.0) if jitter is None else jitter
    return float(min(ceiling, factor * 2 ** min(attempt - 1, 64)) * share)


def may_retry(outcome: Outcome) -> bool:
    """Whether ``retry_wait`` could say to retry this outcome at all (a quick test for every answer)."""
    return outcome.__class__ is not int or outcome == 429 or outcome in RETRY_STATUSES


def retry_wait(settings: RetrySettings, attempt: int, repeatable: bool, outcome: Outcome,
               headers: Mapping[str, str], *, now: float, jitter: float) -> Optional[float]:
    """Seconds to wait before trying attempt ``attempt + 1`` again, or None to stop with this outcome.

    - at most ``settings.retries`` retries follow the first attempt;
    - a 429 (refused, not processed) and a connection that never opened are retried for every request;
    - 500/502/503/504 and a lost answer only when the request is ``repeatable`` (safe to repeat);
    - a TLS failure and any other status are final;
    - a ``Retry-After`` the server sent sets the wait, and one above ``retry_after_max`` stops at once;
      without one the wait is the jittered exponential backoff.
    """
    if attempt > settings.retries:
        return None
    if isinstance(outcome, Failure):
        if outcome is Failure.FATAL or (outcome is Failure.LOST and not repeatable):
            return None
        return backoff_delay(attempt, settings.backoff_factor, settings.backoff_max, jitter)
    if outcome != 429 and not (repeatable and outcome in RETRY_STATUSES):
        return None
    asked = parse_retry_after(header_value(headers, "Retry-After"), now)
    if asked is None:
        return backoff_delay(attempt, settings.backoff_factor, settings.backoff_max, jitter)
    return asked if asked <= settings.retry_after_max else None


class Clock:
    """Where the transport reads the time and waits: this real clock, or a test's stand-in."""

    def monotonic(self) -> float:
        return time.monotonic()

    def time(self) -> float:
        return time.time()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def jitter(self) -> float:
        """A factor from 0.5 to 1 for the next backoff."""
        return random.uniform(0.5, 1.0)
