"""Declaration of the ``UpdateLiveActivityRequest`` model."""
from __future__ import annotations

from typing import Any, Dict, Optional

from onesignal.model_utils import Model, declare


class UpdateLiveActivityRequest(Model):
    """Body of update_live_activity: new content for a Live Activity, or its end."""

    name: str = declare(
        required=True, enum=('headings', 'contents', 'ios_sound', 'priority_level'),
        doc="Required: the kind of update: 'headings', 'contents', 'ios_sound' or 'priority_level'.")
    event: str = declare(
        required=True, enum=('update', 'end'),
        doc="Required: 'update' to change the Live Activity, 'end' to finish it.")
    event_updates: Dict[str, Any] = declare(
        required=True, doc="Required: the new content state of the Live Activity, as a JSON object.")
    dismiss_at: Optional[float] = declare(
        doc="Timestamp at which the ended Live Activity is removed; only with event 'end'.")
