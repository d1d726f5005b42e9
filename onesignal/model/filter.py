"""Declaration of the ``Filter`` model."""
from __future__ import annotations

from typing import Optional, Union

from onesignal.model_utils import Model, declare


class Filter(Model):
    """One condition on a device field.

    Used in the filters of a notification and, through FilterExpressions, in those of a Segment.
    """

    field: str = declare(
        required=True, doc="Device field compared, the left operand of the condition (e.g. 'tag').")
    key: Optional[str] = declare(doc="Tag key to compare; required when field is 'tag'.")
    value: Optional[str] = declare(
        doc="Constant the field is compared with, the right operand; required for binary relations.")
    relation: Optional[str] = declare(
        positional=True,
        enum=('>', '<', '=', '!=', 'exists', 'not_exists', 'time_elapsed_gt', 'time_elapsed_lt', 'in_array',
              'not_in_array'),
        doc="Comparison to apply; 'exists' and 'not_exists' take no value, 'in_array' and 'not_in_array' take "
            "a comma-separated list of up to 20 values.")
    hours_ago: Optional[Union[str, float]] = declare(
        doc="For 'last_session' and 'first_session': how many hours ago, compared with the relation (the API "
            "takes this key although the reference leaves it out).")
    radius: Optional[Union[str, float]] = declare(
        doc="For 'location': radius in metres around lat/long (an API key beyond the reference).")
    lat: Optional[Union[str, float]] = declare(doc="For 'location': latitude of the centre.")
    long: Optional[Union[str, float]] = declare(doc="For 'location': longitude of the centre.")
