"""Declaration of the ``SegmentNotificationTarget`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class SegmentNotificationTarget(Model):
    """Targeting of a notification by segment names, one part of NotificationTarget."""

    included_segments: Optional[List[str]] = declare(
        doc="Names of the segments whose users get the notification, e.g. ['Active Users'].")
    excluded_segments: Optional[List[str]] = declare(
        doc="Names of segments whose users are skipped even if in included_segments.")
