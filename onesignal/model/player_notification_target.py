"""Declaration of the ``PlayerNotificationTarget`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Limits, Model, USE_BATCHES, declare


class PlayerNotificationTarget(Model):
    """Targeting of a notification at individual recipients, one part of NotificationTarget.

    Recipients are given as subscription or external ids, email addresses, phone numbers, device tokens or aliases.
    """

    include_player_ids: Optional[List[str]] = declare(
        limits=Limits(max_items=2000, too_many=USE_BATCHES),
        nullable=True, doc="Deprecated: player (subscription) ids to send to, at most 2,000 per call; use alone.")
    include_external_user_ids: Optional[List[str]] = declare(
        limits=Limits(max_items=2000, too_many=USE_BATCHES),
        nullable=True,
        doc="Deprecated: your external user ids to send to, at most 2,000 per call; REST API key needed; use alone.")
    include_email_tokens: Optional[List[str]] = declare(
        doc="Email: addresses to send to, at most 2,000 per call; an unknown one creates a new user.")
    include_phone_numbers: Optional[List[str]] = declare(
        doc="SMS: E.164 numbers of existing subscribers, e.g. '+1999999999'; at most 2,000 per call.")
    include_ios_tokens: Optional[List[str]] = declare(
        doc="Push, iOS only: production device tokens, alphanumerics only, at most 2,000 per call; discouraged.")
    include_wp_wns_uris: Optional[List[str]] = declare(
        doc="Push, Windows only: WNS channel URIs, at most 2,000 per call; discouraged.")
    include_amazon_reg_ids: Optional[List[str]] = declare(
        doc="Push, Amazon only: ADM registration ids, at most 2,000 per call; discouraged.")
    include_chrome_reg_ids: Optional[List[str]] = declare(
        doc="Push, Chrome apps only: registration ids, at most 2,000 per call; discouraged.")
    include_chrome_web_reg_ids: Optional[List[str]] = declare(
        doc="Push, Chrome web only: registration ids, at most 2,000 per call; discouraged.")
    include_android_reg_ids: Optional[List[str]] = declare(
        doc="Push, Android only: device registration ids, at most 2,000 per call; discouraged.")
    include_aliases: Optional[PlayerNotificationTargetIncludeAliases] = declare(
        limits=Limits(max_items=20000, too_many=USE_BATCHES),
        nullable=True,
        doc="Users to send to, chosen by alias: an alias label with the list of its values.")
    target_channel: Optional[str] = declare(
        enum=('push', 'email', 'sms'), doc="Channel to deliver on: 'push', 'email' or 'sms'.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.player_notification_target_include_aliases import PlayerNotificationTargetIncludeAliases  # noqa: E402
