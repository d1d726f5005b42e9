"""Declaration of the ``GetNotificationRequestBody`` model."""
from __future__ import annotations

from onesignal.model.get_notification_history_request_body import GetNotificationHistoryRequestBody


class GetNotificationRequestBody(GetNotificationHistoryRequestBody):
    """Body of get_notification_history: which kind of events to list and where to send the report.

    This is the 2.x name of GetNotificationHistoryRequestBody: it has the same fields and is also one.
    """
