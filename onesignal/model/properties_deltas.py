"""Declaration of the ``PropertiesDeltas`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class PropertiesDeltas(Model):
    """Amounts to add to a user's session counters and purchases: the deltas of an update_user body."""

    session_time: Optional[float] = declare(doc="Session time to add to the user's total.")
    session_count: Optional[float] = declare(doc="Number of sessions to add to the user's count.")
    purchases: Optional[List[Purchase]] = declare(doc="Purchases to add to the user's record.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.purchase import Purchase  # noqa: E402
