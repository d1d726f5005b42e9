"""The routing table: every endpoint as data (method, path template, handler, key, error style)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, List, Tuple
from urllib.parse import unquote

from onesignal.testing import (
    exports,
    handlers_apps,
    handlers_live,
    handlers_notifications,
    handlers_players,
    handlers_segments,
    handlers_subscriptions,
    handlers_users,
)
from onesignal.testing.wire import ApiError, Handler

USER_KEY = "user_key"
APP_KEY = "app_key"
NO_KEY = "none"
# Legacy endpoints answer errors as plain strings; the user-model ones as {"code", "title"} objects.
STRINGS = "strings"
OBJECTS = "objects"


@dataclass(frozen=True)
class Route:
    """One endpoint: which requests it takes and who may call it."""

    method: str
    template: str
    handler: Handler
    key: str = APP_KEY
    errors: str = STRINGS


_USER = "/apps/{app_id}/users/by/{alias_label}/{alias_id}"
_SUBSCRIPTION = "/apps/{app_id}/subscriptions/{subscription_id}"
_LIVE = "/apps/{app_id}/live_activities/{activity_id}"

ROUTES = (
    Route("POST", "/apps", handlers_apps.create_app, USER_KEY),
    Route("GET", "/apps", handlers_apps.get_apps, USER_KEY),
    Route("GET", "/apps/{app_id}", handlers_apps.get_app, USER_KEY),
    Route("PUT", "/apps/{app_id}", handlers_apps.update_app, USER_KEY),
    Route("POST", "/apps/{app_id}/segments", handlers_segments.create_segment),
    Route("DELETE", "/apps/{app_id}/segments/{segment_id}", handlers_segments.delete_segment),
    Route("GET", "/apps/{app_id}/outcomes", handlers_notifications.get_outcomes),
    Route("POST", _LIVE + "/token", handlers_live.begin_live_activity),
    Route("DELETE", _LIVE + "/token/{subscription_id}", handlers_live.end_live_activity),
    Route("POST", _LIVE + "/notifications", handlers_live.update_live_activity),
    Route("POST", "/apps/{app_id}/users", handlers_users.create_user, errors=OBJECTS),
    Route("PUT", "/apps/{app_id}/users/{external_user_id}", handlers_players.update_player_tags),
    Route("GET", _USER, handlers_users.fetch_user, errors=OBJECTS),
    Route("PATCH", _USER, handlers_users.update_user, errors=OBJECTS),
    Route("DELETE", _USER, handlers_users.delete_user, errors=OBJECTS),
    Route("GET", _USER + "/identity", handlers_users.fetch_user_identity, errors=OBJECTS),
    Route("PATCH", _USER + "/identity", handlers_users.identify_user_by_alias, errors=OBJECTS),
    Route("DELETE", _USER + "/identity/{alias_label_to_delete}", handlers_users.delete_alias, errors=OBJECTS),
    Route("POST", _USER + "/subscriptions", handlers_subscriptions.create_subscription, errors=OBJECTS),
    Route("PATCH", _SUBSCRIPTION, handlers_subscriptions.update_subscription, errors=OBJECTS),
    Route("DELETE", _SUBSCRIPTION, handlers_subscriptions.delete_subscription, errors=OBJECTS),
    Route("PATCH", _SUBSCRIPTION + "/owner", handlers_subscriptions.transfer_subscription, errors=OBJECTS),
    Route("GET", _SUBSCRIPTION + "/user/identity", handlers_subscriptions.fetch_aliases, errors=OBJECTS),
    Route(
        "PATCH",
        _SUBSCRIPTION + "/user/identity",
        handlers_subscriptions.identify_user_by_subscription_id,
        errors=OBJECTS,
    ),
    Route("GET", _SUBSCRIPTION + "/iams", handlers_live.get_eligible_iams, errors=OBJECTS),
    Route("POST", "/players/csv_export", handlers_players.export_players),
    Route("GET", "/players", handlers_players.get_players),
    Route("POST", "/players", handlers_players.create_player),
    Route("GET", "/players/{player_id}", handlers_players.get_player),
    Route("PUT", "/players/{player_id}", handlers_players.update_player),
    Route("DELETE", "/players/{player_id}", handlers_players.delete_player),
    Route("GET", "/notifications", handlers_notifications.get_notifications),
    Route("POST", "/notifications", handlers_notifications.create_notification),
    Route("GET", "/notifications/{notification_id}", handlers_notifications.get_notification),
    Route("DELETE", "/notifications/{notification_id}", handlers_notifications.cancel_notification),
    Route("POST", "/notifications/{notification_id}/history", handlers_notifications.get_notification_history),
    Route("POST", "/notifications/{notification_id}/export_events", handlers_notifications.export_events),
    Route("GET", "/exports/{name}", exports.download, NO_KEY),
)


def _compile(template: str) -> re.Pattern[str]:
    """A regex for a path template; each ``{name}`` takes one path segment."""
    pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
    return re.compile(pattern + "/?")


class Router:
    """Finds the route and path parameters for a method and path."""

    def __init__(self, routes: Tuple[Route, ...] = ROUTES) -> None:
        self._table: List[Tuple[Route, re.Pattern[str]]] = [(route, _compile(route.template)) for route in routes]

    def find(self, method: str, path: str) -> Tuple[Route, Dict[str, str]]:
        """The matching route and its decoded path parameters; 404 or 405 otherwise."""
        path_matched = False
        for route, pattern in self._table:
            match = pattern.fullmatch(path)
            if match is None:
                continue
            if route.method == method:
                return route, {name: unquote(value) for name, value in match.groupdict().items()}
            path_matched = True
        if path_matched:
            raise ApiError(405, f"{method} is not allowed on {path}")
        raise ApiError(404, f"there is no endpoint at {path}")
