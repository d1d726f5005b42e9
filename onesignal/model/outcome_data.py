"""Declaration of the ``OutcomeData`` model."""
from __future__ import annotations

from onesignal.model_utils import Model, declare


class OutcomeData(Model):
    """One aggregated outcome figure; item of OutcomesData."""

    id: str = declare(required=True, doc="Name of the outcome, e.g. 'os__click' or the name of a custom outcome.")
    value: int = declare(required=True, doc="Aggregated value of the outcome: a total or a count.")
    aggregation: str = declare(
        required=True, enum=('sum', 'count'), doc="How the value is aggregated: 'sum' or 'count'.")
