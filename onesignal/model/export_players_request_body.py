"""Declaration of the ``ExportPlayersRequestBody`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class ExportPlayersRequestBody(Model):
    """Optional body of export_players.

    Chooses extra CSV columns and which devices to include.
    """

    extra_fields: Optional[List[str]] = declare(
        doc=("Extra CSV columns, any of: location, country, rooted, notification_types, ip, external_user_id, "
             "web_auth, web_p256."))
    last_active_since: Optional[str] = declare(
        doc="Export only devices active after this Unix time in seconds, given as a string.")
    segment_name: Optional[str] = declare(doc="Export only devices in the segment with this name.")
