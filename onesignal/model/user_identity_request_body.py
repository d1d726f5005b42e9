"""Declaration of the ``UserIdentityRequestBody`` model."""
from __future__ import annotations

from onesignal.model.user_identity_body import UserIdentityBody


class UserIdentityRequestBody(UserIdentityBody):
    """Body of identify_user_by_alias and identify_user_by_subscription_id: aliases to add or change.

    A 2.x name of UserIdentityBody: it has the same field (identity, the aliases to upsert, label mapped to id)
    and is also one.
    """
