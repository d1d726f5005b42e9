"""Declaration of the ``OutcomesData`` model."""
from __future__ import annotations

from typing import List, Optional, TYPE_CHECKING

from onesignal.model_utils import Model, declare

if TYPE_CHECKING:
    from onesignal.model.outcome_data import OutcomeData


class OutcomesData(Model):
    """Outcome figures of an app or a notification.

    Answer of get_outcomes and part of NotificationWithMeta.
    """

    outcomes: Optional[List[OutcomeData]] = declare(doc="The requested outcomes, each with its aggregated value.")
