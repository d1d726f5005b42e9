"""Declaration of the ``UpdatePlayerSuccessResponse`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class UpdatePlayerSuccessResponse(Model):
    """Answer of update_player once the device record was updated."""

    success: Optional[bool] = declare(doc="True when the device record was updated.")
