"""Declaration of the ``EmailProviderMetricsEvent`` model."""
from __future__ import annotations

from datetime import datetime
from typing import Optional

from onesignal.model_utils import Model, declare


class EmailProviderMetricsEvent(Model):
    """The email counts of one time bucket; item of the answer of get_email_provider_metrics_timeseries."""

    date: Optional[datetime] = declare(doc="Start of the bucket (UTC), on an hour, day or month boundary.")
    metrics: Optional[EmailMetrics] = declare(doc="Delivery and engagement counts of the bucket.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.email_metrics import EmailMetrics  # noqa: E402
