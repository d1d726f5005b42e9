"""The ``onesignal`` logger. ``ONESIGNAL_LOG=debug`` (or ``info``) switches it on without code.

Log lines carry method, path, status, duration, attempt and request id; never a header, key, query or body.
urllib3's own log lines (its DEBUG line shows each request's URL) get the values of secret query parameters
replaced by ``***``.
"""
from __future__ import annotations

import logging
import os
import re

logger = logging.getLogger("onesignal")
logger.addHandler(logging.NullHandler())  # silent unless the application or ONESIGNAL_LOG configures logging


def enable_logging(level: str) -> None:
    """Send the ``onesignal`` logger's records at ``level`` and above to stderr (once)."""
    logger.setLevel(level.upper())
    if not any(getattr(h, "_onesignal", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        handler._onesignal = True  # type: ignore[attr-defined]
        logger.addHandler(handler)


def enable_from_environment() -> None:
    level = os.environ.get("ONESIGNAL_LOG", "").strip().lower()
    if level in ("debug", "info", "warning", "error"):
        enable_logging(level)


# Query values that are secrets (the hashes that prove a player's email or phone number).
SECRET_QUERY = re.compile(r"(?i)\b((?:email|sms)_auth_hash=)[^&#\s\"']*")
_URLLIB3_LOGGERS = ("urllib3.connectionpool", "urllib3.connection", "urllib3.poolmanager", "urllib3.response",
                    "urllib3.util.retry")


def redact_query(text: str) -> str:
    """``text`` with the values of secret query parameters replaced by ``***``."""
    return SECRET_QUERY.sub(r"\1***", text)


class _RedactSecretQuery(logging.Filter):
    """Rewrites a record's message and arguments with secret query values masked (run only for records that
    are logged: a filter costs nothing while urllib3's logging is off)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(redact_query(a) if isinstance(a, str) else a for a in record.args)
        if isinstance(record.msg, str):
            record.msg = redact_query(record.msg)
        return True


def keep_secrets_out_of_urllib3_logs() -> None:
    """Put the filter on urllib3's loggers (once)."""
    for name in _URLLIB3_LOGGERS:
        target = logging.getLogger(name)
        if not any(isinstance(f, _RedactSecretQuery) for f in target.filters):
            target.addFilter(_RedactSecretQuery())
