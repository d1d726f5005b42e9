"""Declaration of the ``ApiKeyTokensListResponse`` model."""
from __future__ import annotations

from typing import List, Optional, TYPE_CHECKING

from onesignal.model_utils import Model, declare

if TYPE_CHECKING:
    from onesignal.model.api_key_token import ApiKeyToken


class ApiKeyTokensListResponse(Model):
    """The App API keys of an app, without their secret values; answer of view_api_keys."""

    _rows_field = "tokens"

    tokens: Optional[List[ApiKeyToken]] = declare(doc="One entry per API key of the app.")
