"""Declaration of the ``NotificationSlice`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class NotificationSlice(Model):
    """One page of notifications with their statistics; answer of get_notifications."""

    _rows_field = "notifications"

    total_count: Optional[int] = declare(doc="Total number of notifications, over all pages.")
    offset: Optional[int] = declare(
        doc="Position of this page's first notification; the list is sorted by queued_at, newest first.")
    limit: Optional[int] = declare(doc="Largest number of notifications a page holds (at most 50).")
    time_offset: Optional[str] = declare(doc="The time_offset cursor the request gave, when it gave one.")
    next_time_offset: Optional[str] = declare(
        doc="Opaque cursor of the next page, given when the request used time_offset: pass it as the next "
            "time_offset to go on.")
    notifications: Optional[List[NotificationWithMeta]] = declare(doc="The notifications in this page.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.notification_with_meta import NotificationWithMeta  # noqa: E402
