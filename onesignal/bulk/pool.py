"""Worker threads fed lazily from an iterator, with the bookkeeping kept in the calling thread.

The calling thread takes jobs from the iterator only while fewer than ``ahead`` are unfinished (so a generator
of ten million items is read as the work goes, in bounded memory), hands them to the workers, and runs
``on_done`` for each finished job itself: journal writes, counts and progress happen in one thread, in order.

Stopping: Ctrl-C (caught while the pool runs in the main thread), or an exception raised by the iterator or by
``on_done``, stops taking jobs. Jobs not yet started are given back unfinished; jobs under way finish and go
through ``on_done``; then the exception (``KeyboardInterrupt`` for Ctrl-C) is raised. A second Ctrl-C stops
at once.
"""
from __future__ import annotations

import contextlib
import queue
import signal
import threading
from typing import Any, Callable, Iterable, Iterator, Optional, Tuple, TypeVar

from onesignal.bulk.attempts import Outcome

J = TypeVar("J")
POLL = 0.1  # seconds between two looks at the Ctrl-C flag while waiting for workers
_END = object()


def run_pool(jobs: Iterable[J], perform: Callable[[J, threading.Event], Outcome], workers: int,
             on_done: Callable[[J, Outcome], None], ahead: Optional[int] = None) -> None:
    """Run ``perform(job, stop)`` for every job on ``workers`` threads; see the module for how it stops."""
    limit = ahead if ahead is not None else 2 * workers
    work: "queue.Queue[Any]" = queue.Queue()
    results: "queue.Queue[Tuple[J, Outcome]]" = queue.Queue()
    stop = threading.Event()
    threads = [threading.Thread(target=_work, args=(work, results, perform, stop), daemon=True,
                                name=f"onesignal-bulk-{number}") for number in range(workers)]
    for thread in threads:
        thread.start()
    unfinished = 0
    failure: Optional[BaseException] = None
    with _ctrl_c_as_flag() as interrupted:
        try:
            iterator: Iterator[J] = iter(jobs)
            exhausted = False
            while True:
                if interrupted.is_set():
                    raise KeyboardInterrupt
                while unfinished > 0:
                    try:
                        job, outcome = results.get_nowait()
                    except queue.Empty:
                        break
                    unfinished -= 1
                    on_done(job, outcome)
                if not exhausted and unfinished < limit:
                    try:
                        work.put(next(iterator))
                    except StopIteration:
                        exhausted = True
                    else:
                        unfinished += 1
                    continue
                if unfinished == 0:
                    break
                try:
                    job, outcome = results.get(timeout=POLL)
                except queue.Empty:
                    continue
                unfinished -= 1
                on_done(job, outcome)
        except BaseException as error:
            failure = error
        finally:
            stop.set()
            for _ in threads:
                work.put(_END)
            while unfinished > 0:
                job, outcome = results.get()
                unfinished -= 1
                try:
                    on_done(job, outcome)
                except BaseException as error:
                    failure = failure or error
            for thread in threads:
                thread.join()
    if failure is not None:
        raise failure


def _work(work: "queue.Queue[Any]", results: "queue.Queue[Tuple[J, Outcome]]",
          perform: Callable[[J, threading.Event], Outcome], stop: threading.Event) -> None:
    while True:
        job = work.get()
        if job is _END:
            return
        if stop.is_set():
            outcome = Outcome(finished=False)
        else:
            try:
                outcome = perform(job, stop)
            except BaseException as error:  # a job must always come back, or the pool would wait for it forever
                outcome = Outcome(finished=True, error=error)
        results.put((job, outcome))


@contextlib.contextmanager
def _ctrl_c_as_flag() -> Iterator[threading.Event]:
    """While the block runs in the main thread with Python's default Ctrl-C handling, a first Ctrl-C only sets
    the flag (the pool then stops cleanly) and a second raises ``KeyboardInterrupt`` as usual."""
    interrupted = threading.Event()
    main = threading.current_thread() is threading.main_thread()
    if not main or signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        yield interrupted
        return

    def on_ctrl_c(signum: int, frame: Any) -> None:
        if interrupted.is_set():
            raise KeyboardInterrupt
        interrupted.set()

    signal.signal(signal.SIGINT, on_ctrl_c)
    try:
        yield interrupted
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
