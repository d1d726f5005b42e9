"""Declaration of the ``BasicNotification`` model."""
from __future__ import annotations

from onesignal.model_utils import declare
from onesignal.model.notification_target import NotificationTarget
from onesignal.model.basic_notification_all_of import BasicNotificationAllOf


class BasicNotification(NotificationTarget, BasicNotificationAllOf):
    """The core of a notification body, with app_id required.

    It combines who receives the notification (NotificationTarget) with what is sent (BasicNotificationAllOf).
    """

    app_id: str = declare(
        required=True, doc="Required: UUID of your OneSignal app, listed under Keys & IDs in the dashboard.")
