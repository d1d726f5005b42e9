"""The operations of the OneSignal API, as data: method, path, arguments, key, answer type and what it does.

Both SDK lines are here: the 37 operations of the 2.x line (API 1.4.1) and the 31 that the 5.x line added, 8
of which are 2.x operations under a new name (``other_name`` links the two). ``DefaultApi`` is generated from
this table by ``tools/gen_code.py``: argument order is the order of the method's positional parameters, and
optional arguments are keywords.
"""
from __future__ import annotations

from onesignal.endpoint import APP_KEY, USER_KEY, Alias, Endpoint, Param

APP_ID = Param("app_id", "path", doc="Id of the OneSignal app (Settings > Keys & IDs in the dashboard).")
APP_ID_QUERY = APP_ID._replace(location="query")
ALIAS_LABEL = Param("alias_label", "path", doc="Label of the alias that finds the user, e.g. 'external_id'.")
ALIAS_ID = Param("alias_id", "path", doc="Value of that alias for the user.")
SUBSCRIPTION_ID = Param("subscription_id", "path", doc="Id of the subscription.")
ACTIVITY_ID = Param("activity_id", "path", doc="Id of the Live Activity, as the app chose it.")
NOTIFICATION_ID = Param("notification_id", "path", doc="Id of the notification.")
PLAYER_ID = Param("player_id", "path", doc="Id of the player (device record).")
SEGMENT_ID = Param("segment_id", "path", doc="Id of the segment (shown in its dashboard URL).")
TEMPLATE_ID = Param("template_id", "path", doc="Id of the template.")
TOKEN_ID = Param("token_id", "path", doc="Id of the API key (its token_id, not the key itself).")
JOURNEY_ID = Param("journey_id", "path", doc="Id of the journey.")
LIMIT = Param("limit", "query", "int", required=False)
OFFSET = Param("offset", "query", "int", required=False)
CURSOR = Param("cursor", "query", required=False,
               doc="Where to continue: the next_cursor of the previous page; the first page when unset.")
EMAIL_DOMAIN = Param("domain", "query", doc="The sending domain to report on, e.g. 'mail.example.com'.")
PERIOD_START = Param("start", "query", "datetime", doc="Start of the period (a timezone-aware datetime).")
PERIOD_END = Param("end", "query", "datetime", doc="End of the period (a timezone-aware datetime).")


def body(name: str, type_name: str, required: bool = True, doc: str = "", *aliases: Alias) -> Param:
    return Param(name, "body", type_name, required=required, doc=doc, aliases=aliases)


def audit_filter(name: str, doc: str, max_items: int = 10) -> Param:
    """A list filter of list_audit_logs: each item is sent as its own ``name=value`` pair."""
    return Param(name, "query", "List[str]", required=False, doc=doc, max_items=max_items)


def renamed(endpoint: Endpoint, name: str, returns: str, *params: Param) -> Endpoint:
    """The 5.x name of a 2.x operation: same request, the 5.x argument names and answer type."""
    return endpoint._replace(name=name, returns=returns, other_name=endpoint.name,
                             params=params or endpoint.params)


# -- The 2.x line (API 1.4.1) ------------------------------------------------------------------------------------

BEGIN_LIVE_ACTIVITY = Endpoint(
    "begin_live_activity", "POST", "/apps/{app_id}/live_activities/{activity_id}/token", APP_KEY,
    (APP_ID, ACTIVITY_ID, body("begin_live_activity_request", "BeginLiveActivityRequest",
                               doc="The device's push token and subscription id.")),
    doc="Register a device's push token for a Live Activity, so the activity can be updated by push.")
CANCEL_NOTIFICATION = Endpoint(
    "cancel_notification", "DELETE", "/notifications/{notification_id}", APP_KEY,
    (APP_ID_QUERY, NOTIFICATION_ID), "CancelNotificationSuccessResponse",
    doc="Stop a notification that is scheduled or still being delivered.")
