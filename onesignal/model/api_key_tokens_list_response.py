"""Declaration of the ``ApiKeyTokensListResponse`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class ApiKeyTokensListResponse(Model):
    """The App API keys of an app, without their secret values; answer of view_api_keys."""

    _rows_field = "tokens"

    tokens: Optional[List[ApiKeyToken]] = declare(doc="One entry per API key of the app.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.api_key_token import ApiKeyToken  # noqa: E402
