"""Declaration of the ``EmailProviderMetricsEvent`` model."""
from __future__ import annotations

from datetime import datetime
from typing import Optional, TYPE_CHECKING

from onesignal.model_utils import Model, declare

if TYPE_CHECKING:
    from onesignal.model.email_metrics import EmailMetrics


class EmailProviderMetricsEvent(Model):
    """The email counts of one time bucket; item of the answer of get_email_provider_metrics_timeseries."""

    date: Optional[datetime] = declare(doc="Start of the bucket (UTC), on an hour, day or month boundary.")
    metrics: Optional[EmailMetrics] = declare(doc="Delivery and engagement counts of the bucket.")