CREATE_APP = Endpoint(
    "create_app", "POST", "/apps", USER_KEY, (body("app", "App", doc="Settings of the new app."),), "App",
    doc="Create a OneSignal app in the account.")
CREATE_NOTIFICATION = Endpoint(
    "create_notification", "POST", "/notifications", APP_KEY,
    (body("notification", "Notification", doc="What to send, to whom and when."),),
    "CreateNotificationSuccessResponse", idempotency_field="idempotency_key",
    doc="Send a notification (push, email or SMS) to the audience it names.\n\n"
        "The request carries an ``idempotency_key``: when the notification has none, one is generated for this "
        "call and reused if the call is retried, so a retry never sends twice. It is on the exception when the "
        "call fails. An answer with an empty ``id`` means nothing was sent; ``onesignal.helpers.is_message_sent`` "
        "tells the two apart.")
CREATE_PLAYER = Endpoint(
    "create_player", "POST", "/players", APP_KEY,
    (body("player", "Player", doc="The device to register."),), "CreatePlayerSuccessResponse",
    doc="Register a device with the legacy player API (normally done by OneSignal's client SDKs).")
CREATE_SEGMENTS = Endpoint(
    "create_segments", "POST", "/apps/{app_id}/segments", APP_KEY,
    (APP_ID, body("segment", "Segment", required=False, doc="Name and filters of the new segment.")),
    "CreateSegmentSuccessResponse",
    doc="Create a segment from filters; it can then be targeted by name (paid plans).")
CREATE_SUBSCRIPTION = Endpoint(
    "create_subscription", "POST", "/apps/{app_id}/users/by/{alias_label}/{alias_id}/subscriptions", APP_KEY,
    (APP_ID, ALIAS_LABEL, ALIAS_ID,
     body("create_subscription_request_body", "CreateSubscriptionRequestBody",
          True, "The subscription to add to the user.", Alias("subscription_body", "SubscriptionBody"))),
    "InlineResponse201",
    doc="Add a subscription (a push token, an email address or a phone number) to a user.")
CREATE_USER = Endpoint(
    "create_user", "POST", "/apps/{app_id}/users", APP_KEY,
    (APP_ID, body("user", "User", doc="Aliases, properties and subscriptions of the new user.")), "User",
    doc="Create a user with aliases, properties and subscriptions; aliases of an existing user address it.")
DELETE_ALIAS = Endpoint(
    "delete_alias", "DELETE", "/apps/{app_id}/users/by/{alias_label}/{alias_id}/identity/{alias_label_to_delete}",
    APP_KEY,
    (APP_ID, ALIAS_LABEL, ALIAS_ID, Param("alias_label_to_delete", "path", doc="Label of the alias to remove.")),
    "InlineResponse200", doc="Remove one alias from a user and return the aliases left.")
DELETE_PLAYER = Endpoint(
    "delete_player", "DELETE", "/players/{player_id}", APP_KEY, (APP_ID_QUERY, PLAYER_ID),
    "DeletePlayerSuccessResponse", doc="Delete a device record (player) of the app.")
DELETE_SEGMENTS = Endpoint(
    "delete_segments", "DELETE", "/apps/{app_id}/segments/{segment_id}", APP_KEY, (APP_ID, SEGMENT_ID),
    "DeleteSegmentSuccessResponse", doc="Delete a segment; the users in it are not touched.")
DELETE_SUBSCRIPTION = Endpoint(
    "delete_subscription", "DELETE", "/apps/{app_id}/subscriptions/{subscription_id}", APP_KEY,
    (APP_ID, SUBSCRIPTION_ID), doc="Delete a subscription; the user keeps the others.")
DELETE_USER = Endpoint(
    "delete_user", "DELETE", "/apps/{app_id}/users/by/{alias_label}/{alias_id}", APP_KEY,
    (APP_ID, ALIAS_LABEL, ALIAS_ID), doc="Delete a user with all of its aliases and subscriptions.")
