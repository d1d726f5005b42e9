"""Declaration of the ``User`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class User(Model):
    """A user with properties, aliases and subscriptions.

    Body of create_user and answer of create_user, fetch_user and get_user.
    """

    properties: Optional[PropertiesObject] = declare(
        doc="The user's properties: tags, language, location, activity and spending.")
    identity: Optional[IdentityObject] = declare(
        doc=("The user's aliases, label mapped to id (user.identity.onesignal_id or user.identity['external_id']); "
             "create_user uses them to look up an existing user."))
    subscriptions: Optional[List[SubscriptionObject]] = declare(
        doc="The channels of the user: push devices, email addresses and phone numbers.")
    subscription_options: Optional[UserSubscriptionOptions] = declare(
        doc="Options on how the given subscriptions are attached to the user.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.identity_object import IdentityObject  # noqa: E402
from onesignal.model.properties_object import PropertiesObject  # noqa: E402
from onesignal.model.subscription_object import SubscriptionObject  # noqa: E402
from onesignal.model.user_subscription_options import UserSubscriptionOptions  # noqa: E402
