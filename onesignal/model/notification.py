"""Declaration of the ``Notification`` model."""
from __future__ import annotations

from onesignal.model.basic_notification import BasicNotification
from onesignal.model.notification_all_of import NotificationAllOf


class Notification(BasicNotification, NotificationAllOf):
    """Body of create_notification.

    It combines a BasicNotification (recipients, content, options) with scheduling (NotificationAllOf).
    """
