"""Declaration of the ``EstimateNotificationRecipientsRequest`` model."""
from __future__ import annotations

from onesignal.model.estimate_notification_recipients_request_all_of import EstimateNotificationRecipientsRequestAllOf
from onesignal.model.segment_notification_target import SegmentNotificationTarget


class EstimateNotificationRecipientsRequest(EstimateNotificationRecipientsRequestAllOf, SegmentNotificationTarget):
    """Body of estimate_notification_recipients: an audience to count, nothing is created or sent.

    It combines EstimateNotificationRecipientsRequestAllOf (app, filters, aliases, channel) with
    SegmentNotificationTarget; included_segments must be given ('All' counts every subscriber) and the other ways
    narrow it. Subscription IDs and per-platform flags are not taken.
    """
