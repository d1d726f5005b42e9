"""Declaration of the ``ExportSubscriptionsRequestBody`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class ExportSubscriptionsRequestBody(Model):
    """Optional body of export_subscriptions: extra CSV columns and which subscriptions go into the file.

    The 2.x body ExportPlayersRequestBody is a kind of it.
    """

    extra_fields: Optional[List[str]] = declare(
        doc=("Columns to add to the CSV besides the standard ones, e.g. 'location', 'country', 'rooted', "
             "'notification_types', 'ip', 'external_user_id', 'web_auth', 'web_p256'."))
    last_active_since: Optional[str] = declare(
        doc="Keep only subscriptions seen after this moment, a Unix time in seconds written as a string.")
    segment_name: Optional[str] = declare(doc="Keep only the subscriptions that belong to the segment of this name.")
