"""Declaration of the ``PropertiesBody`` model."""
from __future__ import annotations

from typing import Optional, TYPE_CHECKING

from onesignal.model_utils import Model, declare

if TYPE_CHECKING:
    from onesignal.model.properties_object import PropertiesObject


class PropertiesBody(Model):
    """A user's properties wrapped in an object; the answer of update_user once the change is accepted.

    The 2.x answer InlineResponse202 is a kind of it.
    """

    properties: Optional[PropertiesObject] = declare(doc="The user's properties as they stand after the change.")
