"""Declaration of the ``CustomEventsRequest`` model."""
from __future__ import annotations

from typing import List, TYPE_CHECKING

from onesignal.model_utils import Model, declare

if TYPE_CHECKING:
    from onesignal.model.custom_event import CustomEvent


class CustomEventsRequest(Model):
    """Body of create_custom_events: a batch of user events to record."""

    events: List[CustomEvent] = declare(required=True, doc="Required: the events to record.")
