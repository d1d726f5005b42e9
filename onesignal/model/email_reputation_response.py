"""Declaration of the ``EmailReputationResponse`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class EmailReputationResponse(Model):
    """An app's email bounce and complaint rates over three recent periods; answer of get_email_reputation."""

    last_24_hours: Optional[EmailReputationWindow] = declare(doc="Rates over the last 24 hours.")
    last_7_days: Optional[EmailReputationWindow] = declare(doc="Rates over the last 7 days.")
    last_30_days: Optional[EmailReputationWindow] = declare(doc="Rates over the last 30 days.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.email_reputation_window import EmailReputationWindow  # noqa: E402
