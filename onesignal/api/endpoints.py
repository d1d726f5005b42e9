"""The 37 operations of the OneSignal API, as data: method, path, arguments, key and answer type.

``DefaultApi`` hands one of these and its arguments to ``ApiClient``, which does the rest. Argument order is
the order of the positional parameters of the matching ``DefaultApi`` method; optional ones are keywords.
"""
from __future__ import annotations

from onesignal.endpoint import APP_KEY, USER_KEY, Endpoint, Param

APP_ID = Param("app_id", "path", doc="Id of the OneSignal app (Settings > Keys & IDs in the dashboard).")
APP_ID_QUERY = APP_ID._replace(location="query")
ALIAS_LABEL = Param("alias_label", "path", doc="Label of the alias that finds the user, e.g. 'external_id'.")
ALIAS_ID = Param("alias_id", "path", doc="Value of that alias for the user.")
SUBSCRIPTION_ID = Param("subscription_id", "path", doc="Id of the subscription.")
ACTIVITY_ID = Param("activity_id", "path", doc="Id of the Live Activity, as the app chose it.")
NOTIFICATION_ID = Param("notification_id", "path", doc="Id of the notification.")
PLAYER_ID = Param("player_id", "path", doc="Id of the player (device record).")
LIMIT = Param("limit", "query", "int", required=False)
OFFSET = Param("offset", "query", "int", required=False)


def body(name: str, type_name: str, required: bool = True, doc: str = "") -> Param:
    return Param(name, "body", type_name, required=required, doc=doc)


BEGIN_LIVE_ACTIVITY = Endpoint(
    "begin_live_activity", "POST", "/apps/{app_id}/live_activities/{activity_id}/token", APP_KEY,
    (APP_ID, ACTIVITY_ID, body("begin_live_activity_request", "BeginLiveActivityRequest",
                               doc="The device's push token and subscription id.")))
CANCEL_NOTIFICATION = Endpoint(
    "cancel_notification", "DELETE", "/notifications/{notification_id}", APP_KEY,
    (APP_ID_QUERY, NOTIFICATION_ID), "CancelNotificationSuccessResponse")
CREATE_APP = Endpoint(
    "create_app", "POST", "/apps", USER_KEY, (body("app", "App", doc="Settings of the new app."),), "App")
CREATE_NOTIFICATION = Endpoint(
    "create_notification", "POST", "/notifications", APP_KEY,
    (body("notification", "Notification", doc="What to send, to whom and when."),),
    "CreateNotificationSuccessResponse", idempotency_field="idempotency_key")
CREATE_PLAYER = Endpoint(
    "create_player", "POST", "/players", APP_KEY,
    (body("player", "Player", doc="The device to register."),), "CreatePlayerSuccessResponse")
CREATE_SEGMENTS = Endpoint(
    "create_segments", "POST", "/apps/{app_id}/segments", APP_KEY,
    (APP_ID, body("segment", "Segment", required=False, doc="Name and filters of the new segment.")),
    "CreateSegmentSuccessResponse")
CREATE_SUBSCRIPTION = Endpoint(
    "create_subscription", "POST", "/apps/{app_id}/users/by/{alias_label}/{alias_id}/subscriptions", APP_KEY,
    (APP_ID, ALIAS_LABEL, ALIAS_ID, body("create_subscription_request_body", "CreateSubscriptionRequestBody",
                                         doc="The subscription to add to the user.")),
    "InlineResponse201")
CREATE_USER = Endpoint(
    "create_user", "POST", "/apps/{app_id}/users", APP_KEY,
    (APP_ID, body("user", "User", doc="Aliases, properties and subscriptions of the new user.")), "User")
DELETE_ALIAS = Endpoint(
    "delete_alias", "DELETE", "/apps/{app_id}/users/by/{alias_label}/{alias_id}/identity/{alias_label_to_delete}",
    APP_KEY,
    (APP_ID, ALIAS_LABEL, ALIAS_ID, Param("alias_label_to_delete", "path", doc="Label of the alias to remove.")),
    "InlineResponse200")
DELETE_PLAYER = Endpoint(
    "delete_player", "DELETE", "/players/{player_id}", APP_KEY, (APP_ID_QUERY, PLAYER_ID),
    "DeletePlayerSuccessResponse")
