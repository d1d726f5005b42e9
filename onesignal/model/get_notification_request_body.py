"""Declaration of the ``GetNotificationRequestBody`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class GetNotificationRequestBody(Model):
    """Body of get_notification_history: which kind of events to list and where to send the report."""

    events: Optional[str] = declare(
        enum=('sent', 'clicked'),
        doc="Events to export: 'sent' (not recorded below 1000 recipients) or 'clicked', listed per player_id.")
    email: Optional[str] = declare(doc="Email address the report should be mailed to.")
    app_id: Optional[str] = declare(doc="ID of the app the notification belongs to.")
