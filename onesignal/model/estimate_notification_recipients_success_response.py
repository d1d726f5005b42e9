"""Declaration of the ``EstimateNotificationRecipientsSuccessResponse`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class EstimateNotificationRecipientsSuccessResponse(Model):
    """How many recipients a notification's audience would reach; answer of estimate_notification_recipients."""

    count: Optional[int] = declare(
        doc="Estimated number of recipients for the given audience and channel, as the dashboard shows it.")
    uncapped_count: Optional[int] = declare(
        nullable=True, doc="The estimate before the plan's web push subscriber cap; None unless cap_applied.")
    cap_applied: Optional[bool] = declare(
        doc="True when count was lowered by the plan's cap on web push subscribers.")
    mobile_suppressed: Optional[bool] = declare(
        doc=("True when mobile push would be dropped because the organization exceeds its plan's mobile "
             "subscriber cap; false when no mobile platform is targeted."))
    mobile_excluded_count: Optional[int] = declare(
        doc="Mobile push recipients left out of count by that cap; 0 when mobile_suppressed is false.")
