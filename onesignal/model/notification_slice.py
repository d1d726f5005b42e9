"""Declaration of the ``NotificationSlice`` model."""
from __future__ import annotations

from typing import List, Optional, TYPE_CHECKING

from onesignal.model_utils import Model, declare

if TYPE_CHECKING:
    from onesignal.model.notification_with_meta import NotificationWithMeta


class NotificationSlice(Model):
    """One page of notifications with their statistics; answer of get_notifications."""

    _rows_field = "notifications"

    total_count: Optional[int] = declare(doc="Total number of notifications, over all pages.")
    offset: Optional[int] = declare(
        doc="Position of this page's first notification; the list is sorted by queued_at, newest first.")
    limit: Optional[int] = declare(doc="Largest number of notifications a page holds (at most 50).")
    notifications: Optional[List[NotificationWithMeta]] = declare(doc="The notifications in this page.")