END_LIVE_ACTIVITY = Endpoint(
    "end_live_activity", "DELETE", "/apps/{app_id}/live_activities/{activity_id}/token/{subscription_id}",
    APP_KEY, (APP_ID, ACTIVITY_ID, SUBSCRIPTION_ID),
    doc="Unregister a device from a Live Activity, so it receives no more updates.")
EXPORT_EVENTS = Endpoint(
    "export_events", "POST", "/notifications/{notification_id}/export_events", APP_KEY,
    (NOTIFICATION_ID, APP_ID_QUERY), "ExportEventsSuccessResponse",
    doc="Start a CSV export of the events (sent, clicked...) of a notification; the answer has the file's URL.")
EXPORT_PLAYERS = Endpoint(
    "export_players", "POST", "/players/csv_export", APP_KEY,
    (APP_ID_QUERY, body("export_players_request_body", "ExportPlayersRequestBody", required=False,
                        doc="Extra columns, a segment and a last-active bound for the export.")),
    "ExportPlayersSuccessResponse",
    doc="Start a CSV export of the app's devices; the answer has the URL where the gzip file will appear.")
FETCH_ALIASES = Endpoint(
    "fetch_aliases", "GET", "/apps/{app_id}/subscriptions/{subscription_id}/user/identity", APP_KEY,
    (APP_ID, SUBSCRIPTION_ID), "UserIdentityResponse", doc="List the aliases of the user who owns a subscription.")
FETCH_USER = Endpoint(
    "fetch_user", "GET", "/apps/{app_id}/users/by/{alias_label}/{alias_id}", APP_KEY,
    (APP_ID, ALIAS_LABEL, ALIAS_ID), "User",
    doc="Read a user, found by any of its aliases, with properties and subscriptions.")
FETCH_USER_IDENTITY = Endpoint(
    "fetch_user_identity", "GET", "/apps/{app_id}/users/by/{alias_label}/{alias_id}/identity", APP_KEY,
    (APP_ID, ALIAS_LABEL, ALIAS_ID), "InlineResponse200", doc="List the aliases of a user found by one of them.")
GET_APP = Endpoint("get_app", "GET", "/apps/{app_id}", USER_KEY, (APP_ID,), "App",
                   doc="Read one app of the account.")
GET_APPS = Endpoint("get_apps", "GET", "/apps", USER_KEY, (), "Apps", doc="List all apps of the account.")
GET_ELIGIBLE_IAMS = Endpoint(
    "get_eligible_iams", "GET", "/apps/{app_id}/subscriptions/{subscription_id}/iams", APP_KEY,
    (APP_ID, SUBSCRIPTION_ID), "InlineResponse2003", doc="List the in-app messages a subscription can be shown now.")
GET_NOTIFICATION = Endpoint(
    "get_notification", "GET", "/notifications/{notification_id}", APP_KEY, (APP_ID_QUERY, NOTIFICATION_ID),
    "NotificationWithMeta", doc="Read one notification with its delivery and outcome numbers.")
GET_NOTIFICATION_HISTORY = Endpoint(
    "get_notification_history", "POST", "/notifications/{notification_id}/history", APP_KEY,
    (NOTIFICATION_ID,
     body("get_notification_request_body", "GetNotificationRequestBody", True,
          "Which events ('sent' or 'clicked'), the app id and where to mail the file.",
          Alias("get_notification_history_request_body", "GetNotificationHistoryRequestBody"))),
    "NotificationHistorySuccessResponse",
    doc="Ask for the list of devices that were sent or clicked a notification, as a CSV file (paid plans).")
