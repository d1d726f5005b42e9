"""Declaration of the ``CancelNotificationSuccessResponse`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class CancelNotificationSuccessResponse(Model):
    """Answer of cancel_notification once a scheduled or outgoing notification was stopped."""

    success: Optional[bool] = declare(doc="True when the notification was stopped.")
