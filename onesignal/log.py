"""The ``onesignal`` logger. ``ONESIGNAL_LOG=debug`` (or ``info``) switches it on without code.

Log lines carry method, path, status, duration, attempt and request id; never a header, key or body.
"""
from __future__ import annotations

import logging
import os

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
