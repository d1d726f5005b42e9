"""Declaration of the ``JourneyMessageStats`` model."""
from __future__ import annotations

from typing import Dict, Optional

from onesignal.model_utils import Model, declare


class JourneyMessageStats(Model):
    """Counts about the messages a sending node has sent since the journey began.

    The message_stats of a JourneyNodeStats, in the answer of view_journey_stats.
    """

    totals: Optional[Dict[str, float]] = declare(
        doc="All-time totals, by name of statistic; the names depend on the channel of the node.")
