"""One item of a bulk run, from its first request to its fate: 429s retried at the shared pace, other failures
retried by the SDK's rules, the final outcome reported."""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, Callable, Optional

from onesignal.bulk.rate import Clock, RateController
from onesignal.configuration import Configuration
from onesignal.exceptions import ApiConnectionError, ApiException, RateLimitException, ServiceException
from onesignal.rest import RETRY_STATUSES, backoff_delay

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

        5xx answers and lost connections are repeated only for repeatable operations: anything else may have
        been processed. (A connection that could not even be opened is safe to repeat for any operation, but
        the error does not say which it was, so it is treated as possibly processed.)
        """
        if failures > self.retries or not self.repeatable:
            return None
        if not isinstance(error, ApiConnectionError) and not (
                isinstance(error, ServiceException) and error.status in RETRY_STATUSES):
            return None
        if error.retry_after is not None:
            return error.retry_after if error.retry_after <= self.retry_after_max else None
        return backoff_delay(failures, self.backoff_factor, self.backoff_max)


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
            if error.status is not None and 200 <= error.status < 300:
                controller.succeeded()
                outcome.finished = True
                return outcome
            failures += 1
            wait = policy.delay(error, failures)
            if wait is None:
                return _final(outcome, error)
            if clock.sleep(wait, stop):
                return outcome
            continue
        except Exception as error:  # a bad argument found late, or a bug: this item fails, the run goes on
            return _final(outcome, error)
        controller.succeeded()
        outcome.finished = True
        return outcome


def _final(outcome: Outcome, error: BaseException) -> Outcome:
    outcome.finished = True
    outcome.error = error
    return outcome
