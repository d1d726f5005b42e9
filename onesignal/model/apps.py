"""Declaration of the ``Apps`` model."""
from __future__ import annotations


from onesignal.model_utils import ListModel


class Apps(ListModel["App"]):
    """A list of App objects; answer of get_apps."""


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.app import App  # noqa: E402
