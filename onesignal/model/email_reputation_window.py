"""Declaration of the ``EmailReputationWindow`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class EmailReputationWindow(Model):
    """Bounce and spam complaint rates of an app's email over one period; part of get_email_reputation's answer."""

    bounce_rate: Optional[float] = declare(
        doc="Share (0 to 1) of the delivered emails that bounced, hard or soft, in the period.")
    complaint_rate: Optional[float] = declare(
        doc="Share (0 to 1) of the delivered emails that recipients marked as spam in the period.")
