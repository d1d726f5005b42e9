"""Declaration of the ``OutcomesData`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class OutcomesData(Model):
    """Outcome figures of an app or a notification.

    Answer of get_outcomes and part of NotificationWithMeta.
    """

    outcomes: Optional[List[OutcomeData]] = declare(doc="The requested outcomes, each with its aggregated value.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.outcome_data import OutcomeData  # noqa: E402
