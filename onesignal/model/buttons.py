"""Declaration of the ``Buttons`` model."""
from __future__ import annotations

from typing import TYPE_CHECKING

from onesignal.model_utils import ListModel

if TYPE_CHECKING:
    from onesignal.model.button import Button


class Buttons(ListModel["Button"]):
    """A list of Button items, e.g. the action buttons of a notification.

    Devices show them in reverse order.
    """
