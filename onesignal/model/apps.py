"""Declaration of the ``Apps`` model."""
from __future__ import annotations

from typing import TYPE_CHECKING

from onesignal.model_utils import ListModel

if TYPE_CHECKING:
    from onesignal.model.app import App


class Apps(ListModel["App"]):
    """A list of App objects; answer of get_apps."""
