"""Declaration of the ``NotificationTarget`` model."""
from __future__ import annotations

from onesignal.model.segment_notification_target import SegmentNotificationTarget
from onesignal.model.player_notification_target import PlayerNotificationTarget


class NotificationTarget(SegmentNotificationTarget, PlayerNotificationTarget):
    """The recipients of a notification, as part of a notification body.

    It combines targeting by segment (SegmentNotificationTarget) and by individual recipient (PlayerNotificationTarget).
    """
