"""Declaration of the ``JourneyEventAttribute`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class JourneyEventAttribute(Model):
    """One test on a property of a custom event, such as amount greater than 50.

    Used in the attributes groups of an event_trigger JourneyAudience or JourneyCondition.
    """

    key: str = declare(required=True, doc="Required: name of the event property to test.")
    operator: str = declare(
        required=True,
        enum=('equal', 'not_equal', 'less', 'less_or_equal', 'greater_or_equal', 'greater', 'is', 'is_not',
              'exists', 'not_exists', 'before', 'after'),
        doc="Required: how the property is compared with value, e.g. 'equal', 'greater', 'exists' or 'before'.")
    value: Optional[str] = declare(
        doc="What the property is compared with; not needed by the 'exists' and 'not_exists' tests.")
