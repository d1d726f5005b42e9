"""Declaration of the ``IdentityObject`` model."""
from __future__ import annotations

from onesignal.model_utils import MapModel


class IdentityObject(MapModel):
    """A user's aliases as an open object, each alias label mapped to its id; any key is accepted."""

    _extra_type = "str"
