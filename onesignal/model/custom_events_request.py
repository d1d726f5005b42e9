"""Declaration of the ``CustomEventsRequest`` model."""
from __future__ import annotations

from typing import List

from onesignal.model_utils import Model, declare


class CustomEventsRequest(Model):
    """Body of create_custom_events: a batch of user events to record."""

    events: List[CustomEvent] = declare(required=True, doc="Required: the events to record.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.custom_event import CustomEvent  # noqa: E402
