"""Helpers for common sending patterns, under the names the 5.x SDK gives them.

``create_notification_with_retry`` sends with an idempotency key and retries what is worth retrying;
``is_message_sent`` / ``is_message_not_sent`` tell a notification that was created from a 200 answer that
created nothing (an empty ``id``, the reason in ``errors``).
"""
from __future__ import annotations

import time
import uuid
from typing import Any, Callable, Mapping, NamedTuple, Optional

from onesignal.exceptions import ApiConnectionError, ApiException, RateLimitException, ServiceException
from onesignal.headers import header_value
from onesignal.retry import backoff_delay

MIN_BASE_DELAY = 1.0
MAX_BASE_DELAY = 60.0


class CreateNotificationWithRetryResult(NamedTuple):
    """The answer of a send, and whether the API replayed it from an earlier request with the same key."""

    response: Any  # CreateNotificationSuccessResponse
    was_replayed: bool


def was_replayed(headers: Optional[Mapping[str, str]]) -> bool:
    """Whether an answer's headers say it was replayed for a repeated idempotency key
    (``Idempotent-Replayed: true``): the notification was created by an earlier request, not this one."""
    value = header_value(headers or {}, "Idempotent-Replayed")
    return value is not None and value.strip().lower() == "true"


def _worth_retrying(error: ApiException) -> bool:
    """Refused for load (429), a passing outage (503), or no answer at all: the send may be repeated."""
    return isinstance(error, (RateLimitException, ApiConnectionError)) or (
        isinstance(error, ServiceException) and error.status == 503)


def create_notification_with_retry(api: Any, notification: Any, max_retries: int = 3, base_delay: float = 1.0,
                                   *, sleep: Callable[[float], None] = time.sleep
                                   ) -> CreateNotificationWithRetryResult:
    """Send ``notification`` through ``api.create_notification``, retrying 429, 503 and lost connections.

    The notification gets an ``idempotency_key`` when it has none (one it has is kept), so every attempt is
    the same request and the API creates the notification at most once. Up to ``max_retries`` retries follow
    the first attempt; each waits the server's ``Retry-After`` when it gave one, else about
    ``base_delay * 2**n`` seconds (``base_delay`` held between 1 and 60). The client's own retries are off for
    these calls, so the counts do not multiply. Other errors, and the last one, are raised.
    """
    if isinstance(notification, Mapping):
        notification = dict(notification)
        notification.setdefault("idempotency_key", str(uuid.uuid4()))
    elif not notification.get("idempotency_key"):
        notification.idempotency_key = str(uuid.uuid4())
    base = min(MAX_BASE_DELAY, max(MIN_BASE_DELAY, float(base_delay)))
    attempt = 0
    while True:
        try:
            data, _status, headers = api.create_notification(notification, _return_http_data_only=False,
                                                             _retries=0)
            return CreateNotificationWithRetryResult(data, was_replayed(headers))
        except ApiException as error:
            if attempt >= max_retries or not _worth_retrying(error):
                raise
            delay = error.retry_after if error.retry_after is not None else backoff_delay(
                attempt + 1, base, MAX_BASE_DELAY * 2 ** max_retries)
        attempt += 1
        sleep(delay)


def is_message_sent(response: Any) -> bool:
    """Whether a create_notification answer created a notification (it has a non-empty ``id``)."""
    notification_id = getattr(response, "id", None)
    return isinstance(notification_id, str) and notification_id != ""


def is_message_not_sent(response: Any) -> bool:
    """Whether a create_notification answer created nothing (no or empty ``id``); its ``errors`` say why."""
    return not is_message_sent(response)
