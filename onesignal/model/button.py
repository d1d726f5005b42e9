"""Declaration of the ``Button`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class Button(Model):
    """An action button on a push notification.

    It is an item of the buttons (iOS, Android) or web_buttons (Chrome) list of a notification body.
    """

    id: str = declare(required=True, doc="Required: an identifier of your choice for the button, e.g. 'like-button'.")
    text: Optional[str] = declare(doc="Label shown on the button.")
    icon: Optional[str] = declare(
        doc="Icon: an Android resource name (e.g. 'ic_menu_share') or, for web buttons, an image URL; not on iOS.")