GET_NOTIFICATIONS = Endpoint(
    "get_notifications", "GET", "/notifications", APP_KEY,
    (APP_ID_QUERY,
     LIMIT._replace(doc="Page size, at most 50 (the default)."),
     OFFSET._replace(doc="How many notifications to skip; the newest (by queued_at) come first."),
     Param("kind", "query", "int", required=False, enum=(0, 1, 3),
           doc="Only this kind: 0 sent from the dashboard, 1 through the API, 3 automated; all when unset."),
     Param("time_offset", "query", required=False,
           doc="Cursor paging: an ISO 8601 time, or the next_time_offset of the previous page; the page then "
               "holds notifications from that time on, oldest first. Not with offset.")),
    "NotificationSlice",
    doc="Read one page of the app's notifications: newest first by offset, or oldest first from a time_offset.")
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
    "OutcomesData", doc="Read the app's outcome numbers (clicks, session time, custom outcomes) for a period.")
GET_PLAYER = Endpoint(
    "get_player", "GET", "/players/{player_id}", APP_KEY,
    (APP_ID_QUERY, PLAYER_ID,
     Param("email_auth_hash", "query", required=False,
           doc="Identity-verification hash, needed for email records when identity verification is on.")),
    "Player", doc="Read one device record (player).")
GET_PLAYERS = Endpoint(
    "get_players", "GET", "/players", APP_KEY,
    (APP_ID_QUERY,
     LIMIT._replace(doc="Page size, at most 300 (the default)."),
     OFFSET._replace(doc="How many players to skip; players are ordered by id.")),
    "PlayerSlice", doc="Read one page of the app's device records (players).")
IDENTIFY_USER_BY_ALIAS = Endpoint(
    "identify_user_by_alias", "PATCH", "/apps/{app_id}/users/by/{alias_label}/{alias_id}/identity", APP_KEY,
    (APP_ID, ALIAS_LABEL, ALIAS_ID,
     body("user_identity_request_body", "UserIdentityRequestBody", doc="Aliases to add or change.")),
    "InlineResponse200", doc="Add aliases to a user found by one of its aliases (existing labels are overwritten).")
IDENTIFY_USER_BY_SUBSCRIPTION_ID = Endpoint(
    "identify_user_by_subscription_id", "PATCH", "/apps/{app_id}/subscriptions/{subscription_id}/user/identity",
    APP_KEY,
    (APP_ID, SUBSCRIPTION_ID,
     body("user_identity_request_body", "UserIdentityRequestBody", doc="Aliases to add or change.")),
    "UserIdentityResponse", doc="Add aliases to the user who owns a subscription.")
TRANSFER_SUBSCRIPTION = Endpoint(
    "transfer_subscription", "PATCH", "/apps/{app_id}/subscriptions/{subscription_id}/owner", APP_KEY,
    (APP_ID, SUBSCRIPTION_ID,
     body("transfer_subscription_request_body", "TransferSubscriptionRequestBody",
          doc="An alias of the user who receives the subscription.")),
    "UserIdentityResponse", doc="Move a subscription to another user, named by one of that user's aliases.")
UPDATE_APP = Endpoint(
    "update_app", "PUT", "/apps/{app_id}", USER_KEY,
    (APP_ID, body("app", "App", doc="The settings to change.")), "App",
    doc="Change the name or settings of an app.")
UPDATE_LIVE_ACTIVITY = Endpoint(
    "update_live_activity", "POST", "/apps/{app_id}/live_activities/{activity_id}/notifications", APP_KEY,
    (APP_ID, ACTIVITY_ID,
     body("update_live_activity_request", "UpdateLiveActivityRequest", doc="The update or end event to push.")),
    "UpdateLiveActivitySuccessResponse", doc="Push an update to, or the end of, a Live Activity.")
UPDATE_PLAYER = Endpoint(
    "update_player", "PUT", "/players/{player_id}", APP_KEY,
    (PLAYER_ID, body("player", "Player", doc="The fields to change (app_id and device_type included).")),
    "UpdatePlayerSuccessResponse", doc="Change fields of a device record (player).")
