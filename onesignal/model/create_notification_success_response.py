"""Declaration of the ``CreateNotificationSuccessResponse`` model."""
from __future__ import annotations

from typing import Optional, Union

from onesignal.model_utils import Model, declare


class CreateNotificationSuccessResponse(Model):
    """Answer of create_notification (HTTP 200): the id and estimated reach of the new notification.

    It also reports problems with the recipients.
    """

    id: Optional[str] = declare(doc="Id of the created notification.")
    recipients: Optional[int] = declare(doc="Estimated number of subscribers the notification targets.")
    external_id: Optional[str] = declare(
        nullable=True, doc="Idempotency key of the notification when the request gave one; may be null.")
    errors: Optional[Union[Notification200Errors, NoSubscribersError]] = declare(
        doc="Recipient problems: invalid player or external user ids, or messages when nobody is subscribed.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.no_subscribers_error import NoSubscribersError  # noqa: E402
from onesignal.model.notification200_errors import Notification200Errors  # noqa: E402
