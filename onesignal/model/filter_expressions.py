"""Declaration of the ``FilterExpressions`` model."""
from __future__ import annotations

from onesignal.model.filter import Filter
from onesignal.model.operator import Operator


class FilterExpressions(Filter, Operator):
    """One item of a segment's filter list: a Filter condition or an 'AND'/'OR' Operator.

    Combines Filter and Operator; as either may be given, none of Filter's fields is required here.
    """

    _all_optional = True
