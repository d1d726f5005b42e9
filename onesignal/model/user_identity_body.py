"""Declaration of the ``UserIdentityBody`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class UserIdentityBody(Model):
    """A user's aliases in an object: body of create_alias(_by_subscription), answer of the alias operations.

    It answers get_aliases, get_aliases_by_subscription, create_alias, create_alias_by_subscription, delete_alias
    and transfer_subscription. The 2.x UserIdentityRequestBody, InlineResponse200 and UserIdentityResponse are
    kinds of it.
    """

    identity: Optional[IdentityObject] = declare(
        doc="Alias label mapped to alias ID, e.g. {'external_id': 'u-1'}; read as identity.external_id or "
            "identity['external_id'].")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.identity_object import IdentityObject  # noqa: E402
