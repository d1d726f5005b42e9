"""Declaration of the ``JourneyTimePoint`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Limits, Model, declare


class JourneyTimePoint(Model):
    """A time of day on the wall clock, hour and minute.

    It marks where a JourneyTimeWindow of a time_window node opens or closes (create_journey, update_journey,
    update_journey_node, and the journeys they answer).
    """

    hour: Optional[int] = declare(limits=Limits(minimum=0, maximum=23), doc="Hour, on a 24-hour clock: 0 to 23.")
    minute: Optional[int] = declare(
        limits=Limits(minimum=0, maximum=59),
        doc="Minute within the hour, 0 to 59; the server takes 0 when it is left out.")
