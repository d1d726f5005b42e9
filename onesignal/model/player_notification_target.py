"""Declaration of the ``PlayerNotificationTarget`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model.subscription_notification_target import SubscriptionNotificationTarget
from onesignal.model_utils import Limits, USE_BATCHES, declare


class PlayerNotificationTarget(SubscriptionNotificationTarget):
    """Targeting of a notification at individual recipients, one part of NotificationTarget.

    Recipients are given as subscription or external ids, email addresses, phone numbers, device tokens or aliases.
    The 2.x line's name for the 5.x SubscriptionNotificationTarget, whose fields it holds, with two more.
    """

    include_player_ids: Optional[List[str]] = declare(
        limits=Limits(max_items=2000, too_many=USE_BATCHES),
        nullable=True, doc="Deprecated: player (subscription) ids to send to, at most 2,000 per call; use alone.")
    include_external_user_ids: Optional[List[str]] = declare(
        limits=Limits(max_items=2000, too_many=USE_BATCHES),
        nullable=True,
        doc="Deprecated: your external user ids to send to, at most 2,000 per call; REST API key needed; use alone.")
