"""Declaration of the ``CustomEvent`` model."""
from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, Optional

from onesignal.model_utils import Model, declare


class CustomEvent(Model):
    """Something a user did, recorded for targeting and journeys; an item of the body of create_custom_events.

    The user is named by external_id or by onesignal_id: one of the two must be given.
    """

    name: str = declare(
        required=True, doc="Required: what happened, e.g. 'purchase_completed'; 128 characters at most.")
    external_id: Optional[str] = declare(nullable=True, doc="The user's External ID (or give onesignal_id).")
    onesignal_id: Optional[str] = declare(nullable=True, doc="The user's OneSignal ID (or give external_id).")
    timestamp: Optional[datetime] = declare(
        doc="When it happened; the server uses the time of the call when it is left out.")
    payload: Optional[Dict[str, Any]] = declare(
        doc="Details of the event as free key-value data, e.g. {'amount': 12.5, 'currency': 'EUR'}.")
