"""Declaration of the ``JourneyEarlyExitRulesOnEvent`` model."""
from __future__ import annotations

from onesignal.model_utils import Model, declare


class JourneyEarlyExitRulesOnEvent(Model):
    """Early exit on a custom event: a user leaves the journey on sending the named event.

    The on_event rule of JourneyEarlyExitRules; null turns the rule off.
    """

    name: str = declare(
        required=True, doc="Required: name of the custom event that takes the user out; 255 characters at most.")