DELETE_SEGMENTS = Endpoint(
    "delete_segments", "DELETE", "/apps/{app_id}/segments/{segment_id}", APP_KEY,
    (APP_ID, Param("segment_id", "path", doc="Id of the segment (shown in its dashboard URL).")),
    "DeleteSegmentSuccessResponse")
DELETE_SUBSCRIPTION = Endpoint(
    "delete_subscription", "DELETE", "/apps/{app_id}/subscriptions/{subscription_id}", APP_KEY,
    (APP_ID, SUBSCRIPTION_ID))
DELETE_USER = Endpoint(
    "delete_user", "DELETE", "/apps/{app_id}/users/by/{alias_label}/{alias_id}", APP_KEY,
    (APP_ID, ALIAS_LABEL, ALIAS_ID))
END_LIVE_ACTIVITY = Endpoint(
    "end_live_activity", "DELETE", "/apps/{app_id}/live_activities/{activity_id}/token/{subscription_id}",
    APP_KEY, (APP_ID, ACTIVITY_ID, SUBSCRIPTION_ID))
EXPORT_EVENTS = Endpoint(
    "export_events", "POST", "/notifications/{notification_id}/export_events", APP_KEY,
    (NOTIFICATION_ID, APP_ID_QUERY), "ExportEventsSuccessResponse")
EXPORT_PLAYERS = Endpoint(
    "export_players", "POST", "/players/csv_export", APP_KEY,
    (APP_ID_QUERY, body("export_players_request_body", "ExportPlayersRequestBody", required=False,
                        doc="Extra columns, a segment and a last-active bound for the export.")),
    "ExportPlayersSuccessResponse")
FETCH_ALIASES = Endpoint(
    "fetch_aliases", "GET", "/apps/{app_id}/subscriptions/{subscription_id}/user/identity", APP_KEY,
    (APP_ID, SUBSCRIPTION_ID), "UserIdentityResponse")
FETCH_USER = Endpoint(
    "fetch_user", "GET", "/apps/{app_id}/users/by/{alias_label}/{alias_id}", APP_KEY,
    (APP_ID, ALIAS_LABEL, ALIAS_ID), "User")
FETCH_USER_IDENTITY = Endpoint(
    "fetch_user_identity", "GET", "/apps/{app_id}/users/by/{alias_label}/{alias_id}/identity", APP_KEY,
    (APP_ID, ALIAS_LABEL, ALIAS_ID), "InlineResponse200")
GET_APP = Endpoint("get_app", "GET", "/apps/{app_id}", USER_KEY, (APP_ID,), "App")
GET_APPS = Endpoint("get_apps", "GET", "/apps", USER_KEY, (), "Apps")
GET_ELIGIBLE_IAMS = Endpoint(
    "get_eligible_iams", "GET", "/apps/{app_id}/subscriptions/{subscription_id}/iams", APP_KEY,
    (APP_ID, SUBSCRIPTION_ID), "InlineResponse2003")
GET_NOTIFICATION = Endpoint(
    "get_notification", "GET", "/notifications/{notification_id}", APP_KEY, (APP_ID_QUERY, NOTIFICATION_ID),
    "NotificationWithMeta")
GET_NOTIFICATION_HISTORY = Endpoint(
    "get_notification_history", "POST", "/notifications/{notification_id}/history", APP_KEY,
    (NOTIFICATION_ID, body("get_notification_request_body", "GetNotificationRequestBody",
                           doc="Which events ('sent' or 'clicked'), the app id and where to mail the file.")),
    "NotificationHistorySuccessResponse")
GET_NOTIFICATIONS = Endpoint(
    "get_notifications", "GET", "/notifications", APP_KEY,
    (APP_ID_QUERY,
     LIMIT._replace(doc="Page size, at most 50 (the default)."),
     OFFSET._replace(doc="How many notifications to skip; the newest (by queued_at) come first."),
     Param("kind", "query", "int", required=False, enum=(0, 1, 3),
           doc="Only this kind: 0 sent from the dashboard, 1 through the API, 3 automated; all when unset.")),
    "NotificationSlice")