UPDATE_PLAYER_TAGS = Endpoint(
    "update_player_tags", "PUT", "/apps/{app_id}/users/{external_user_id}", APP_KEY,
    (APP_ID, Param("external_user_id", "path", doc="The external user id the devices are tagged with."),
     body("update_player_tags_request_body", "UpdatePlayerTagsRequestBody", required=False,
          doc="Tags to set; a tag set to '' is removed.")),
    "UpdatePlayerTagsSuccessResponse",
    doc="Set tags on every device of an external user id; a tag set to '' is removed.")
UPDATE_SUBSCRIPTION = Endpoint(
    "update_subscription", "PATCH", "/apps/{app_id}/subscriptions/{subscription_id}", APP_KEY,
    (APP_ID, SUBSCRIPTION_ID,
     body("update_subscription_request_body", "UpdateSubscriptionRequestBody", True, "The fields to change.",
          Alias("subscription_body", "SubscriptionBody"))),
    doc="Change a subscription (token, enabled state, ...).")
UPDATE_USER = Endpoint(
    "update_user", "PATCH", "/apps/{app_id}/users/by/{alias_label}/{alias_id}", APP_KEY,
    (APP_ID, ALIAS_LABEL, ALIAS_ID,
     body("update_user_request", "UpdateUserRequest", doc="Properties to set and deltas to add.")),
    "InlineResponse202", doc="Set properties of a user and add deltas (session time and count, purchases).")

# -- 5.x names of 2.x operations ---------------------------------------------------------------------------------

USER_IDENTITY_BODY = body("user_identity_body", "UserIdentityBody", doc="Aliases to add or change.")

CREATE_SEGMENT = renamed(CREATE_SEGMENTS, "create_segment", "CreateSegmentSuccessResponse")
DELETE_SEGMENT = renamed(DELETE_SEGMENTS, "delete_segment", "GenericSuccessBoolResponse")
GET_USER = renamed(FETCH_USER, "get_user", "User")
GET_ALIASES = renamed(FETCH_USER_IDENTITY, "get_aliases", "UserIdentityBody")
CREATE_ALIAS = renamed(IDENTIFY_USER_BY_ALIAS, "create_alias", "UserIdentityBody",
                       APP_ID, ALIAS_LABEL, ALIAS_ID, USER_IDENTITY_BODY)
GET_ALIASES_BY_SUBSCRIPTION = renamed(FETCH_ALIASES, "get_aliases_by_subscription", "UserIdentityBody")
CREATE_ALIAS_BY_SUBSCRIPTION = renamed(IDENTIFY_USER_BY_SUBSCRIPTION_ID, "create_alias_by_subscription",
                                       "UserIdentityBody", APP_ID, SUBSCRIPTION_ID, USER_IDENTITY_BODY)
EXPORT_SUBSCRIPTIONS = renamed(
    EXPORT_PLAYERS, "export_subscriptions", "ExportSubscriptionsSuccessResponse",
    APP_ID_QUERY, body("export_subscriptions_request_body", "ExportSubscriptionsRequestBody", required=False,
                       doc="Extra columns, a segment and a last-active bound for the export."))

# -- Operations of the 5.x line ------------------------------------------------------------------------------------

COPY_TEMPLATE_TO_APP = Endpoint(
    "copy_template_to_app", "POST", "/templates/{template_id}/copy_to_app", USER_KEY,
    (TEMPLATE_ID, APP_ID_QUERY._replace(doc="Id of the app the template belongs to now."),
     body("copy_template_request", "CopyTemplateRequest", doc="The app to copy the template to.")),
    "TemplateResource", doc="Copy a template into another app of the organization; the answer is the copy.")
CREATE_API_KEY = Endpoint(
    "create_api_key", "POST", "/apps/{app_id}/auth/tokens", USER_KEY,
    (APP_ID, body("create_api_key_request", "CreateApiKeyRequest", doc="Name and IP allow-list of the new key.")),
    "CreateApiKeyResponse",
    doc="Create a REST API key for an app; the answer holds the key itself, shown this once.")
