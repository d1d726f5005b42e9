"""What a bulk run did: the report ``DefaultApi.map`` returns, and the interruption that carries it."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, List, Tuple


@dataclass
class BulkReport:
    """The outcome of one ``map`` run.

    ``ok`` items succeeded; ``failed`` holds ``(item, exception)`` for each item that failed for good (a bad item,
    or an error the retry rules gave up on), in the order the workers finished them; ``skipped`` items were already
    finished according to the journal; ``throttled`` counts the answers 429 (each was retried, since the server did
    not process it); ``requests`` counts every request sent; ``elapsed`` is the run's duration in seconds.
    ``interrupted`` is true when the run was stopped (Ctrl-C) before every item was tried.
    """

    operation: str
    ok: int = 0
    failed: List[Tuple[Any, BaseException]] = field(default_factory=list)
    skipped: int = 0
    throttled: int = 0
    requests: int = 0
    elapsed: float = 0.0
    interrupted: bool = False

    @property
    def done(self) -> int:
        """Items finished in this run, well or not (skipped items excluded)."""
        return self.ok + len(self.failed)

    @property
    def rate(self) -> float:
        """Successful calls per second over the run."""
        return self.ok / self.elapsed if self.elapsed > 0 else 0.0

    def __repr__(self) -> str:
        parts = [f"{self.ok} ok", f"{len(self.failed)} failed", f"{self.skipped} skipped",
                 f"{self.throttled} throttled (429)"]
        stopped = ", interrupted" if self.interrupted else ""
        text = f"<BulkReport {self.operation}: {', '.join(parts)} in {self.elapsed:.1f} s ({self.rate:.1f}/s){stopped}"
        if self.failed:
            item, error = self.failed[0]
            first = str(error).splitlines()[0] if str(error) else type(error).__name__
            text += f"; first failure: {item!r}: {first}"
        return text + ">"


class BulkInterrupted(KeyboardInterrupt):
    """Ctrl-C stopped a bulk run cleanly: requests under way were finished and recorded, nothing else was sent.

    ``report`` is what the run did up to then; with a journal, running the same call again goes on from there.
    """

    def __init__(self, report: BulkReport) -> None:
        super().__init__(f"interrupted: {report!r}")
        self.report = report
