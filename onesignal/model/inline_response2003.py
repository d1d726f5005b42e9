"""Declaration of the ``InlineResponse2003`` model."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from onesignal.model_utils import Model, declare


class InlineResponse2003(Model):
    """Answer of get_eligible_iams: the in-app messages the SDK may show on a subscription."""

    in_app_messages: Optional[List[Dict[str, Any]]] = declare(doc="The eligible in-app messages, each a JSON object.")
