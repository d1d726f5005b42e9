"""Opaque paging cursors: a few integers as URL-safe Base64 text, read back with a 400 on anything else."""

from __future__ import annotations

import base64
import binascii
import json
from typing import List

from onesignal.testing.wire import ApiError


def encode_cursor(kind: str, *numbers: int) -> str:
    """A cursor of ``kind`` (so one endpoint's cursor is refused by another) carrying ``numbers``."""
    return base64.urlsafe_b64encode(json.dumps([kind, *numbers]).encode("ascii")).decode("ascii")


def decode_cursor(text: str, kind: str, size: int, name: str) -> List[int]:
    """The ``size`` numbers of a cursor made by :func:`encode_cursor` for ``kind``; 400 otherwise."""
    try:
        decoded = json.loads(base64.urlsafe_b64decode(text.encode("ascii")))
    except (ValueError, binascii.Error, UnicodeError):
        decoded = None
    numbers = decoded[1:] if isinstance(decoded, list) and decoded[:1] == [kind] else []
    if len(numbers) != size or not all(isinstance(n, int) and not isinstance(n, bool) for n in numbers):
        raise ApiError(400, f"{name} is not a cursor this endpoint returned: {text!r}")
    return numbers
