"""Declaration of the ``JourneyEventTriggerAttributes`` model."""
from __future__ import annotations

from onesignal.model_utils import ListModel


class JourneyEventTriggerAttributes(ListModel["List[JourneyEventAttribute]"]):
    """Groups of tests on the properties of a custom event; the tests of one group must all hold.

    The API takes a single group at present: a list holding one list of JourneyEventAttribute. It is what the
    attributes field of an event_trigger JourneyAudience or JourneyCondition holds (those fields take a plain
    list of lists as well).
    """


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.journey_event_attribute import JourneyEventAttribute  # noqa: E402
