"""``DefaultApi.map``: one operation over many items, concurrently, at the server's pace, resumable."""
from __future__ import annotations

import os
import threading
import warnings
from typing import Any, Callable, Iterable, Iterator, Optional, Sized, Tuple, Union

from onesignal.bulk.attempts import Outcome, RetryPolicy, attempt
from onesignal.bulk.items import ItemBinder, resolve_operation
from onesignal.bulk.journal import Journal
from onesignal.bulk.pool import run_pool
from onesignal.bulk.progress import Progress, ProgressEvent, make_sink
from onesignal.bulk.rate import Clock, RateController, SystemClock
from onesignal.bulk.report import BulkInterrupted, BulkReport
from onesignal.exceptions import ApiKeyError, ApiTypeError, ApiValueError
from onesignal.validation import check_int_range, check_number

MAX_WORKERS = 256
Job = Tuple[Any, Optional[str]]  # an item and its journal key


def run_map(api: Any, operation: Union[str, Callable[..., Any]], items: Iterable[Any], *, workers: int = 16,
            max_rate: Optional[float] = None, progress: Progress = False,
            journal: Optional[Union[str, "os.PathLike[str]"]] = None, key: Optional[Callable[[Any], str]] = None,
            clock: Optional[Clock] = None) -> BulkReport:
    """Call ``operation`` once per item of ``items`` on ``workers`` threads; see ``DefaultApi.map``."""
    name, method, endpoint = resolve_operation(api, operation)
    check_int_range(workers, "workers", 1, MAX_WORKERS)
    if max_rate is not None and check_number(max_rate, "max_rate") <= 0:
        raise ApiValueError(f"must be a positive number of requests per second, got {max_rate!r}", ["max_rate"])
    if (journal is None) != (key is None):
        raise ApiValueError("journal and key go together: key(item) gives the text the journal records for each "
                            "finished item", ["journal" if journal is None else "key"])
    if key is not None and not callable(key):
        raise ApiTypeError(f"expected a function of an item, got {type(key).__name__}", ["key"])
    try:
        iterator = iter(items)
    except TypeError:
        raise ApiTypeError(f"expected an iterable of items, got {type(items).__name__}", ["items"]) from None
    configuration = api.api_client.configuration
    if not getattr(configuration, endpoint.auth):
        raise ApiKeyError(f"{name} needs Configuration.{endpoint.auth}, and none is configured", ["map"])
    if workers > configuration.connection_pool_maxsize:
        warnings.warn(f"map with workers={workers} but Configuration.connection_pool_maxsize="
                      f"{configuration.connection_pool_maxsize}: connections beyond the pool's size are opened "
                      "and closed for every request; raise connection_pool_maxsize to match", stacklevel=3)
    clock = clock if clock is not None else SystemClock()
    run = _Run(name, method, ItemBinder(method, endpoint, api.api_client), clock,
               RateController(max_rate, clock, pause_max=configuration.retry_after_max, min_sample=workers),
               RetryPolicy.of(configuration, endpoint.repeatable), progress,
               len(items) if isinstance(items, Sized) else None)
    return run.execute(iterator, workers, None if journal is None else Journal(journal, name), key)


class _Run:
    """The state of one ``map`` run; its counts and journal are touched by the coordinating thread only."""

    def __init__(self, name: str, method: Callable[..., Any], binder: ItemBinder, clock: Clock,
                 controller: RateController, policy: RetryPolicy, progress: Progress, total: Optional[int]) -> None:
        self.method = method
        self.binder = binder
        self.clock = clock
        self.controller = controller
        self.policy = policy
        self.total = total
        self.report = BulkReport(name)
        self.sink = make_sink(progress, name, "call", total)
        self.journal: Optional[Journal] = None
        self.started = clock.now()

    def execute(self, items: Iterator[Any], workers: int, journal: Optional[Journal],
                key: Optional[Callable[[Any], str]]) -> BulkReport:
        self.journal = journal.open() if journal is not None else None
        try:
            run_pool(self._jobs(items, key), self._perform, workers, self._done)
        except KeyboardInterrupt:
            self._finish(interrupted=True)
            raise BulkInterrupted(self.report) from None
        except BaseException:
            self._finish(interrupted=True)
            raise
        self._finish(interrupted=False)
        return self.report

    def _jobs(self, items: Iterator[Any], key: Optional[Callable[[Any], str]]) -> Iterator[Job]:
        """Items with their journal keys; those the journal has as finished are counted as skipped instead."""
        for item in items:
            if key is None or self.journal is None:
                yield item, None
                continue
            try:
                text = key(item)
                if not isinstance(text, str):
                    raise ApiTypeError(f"key(item) must return str, got {type(text).__name__}", ["key"])
            except Exception as error:
                self.report.failed.append((item, error))
                self._notify()
                continue
            if text in self.journal:
                self.report.skipped += 1
                self._notify()
                continue
            yield item, text

    def _perform(self, job: Job, stop: threading.Event) -> Outcome:
        item = job[0]
        try:
            args, kwargs = self.binder.bind(item)
        except Exception as error:
            return Outcome(finished=True, error=error)
        kwargs["_retries"] = 0  # 429s wait at the shared pace; other retries follow the policy, here
        return attempt(lambda: self.method(*args, **kwargs), self.controller, self.policy, self.clock, stop)

    def _done(self, job: Job, outcome: Outcome) -> None:
        """Record a job that came back: into the journal first (so nothing that succeeded is lost), then counts."""
        report = self.report
        report.requests += outcome.requests
        report.throttled += outcome.throttled
        if not outcome.finished:
            return
        item, text = job
        if outcome.error is None:
            if text is not None and self.journal is not None:
                self.journal.record(text)
            report.ok += 1
        else:
            report.failed.append((item, outcome.error))
        self._notify()

    def _notify(self, finished: bool = False) -> None:
        if self.sink is None:
            return
        report = self.report
        self.sink.update(ProgressEvent(report.operation, report.done + report.skipped, self.total,
                                       self.clock.now() - self.started, report.ok, len(report.failed),
                                       report.skipped, report.throttled, finished=finished))

    def _finish(self, interrupted: bool) -> None:
        """Close the journal and the progress display; after an interruption, a progress callback that raises
        again cannot hide the report."""
        self.report.elapsed = self.clock.now() - self.started
        self.report.interrupted = interrupted
        try:
            if self.journal is not None:
                self.journal.close()
        finally:
            if self.sink is not None:
                try:
                    self._notify(finished=True)
                    self.sink.close()
                except BaseException:
                    if not interrupted:
                        raise
