"""Declaration of the ``EmailWarmUp`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class EmailWarmUp(Model):
    """An Auto Warm Up email campaign as the server reports it, the email_warm_up of a get_notification answer."""

    stages: Optional[List[EmailWarmUpStage]] = declare(doc="The stages of the sending schedule, in order.")
    strategy: Optional[str] = declare(
        enum=('recommended', 'custom'),
        doc="'recommended' when OneSignal made (and may still adjust) the stages, 'custom' when they were given.")
    status: Optional[str] = declare(
        enum=('initializing', 'draft', 'active', 'finished', 'canceled'),
        doc=("Where the campaign stands: 'initializing' (schedule being set up), 'draft' (not sending yet), "
             "'active', 'finished' or 'canceled'."))
    is_live: Optional[bool] = declare(doc="True while the campaign is sending.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.email_warm_up_stage import EmailWarmUpStage  # noqa: E402
