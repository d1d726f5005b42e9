"""Declaration of the ``NotificationTarget`` model."""
from __future__ import annotations

from onesignal.model.segment_notification_target import SegmentNotificationTarget
from onesignal.model.player_notification_target import PlayerNotificationTarget


class NotificationTarget(SegmentNotificationTarget, PlayerNotificationTarget):
    """The recipients of a notification, as part of a notification body.

    It combines targeting by segment (SegmentNotificationTarget) and by individual recipient, with the fields of
    both lines: PlayerNotificationTarget (2.x: include_player_ids, include_external_user_ids), which extends
    SubscriptionNotificationTarget (5.x: include_subscription_ids, email_to...).
    """
