"""Declaration of the ``JourneyWaitUntilExpiration`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Limits, Model, declare


class JourneyWaitUntilExpiration(Model):
    """A time limit on a wait_until node: what happens to a user none of whose conditions came true in time.

    The expiration of a JourneyNode or an UpdateJourneyNodeRequest; null means the node waits for ever.
    """

    duration_seconds: Optional[int] = declare(
        limits=Limits(minimum=60, maximum=31556952),
        nullable=True, doc="Seconds the node waits before giving up; 60 to 31556952 (one year).")
    exits: Optional[bool] = declare(
        nullable=True,
        doc="True: on expiry the user leaves the journey; false: the user goes on past the node's branches.")
