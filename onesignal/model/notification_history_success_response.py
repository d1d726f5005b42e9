"""Declaration of the ``NotificationHistorySuccessResponse`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class NotificationHistorySuccessResponse(Model):
    """Answer of get_notification_history: whether the export started and where its file will be."""

    success: Optional[bool] = declare(doc="True when the history export was accepted.")
    destination_url: Optional[str] = declare(
        doc="URL to poll until the exported file is there, usually within 1-3 minutes.")
