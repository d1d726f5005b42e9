"""Declaration of the ``Buttons`` model."""
from __future__ import annotations


from onesignal.model_utils import ListModel


class Buttons(ListModel["Button"]):
    """A list of Button items, e.g. the action buttons of a notification.

    Devices show them in reverse order.
    """


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.button import Button  # noqa: E402
