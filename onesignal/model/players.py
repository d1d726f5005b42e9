"""Declaration of the ``Players`` model."""
from __future__ import annotations


from onesignal.model_utils import ListModel


class Players(ListModel["Player"]):
    """A list of Player (device) records."""


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.player import Player  # noqa: E402
