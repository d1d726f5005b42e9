"""Declaration of the ``InlineResponse200`` model."""
from __future__ import annotations

from onesignal.model.user_identity_body import UserIdentityBody


class InlineResponse200(UserIdentityBody):
    """Answer of fetch_user_identity, identify_user_by_alias and delete_alias: the user's aliases.

    A 2.x name of UserIdentityBody: it has the same field (identity, every alias of the user) and is also one.
    """
