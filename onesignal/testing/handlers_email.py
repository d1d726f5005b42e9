"""E-mail: delivery metrics (reputation), provider metrics and their time series, and unsubscribing by token.

The figures come from :mod:`onesignal.testing.email_analytics`. An
unsubscribe token belongs to one e-mail recipient of one notification (the
fake signs ``notification id:subscription id``; tests get it from
``fake.unsubscribe_token``); using it disables that e-mail subscription.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Dict, List, Tuple

from onesignal.testing import email_analytics as analytics
from onesignal.testing.dates import parse_iso, rfc3339
from onesignal.testing.state import NOTIFICATION_NOT_FOUND, Store, now
from onesignal.testing.wire import ApiError, Call, JsonObject, Reply, one_of

DAY = 86400
HOURLY_HISTORY_DAYS = 60
MAX_BUCKETS = 10_000  # keeps a window of centuries from stalling the fake
WINDOWS = (("last_24_hours", 1), ("last_7_days", 7), ("last_30_days", 30))


def unsubscribe_token(store: Store, notification_id: str, subscription_id: str) -> str:
    """The token that unsubscribes ``subscription_id`` from the e-mails of ``notification_id``."""
    message = f"{notification_id}:{subscription_id}".encode("utf-8")
    return hmac.new(store.secret.encode("utf-8"), message, hashlib.sha256).hexdigest()[:40]


def unsubscribe_email_with_token(call: Call) -> Reply:
    app = call.the_app
    record = app.notifications.get(call.params["notification_id"])
    if record is None:
        raise ApiError(400, NOTIFICATION_NOT_FOUND)
    token = call.query_value("token")
    if not token:
        raise ApiError(400, "token is required")
    for device_id in record.recipient_ids:
        device = app.devices.get(device_id)
        expected = unsubscribe_token(call.store, record.id, device_id)
        if device is not None and device.type == "Email" and hmac.compare_digest(expected, token):
            device.fields.update({"enabled": False, "notification_types": -2})
            return Reply(202, {"success": True})
    raise ApiError(400, "the unsubscribe token does not belong to an e-mail recipient of this notification")


def get_email_reputation(call: Call) -> Reply:
    sent = analytics.deliveries(call.the_app)
    moment = now()
    return Reply(200, {name: analytics.reputation(sent, moment - days * DAY) for name, days in WINDOWS})


def _window(call: Call) -> Tuple[str, int, int]:
    """The sending domain and the [start, end) window every provider metrics request needs."""
    domain = call.query_value("domain")
    if not domain:
        raise ApiError(400, "domain is required")
    for name in ("start", "end"):
        if not call.query_value(name):
            raise ApiError(400, f"{name} is required")
    start = parse_iso(call.query_value("start"), "start")
    end = parse_iso(call.query_value("end"), "end")
    if end <= start:
        raise ApiError(400, "end must be after start")
    return domain, start, end


def _sent(call: Call, domain: str, start: int, end: int) -> List[analytics.Delivery]:
    chosen = analytics.from_domain(analytics.deliveries(call.the_app), domain)
    return [item for item in chosen if start <= item.moment < end]


def get_email_provider_metrics(call: Call) -> Reply:
    domain, start, end = _window(call)
    groups = analytics.by_provider(_sent(call, domain, start, end))
    providers = [{"provider": name, "metrics": analytics.metrics(items)} for name, items in groups.items()]
    return Reply(200, {"providers": providers})


def get_email_provider_metrics_timeseries(call: Call) -> Reply:
    domain, start, end = _window(call)
    granularity = one_of(call.query_value("granularity"), "granularity", analytics.GRANULARITIES)
    if granularity == "hourly" and start < now() - HOURLY_HISTORY_DAYS * DAY:
        raise ApiError(400, f"hourly data is only available for the last {HOURLY_HISTORY_DAYS} days")
    wanted = call.query_list("providers")
    for provider in wanted:
        one_of(provider, "providers", analytics.PROVIDERS)
    by_bucket: Dict[int, List[analytics.Delivery]] = {}  # each delivery once, under the bucket holding it
    for item in _sent(call, domain, start, end):
        if not wanted or item.provider in wanted:
            by_bucket.setdefault(analytics.bucket_start(item.moment, granularity), []).append(item)
    events: List[JsonObject] = []
    bucket = analytics.bucket_start(start, granularity)
    while bucket < end:
        if len(events) == MAX_BUCKETS:
            raise ApiError(400, f"the window holds more than {MAX_BUCKETS} {granularity} buckets; shorten it")
        events.append({"date": rfc3339(bucket), "metrics": analytics.metrics(by_bucket.get(bucket, []))})
        bucket = analytics.next_bucket(bucket, granularity)
    return Reply(200, {"events": events})
