"""Declaration of the ``InvalidIdentifierError`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class InvalidIdentifierError(Model):
    """Recipient ids of a notification request that were not valid.

    Reported in the errors field of create_notification and update_live_activity answers.
    """

    invalid_external_user_ids: Optional[List[str]] = declare(doc="Invalid entries of include_external_user_ids.")
    invalid_player_ids: Optional[List[str]] = declare(
        doc="Invalid entries of include_player_ids, given when only some of them were invalid.")
