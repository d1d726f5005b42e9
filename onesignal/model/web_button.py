"""Declaration of the ``WebButton`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model.button import Button
from onesignal.model_utils import declare


class WebButton(Button):
    """An action button of a web push notification (Chrome 48+), an item of a notification's web_buttons.

    A Button that can also carry the page to open when it is clicked.
    """

    url: Optional[str] = declare(doc="Address opened when the button is clicked.")
