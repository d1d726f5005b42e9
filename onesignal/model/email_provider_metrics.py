"""Declaration of the ``EmailProviderMetrics`` model."""
from __future__ import annotations

from typing import Optional, TYPE_CHECKING

from onesignal.model_utils import Model, declare

if TYPE_CHECKING:
    from onesignal.model.email_metrics import EmailMetrics


class EmailProviderMetrics(Model):
    """The email counts of one inbox provider (Gmail, Outlook, Yahoo...); item of get_email_provider_metrics."""

    provider: Optional[str] = declare(
        doc=("Inbox provider, such as 'gmail', 'outlook_us', 'yahoo_eu', 'apple' or 'other'; "
             "new names may appear over time."))
    metrics: Optional[EmailMetrics] = declare(doc="Delivery and engagement counts of that provider.")
