"""One item of a bulk run, from its first request to its fate: 429s retried at the shared pace, other failures
retried by the SDK's rules, the final outcome reported."""
from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable, Optional

from onesignal.bulk.rate import Clock, RateController
from onesignal.configuration import Configuration
from onesignal.exceptions import ApiConnectionError, ApiException, RateLimitException
from onesignal.retry import RetrySettings, retry_wait

MAX_THROTTLED = 20  # 429 answers in a row after which an item is given up (the server keeps refusing it)


@dataclass
class Outcome:
    """What became of one item: ``finished`` false when the run stopped before its fate was known."""

    finished: bool
    result: Any = None
    error: Optional[BaseException] = None
    requests: int = 0
    throttled: int = 0

    @property
    def ok(self) -> bool:
        return self.finished and self.error is None


@dataclass(frozen=True)
class RetryPolicy:
    """The SDK's retry rules (``Configuration.retries`` and its backoff) for one operation.

    429 answers are not counted here: the server did not process them, so they are always retried, after the
    pause the rate controller sets, up to ``max_throttled`` in a row.
    """

    repeatable: bool  # GET, PUT, DELETE, or a POST made safe by an idempotency key
    retries: int
    backoff_factor: float
    backoff_max: float
    retry_after_max: float
    max_throttled: int = MAX_THROTTLED

    @classmethod
    def of(cls, configuration: Configuration, repeatable: bool) -> "RetryPolicy":
        return cls(repeatable, configuration.retries, configuration.backoff_factor, configuration.backoff_max,
                   configuration.retry_after_max)

    def delay(self, error: ApiException, failures: int) -> Optional[float]:
        """Seconds to wait before repeating a request after its ``failures``-th failure; None to give up.

        The SDK's one retry decision (``onesignal.retry.retry_wait``): 5xx answers and lost connections are
        repeated only for repeatable operations, a connection that never opened for any.
        """
        outcome = error.failure if isinstance(error, ApiConnectionError) else error.status
        if outcome is None:
            return None
        settings = RetrySettings(self.retries, self.backoff_factor, self.backoff_max, self.retry_after_max)
        return retry_wait(settings, failures, self.repeatable, outcome, error.headers, now=time.time(),
                          jitter=random.uniform(0.5, 1.0))


def attempt(send: Callable[[], Any], controller: RateController, policy: RetryPolicy, clock: Clock,
            stop: threading.Event) -> Outcome:
    """Send until the item succeeds, fails for good, or ``stop`` is set while it waits for its turn.

    An answer with a 2xx status that could not be decoded counts as success: the server accepted the request,
    and sending it again could repeat its effect.
    """
    outcome = Outcome(finished=False)
    failures = throttled_in_row = 0
    while True:
        sent_at = controller.acquire(stop)
        if sent_at is None:
            return outcome
        outcome.requests += 1
        try:
            outcome.result = send()
        except RateLimitException as error:
            outcome.throttled += 1
            throttled_in_row += 1
            controller.throttled(sent_at, error.retry_after)
            if throttled_in_row >= policy.max_throttled:
                return _final(outcome, error)
            continue
        except ApiException as error:
            if error.status is None or not 200 <= error.status < 300:
                failures += 1
                wait = policy.delay(error, failures)
                if wait is None:
                    return _final(outcome, error)
                if clock.sleep(wait, stop):
                    return outcome
                continue
            # a 2xx answer that could not be decoded: accepted, so finished like any success
        except Exception as error:  # a bad argument found late, or a bug: this item fails, the run goes on
            return _final(outcome, error)
        controller.succeeded()
        outcome.finished = True
        return outcome


def _final(outcome: Outcome, error: BaseException) -> Outcome:
    outcome.finished = True
    outcome.error = error
    return outcome
