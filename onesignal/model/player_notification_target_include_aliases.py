"""Declaration of the ``PlayerNotificationTargetIncludeAliases`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model.include_aliases import IncludeAliases
from onesignal.model_utils import declare


class PlayerNotificationTargetIncludeAliases(IncludeAliases):
    """Recipients chosen by alias, the include_aliases field of a notification body.

    Keys are alias labels and values lists of alias values, e.g. ``{"external_id": ["user-1", "user-2"]}``; any
    label is accepted, ``alias_label`` is just the one the reference spells out. This is the 2.x name of
    IncludeAliases, and is also one: it reads like the dict it stands for, and every value must be a list of
    strings.
    """

    alias_label: Optional[List[str]] = declare(
        doc="Alias values to send to; the reference names this key 'alias_label', standing for the label.")
