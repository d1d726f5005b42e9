"""Declaration of the ``PlayerSlice`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class PlayerSlice(Model):
    """One page of device records of an app; answer of get_players."""

    _rows_field = "players"

    total_count: Optional[int] = declare(doc="Total number of devices in the app, over all pages.")
    offset: Optional[int] = declare(doc="Position of this page's first device in the full list, which is sorted by id.")
    limit: Optional[int] = declare(doc="Largest number of devices a page holds (at most 300).")
    players: Optional[List[Player]] = declare(doc="The devices in this page.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.player import Player  # noqa: E402
