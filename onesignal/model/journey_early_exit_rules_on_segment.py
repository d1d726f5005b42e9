"""Declaration of the ``JourneyEarlyExitRulesOnSegment`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class JourneyEarlyExitRulesOnSegment(Model):
    """Early exit on segment entry: a user leaves the journey on joining any of the given segments.

    The on_segment rule of JourneyEarlyExitRules; null turns the rule off.
    """

    included_segment_ids: Optional[List[str]] = declare(
        doc="IDs (UUIDs) of the segments; joining any one of them takes the user out of the journey.")
