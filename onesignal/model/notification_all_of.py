"""Declaration of the ``NotificationAllOf`` model."""
from __future__ import annotations

from datetime import datetime
from typing import Optional

from onesignal.model_utils import Model, declare


class NotificationAllOf(Model):
    """Scheduling part of a notification body, merged into Notification for create_notification."""

    send_after: Optional[datetime] = declare(
        nullable=True,
        doc=("All channels (the only scheduling SMS supports): deliver at this later date-time; "
             "give an offset, as the API assumes UTC-11:00."))
