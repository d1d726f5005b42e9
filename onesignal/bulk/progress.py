"""Progress of a bulk run or an export read: events for a callable, or a bar (tqdm when installed, else a line
on stderr) with the rate and the time left."""
from __future__ import annotations

import importlib
import sys
import time
from dataclasses import dataclass
from typing import Any, Callable, Optional, Union

Progress = Union[bool, Callable[["ProgressEvent"], Any]]
REDRAW_EVERY = 0.5  # seconds between two renderings of the stderr line


@dataclass(frozen=True)
class ProgressEvent:
    """Where a run stands: given to a progress callable after each finished item and once at the end.

    ``done`` counts finished items (ok, failed or skipped), or rows for an export; ``total`` is the number of
    items when the iterable knows it (else None); for an export ``bytes_read`` and ``bytes_total`` (None when
    the server did not say) follow the compressed download. ``rate`` is ``done`` per second so far.
    """

    what: str
    done: int
    total: Optional[int]
    elapsed: float
    ok: int = 0
    failed: int = 0
    skipped: int = 0
    throttled: int = 0
    bytes_read: int = 0
    bytes_total: Optional[int] = None
    finished: bool = False

    @property
    def rate(self) -> float:
        return self.done / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def fraction(self) -> Optional[float]:
        """Share done, from the item count or the bytes downloaded; None when unknown."""
        if self.total:
            return min(1.0, self.done / self.total)
        if self.bytes_total:
            return min(1.0, self.bytes_read / self.bytes_total)
        return None

    @property
    def seconds_left(self) -> Optional[float]:
        """Estimated time to the end at the rate so far; None when unknown."""
        share = self.fraction
        if share is None or share <= 0 or self.elapsed <= 0:
            return None
        return self.elapsed * (1 - share) / share

    def describe(self) -> str:
        """One line: counts, rate and time left."""
        count = f"{self.done:,}" + (f"/{self.total:,}" if self.total else "")
        details = []
        if self.ok != self.done:
            details.append(f"{self.ok:,} ok")
        if self.failed:
            details.append(f"{self.failed:,} failed")
        if self.skipped:
            details.append(f"{self.skipped:,} skipped")
        if self.throttled:
            details.append(f"{self.throttled:,} throttled")
        text = f"{self.what}: {count}" + (f" ({', '.join(details)})" if details else "")
        text += f", {self.rate:,.1f}/s"
        left = self.seconds_left
        if left is not None and not self.finished:
            text += f", {_clock_text(left)} left"
        return text


class ProgressSink:
    """Receives the events of one run."""

    def update(self, event: ProgressEvent) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """The run is over (called once, after the last event)."""


class CallbackSink(ProgressSink):
    """Hands every event to the caller's function."""

    def __init__(self, callback: Callable[[ProgressEvent], Any]) -> None:
        self._callback = callback

    def update(self, event: ProgressEvent) -> None:
        self._callback(event)


class StderrLine(ProgressSink):
    """A line on stderr rewritten in place at most every ``REDRAW_EVERY`` seconds, ended by the last event."""

    def __init__(self, now: Callable[[], float] = time.monotonic) -> None:
        self._now = now
        self._last = -REDRAW_EVERY
        self._width = 0

    def update(self, event: ProgressEvent) -> None:
        moment = self._now()
        if not event.finished and moment - self._last < REDRAW_EVERY:
            return
        self._last = moment
        text = event.describe()
        stream = sys.stderr
        stream.write("\r" + text.ljust(self._width) + ("\n" if event.finished else ""))
        stream.flush()
        self._width = 0 if event.finished else len(text)


class TqdmBar(ProgressSink):
    """A tqdm progress bar (tqdm computes the rate and the time left)."""

    def __init__(self, tqdm: Any, what: str, unit: str, total: Optional[int]) -> None:
        self._bar = tqdm(total=total, desc=what, unit=unit, file=sys.stderr)
        self._done = 0

    def update(self, event: ProgressEvent) -> None:
        if event.total is not None and self._bar.total != event.total:
            self._bar.total = event.total
        if event.done > self._done:
            self._bar.update(event.done - self._done)
            self._done = event.done
        if event.failed or event.throttled or event.skipped:
            self._bar.set_postfix(failed=event.failed, throttled=event.throttled, skipped=event.skipped,
                                  refresh=False)

    def close(self) -> None:
        self._bar.close()


def load_tqdm() -> Any:
    """tqdm's ``tqdm`` class when the optional extra is installed (``pip install onesignal[progress]``), else None."""
    try:
        return importlib.import_module("tqdm").tqdm
    except ImportError:
        return None


def make_sink(progress: Progress, what: str, unit: str, total: Optional[int]) -> Optional[ProgressSink]:
    """The sink ``progress`` asks for: None for False, a bar for True, the callable's own events otherwise."""
    if progress is False or progress is None:
        return None
    if progress is True:
        tqdm = load_tqdm()
        return TqdmBar(tqdm, what, unit, total) if tqdm is not None else StderrLine()
    if callable(progress):
        return CallbackSink(progress)
    raise TypeError(f"progress: expected True, False or a callable, got {type(progress).__name__}")


def _clock_text(seconds: float) -> str:
    whole = int(seconds + 0.5)
    hours, rest = divmod(whole, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
