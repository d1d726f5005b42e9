"""The routing table: every endpoint as data (method, path template, handler, key, error style)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, List, Tuple
from urllib.parse import unquote

from onesignal.testing import (
    exports,
    handlers_apps,
    handlers_audit,
    handlers_email,
    handlers_events,
    handlers_journeys,
    handlers_keys,
    handlers_live,
    handlers_notifications,
    handlers_players,
    handlers_segments,
    handlers_subscriptions,
    handlers_templates,
    handlers_users,
)
from onesignal.testing.wire import ApiError, Handler

USER_KEY = "user_key"  # the organization API key of the 5.x line
APP_KEY = "app_key"  # an app's REST API key
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
_SEGMENT = "/apps/{app_id}/segments/{segment_id}"
_TEMPLATE = "/templates/{template_id}"
_TOKENS = "/apps/{app_id}/auth/tokens"
_JOURNEY = "/apps/{app_id}/journeys/{journey_id}"
_EMAIL = "/apps/{app_id}/email_analytics"

ROUTES = (
    Route("POST", "/apps", handlers_apps.create_app, USER_KEY),
    Route("GET", "/apps", handlers_apps.get_apps, USER_KEY),
    Route("GET", "/apps/{app_id}", handlers_apps.get_app, USER_KEY),
    Route("PUT", "/apps/{app_id}", handlers_apps.update_app, USER_KEY),
    Route("POST", "/apps/{app_id}/segments", handlers_segments.create_segment),
    Route("GET", "/apps/{app_id}/segments", handlers_segments.get_segments),
    Route("GET", _SEGMENT, handlers_segments.get_segment),
    Route("PATCH", _SEGMENT, handlers_segments.update_segment),
    Route("DELETE", _SEGMENT, handlers_segments.delete_segment),
    Route("POST", _TOKENS, handlers_keys.create_api_key, USER_KEY),
    Route("GET", _TOKENS, handlers_keys.view_api_keys, USER_KEY),
    Route("PATCH", _TOKENS + "/{token_id}", handlers_keys.update_api_key, USER_KEY),
    Route("DELETE", _TOKENS + "/{token_id}", handlers_keys.delete_api_key, USER_KEY),
    Route("POST", _TOKENS + "/{token_id}/rotate", handlers_keys.rotate_api_key, USER_KEY),
    Route("GET", "/organizations/{organization_id}/audit_logs", handlers_audit.list_audit_logs, USER_KEY),
    Route("POST", "/templates", handlers_templates.create_template),
    Route("GET", "/templates", handlers_templates.view_templates),
    Route("GET", _TEMPLATE, handlers_templates.view_template),
    Route("PATCH", _TEMPLATE, handlers_templates.update_template),
    Route("DELETE", _TEMPLATE, handlers_templates.delete_template),
    Route("POST", _TEMPLATE + "/copy_to_app", handlers_templates.copy_template_to_app, USER_KEY),
    Route("POST", "/apps/{app_id}/journeys", handlers_journeys.create_journey),
    Route("GET", "/apps/{app_id}/journeys", handlers_journeys.view_journeys),
    Route("GET", _JOURNEY, handlers_journeys.view_journey),
    Route("PATCH", _JOURNEY, handlers_journeys.update_journey),
    Route("DELETE", _JOURNEY, handlers_journeys.delete_journey),
    Route("PATCH", _JOURNEY + "/nodes/{node_id}", handlers_journeys.update_journey_node),
    Route("POST", _JOURNEY + "/duplicate", handlers_journeys.duplicate_journey),
    Route("GET", _JOURNEY + "/stats", handlers_journeys.view_journey_stats),
    Route("POST", "/apps/{app_id}/custom_events", handlers_events.create_custom_events),
    Route("GET", _EMAIL + "/delivery_metrics", handlers_email.get_email_reputation),
    Route("GET", _EMAIL + "/provider_metrics", handlers_email.get_email_provider_metrics),
    Route("GET", _EMAIL + "/provider_metrics_timeseries", handlers_email.get_email_provider_metrics_timeseries),
    Route("POST", "/apps/{app_id}/notifications/{notification_id}/unsubscribe",
          handlers_email.unsubscribe_email_with_token),
    Route("POST", "/apps/{app_id}/activities/activity/{activity_type}", handlers_live.start_live_activity),
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
    Route(
        "PATCH",
        "/apps/{app_id}/subscriptions_by_token/{token_type}/{token}",
        handlers_subscriptions.update_subscription_by_token,
        errors=OBJECTS,
    ),
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
    Route("POST", "/notifications/count-unsaved", handlers_notifications.estimate_notification_recipients),
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
