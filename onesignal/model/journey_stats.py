"""Declaration of the ``JourneyStats`` model."""
from __future__ import annotations

from typing import Dict, Optional

from onesignal.model_utils import Model, declare


class JourneyStats(Model):
    """How many users entered, finished and left a journey, overall and per node and branch.

    Answer of view_journey_stats.
    """

    id: Optional[str] = declare(doc="ID (UUID) of the journey counted.")
    started: Optional[int] = declare(doc="Number of users who entered the journey.")
    completed: Optional[int] = declare(doc="Number of users who went through to the end of the journey.")
    exited_early: Optional[int] = declare(doc="Number of users taken out before the end by an early exit rule.")
    nodes: Optional[Dict[str, JourneyNodeStats]] = declare(
        doc="Stats of every node of the graph, nested ones included, keyed by node id.")
    branches: Optional[Dict[str, JourneyBranchStats]] = declare(
        doc="Stats of every branch, keyed by branch id; empty when the journey has no branching node.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.journey_branch_stats import JourneyBranchStats  # noqa: E402
from onesignal.model.journey_node_stats import JourneyNodeStats  # noqa: E402
