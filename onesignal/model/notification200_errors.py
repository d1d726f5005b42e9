"""Declaration of the ``Notification200Errors`` model."""
from __future__ import annotations

from onesignal.model.invalid_identifier_error import InvalidIdentifierError


class Notification200Errors(InvalidIdentifierError):
    """The errors field of create_notification and update_live_activity answers: recipient ids that were not valid.

    When nobody is subscribed the API sends a NoSubscribersError list instead.
    """
