"""Declaration of the ``PropertiesObject`` model."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from onesignal.model_utils import Model, declare


class PropertiesObject(Model):
    """Properties of a user: tags, language, location, activity times and spending.

    Part of User and of update_user bodies and answers.
    """

    tags: Optional[Dict[str, Any]] = declare(doc="Custom tags of the user, as key-value pairs.")
    language: Optional[str] = declare(doc="Language code of the user, usually two lower-case letters, e.g. 'en'.")
    timezone_id: Optional[str] = declare(doc="Time zone of the user, by name.")
    lat: Optional[float] = declare(doc="Latitude of the user's device, usable in location segments.")
    long: Optional[float] = declare(doc="Longitude of the user's device, usable in location segments.")
    country: Optional[str] = declare(doc="Country of the user, as an ISO 3166-1 alpha-2 code.")
    first_active: Optional[float] = declare(doc="Unix time when the user was first active.")
    last_active: Optional[float] = declare(doc="Unix time when the user was last active.")
    amount_spent: Optional[float] = declare(doc="Total the user has spent, in USD.")
    purchases: Optional[List[Purchase]] = declare(doc="Purchases made by the user.")
    ip: Optional[str] = declare(doc="IP address of the user's device.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.purchase import Purchase  # noqa: E402
