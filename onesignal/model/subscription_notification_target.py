"""Declaration of the ``SubscriptionNotificationTarget`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Limits, Model, USE_BATCHES, declare


class SubscriptionNotificationTarget(Model):
    """Recipients of a notification named one by one, the 5.x part of NotificationTarget next to segments.

    Recipients are given by subscription ID, email address, phone number, push token or alias; each list takes at
    most 2,000 entries per call. The 2.x counterpart is PlayerNotificationTarget; NotificationTarget has both.
    """

    include_subscription_ids: Optional[List[str]] = declare(
        limits=Limits(max_items=20000),
        nullable=True,
        doc="OneSignal subscription IDs to send to; cannot be combined with any other way of choosing recipients.")
    include_email_tokens: Optional[List[str]] = declare(
        doc="Email, deprecated: the former name of email_to; an address nobody has yet creates a user.")
    email_to: Optional[List[str]] = declare(
        limits=Limits(max_items=20000),
        doc="Email: the preferred way to name addresses to send to; an address nobody has yet creates a user.")
    include_phone_numbers: Optional[List[str]] = declare(
        doc="SMS: phone numbers of existing subscribers, in E.164 form such as '+15551234567'.")
    include_ios_tokens: Optional[List[str]] = declare(
        doc="Push, iOS: APNs device tokens of production builds; naming subscriptions or aliases is preferred.")
    include_wp_wns_uris: Optional[List[str]] = declare(
        doc="Push, Windows: WNS channel URIs; naming subscriptions or aliases is preferred.")
    include_amazon_reg_ids: Optional[List[str]] = declare(
        doc="Push, Amazon: ADM registration IDs; naming subscriptions or aliases is preferred.")
    include_chrome_reg_ids: Optional[List[str]] = declare(
        doc="Push, Chrome apps and extensions: registration IDs; naming subscriptions or aliases is preferred.")
    include_chrome_web_reg_ids: Optional[List[str]] = declare(
        doc="Push, Chrome web: registration IDs; naming subscriptions or aliases is preferred.")
    include_android_reg_ids: Optional[List[str]] = declare(
        doc="Push, Android: FCM registration IDs; naming subscriptions or aliases is preferred.")
    include_aliases: Optional[PlayerNotificationTargetIncludeAliases] = declare(
        limits=Limits(max_items=20000, too_many=USE_BATCHES),
        nullable=True,
        doc="Users to send to, by alias: each alias label mapped to a list of its values, e.g. "
            "{'external_id': ['u-1', 'u-2']}.")
    target_channel: Optional[str] = declare(
        enum=('push', 'email', 'sms'),
        doc="Channel to deliver on, 'push', 'email' or 'sms', when the aliases given reach users on several.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.player_notification_target_include_aliases import PlayerNotificationTargetIncludeAliases  # noqa: E402
