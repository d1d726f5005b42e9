"""Declaration of the ``EmailProviderMetricsResponse`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class EmailProviderMetricsResponse(Model):
    """A sending domain's email counts per inbox provider over a period; answer of get_email_provider_metrics."""

    _rows_field = "providers"

    providers: Optional[List[EmailProviderMetrics]] = declare(
        doc=("One entry per inbox provider that got mail from the domain in the period; "
             "empty when the domain is unknown to the app or not sending."))


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.email_provider_metrics import EmailProviderMetrics  # noqa: E402
