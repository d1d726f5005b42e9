"""Declaration of the ``BasicNotificationAllOfAndroidBackgroundLayout`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class BasicNotificationAllOfAndroidBackgroundLayout(Model):
    """Push, Android only: a background image and text colours for the notification.

    Sent as the write-only android_background_layout field of a notification body.
    """

    image: Optional[str] = declare(
        doc="Background picture: an asset file, an Android resource name or the URL of a remote image.")
    headings_color: Optional[str] = declare(
        doc="Colour of the title text as an ARGB hex string, e.g. 'FF0000FF' for blue.")
    contents_color: Optional[str] = declare(
        doc="Colour of the body text as an ARGB hex string, e.g. 'FFFF0000' for red.")
