"""Declaration of the ``UserSubscriptionOptions`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class UserSubscriptionOptions(Model):
    """Options of a create_user body on how its subscriptions are attached."""

    retain_previous_owner: Optional[bool] = declare(
        doc="If a subscription already has an owner, true keeps it with that user instead of moving it.")
