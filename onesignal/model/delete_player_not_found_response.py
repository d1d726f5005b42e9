"""Declaration of the ``DeletePlayerNotFoundResponse`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class DeletePlayerNotFoundResponse(Model):
    """Answer of delete_player with HTTP 404: no such player record in the app."""

    success: Optional[bool] = declare(doc="Whether a record was deleted; false here.")
