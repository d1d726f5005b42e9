"""Declaration of the ``ExportPlayersSuccessResponse`` model."""
from __future__ import annotations

from onesignal.model.export_subscriptions_success_response import ExportSubscriptionsSuccessResponse


class ExportPlayersSuccessResponse(ExportSubscriptionsSuccessResponse):
    """Answer of export_players: where the gzip-compressed CSV of device records will be available.

    This is the 2.x name of ExportSubscriptionsSuccessResponse: it has the same fields and is also one.
    """
