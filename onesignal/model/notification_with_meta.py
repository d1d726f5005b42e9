"""Declaration of the ``NotificationWithMeta`` model."""
from __future__ import annotations

from typing import Any, Optional

from onesignal.model_utils import declare

from onesignal.model.basic_notification import BasicNotification
from onesignal.model.delivery_data import DeliveryData
from onesignal.model.outcomes_data import OutcomesData
from onesignal.model.notification_with_meta_all_of import NotificationWithMetaAllOf


class NotificationWithMeta(BasicNotification, DeliveryData, OutcomesData, NotificationWithMetaAllOf):
    """A sent or scheduled notification with its delivery statistics and outcomes.

    Answer of get_notification and item of NotificationSlice. Combines BasicNotification, DeliveryData,
    OutcomesData and NotificationWithMetaAllOf.
    """

    throttle_rate_per_minute: Any = declare(
        nullable=True,
        doc="Pushes sent per minute for this notification: a number in answers (a string when sending); null "
            "when not throttled.")
    # answers describe the campaign with its progress (EmailWarmUp), bodies only its plan (EmailWarmUpRequest)
    email_warm_up: Optional[EmailWarmUp] = declare(  # type: ignore[assignment]
        doc="Email, Auto Warm Up campaigns: the stages of the campaign as the server reports them, with progress.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.email_warm_up import EmailWarmUp  # noqa: E402
