"""Declaration of the ``UpdateApiKeyRequest`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class UpdateApiKeyRequest(Model):
    """Body of update_api_key: a new name or new IP restrictions for an existing App API key."""

    name: Optional[str] = declare(doc="New label of the key.")
    ip_allowlist_mode: Optional[str] = declare(
        enum=('disabled', 'explicit'),
        doc="'explicit' to accept the key only from the addresses of ip_allowlist, 'disabled' to accept it from any.")
    ip_allowlist: Optional[List[str]] = declare(
        doc="IP addresses allowed to call with the key, used when ip_allowlist_mode is 'explicit'.")
