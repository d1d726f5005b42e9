"""Declaration of the ``NoSubscribersError`` model."""
from __future__ import annotations

from onesignal.model_utils import ListModel


class NoSubscribersError(ListModel[str]):
    """A list of messages sent as errors when the notification found no subscribed recipients."""
