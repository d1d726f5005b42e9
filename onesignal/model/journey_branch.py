"""Declaration of the ``JourneyBranch`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class JourneyBranch(Model):
    """One path out of a branching node (split_range, yes_no, wait_until), with the nodes run on it.

    An item of the branches of a JourneyNode or an UpdateJourneyNodeRequest; after its nodes the flow joins the
    node that follows the branching one.
    """

    id: Optional[str] = declare(
        doc="Branch identifier the server gives; not sent on create, sent back on update to keep the branch.")
    condition: Optional[JourneyCondition] = declare(
        doc="For yes_no and wait_until nodes: the test a user has to pass to take this branch.")
    weight: Optional[float] = declare(
        doc="For split_range nodes: share of users sent down this branch; the weights of a node add up to 100.")
    nodes: Optional[List[JourneyNode]] = declare(
        doc="The nodes a user goes through on this branch, in order (they may branch again).")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.journey_condition import JourneyCondition  # noqa: E402
from onesignal.model.journey_node import JourneyNode  # noqa: E402
