"""Declaration of the ``JourneyEarlyExit`` model."""
from __future__ import annotations

from typing import Dict, Optional

from onesignal.model_utils import Model, declare


class JourneyEarlyExit(Model):
    """How users leave a journey before finishing it, and the tags they get when they do.

    Part of Journey and of the bodies of create_journey, update_journey and duplicate_journey; sending null
    there removes every early exit rule.
    """

    rules: Optional[JourneyEarlyExitRules] = declare(doc="The exit rules; at least one must be set.")
    tag_on_early_exit: Optional[Dict[str, str]] = declare(
        doc="Tags (key to value) set on a user who leaves early, e.g. {'left_onboarding': 'true'}.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.journey_early_exit_rules import JourneyEarlyExitRules  # noqa: E402
