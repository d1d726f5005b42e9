"""Declaration of the ``EmailWarmUpStage`` model."""
from __future__ import annotations

from datetime import datetime
from typing import Optional

from onesignal.model_utils import Model, declare


class EmailWarmUpStage(Model):
    """One step of an Auto Warm Up email campaign: how many emails to send between two times.

    An item of the stages of EmailWarmUpRequest (create_notification) and of EmailWarmUp (get_notification).
    """

    start: datetime = declare(required=True, doc="Required: when the stage begins; nothing of it is sent earlier.")
    end: datetime = declare(required=True, doc="Required: when the stage ends; its quota should be sent by then.")
    quota: int = declare(required=True, doc="Required: number of emails (0 or more) to send during the stage.")
    acked: Optional[bool] = declare(
        doc="Read back only, refused on create: whether the warm-up scheduler has taken the stage in hand.")
