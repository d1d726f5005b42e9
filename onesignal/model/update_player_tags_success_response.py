"""Declaration of the ``UpdatePlayerTagsSuccessResponse`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class UpdatePlayerTagsSuccessResponse(Model):
    """Answer of update_player_tags once the tags were saved."""

    success: Optional[bool] = declare(doc="True when the tags were saved.")
