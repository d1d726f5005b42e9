"""Declaration of the ``JourneyEventTriggerAttributes`` model."""
from __future__ import annotations

from typing import List, TYPE_CHECKING

from onesignal.model_utils import ListModel

if TYPE_CHECKING:
    from onesignal.model.journey_event_attribute import JourneyEventAttribute


class JourneyEventTriggerAttributes(ListModel["List[JourneyEventAttribute]"]):
    """Groups of tests on the properties of a custom event; the tests of one group must all hold.

    The API takes a single group at present: a list holding one list of JourneyEventAttribute. It is what the
    attributes field of an event_trigger JourneyAudience or JourneyCondition holds (those fields take a plain
    list of lists as well).
    """