GET_OUTCOMES = Endpoint(
    "get_outcomes", "GET", "/apps/{app_id}/outcomes", APP_KEY,
    (APP_ID,
     Param("outcome_names", "query", doc="Comma-separated outcome names with their aggregation, e.g. "
                                         "'os__click.count,Purchase.sum'."),
     Param("outcome_names2", "query", "Union[str, List[str]]", required=False, wire="outcome_names[]",
           doc="One outcome name or a list of them, each sent as its own 'outcome_names[]' pair; use it "
               "for names that contain a comma."),
     Param("outcome_time_range", "query", required=False,
           doc="Period to cover: '1h' (the default), '1d' or '1mo'."),
     Param("outcome_platforms", "query", required=False,
           doc="Comma-separated device_type ids to include, e.g. '0' for iOS; all when unset."),
     Param("outcome_attribution", "query", required=False,
           doc="'direct', 'influenced' or 'unattributed'; the total of all three when unset.")),
    "OutcomesData")
GET_PLAYER = Endpoint(
    "get_player", "GET", "/players/{player_id}", APP_KEY,
    (APP_ID_QUERY, PLAYER_ID,
     Param("email_auth_hash", "query", required=False,
           doc="Identity-verification hash, needed for email records when identity verification is on.")),
    "Player")
GET_PLAYERS = Endpoint(
    "get_players", "GET", "/players", APP_KEY,
    (APP_ID_QUERY,
     LIMIT._replace(doc="Page size, at most 300 (the default)."),
     OFFSET._replace(doc="How many players to skip; players are ordered by id.")),
    "PlayerSlice")
IDENTIFY_USER_BY_ALIAS = Endpoint(
    "identify_user_by_alias", "PATCH", "/apps/{app_id}/users/by/{alias_label}/{alias_id}/identity", APP_KEY,
    (APP_ID, ALIAS_LABEL, ALIAS_ID,
     body("user_identity_request_body", "UserIdentityRequestBody", doc="Aliases to add or change.")),
    "InlineResponse200")
IDENTIFY_USER_BY_SUBSCRIPTION_ID = Endpoint(
    "identify_user_by_subscription_id", "PATCH", "/apps/{app_id}/subscriptions/{subscription_id}/user/identity",
    APP_KEY,
    (APP_ID, SUBSCRIPTION_ID,
     body("user_identity_request_body", "UserIdentityRequestBody", doc="Aliases to add or change.")),
    "UserIdentityResponse")
TRANSFER_SUBSCRIPTION = Endpoint(
    "transfer_subscription", "PATCH", "/apps/{app_id}/subscriptions/{subscription_id}/owner", APP_KEY,
    (APP_ID, SUBSCRIPTION_ID,
     body("transfer_subscription_request_body", "TransferSubscriptionRequestBody",
          doc="An alias of the user who receives the subscription.")),
    "UserIdentityResponse")
UPDATE_APP = Endpoint(
    "update_app", "PUT", "/apps/{app_id}", USER_KEY,
    (APP_ID, body("app", "App", doc="The settings to change.")), "App")
UPDATE_LIVE_ACTIVITY = Endpoint(
    "update_live_activity", "POST", "/apps/{app_id}/live_activities/{activity_id}/notifications", APP_KEY,
    (APP_ID, ACTIVITY_ID,
     body("update_live_activity_request", "UpdateLiveActivityRequest", doc="The update or end event to push.")),
    "UpdateLiveActivitySuccessResponse")
UPDATE_PLAYER = Endpoint(
    "update_player", "PUT", "/players/{player_id}", APP_KEY,
    (PLAYER_ID, body("player", "Player", doc="The fields to change (app_id and device_type included).")),
    "UpdatePlayerSuccessResponse")
UPDATE_PLAYER_TAGS = Endpoint(
    "update_player_tags", "PUT", "/apps/{app_id}/users/{external_user_id}", APP_KEY,
    (APP_ID, Param("external_user_id", "path", doc="The external user id the devices are tagged with."),
     body("update_player_tags_request_body", "UpdatePlayerTagsRequestBody", required=False,
          doc="Tags to set; a tag set to '' is removed.")),
    "UpdatePlayerTagsSuccessResponse")
UPDATE_SUBSCRIPTION = Endpoint(
    "update_subscription", "PATCH", "/apps/{app_id}/subscriptions/{subscription_id}", APP_KEY,
    (APP_ID, SUBSCRIPTION_ID,
     body("update_subscription_request_body", "UpdateSubscriptionRequestBody", doc="The fields to change.")))
UPDATE_USER = Endpoint(
    "update_user", "PATCH", "/apps/{app_id}/users/by/{alias_label}/{alias_id}", APP_KEY,
    (APP_ID, ALIAS_LABEL, ALIAS_ID,
     body("update_user_request", "UpdateUserRequest", doc="Properties to set and deltas to add.")),
    "InlineResponse202")
