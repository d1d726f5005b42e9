"""Declaration of the ``EmailMetrics`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class EmailMetrics(Model):
    """Email delivery and engagement counts over a period.

    Part of the answers of get_email_provider_metrics and get_email_provider_metrics_timeseries.
    """

    sent: Optional[int] = declare(doc="Emails sent.")
    delivered: Optional[int] = declare(doc="Emails accepted by the receiving mail server.")
    opened: Optional[int] = declare(doc="Opens, counting every open of the same email again.")
    clicked: Optional[int] = declare(doc="Link clicks, counting every click of the same recipient again.")
    unique_opened: Optional[int] = declare(doc="Emails opened at least once.")
    unique_clicked: Optional[int] = declare(doc="Emails with at least one link clicked.")
    failed: Optional[int] = declare(doc="Emails that could not be sent.")
    bounced: Optional[int] = declare(doc="Emails returned by the receiving side (bounces).")
    complained: Optional[int] = declare(doc="Emails the recipients marked as spam.")
