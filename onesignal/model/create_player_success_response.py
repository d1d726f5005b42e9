"""Declaration of the ``CreatePlayerSuccessResponse`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class CreatePlayerSuccessResponse(Model):
    """Answer of create_player: whether the device was registered, and its player id."""

    success: Optional[bool] = declare(doc="True when the device was registered or its existing record updated.")
    id: Optional[str] = declare(doc="Player id of the device, to target it in later notifications.")
