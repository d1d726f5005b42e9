"""Declaration of the ``IncludeAliases`` model."""
from __future__ import annotations

from onesignal.model_utils import MapModel


class IncludeAliases(MapModel):
    """Recipients of a notification picked by alias: each alias label maps to the list of its values to send to.

    For example ``{"external_id": ["user-1", "user-2"]}``; any label is accepted (external_id, onesignal_id or
    one of your own). The 2.x PlayerNotificationTargetIncludeAliases is a kind of it.
    """

    _extra_type = "List[str]"
