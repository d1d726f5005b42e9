"""Declaration of the ``EmailProviderMetrics`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class EmailProviderMetrics(Model):
    """The email counts of one inbox provider (Gmail, Outlook, Yahoo...); item of get_email_provider_metrics."""

    provider: Optional[str] = declare(
        doc=("Inbox provider, such as 'gmail', 'outlook_us', 'yahoo_eu', 'apple' or 'other'; "
             "new names may appear over time."))
    metrics: Optional[EmailMetrics] = declare(doc="Delivery and engagement counts of that provider.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.email_metrics import EmailMetrics  # noqa: E402
