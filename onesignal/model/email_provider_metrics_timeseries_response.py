"""Declaration of the ``EmailProviderMetricsTimeseriesResponse`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class EmailProviderMetricsTimeseriesResponse(Model):
    """A sending domain's email counts per hour, day or month; answer of get_email_provider_metrics_timeseries."""

    _rows_field = "events"

    events: Optional[List[EmailProviderMetricsEvent]] = declare(doc="One entry per time bucket of the period.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.email_provider_metrics_event import EmailProviderMetricsEvent  # noqa: E402
