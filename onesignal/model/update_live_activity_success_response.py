"""Declaration of the ``UpdateLiveActivitySuccessResponse`` model."""
from __future__ import annotations

from typing import Optional, Union

from onesignal.model_utils import Model, declare


class UpdateLiveActivitySuccessResponse(Model):
    """Answer of update_live_activity: the notification that carried the update, and any recipient problems."""

    id: Optional[str] = declare(doc="ID of the notification that carries the update, as 5.x answers give it.")
    notification_id: Optional[str] = declare(doc="Id of the notification sent for the update, as 2.x answers give it.")
    errors: Optional[Union[Notification200Errors, NoSubscribersError]] = declare(
        doc="Recipient problems: invalid player or external user ids, or messages when nobody is subscribed.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.no_subscribers_error import NoSubscribersError  # noqa: E402
from onesignal.model.notification200_errors import Notification200Errors  # noqa: E402
