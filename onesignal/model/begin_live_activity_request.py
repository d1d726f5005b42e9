"""Declaration of the ``BeginLiveActivityRequest`` model."""
from __future__ import annotations

from onesignal.model_utils import Model, declare


class BeginLiveActivityRequest(Model):
    """Body of begin_live_activity: registers the push token of a Live Activity started on a device."""

    push_token: str = declare(required=True, doc="Required: push token the device issued for this Live Activity.")
    subscription_id: str = declare(
        required=True, doc="Required: id of the subscription (device) running the Live Activity.")