CREATE_CUSTOM_EVENTS = Endpoint(
    "create_custom_events", "POST", "/apps/{app_id}/custom_events", APP_KEY,
    (APP_ID, body("custom_events_request", "CustomEventsRequest", doc="The events to record.")),
    "Dict[str, Any]", doc="Record custom events of users, for journeys and segments to act on.")
CREATE_JOURNEY = Endpoint(
    "create_journey", "POST", "/apps/{app_id}/journeys", APP_KEY,
    (APP_ID, body("create_journey_request", "CreateJourneyRequest", doc="The journey: audience, steps, rules.")),
    "Journey", doc="Create a journey (an automated sequence of messages), as a draft.")
CREATE_TEMPLATE = Endpoint(
    "create_template", "POST", "/templates", APP_KEY,
    (body("create_template_request", "CreateTemplateRequest", doc="The app, name, channel and content."),),
    "TemplateResource", doc="Create a reusable message template in an app.")
DELETE_API_KEY = Endpoint(
    "delete_api_key", "DELETE", "/apps/{app_id}/auth/tokens/{token_id}", USER_KEY, (APP_ID, TOKEN_ID),
    "Dict[str, Any]", doc="Delete a REST API key of an app; requests made with it are refused from then on.")
DELETE_JOURNEY = Endpoint(
    "delete_journey", "DELETE", "/apps/{app_id}/journeys/{journey_id}", APP_KEY, (APP_ID, JOURNEY_ID),
    "GenericSuccessBoolResponse", doc="Delete a journey.")
DELETE_TEMPLATE = Endpoint(
    "delete_template", "DELETE", "/templates/{template_id}", APP_KEY, (TEMPLATE_ID, APP_ID_QUERY),
    "GenericSuccessBoolResponse", doc="Delete a template of an app.")
DUPLICATE_JOURNEY = Endpoint(
    "duplicate_journey", "POST", "/apps/{app_id}/journeys/{journey_id}/duplicate", APP_KEY,
    (APP_ID, JOURNEY_ID, body("duplicate_journey_request", "DuplicateJourneyRequest", required=False,
                              doc="Fields of the copy that differ from the original (its name, ...).")),
    "Journey", doc="Copy a journey; the copy starts as a draft.")
ESTIMATE_NOTIFICATION_RECIPIENTS = Endpoint(
    "estimate_notification_recipients", "POST", "/notifications/count-unsaved", APP_KEY,
    (body("estimate_notification_recipients_request", "EstimateNotificationRecipientsRequest",
          doc="The app and the audience, as a notification would name it."),),
    "EstimateNotificationRecipientsSuccessResponse",
    doc="Count how many subscriptions a notification with this audience would reach, without sending it.")
GET_EMAIL_PROVIDER_METRICS = Endpoint(
    "get_email_provider_metrics", "GET", "/apps/{app_id}/email_analytics/provider_metrics", APP_KEY,
    (APP_ID, EMAIL_DOMAIN, PERIOD_START, PERIOD_END), "EmailProviderMetricsResponse",
    doc="Read email delivery figures per mailbox provider (Gmail, Outlook...) for a sending domain and period.")
GET_EMAIL_PROVIDER_METRICS_TIMESERIES = Endpoint(
    "get_email_provider_metrics_timeseries", "GET", "/apps/{app_id}/email_analytics/provider_metrics_timeseries",
    APP_KEY,
    (APP_ID, EMAIL_DOMAIN, PERIOD_START, PERIOD_END,
     Param("granularity", "query", enum=("hourly", "daily", "monthly"), doc="Length of each step of the series."),
     Param("providers", "query", "List[str]", required=False, wire="providers[]",
           doc="Only these mailbox providers, each sent as its own 'providers[]' pair; all when unset.")),
    "EmailProviderMetricsTimeseriesResponse",
    doc="Read email delivery figures per mailbox provider as a time series, step by step.")
GET_EMAIL_REPUTATION = Endpoint(
    "get_email_reputation", "GET", "/apps/{app_id}/email_analytics/delivery_metrics", APP_KEY, (APP_ID,),
    "EmailReputationResponse", doc="Read the app's email sending reputation (bounces, complaints, delivery).")
