"""Declaration of the ``ExportPlayersSuccessResponse`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class ExportPlayersSuccessResponse(Model):
    """Answer of export_players: where the gzip-compressed CSV of device records will be available."""

    csv_file_url: Optional[str] = declare(
        doc="URL of the .csv.gz file; it answers 403 until the file is ready and stays valid for 3 days.")
