"""Declaration of the ``EmailWarmUpRequest`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class EmailWarmUpRequest(Model):
    """The schedule of an Auto Warm Up email campaign, the email_warm_up of a create_notification body.

    Needed when the notification's kind is 'warmup': the email then goes out gradually, stage by stage, from the
    start of the first stage.
    """

    stages: List[EmailWarmUpStage] = declare(
        required=True, doc="Required: the stages of the sending schedule, in order.")
    strategy: Optional[str] = declare(
        nullable=True, enum=('recommended', 'custom'),
        doc=("'recommended' (the default) lets OneSignal adjust the stages to past volumes, other warm-ups and the "
             "audience size; 'custom' sends them as given."))


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.email_warm_up_stage import EmailWarmUpStage  # noqa: E402
