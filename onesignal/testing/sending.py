"""What one notification request may name: how many ids per list, and one targeting mode.

* ``include_aliases`` (all labels together), ``include_subscription_ids`` and
  ``email_to`` take up to 20,000 ids each; every other ``include_*`` list
  (``include_player_ids`` among them) up to 2,000.
* A request targets in one way only: segments (included and excluded),
  filters, subscription ids, aliases, e-mail addresses, phone numbers or
  device tokens. The fake still lets the two legacy 2.x lists
  ``include_player_ids`` and ``include_external_user_ids`` go together, as it
  always did, so code written for the 2.x line keeps working against it.
"""

from __future__ import annotations

from typing import Any, Dict, List, Tuple

from onesignal.testing.targeting import TOKEN_LISTS
from onesignal.testing.wire import ApiError, JsonObject

MAX_IDS = 20_000
MAX_LEGACY_IDS = 2_000
LARGE_LISTS = ("include_subscription_ids", "email_to")
NO_TARGET = "You must include which players, segments, or tags you wish to send this notification to."
MODES: Dict[str, Tuple[str, ...]] = {
    "segments": ("included_segments", "excluded_segments"),
    "filters": ("filters",),
    "subscription ids": ("include_subscription_ids", "include_player_ids"),
    "aliases": ("include_aliases", "include_external_user_ids"),
    "e-mail addresses": ("email_to", "include_email_tokens"),
    "phone numbers": ("include_phone_numbers",),
    "device tokens": TOKEN_LISTS,
}
LEGACY_TOGETHER = frozenset({"include_player_ids", "include_external_user_ids"})


def check_list_sizes(body: JsonObject) -> None:
    """400 for a list over its limit, naming the list, its size and the limit."""
    aliases = body.get("include_aliases")
    if isinstance(aliases, dict):
        total = sum(len(ids) for ids in aliases.values() if isinstance(ids, list))
        if total > MAX_IDS:
            raise ApiError(400, f"include_aliases holds {total} ids across its labels; at most {MAX_IDS} per request")
    for name, ids in body.items():
        if name == "include_aliases" or not isinstance(ids, list):
            continue
        if name in LARGE_LISTS or name.startswith("include_"):
            most = MAX_IDS if name in LARGE_LISTS else MAX_LEGACY_IDS
            if len(ids) > most:
                raise ApiError(400, f"{name} holds {len(ids)} entries; at most {most} per request")


def _given(value: Any) -> bool:
    """True for a targeting field that names something (not null, not empty)."""
    return value is not None and value != [] and value != {}


def check_one_mode(body: JsonObject) -> None:
    """400 when fields of two targeting modes are combined."""
    used: List[Tuple[str, str]] = [
        (mode, name) for mode, names in MODES.items() for name in names if _given(body.get(name))
    ]
    modes = {mode for mode, _ in used}
    if len(modes) > 1 and not {name for _, name in used} <= LEGACY_TOGETHER:
        fields = " and ".join(name for _, name in used)
        raise ApiError(400, f"use one targeting mode per request: {fields} cannot be combined")
