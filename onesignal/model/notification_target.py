"""Declaration of the ``NotificationTarget`` model."""
from __future__ import annotations

from onesignal.model.segment_notification_target import SegmentNotificationTarget
from onesignal.model.player_notification_target import PlayerNotificationTarget
from onesignal.model.subscription_notification_target import SubscriptionNotificationTarget


class NotificationTarget(SegmentNotificationTarget, PlayerNotificationTarget, SubscriptionNotificationTarget):
    """The recipients of a notification, as part of a notification body.

    It combines targeting by segment (SegmentNotificationTarget) and by individual recipient, with the fields of
    both lines: PlayerNotificationTarget (2.x: include_player_ids, include_external_user_ids...) and
    SubscriptionNotificationTarget (5.x: include_subscription_ids, email_to...).
    """
