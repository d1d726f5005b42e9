"""Sending one notification to an audience larger than one request may name (2,000 ids), in batches."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any, Callable, List, Mapping, Optional, Sequence, Union

from onesignal.exceptions import ApiException, ApiTypeError
from onesignal.validation import check_int_range
from onesignal.model_utils import Model, to_wire

MAX_IDS_PER_REQUEST = 2000


@dataclass
class BatchResult:
    """The outcome of one batch: the ids it targeted, its idempotency key, and the answer or the error."""

    external_ids: List[str]
    idempotency_key: str
    response: Any = None  # CreateNotificationSuccessResponse when the batch was accepted
    error: Optional[ApiException] = None

    @property
    def ok(self) -> bool:
        return self.error is None


def batch_keys(base: Optional[str], count: int) -> List[str]:
    """One idempotency key per batch: derived from ``base`` (so a repeated call is not sent twice) or random."""
    if base:
        namespace = uuid.uuid5(uuid.NAMESPACE_URL, f"onesignal-batch:{base}")
        return [str(uuid.uuid5(namespace, str(i))) for i in range(count)]
    return [str(uuid.uuid4()) for _ in range(count)]


def send_in_batches(send: Callable[[Any], Any], notification: Union[Model, Mapping[str, Any]],
                    external_ids: Sequence[str], batch_size: int) -> List[BatchResult]:
    """Send ``notification`` once per slice of ``external_ids``; a failed batch is reported, not raised."""
    check_int_range(batch_size, "batch_size", 1, MAX_IDS_PER_REQUEST)
    if isinstance(external_ids, str) or not all(isinstance(i, str) for i in external_ids):
        raise ApiTypeError("expected a sequence of str", ["external_ids"])
    if not isinstance(notification, (Model, Mapping)):
        raise ApiTypeError(f"expected Notification or dict, got {type(notification).__name__}", ["notification"])
    base = dict(to_wire(notification))
    ids = list(external_ids)
    chunks = [ids[i:i + batch_size] for i in range(0, len(ids), batch_size)]
    results = []
    for chunk, key in zip(chunks, batch_keys(base.get("idempotency_key"), len(chunks))):
        body = dict(base, include_aliases={"external_id": chunk}, idempotency_key=key)
        result = BatchResult(chunk, key)
        try:
            result.response = send(body)
        except ApiException as exc:
            result.error = exc
        results.append(result)
    return results
