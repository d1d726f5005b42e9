"""Declaration of the ``PropertiesBody`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class PropertiesBody(Model):
    """A user's properties wrapped in an object; the answer of update_user once the change is accepted.

    The 2.x answer InlineResponse202 is a kind of it.
    """

    properties: Optional[PropertiesObject] = declare(doc="The user's properties as they stand after the change.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.properties_object import PropertiesObject  # noqa: E402