GET_SEGMENT = Endpoint(
    "get_segment", "GET", "/apps/{app_id}/segments/{segment_id}", APP_KEY,
    (APP_ID, SEGMENT_ID,
     Param("include_segment_detail", "query", "bool", required=False, wire="include-segment-detail",
           doc="Also answer the segment's name, filters and dates, not only its size.")),
    "GetSegmentSuccessResponse", doc="Read one segment: how many subscriptions it holds and, if asked, its filters.")
GET_SEGMENTS = Endpoint(
    "get_segments", "GET", "/apps/{app_id}/segments", APP_KEY,
    (APP_ID, OFFSET._replace(doc="How many segments to skip."),
     LIMIT._replace(doc="Page size, at most 300.")),
    "GetSegmentsSuccessResponse", doc="Read one page of the app's segments.")
LIST_AUDIT_LOGS = Endpoint(
    "list_audit_logs", "GET", "/organizations/{organization_id}/audit_logs", USER_KEY,
    (Param("organization_id", "path", doc="Id of the organization (the account that owns the apps)."),
     Param("start_time", "query", required=False, doc="Only events at or after this ISO 8601 time."),
     Param("end_time", "query", required=False, doc="Only events before this ISO 8601 time."),
     CURSOR,
     LIMIT._replace(doc="Page size."),
     audit_filter("app_ids", "Only events of these apps (at most 10)."),
     audit_filter("actions", "Only these actions, e.g. 'api_key.created' (at most 20).", max_items=20),
     audit_filter("actor_ids", "Only events done by these actors (at most 10)."),
     audit_filter("actor_emails", "Only events done by people with these emails (at most 10)."),
     audit_filter("target_types", "Only events on these kinds of object (at most 10)."),
     audit_filter("target_ids", "Only events on these objects (at most 10)."),
     audit_filter("ip_addresses", "Only events from these IP addresses (at most 10).")),
    "ListAuditLogsSuccessResponse", doc="Read one page of the organization's audit log, newest first.")
ROTATE_API_KEY = Endpoint(
    "rotate_api_key", "POST", "/apps/{app_id}/auth/tokens/{token_id}/rotate", USER_KEY, (APP_ID, TOKEN_ID),
    "CreateApiKeyResponse",
    doc="Replace an API key by a new one with the same settings; the old key stops working at once.")
START_LIVE_ACTIVITY = Endpoint(
    "start_live_activity", "POST", "/apps/{app_id}/activities/activity/{activity_type}", APP_KEY,
    (APP_ID, Param("activity_type", "path", doc="The Live Activity type, as declared in the iOS app."),
     body("start_live_activity_request", "StartLiveActivityRequest",
          doc="Who gets the activity, and its first state.")),
    "StartLiveActivitySuccessResponse", doc="Start a Live Activity on devices by push (push-to-start, iOS 17.2+).")
UNSUBSCRIBE_EMAIL_WITH_TOKEN = Endpoint(
    "unsubscribe_email_with_token", "POST", "/apps/{app_id}/notifications/{notification_id}/unsubscribe", APP_KEY,
    (APP_ID, NOTIFICATION_ID._replace(doc="Id of the email notification that carried the unsubscribe link."),
     Param("token", "query", doc="The unsubscribe token of that email's link.")),
    "GenericSuccessBoolResponse", doc="Unsubscribe an email address with the token of an email's unsubscribe link.")
UPDATE_API_KEY = Endpoint(
    "update_api_key", "PATCH", "/apps/{app_id}/auth/tokens/{token_id}", USER_KEY,
    (APP_ID, TOKEN_ID, body("update_api_key_request", "UpdateApiKeyRequest", doc="Name and IP allow-list.")),
    "Dict[str, Any]", doc="Rename an API key or change its IP allow-list.")
