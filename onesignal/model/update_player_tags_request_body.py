"""Declaration of the ``UpdatePlayerTagsRequestBody`` model."""
from __future__ import annotations

from typing import Any, Dict, Optional

from onesignal.model_utils import Model, declare


class UpdatePlayerTagsRequestBody(Model):
    """Body of update_player_tags: tags to set on the device with the given external user id."""

    tags: Optional[Dict[str, Any]] = declare(
        doc=("Tags as flat string key-value pairs, at most 100 per call; "
             "a blank value deletes a tag, an omitted key is kept."))
