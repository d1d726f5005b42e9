"""Declaration of the ``Filter`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class Filter(Model):
    """One condition on a device field.

    Used in the filters of a notification and, through FilterExpressions, in those of a Segment.
    """

    field: str = declare(required=True, doc="Device field compared, the left operand of the condition (e.g. 'tag').")
    key: Optional[str] = declare(doc="Tag key to compare; required when field is 'tag'.")
    value: Optional[str] = declare(
        doc="Constant the field is compared with, the right operand; required for binary relations.")
    relation: str = declare(
        required=True, enum=('>', '<', '=', '!=', 'exists', 'not_exists', 'time_elapsed_gt', 'time_elapsed_lt'),
        doc="Comparison to apply; 'exists' and 'not_exists' take no value.")
