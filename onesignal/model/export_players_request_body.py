"""Declaration of the ``ExportPlayersRequestBody`` model."""
from __future__ import annotations

from onesignal.model.export_subscriptions_request_body import ExportSubscriptionsRequestBody


class ExportPlayersRequestBody(ExportSubscriptionsRequestBody):
    """Optional body of export_players.

    Chooses extra CSV columns and which devices to include. This is the 2.x name of ExportSubscriptionsRequestBody:
    it has the same fields and is also one.
    """
