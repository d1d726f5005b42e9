"""Declaration of the ``CreateApiKeyResponse`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class CreateApiKeyResponse(Model):
    """A newly issued App API key with its secret value; answer of create_api_key and rotate_api_key.

    This is the only time the server shows the key: store formatted_token safely, it cannot be read back later.
    """

    token_id: Optional[str] = declare(doc="Identifier of the key, to name it in later calls; not the secret itself.")
    formatted_token: Optional[str] = declare(
        secret=True, doc="The key itself, ready to send as the Authorization of REST API calls; masked when shown.")
