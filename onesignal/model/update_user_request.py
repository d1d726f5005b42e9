"""Declaration of the ``UpdateUserRequest`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class UpdateUserRequest(Model):
    """Body of update_user: properties to set, amounts to add, and whether to refresh device metadata."""

    properties: Optional[PropertiesObject] = declare(doc="Properties to set on the user.")
    refresh_device_metadata: Optional[bool] = declare(
        doc="Whether to refresh the user's device metadata; defaults to false.")
    deltas: Optional[PropertiesDeltas] = declare(doc="Amounts to add to the user's session counters and purchases.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.properties_deltas import PropertiesDeltas  # noqa: E402
from onesignal.model.properties_object import PropertiesObject  # noqa: E402
