"""Declaration of the ``UpdateUserRequest`` model."""
from __future__ import annotations

from typing import Optional, TYPE_CHECKING

from onesignal.model_utils import Model, declare

if TYPE_CHECKING:
    from onesignal.model.properties_deltas import PropertiesDeltas
    from onesignal.model.properties_object import PropertiesObject


class UpdateUserRequest(Model):
    """Body of update_user: properties to set, amounts to add, and whether to refresh device metadata."""

    properties: Optional[PropertiesObject] = declare(doc="Properties to set on the user.")
    refresh_device_metadata: Optional[bool] = declare(
        doc="Whether to refresh the user's device metadata; defaults to false.")
    deltas: Optional[PropertiesDeltas] = declare(doc="Amounts to add to the user's session counters and purchases.")
