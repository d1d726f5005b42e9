"""Declaration of the ``FilterExpressions`` model."""
from __future__ import annotations

from onesignal.model.filter_expression import FilterExpression


class FilterExpressions(FilterExpression):
    """One item of a segment's filter list: a Filter condition or an 'AND'/'OR' Operator.

    Combines Filter and Operator; as either may be given, none of Filter's fields is required here. This is the
    2.x name of FilterExpression, and every FilterExpressions is also a FilterExpression, a Filter and an Operator.
    """

    _all_optional = True