UPDATE_JOURNEY = Endpoint(
    "update_journey", "PATCH", "/apps/{app_id}/journeys/{journey_id}", APP_KEY,
    (APP_ID, JOURNEY_ID, body("update_journey_request", "UpdateJourneyRequest", doc="The fields to change.")),
    "Journey", doc="Change a journey: its audience, steps, rules or state (start, pause, archive).")
UPDATE_JOURNEY_NODE = Endpoint(
    "update_journey_node", "PATCH", "/apps/{app_id}/journeys/{journey_id}/nodes/{node_id}", APP_KEY,
    (APP_ID, JOURNEY_ID, Param("node_id", "path", doc="Id of the step (node) in the journey."),
     body("update_journey_node_request", "UpdateJourneyNodeRequest", doc="The fields of the step to change.")),
    "Journey", doc="Change one step (node) of a journey.")
UPDATE_SEGMENT = Endpoint(
    "update_segment", "PATCH", "/apps/{app_id}/segments/{segment_id}", APP_KEY,
    (APP_ID, SEGMENT_ID, body("update_segment_request", "UpdateSegmentRequest", required=False,
                              doc="New name, description or filters.")),
    "UpdateSegmentSuccessResponse", doc="Change a segment's name, description or filters.")
UPDATE_SUBSCRIPTION_BY_TOKEN = Endpoint(
    "update_subscription_by_token", "PATCH", "/apps/{app_id}/subscriptions_by_token/{token_type}/{token}",
    APP_KEY,
    (APP_ID, Param("token_type", "path", doc="Kind of token: 'Email', 'SMS' or a push type such as 'iOSPush'."),
     Param("token", "path", doc="The token: a push token, an email address or a phone number."),
     body("subscription_body", "SubscriptionBody", doc="The fields to change.")),
    "Dict[str, Any]", doc="Change a subscription found by its token rather than its id.")
UPDATE_TEMPLATE = Endpoint(
    "update_template", "PATCH", "/templates/{template_id}", APP_KEY,
    (TEMPLATE_ID, APP_ID_QUERY, body("update_template_request", "UpdateTemplateRequest",
                                     doc="The fields of the template to change.")),
    "TemplateResource", doc="Change a template's name or content.")
VIEW_API_KEYS = Endpoint(
    "view_api_keys", "GET", "/apps/{app_id}/auth/tokens", USER_KEY, (APP_ID,), "ApiKeyTokensListResponse",
    doc="List an app's REST API keys (their settings, never the keys themselves).")
VIEW_JOURNEY = Endpoint(
    "view_journey", "GET", "/apps/{app_id}/journeys/{journey_id}", APP_KEY, (APP_ID, JOURNEY_ID), "Journey",
    doc="Read one journey with all its steps.")
VIEW_JOURNEY_STATS = Endpoint(
    "view_journey_stats", "GET", "/apps/{app_id}/journeys/{journey_id}/stats", APP_KEY, (APP_ID, JOURNEY_ID),
    "JourneyStats", doc="Read how many users started, finished or left a journey, step by step.")
VIEW_JOURNEYS = Endpoint(
    "view_journeys", "GET", "/apps/{app_id}/journeys", APP_KEY,
    (APP_ID, CURSOR, LIMIT._replace(doc="Page size.")), "JourneyListResponse",
    doc="Read one page of the app's journeys; next_cursor leads to the next page.")
VIEW_TEMPLATE = Endpoint(
    "view_template", "GET", "/templates/{template_id}", APP_KEY, (TEMPLATE_ID, APP_ID_QUERY), "TemplateResource",
    doc="Read one template.")
VIEW_TEMPLATES = Endpoint(
    "view_templates", "GET", "/templates", APP_KEY,
    (APP_ID_QUERY, LIMIT._replace(doc="Page size, at most 50."), OFFSET._replace(doc="How many templates to skip."),
     Param("channel", "query", required=False, enum=("push", "email", "sms"), doc="Only templates of this channel.")),
    "TemplatesListResponse", doc="Read one page of the app's templates.")
