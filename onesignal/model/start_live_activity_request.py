"""Declaration of the ``StartLiveActivityRequest`` model."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from onesignal.model_utils import Model, declare


class StartLiveActivityRequest(Model):
    """Body of start_live_activity: starts a Live Activity remotely on the iOS devices of the chosen audience.

    The audience is given by one way only: aliases, subscription IDs, segments or filters.
    """

    name: str = declare(
        required=True, doc="Required: internal label to find the message later; never shown to users.")
    event: str = declare(required=True, enum=('start',), doc="Required: always 'start' for this call.")
    activity_id: str = declare(
        required=True, doc="Required: an identifier of your choice, used to update or end this Live Activity later.")
    event_attributes: Dict[str, Any] = declare(
        required=True, doc="Required: the static data the Live Activity starts with (its attributes).")
    event_updates: Dict[str, Any] = declare(
        required=True,
        doc="Required: the initial dynamic content, matching the ContentState your app declares for the activity.")
    contents: LanguageStringMap = declare(
        required=True, doc="Required: text of the start alert keyed by language code, e.g. {'en': 'Kick-off!'}.")
    headings: LanguageStringMap = declare(
        required=True, doc="Required: title of the start alert keyed by language code.")
    stale_date: Optional[int] = declare(
        doc="Unix time in seconds after which iOS marks the Live Activity as stale (out of date).")
    priority: Optional[int] = declare(
        doc="APNs delivery priority: 10 (the default) sends at once, 5 lets iOS save power by delaying it.")
    ios_relevance_score: Optional[float] = declare(
        nullable=True, doc="iOS 15+: from 0 to 1, how prominently it is shown among grouped notifications.")
    idempotency_key: Optional[str] = declare(
        nullable=True,
        doc="UUID making the request idempotent: a repeat within 30 days starts nothing and returns the first result.")
    include_aliases: Optional[IncludeAliases] = declare(
        nullable=True,
        doc=("Audience by alias: label mapped to the values to reach, e.g. {'external_id': ['u1', 'u2']}; "
             "labels are spelled exactly as in the API; 2000 entries at most."))
    include_subscription_ids: Optional[List[str]] = declare(
        nullable=True, doc="Audience by subscription ID; not combined with any other way of choosing it.")
    included_segments: Optional[List[str]] = declare(
        nullable=True, doc="Audience by segment: names of the segments to reach; only combined with excluded_segments.")
    excluded_segments: Optional[List[str]] = declare(
        nullable=True, doc="Names of segments whose users are left out; only combined with included_segments.")
    filters: Optional[List[FilterExpression]] = declare(
        nullable=True, doc="Audience by filter: conditions on user data joined by AND/OR operators.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.filter_expression import FilterExpression  # noqa: E402
from onesignal.model.include_aliases import IncludeAliases  # noqa: E402
from onesignal.model.language_string_map import LanguageStringMap  # noqa: E402
