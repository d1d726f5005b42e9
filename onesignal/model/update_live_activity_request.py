"""Declaration of the ``UpdateLiveActivityRequest`` model."""
from __future__ import annotations

from typing import Any, Dict, Optional

from onesignal.model_utils import Model, declare


class UpdateLiveActivityRequest(Model):
    """Body of update_live_activity: new content for a Live Activity, or its end."""

    name: str = declare(
        required=True,
        doc="Required: a name for this update. The 2.x line used it for the kind of update ('headings', "
            "'contents', 'ios_sound' or 'priority_level'); today it is any name of yours.")
    event: str = declare(
        required=True, enum=('update', 'end'),
        doc="Required: 'update' to change the Live Activity, 'end' to finish it.")
    event_updates: Dict[str, Any] = declare(
        required=True, doc="Required: the new content state of the Live Activity, as a JSON object.")
    dismiss_at: Optional[float] = declare(
        doc="Timestamp at which the ended Live Activity is removed; only with event 'end'.")
    contents: Optional[StringMap] = declare(
        doc="Text of the alert that comes with the update, keyed by language code (a LanguageStringMap).")
    headings: Optional[StringMap] = declare(
        doc="Title of that alert, keyed by language code; an alert without a title is dropped by iOS.")
    sound: Optional[str] = declare(doc="Deprecated, ignored by the server: use ios_sound.")
    ios_sound: Optional[str] = declare(
        doc="Sound file bundled with the app played with the alert instead of the default; needs headings too.")
    stale_date: Optional[int] = declare(
        doc="Unix time in seconds after which iOS shows the Live Activity as out of date.")
    dismissal_date: Optional[int] = declare(
        doc="Unix time in seconds at which the ended Live Activity leaves the Lock Screen; only with event 'end'.")
    priority: Optional[int] = declare(
        doc="APNs delivery priority: 10 (the default) for immediate, 5 to let the device save power.")
    ios_relevance_score: Optional[float] = declare(
        nullable=True,
        doc="iOS 16.2+: number from 0 to 1; of several active Live Activities the highest shows in the Dynamic "
            "Island, and they are ordered by it on the Lock Screen.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.string_map import StringMap  # noqa: E402
