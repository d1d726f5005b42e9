"""Declaration of the ``CreateApiKeyRequest`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class CreateApiKeyRequest(Model):
    """Body of create_api_key: the name of a new App API key and the addresses allowed to use it."""

    name: Optional[str] = declare(doc="A label of your choice to tell the key apart from the app's others.")
    ip_allowlist_mode: Optional[str] = declare(
        enum=('disabled', 'explicit'),
        doc="'explicit' to accept the key only from the addresses of ip_allowlist, 'disabled' to accept it from any.")
    ip_allowlist: Optional[List[str]] = declare(
        doc="IP addresses allowed to call with the key, used when ip_allowlist_mode is 'explicit'.")
