"""Declaration of the ``FilterExpression`` model."""
from __future__ import annotations

from onesignal.model.filter import Filter
from onesignal.model.operator import Operator


class FilterExpression(Filter, Operator):
    """One item of a filter list (of a notification or a segment): either a Filter condition or an Operator.

    It holds the fields of both parts and, since an item may be a bare 'AND'/'OR' operator, requires none of
    them. The 2.x item FilterExpressions is a kind of it.
    """

    _all_optional = True
