"""Declaration of the ``ApiKeyToken`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class ApiKeyToken(Model):
    """One App API key (Rich Authentication Token) of an app, as listed by view_api_keys.

    The secret value is not part of it; its token_id is what update_api_key, rotate_api_key and delete_api_key take.
    """

    token_id: Optional[str] = declare(doc="Identifier of the key, to name it in later calls; not the secret itself.")
    updated_at: Optional[str] = declare(doc="When the key was last changed, as the server formats it.")
    created_at: Optional[str] = declare(doc="When the key was made, as the server formats it.")
    name: Optional[str] = declare(doc="The label given to the key when it was made or last renamed.")
    ip_allowlist_mode: Optional[str] = declare(
        enum=('disabled', 'explicit'),
        doc="'explicit' when only the addresses of ip_allowlist may use the key, 'disabled' when any may.")
    ip_allowlist: Optional[List[str]] = declare(
        doc="IP addresses allowed to call with the key, enforced when ip_allowlist_mode is 'explicit'.")
