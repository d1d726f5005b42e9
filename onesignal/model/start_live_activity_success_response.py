"""Declaration of the ``StartLiveActivitySuccessResponse`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class StartLiveActivitySuccessResponse(Model):
    """The notification that starts the Live Activity; answer of start_live_activity."""

    notification_id: Optional[str] = declare(doc="ID (UUID) of the notification sent to start the Live Activity.")
