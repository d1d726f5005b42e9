"""Declaration of the ``InlineResponse202`` model."""
from __future__ import annotations

from typing import Optional, TYPE_CHECKING

from onesignal.model_utils import Model, declare

if TYPE_CHECKING:
    from onesignal.model.properties_object import PropertiesObject


class InlineResponse202(Model):
    """Answer of update_user (HTTP 202): the user's properties once the update was accepted."""

    properties: Optional[PropertiesObject] = declare(doc="Properties of the user after the update.")
