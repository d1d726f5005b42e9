"""Declaration of the ``GetNotificationHistoryRequestBody`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class GetNotificationHistoryRequestBody(Model):
    """Body of get_notification_history: which recipients' events to list, and who receives the report.

    The 2.x body GetNotificationRequestBody is a kind of it.
    """

    events: Optional[str] = declare(
        enum=('sent', 'clicked'),
        doc="'sent' for the recipients the message went to (kept only for large sends) or 'clicked' for those "
            "who opened it.")
    email: Optional[str] = declare(doc="Address that gets an email with the link to the report when it is ready.")
    app_id: Optional[str] = declare(doc="ID of the OneSignal app the notification was sent from.")
