"""Declaration of the ``UserIdentityResponse`` model."""
from __future__ import annotations

from onesignal.model.user_identity_body import UserIdentityBody


class UserIdentityResponse(UserIdentityBody):
    """Aliases of the user who owns a subscription.

    Answer of fetch_aliases, identify_user_by_subscription_id and transfer_subscription. A 2.x name of
    UserIdentityBody: it has the same field (identity, every alias of the user) and is also one.
    """
