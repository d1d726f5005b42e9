"""Declaration of the ``CancelNotificationSuccessResponse`` model."""
from __future__ import annotations

from onesignal.model.generic_success_bool_response import GenericSuccessBoolResponse


class CancelNotificationSuccessResponse(GenericSuccessBoolResponse):
    """Answer of cancel_notification once a scheduled or outgoing notification was stopped.

    A 2.x name of GenericSuccessBoolResponse: success is true when the notification was stopped.
    """
