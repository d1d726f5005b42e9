"""E-mail delivery figures derived from the e-mail notifications the fake delivered.

* Every e-mail subscription a delivered (not cancelled) notification reached
  counts as one message sent at the notification's ``completed_at``.
* Its inbox provider comes from the address's domain (gmail.com -> "gmail",
  yahoo.com -> "yahoo_us", ...; unknown domains -> "other").
* An address that is not of the form ``name@domain.tld`` bounces; every
  other message is delivered. Nothing is opened, clicked or reported as spam.
* The sending domain of a notification is its ``email_sender_domain``, else
  the domain of its ``email_from_address``; a notification with neither is
  counted under whichever sending domain is asked for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Dict, Iterable, List, Optional

from onesignal.testing.dates import LATEST
from onesignal.testing.state import App, NotificationRecord
from onesignal.testing.wire import JsonObject

PROVIDERS = (
    "apple", "att", "canadian", "chinese", "comcast", "free_fr", "french", "german", "gmail", "google_workspace",
    "googlers", "inbox_lv", "italian", "japanese", "outlook_365", "outlook_eu", "outlook_us", "proton", "rackspace",
    "russian", "uk", "united_online", "yahoo_eu", "yahoo_us", "other_eu", "other_us", "other",
)
PROVIDER_OF_DOMAIN = {
    "gmail.com": "gmail", "googlemail.com": "gmail", "google.com": "googlers",
    "icloud.com": "apple", "me.com": "apple", "mac.com": "apple",
    "att.net": "att", "comcast.net": "comcast", "free.fr": "free_fr", "inbox.lv": "inbox_lv",
    "outlook.com": "outlook_us", "hotmail.com": "outlook_us", "live.com": "outlook_us", "msn.com": "outlook_us",
    "hotmail.co.uk": "outlook_eu", "outlook.fr": "outlook_eu", "outlook.de": "outlook_eu",
    "proton.me": "proton", "protonmail.com": "proton",
    "yahoo.com": "yahoo_us", "ymail.com": "yahoo_us", "yahoo.co.uk": "yahoo_eu", "yahoo.fr": "yahoo_eu",
    "yahoo.de": "yahoo_eu", "yahoo.co.jp": "japanese",
    "juno.com": "united_online", "netzero.net": "united_online",
    "web.de": "german", "gmx.de": "german", "orange.fr": "french", "libero.it": "italian",
    "yandex.ru": "russian", "mail.ru": "russian", "qq.com": "chinese", "163.com": "chinese",
    "btinternet.com": "uk", "shaw.ca": "canadian",
}
GRANULARITIES = ("hourly", "daily", "monthly")
ADDRESS = re.compile(r"[^@\s]+@(?P<domain>[^@\s]+\.[^@\s]+)")


@dataclass(frozen=True)
class Delivery:
    """One e-mail message: when, to which inbox provider, from which sending domain, and whether it bounced."""

    moment: int
    provider: str
    sender_domain: Optional[str]
    bounced: bool


def _sender_domain(record: NotificationRecord) -> Optional[str]:
    domain = record.body.get("email_sender_domain")
    if isinstance(domain, str) and domain:
        return domain.lower()
    address = record.body.get("email_from_address")
    match = ADDRESS.fullmatch(address) if isinstance(address, str) else None
    return match["domain"].lower() if match else None


def deliveries(app: App) -> List[Delivery]:
    """Every e-mail message the app's delivered notifications sent, oldest first."""
    found: List[Delivery] = []
    for record in app.notifications.values():
        if record.completed_at is None or record.canceled:
            continue
        sender = _sender_domain(record)
        for device_id in record.recipient_ids:
            device = app.devices.get(device_id)
            if device is None or device.type != "Email":
                continue
            match = ADDRESS.fullmatch(device.token or "")
            provider = PROVIDER_OF_DOMAIN.get(match["domain"].lower(), "other") if match else "other"
            found.append(Delivery(record.completed_at, provider, sender, match is None))
    return sorted(found, key=lambda delivery: delivery.moment)


def from_domain(items: Iterable[Delivery], domain: str) -> List[Delivery]:
    """The messages sent from ``domain`` (and those whose sending domain is unknown)."""
    return [item for item in items if item.sender_domain in (None, domain.lower())]


def metrics(items: Iterable[Delivery]) -> JsonObject:
    """EmailMetrics of some messages."""
    chosen = list(items)
    bounced = sum(1 for item in chosen if item.bounced)
    return {
        "sent": len(chosen),
        "delivered": len(chosen) - bounced,
        "opened": 0,
        "clicked": 0,
        "unique_opened": 0,
        "unique_clicked": 0,
        "failed": 0,
        "bounced": bounced,
        "complained": 0,
    }


def reputation(items: Iterable[Delivery], since: int) -> JsonObject:
    """An EmailReputationWindow over the messages sent from ``since`` on."""
    recent = [item for item in items if item.moment >= since]
    bounced = sum(1 for item in recent if item.bounced)
    return {"bounce_rate": bounced / len(recent) if recent else 0.0, "complaint_rate": 0.0}


def bucket_start(moment: int, granularity: str) -> int:
    """The start of the hour, UTC day or UTC month holding ``moment``."""
    if granularity == "hourly":
        return moment - moment % 3600
    if granularity == "daily":
        return moment - moment % 86400
    day = datetime.fromtimestamp(moment, timezone.utc)
    return int(datetime(day.year, day.month, 1, tzinfo=timezone.utc).timestamp())


def next_bucket(start: int, granularity: str) -> int:
    """The start of the bucket after the one starting at ``start``."""
    if granularity == "hourly":
        return start + 3600
    if granularity == "daily":
        return start + 86400
    day = datetime.fromtimestamp(start, timezone.utc)
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    if year > datetime.max.year:
        return LATEST + 1  # past the last second a date can hold, so past any end
    return int(datetime(year, month, 1, tzinfo=timezone.utc).timestamp())


def by_provider(items: Iterable[Delivery]) -> Dict[str, List[Delivery]]:
    """Messages grouped by inbox provider, providers in name order."""
    groups: Dict[str, List[Delivery]] = {}
    for item in sorted(items, key=lambda delivery: delivery.provider):
        groups.setdefault(item.provider, []).append(item)
    return groups
