"""Declaration of the ``Operator`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class Operator(Model):
    """A logical connective placed between conditions in a filter list."""

    operator: Optional[str] = declare(
        enum=('OR', 'AND'), doc="Either 'AND' or 'OR', joining the conditions on both sides.")
