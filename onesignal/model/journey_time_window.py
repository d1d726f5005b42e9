"""Declaration of the ``JourneyTimeWindow`` model."""
from __future__ import annotations

from typing import Optional, TYPE_CHECKING

from onesignal.model_utils import Limits, Model, declare

if TYPE_CHECKING:
    from onesignal.model.journey_time_point import JourneyTimePoint


class JourneyTimeWindow(Model):
    """A span of wall-clock time during which a time_window node lets users go on; 15 minutes long at least.

    An item of the windows list of a JourneyNode or of an UpdateJourneyNodeRequest.
    """

    start: Optional[JourneyTimePoint] = declare(doc="Time of day the window opens, e.g. {'hour': 9, 'minute': 0}.")
    end: Optional[JourneyTimePoint] = declare(doc="Time of day the window closes, e.g. {'hour': 17, 'minute': 30}.")
    day_of_week: Optional[int] = declare(
        limits=Limits(minimum=1, maximum=7),
        doc="Weekday the window belongs to, 1 (Monday) to 7 (Sunday); leave it out for a window open every day.")
