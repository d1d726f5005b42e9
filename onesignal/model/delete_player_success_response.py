"""Declaration of the ``DeletePlayerSuccessResponse`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class DeletePlayerSuccessResponse(Model):
    """Answer of delete_player (HTTP 200) once the player record was removed."""

    success: Optional[bool] = declare(doc="True when the player record was deleted.")
