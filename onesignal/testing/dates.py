"""Reading the many date styles clients send in ``send_after``, reading and writing ISO 8601 dates."""

from __future__ import annotations

import email.utils
import re
from datetime import datetime, timedelta, timezone
from typing import Any, Optional

from onesignal.testing.wire import ApiError

_MONTHS = {
    name: number
    for number, name in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1
    )
}
_NUMERIC = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"
    r"(?:[T ]+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?)?"
)
_WORDY = re.compile(
    r"(?P<month>[A-Za-z]{3})[a-z]*\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4}),?"
    r"(?:\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?"
    r"(?:\s*(?P<ampm>[AaPp][Mm]))?"
)
UNZONED_OFFSET = timedelta(hours=-11)
LATEST = 253402300799  # 9999-12-31T23:59:59Z, the last second a datetime can hold
_ISO = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?)?"
    r"\s*(?P<zone>Z|z|[+ -]\d{2}:?\d{2})?"
)
_UTC_NAME = re.compile(r"(?:Z|UTC|GMT)\b")
_OFFSET = re.compile(r"(?:(?:GMT|UTC)\s*|(?<=\d))(?P<sign>[+-])(?P<hours>\d{1,2}):?(?P<minutes>\d{2})?(?!\d)")


def _offset(text: str, start: int) -> timedelta:
    """The UTC offset written from ``start`` on (``GMT-0700``, ``+02:00``); ``Z``, ``UTC`` or ``GMT`` alone
    mean UTC, and a time with no zone at all is read in the API's documented default zone, UTC-11:00."""
    match = _OFFSET.search(text, start)
    if match is None:
        return timedelta(0) if _UTC_NAME.search(text, start) else UNZONED_OFFSET
    delta = timedelta(hours=int(match["hours"]), minutes=int(match["minutes"] or 0))
    return -delta if match["sign"] == "-" else delta


def _hour(raw: Optional[str], ampm: Optional[str]) -> int:
    """24-hour clock hour from a matched hour and optional am/pm marker."""
    hour = int(raw or 0)
    if ampm is not None:
        hour = hour % 12 + (12 if ampm.lower() == "pm" else 0)
    return hour


def _rfc2822(text: str) -> int:
    """Unix seconds for an e-mail style date such as ``Thu, 24 Sep 2015 14:00:00 -0700``."""
    try:
        moment = email.utils.parsedate_to_datetime(text)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone(UNZONED_OFFSET))
        return int(moment.timestamp())
    except (TypeError, ValueError, IndexError, OverflowError):
        raise ApiError(400, f"send_after could not be read as a date: {text!r}") from None


def parse_send_after(value: Any) -> int:
    """Unix seconds for a ``send_after`` value; a number is taken as Unix time already."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not 0 <= value <= LATEST:
            raise ApiError(400, f"send_after as Unix time must be from 0 to {LATEST}")
        return int(value)
    if not isinstance(value, str) or not value.strip():
        raise ApiError(400, "send_after must be a date string")
    text = value.strip()
    match = _NUMERIC.search(text) or _WORDY.search(text)
    if match is None:
        return _rfc2822(text)
    month_text = match["month"]
    month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text.lower()[:3], 0)
    groups = match.groupdict()
    try:
        moment = datetime(
            int(match["year"]),
            month,
            int(match["day"]),
            _hour(groups.get("hour"), groups.get("ampm")),
            int(groups.get("minute") or 0),
            int(groups.get("second") or 0),
            tzinfo=timezone.utc,
        )
        seconds = int((moment - _offset(text, match.end())).timestamp())
    except (ValueError, OverflowError):
        raise ApiError(400, f"send_after is not a valid date: {value!r}") from None
    if not 0 <= seconds <= LATEST:
        raise ApiError(400, f"send_after is out of range: {value!r}")
    return seconds


def iso_utc(moment: int) -> str:
    """ISO-8601 text in UTC with milliseconds, as the API writes app dates."""
    return datetime.fromtimestamp(moment, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def parse_iso(value: Any, name: str) -> int:
    """Unix seconds for an ISO 8601 time such as ``2025-01-01T00:00:00.000Z``; no zone means UTC.

    A ``+`` in an offset that arrived unescaped in a query string reads as a space, so a space works too.
    """
    match = _ISO.fullmatch(value.strip()) if isinstance(value, str) else None
    if match is None:
        raise ApiError(400, f"{name} must be an ISO 8601 time such as 2025-01-01T00:00:00Z, got {value!r}")
    zone = match["zone"] or "Z"
    offset = timedelta(0)
    if zone.upper() != "Z":
        digits = zone[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        offset = -offset if zone[0] == "-" else offset
    try:
        moment = datetime(
            int(match["year"]),
            int(match["month"]),
            int(match["day"]),
            int(match["hour"] or 0),
            int(match["minute"] or 0),
            int(match["second"] or 0),
            tzinfo=timezone.utc,
        )
        return int((moment - offset).timestamp())
    except (ValueError, OverflowError):
        raise ApiError(400, f"{name} is not a valid time: {value!r}") from None


def rfc3339(moment: int) -> str:
    """RFC 3339 text in UTC to the second (``2026-02-18T12:34:56Z``)."""
    return datetime.fromtimestamp(moment, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
