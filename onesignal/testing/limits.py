"""Requests-per-second limits: one limit for every request of an app, or the API's documented per-family limits.

Each limit is a token bucket per scope (an app, or a user or subscription inside an app) that refills at its rate
and holds at most one second's worth, so a burst of up to that many requests passes at once. A request that
finds any of its buckets empty is refused, costs no token of the others, and learns how many whole seconds to
wait (at least 1), which the fake sends as ``Retry-After`` as the API does.
"""

from __future__ import annotations

import math
import re
import threading
import time
from dataclasses import dataclass
from typing import Callable, Dict, List, Mapping, Optional, Sequence, Tuple

RATE_LIMIT_MESSAGE = "API rate limit exceeded."

# The documented limits of the current API (free plan for notifications): requests per second.
NOTIFICATIONS_PER_APP = 150.0
USERS_PER_APP = 1000.0
PER_USER_OR_SUBSCRIPTION = 1.0
VIEWS_PER_APP = 1.0

Scope = Callable[[Mapping[str, str]], Optional[str]]


def _whole_app(params: Mapping[str, str]) -> Optional[str]:
    return ""


def _one_user_or_subscription(params: Mapping[str, str]) -> Optional[str]:
    """The user (by alias) or subscription a request names in its path; None when it names neither."""
    if "alias_label" in params and "alias_id" in params:
        return f"user:{params['alias_label']}={params['alias_id']}"
    if "subscription_id" in params:
        return f"subscription:{params['subscription_id']}"
    if "token" in params:
        return f"token:{params.get('token_type', '')}:{params['token']}"
    return None


@dataclass(frozen=True)
class LimitRule:
    """One limit: which requests it counts (method and route template), at what rate, and per what scope."""

    family: str
    per_second: float
    methods: Tuple[str, ...]  # empty: every method
    templates: "re.Pattern[str]"  # matched against the route template, e.g. /apps/{app_id}/users/by/...
    scope: Scope = _whole_app

    def applies(self, method: str, template: str) -> bool:
        return (not self.methods or method in self.methods) and self.templates.fullmatch(template) is not None


def single_limit(per_second: float) -> List[LimitRule]:
    """``rate_limit=N``: at most N requests a second per app, whatever the endpoint."""
    return [LimitRule("all", per_second, (), re.compile(".*"))]


_USERS_AND_SUBSCRIPTIONS = re.compile(r"/apps/\{app_id\}/(users|subscriptions|subscriptions_by_token)(/.*)?")


def documented_limits() -> List[LimitRule]:
    """``rate_limits=True``: the per-family limits of the API reference.

    Sending and cancelling notifications share one limit per app; changes to users and subscriptions have one
    per app and one per user or subscription; reading messages, templates and users has one per app.
    """
    return [
        LimitRule("notifications", NOTIFICATIONS_PER_APP, ("POST",), re.compile(r"/notifications")),
        LimitRule("notifications", NOTIFICATIONS_PER_APP, ("DELETE",), re.compile(r"/notifications/\{[a-z_]+\}")),
        LimitRule("users", USERS_PER_APP, ("POST", "PATCH", "PUT", "DELETE"), _USERS_AND_SUBSCRIPTIONS),
        LimitRule("user", PER_USER_OR_SUBSCRIPTION, ("POST", "PATCH", "PUT", "DELETE"), _USERS_AND_SUBSCRIPTIONS,
                  _one_user_or_subscription),
        LimitRule("views", VIEWS_PER_APP, ("GET",),
                  re.compile(r"/notifications(/\{[a-z_]+\})?|/templates(/\{[a-z_]+\})?|"
                             r"/apps/\{app_id\}/(users|subscriptions)/.*")),
    ]


class _Bucket:
    """Tokens refilled at ``per_second``, at most ``per_second`` (and at least 1) of them."""

    def __init__(self, per_second: float, moment: float) -> None:
        self.per_second = per_second
        self.capacity = max(1.0, per_second)
        self.tokens = self.capacity
        self.last = moment

    def refill(self, moment: float) -> None:
        self.tokens = min(self.capacity, self.tokens + (moment - self.last) * self.per_second)
        self.last = moment

    def wait(self) -> int:
        """Whole seconds until a token is there (at least 1)."""
        return max(1, math.ceil((1 - self.tokens) / self.per_second))


class RateLimits:
    """The buckets of a set of rules, created per scope on first use; thread-safe."""

    def __init__(self, rules: Sequence[LimitRule] = (), clock: Callable[[], float] = time.monotonic) -> None:
        for rule in rules:
            if isinstance(rule.per_second, bool) or not isinstance(rule.per_second, (int, float)) \
                    or not 0 < rule.per_second < math.inf:
                raise ValueError("a rate limit must be a positive number of requests per second")
        self.rules = tuple(rules)
        self._clock = clock
        self._lock = threading.Lock()
        self._buckets: Dict[Tuple[str, str, str], _Bucket] = {}

    def admit(self, method: str, template: str, params: Mapping[str, str], app_id: Optional[str]) -> Optional[int]:
        """None when the request may pass (taking a token from each of its buckets), else seconds to wait."""
        if not self.rules:
            return None
        with self._lock:
            moment = self._clock()
            buckets = []
            for rule in self.rules:
                scope = rule.scope(params) if rule.applies(method, template) else None
                if scope is None:
                    continue
                key = (rule.family, app_id or "", scope)
                bucket = self._buckets.get(key)
                if bucket is None:
                    bucket = self._buckets[key] = _Bucket(rule.per_second, moment)
                bucket.refill(moment)
                buckets.append(bucket)
            empty = [bucket.wait() for bucket in buckets if bucket.tokens < 1]
            if empty:
                return max(empty)
            for bucket in buckets:
                bucket.tokens -= 1
            return None

    def reset(self) -> None:
        """Forget every bucket: all limits start full again."""
        with self._lock:
            self._buckets.clear()
