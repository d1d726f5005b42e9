"""Sending one notification to an audience larger than one request may name, in batches of external ids.

A request may name up to 20,000 ids in ``include_aliases`` (older descriptions of the API say 2,000, the
default batch size). Batches go one after the other, or on several workers at a pace shared by them that
backs off on 429 (see ``onesignal.bulk.rate``). Each batch has its own idempotency key, so a batch is never
created twice by retries, and, when the notification has an ``idempotency_key``, not by a rerun either.
"""
from __future__ import annotations

import hashlib
import json
import threading
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Mapping, NamedTuple, Optional, Sequence, Union

from onesignal.bulk.attempts import Outcome, RetryPolicy, attempt
from onesignal.bulk.pool import run_pool
from onesignal.bulk.rate import RateController, SystemClock
from onesignal.configuration import Configuration
from onesignal.exceptions import ApiTypeError, ApiValueError
from onesignal.model_utils import Model, fields_of, from_wire, resolve_model, to_wire
from onesignal.validation import check_int_range

MAX_IDS_PER_REQUEST = 20_000
MAX_WORKERS = 64
ANSWER_TYPE = "CreateNotificationSuccessResponse"


class RawAnswer(NamedTuple):
    """A 2xx answer as it came, before decoding."""

    status: int
    data: bytes
    headers: Mapping[str, str]


@dataclass
class BatchResult:
    """One batch: the request body it sent (its ids, its idempotency key) and the answer or the error.

    ``status`` is the HTTP status of the answer (None when none came). When the API accepted the batch (a 2xx
    status) but its answer could not be decoded, ``response`` is None and ``raw_answer`` keeps the answer's
    text: ``accepted`` is still true, and the batch must not be sent again.
    """

    external_ids: List[str]
    idempotency_key: str
    body: Dict[str, Any] = field(repr=False, default_factory=dict)
    response: Any = None  # CreateNotificationSuccessResponse when the API answered 200
    error: Optional[BaseException] = None
    status: Optional[int] = None
    raw_answer: Optional[str] = field(repr=False, default=None)

    @property
    def accepted(self) -> bool:
        """The API took this batch (a 2xx answer), whether or not its answer could be read."""
        return self.status is not None and 200 <= self.status < 300

    @property
    def sent(self) -> bool:
        """The API created a notification for this batch (an answer with an id)."""
        return self.accepted and bool(self._notification_id())

    @property
    def ok(self) -> bool:
        """Sent, with no ids reported as invalid or unsubscribed."""
        return self.sent and self.response is not None and not self.response.errors

    @property
    def errors(self) -> Any:
        """What went wrong: the exception, or the ``errors`` of a 200 answer (None when all went well)."""
        if self.error is not None:
            return self.error
        if self.response is None and self.raw_answer is not None:
            return f"accepted, but the answer could not be decoded: {self.raw_answer[:200]!r}"
        return getattr(self.response, "errors", None)

    def _notification_id(self) -> Any:
        if self.response is not None:
            return self.response.id
        try:
            answer = json.loads(self.raw_answer or "")
        except (ValueError, RecursionError):
            return None
        return answer.get("id") if isinstance(answer, dict) else None


def batch_key(base: Optional[str], ids: Sequence[str]) -> str:
    """The idempotency key of one batch: derived from ``base`` and the batch's ids (so that rerunning the same
    call resends nothing and a key never stands for two different audiences), or random without ``base``."""
    if not base:
        return str(uuid.uuid4())
    digest = hashlib.sha256("\n".join(ids).encode()).hexdigest()
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"onesignal-batch:{base}:{digest}"))


def targeting_fields() -> List[str]:
    """Wire names of the fields that choose recipients; a batched send sets them itself."""
    target = resolve_model("NotificationTarget")
    return [f.wire for f in fields_of(target) if f.name != "target_channel"] + ["filters"]


def send_in_batches(send: Callable[[Dict[str, Any]], RawAnswer], notification: Union[Model, Mapping[str, Any]],
                    external_ids: Sequence[str], batch_size: int, *, configuration: Configuration,
                    workers: int = 1) -> List[BatchResult]:
    """Send ``notification`` once per slice of ``external_ids``; a failed batch is reported, not raised.

    ``send(body)`` makes one request without retries of its own and returns its 2xx answer undecoded. 429
    answers are retried at the pace shared by the ``workers``; other failures by the SDK's retry rules (the
    idempotency key makes every batch safe to repeat).
    """
    check_int_range(batch_size, "batch_size", 1, MAX_IDS_PER_REQUEST)
    check_int_range(workers, "workers", 1, MAX_WORKERS)
    if isinstance(external_ids, (str, bytes)):
        raise ApiTypeError("expected a sequence of str", ["external_ids"])
    ids = list(external_ids)
    if not all(isinstance(i, str) for i in ids):
        raise ApiTypeError("expected a sequence of str", ["external_ids"])
    if not isinstance(notification, (Model, Mapping)):
        raise ApiTypeError(f"expected Notification or dict, got {type(notification).__name__}", ["notification"])
    base = dict(to_wire(notification))
    other = [name for name in targeting_fields() if base.get(name) is not None]
    if other:
        raise ApiValueError(f"already targets recipients with {', '.join(other)}; a batched send targets the "
                            "external_ids alone", ["notification"])
    results = [_batch(base, ids[start:start + batch_size]) for start in range(0, len(ids), batch_size)]
    clock = SystemClock()
    controller = RateController(None, clock, pause_max=configuration.retry_after_max, min_sample=workers)
    policy = RetryPolicy.of(configuration, repeatable=True)

    def perform(batch: BatchResult, stop: threading.Event) -> Outcome:
        return attempt(lambda: send(batch.body), controller, policy, clock, stop)

    run_pool(iter(results), perform, workers, _settle)
    return results


def _batch(base: Dict[str, Any], chunk: List[str]) -> BatchResult:
    key = batch_key(base.get("idempotency_key"), chunk)
    return BatchResult(chunk, key, dict(base, include_aliases={"external_id": chunk}, idempotency_key=key))


def _settle(result: BatchResult, outcome: Outcome) -> None:
    """Fill a batch's result from its outcome: an accepted answer is kept even when it cannot be decoded."""
    if not outcome.finished:
        return
    if outcome.error is not None:
        result.error = outcome.error
        result.status = getattr(outcome.error, "status", None)
        return
    answer: RawAnswer = outcome.result
    result.status = answer.status
    try:
        result.response = from_wire(json.loads(answer.data), ANSWER_TYPE)
    except Exception:  # the batch was accepted: keep what the API said, never drop it
        result.raw_answer = answer.data.decode("utf-8", "replace")
