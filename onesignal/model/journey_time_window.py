"""Declaration of the ``JourneyTimeWindow`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Limits, Model, declare


class JourneyTimeWindow(Model):
    """A span of wall-clock time during which a time_window node lets users go on; 15 minutes long at least.

    An item of the windows list of a JourneyNode or of an UpdateJourneyNodeRequest.
    """

    start: Optional[JourneyTimePoint] = declare(doc="Time of day the window opens, e.g. {'hour': 9, 'minute': 0}.")
    end: Optional[JourneyTimePoint] = declare(doc="Time of day the window closes, e.g. {'hour': 17, 'minute': 30}.")
    day_of_week: Optional[int] = declare(
        limits=Limits(minimum=1, maximum=7),
        doc="Weekday the window belongs to, 1 (Monday) to 7 (Sunday); leave it out for a window open every day.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.journey_time_point import JourneyTimePoint  # noqa: E402
