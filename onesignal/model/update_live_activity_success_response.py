"""Declaration of the ``UpdateLiveActivitySuccessResponse`` model."""
from __future__ import annotations

from typing import Optional, TYPE_CHECKING, Union

from onesignal.model_utils import Model, declare

if TYPE_CHECKING:
    from onesignal.model.no_subscribers_error import NoSubscribersError
    from onesignal.model.notification200_errors import Notification200Errors


class UpdateLiveActivitySuccessResponse(Model):
    """Answer of update_live_activity: the notification that carried the update, and any recipient problems."""

    notification_id: Optional[str] = declare(doc="Id of the notification sent for the update.")
    errors: Optional[Union[Notification200Errors, NoSubscribersError]] = declare(
        doc="Recipient problems: invalid player or external user ids, or messages when nobody is subscribed.")
