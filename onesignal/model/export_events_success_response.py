"""Declaration of the ``ExportEventsSuccessResponse`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class ExportEventsSuccessResponse(Model):
    """Answer of export_events: where the compressed CSV of a notification's events will be available."""

    csv_file_url: Optional[str] = declare(
        doc="URL of the compressed CSV file; it may take several minutes before the file is there.")
