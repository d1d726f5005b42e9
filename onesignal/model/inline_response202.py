"""Declaration of the ``InlineResponse202`` model."""
from __future__ import annotations

from onesignal.model.properties_body import PropertiesBody


class InlineResponse202(PropertiesBody):
    """Answer of update_user (HTTP 202): the user's properties once the update was accepted.

    This is the 2.x name of PropertiesBody: it has the same field and is also one.
    """
