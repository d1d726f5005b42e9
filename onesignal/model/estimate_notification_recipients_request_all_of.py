"""Declaration of the ``EstimateNotificationRecipientsRequestAllOf`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class EstimateNotificationRecipientsRequestAllOf(Model):
    """The app, filters, aliases and channel of an audience estimate.

    Together with SegmentNotificationTarget it makes EstimateNotificationRecipientsRequest, the body of
    estimate_notification_recipients.
    """

    app_id: Optional[str] = declare(doc="ID (UUID) of the OneSignal app, shown on the Keys & IDs page.")
    filters: Optional[List[FilterExpression]] = declare(
        nullable=True, doc="Conditions on user data, joined by AND/OR operators, that narrow the audience.")
    include_aliases: Optional[IncludeAliases] = declare(
        doc="Aliases that narrow the audience: label mapped to values, e.g. {'external_id': ['u1', 'u2']}.")
    target_channel: Optional[str] = declare(
        enum=('push', 'email', 'sms'),
        doc=("Channel to count for, with the platforms create_notification would pick for it; "
             "per-platform flags such as isIos are not taken here."))


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.filter_expression import FilterExpression  # noqa: E402
from onesignal.model.include_aliases import IncludeAliases  # noqa: E402
