"""Declaration of the ``Players`` model."""
from __future__ import annotations

from typing import TYPE_CHECKING

from onesignal.model_utils import ListModel

if TYPE_CHECKING:
    from onesignal.model.player import Player


class Players(ListModel["Player"]):
    """A list of Player (device) records."""
