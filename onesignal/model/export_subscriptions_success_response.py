"""Declaration of the ``ExportSubscriptionsSuccessResponse`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class ExportSubscriptionsSuccessResponse(Model):
    """Answer of export_subscriptions: the address where the compressed CSV export can be downloaded.

    The 2.x answer ExportPlayersSuccessResponse is a kind of it.
    """

    csv_file_url: Optional[str] = declare(
        doc="Download URL of the gzip-compressed CSV; it answers 403 while the export is still being built.")
