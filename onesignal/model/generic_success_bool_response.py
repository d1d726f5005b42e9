"""Declaration of the ``GenericSuccessBoolResponse`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class GenericSuccessBoolResponse(Model):
    """An answer that only says whether the operation worked, e.g. of cancel_notification or delete_segment.

    Also the answer of delete_journey, delete_template and unsubscribe_email_with_token. The 2.x answers
    CancelNotificationSuccessResponse and DeleteSegmentSuccessResponse are kinds of it.
    """

    success: Optional[bool] = declare(doc="True when the server carried out the operation.")
