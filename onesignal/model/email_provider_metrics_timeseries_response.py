"""Declaration of the ``EmailProviderMetricsTimeseriesResponse`` model."""
from __future__ import annotations

from typing import List, Optional, TYPE_CHECKING

from onesignal.model_utils import Model, declare

if TYPE_CHECKING:
    from onesignal.model.email_provider_metrics_event import EmailProviderMetricsEvent


class EmailProviderMetricsTimeseriesResponse(Model):
    """A sending domain's email counts per hour, day or month; answer of get_email_provider_metrics_timeseries."""

    _rows_field = "events"

    events: Optional[List[EmailProviderMetricsEvent]] = declare(doc="One entry per time bucket of the period.")
