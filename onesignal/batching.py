"""Sending one notification to an audience larger than one request may name (2,000 ids), in batches."""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Union

from onesignal.exceptions import ApiException, ApiTypeError, ApiValueError
from onesignal.model_utils import Model, fields_of, resolve_model, to_wire
from onesignal.validation import check_int_range

MAX_IDS_PER_REQUEST = 2000


@dataclass
class BatchResult:
    """One batch: the request body it sent (its ids, its idempotency key) and the answer or the error."""

    external_ids: List[str]
    idempotency_key: str
    body: Dict[str, Any] = field(repr=False, default_factory=dict)
    response: Any = None  # CreateNotificationSuccessResponse when the API answered 200
    error: Optional[ApiException] = None

    @property
    def sent(self) -> bool:
        """The API created a notification for this batch (an answer with an id)."""
        return self.error is None and self.response is not None and bool(self.response.id)

    @property
    def ok(self) -> bool:
        """Sent, with no ids reported as invalid or unsubscribed."""
        return self.sent and not self.response.errors

    @property
    def errors(self) -> Any:
        """What went wrong: the exception, or the ``errors`` of a 200 answer (None when all went well)."""
        return self.error if self.error is not None else getattr(self.response, "errors", None)


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


def send_in_batches(send: Callable[[Any], Any], notification: Union[Model, Mapping[str, Any]],
                    external_ids: Sequence[str], batch_size: int) -> List[BatchResult]:
    """Send ``notification`` once per slice of ``external_ids``; a failed batch is reported, not raised."""
    check_int_range(batch_size, "batch_size", 1, MAX_IDS_PER_REQUEST)
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
    results = []
    for start in range(0, len(ids), batch_size):
        chunk = ids[start:start + batch_size]
        key = batch_key(base.get("idempotency_key"), chunk)
        body = dict(base, include_aliases={"external_id": chunk}, idempotency_key=key)
        result = BatchResult(chunk, key, body)
        try:
            result.response = send(body)
        except ApiException as exc:
            result.error = exc
        results.append(result)
    return results
