"""Every model class of the SDK, importable from here and loaded only when first used.

``from onesignal.models import Notification`` imports just the module that declares ``Notification``
(and the modules it builds on); ``import onesignal.models`` alone imports none of them.
"""
from __future__ import annotations

import importlib
from typing import Any, List

MODEL_MODULES = {
    "App": "app",
    "Apps": "apps",
    "BasicNotification": "basic_notification",
    "BasicNotificationAllOf": "basic_notification_all_of",
    "BasicNotificationAllOfAndroidBackgroundLayout": "basic_notification_all_of_android_background_layout",
    "BeginLiveActivityRequest": "begin_live_activity_request",
    "Button": "button",
    "Buttons": "buttons",
    "CancelNotificationSuccessResponse": "cancel_notification_success_response",
    "CreateNotificationSuccessResponse": "create_notification_success_response",
    "CreatePlayerSuccessResponse": "create_player_success_response",
    "CreateSegmentConflictResponse": "create_segment_conflict_response",
    "CreateSegmentSuccessResponse": "create_segment_success_response",
    "CreateSubscriptionRequestBody": "create_subscription_request_body",
    "CreateUserConflictResponse": "create_user_conflict_response",
    "CreateUserConflictResponseErrorsInner": "create_user_conflict_response_errors_inner",
    "CreateUserConflictResponseErrorsItemsMeta": "create_user_conflict_response_errors_items_meta",
    "DeletePlayerNotFoundResponse": "delete_player_not_found_response",
    "DeletePlayerSuccessResponse": "delete_player_success_response",
    "DeleteSegmentNotFoundResponse": "delete_segment_not_found_response",
    "DeleteSegmentSuccessResponse": "delete_segment_success_response",
    "DeliveryData": "delivery_data",
    "ExportEventsSuccessResponse": "export_events_success_response",
    "ExportPlayersRequestBody": "export_players_request_body",
    "ExportPlayersSuccessResponse": "export_players_success_response",
    "Filter": "filter",
    "FilterExpressions": "filter_expressions",
    "GenericError": "generic_error",
    "GenericErrorErrorsInner": "generic_error_errors_inner",
    "GetNotificationRequestBody": "get_notification_request_body",
    "IdentityObject": "identity_object",
    "InlineResponse200": "inline_response200",
    "InlineResponse2003": "inline_response2003",
    "InlineResponse201": "inline_response201",
    "InlineResponse202": "inline_response202",
    "InvalidIdentifierError": "invalid_identifier_error",
    "NoSubscribersError": "no_subscribers_error",
    "Notification": "notification",
    "Notification200Errors": "notification200_errors",
    "NotificationAllOf": "notification_all_of",
    "NotificationHistorySuccessResponse": "notification_history_success_response",
    "NotificationSlice": "notification_slice",
    "NotificationTarget": "notification_target",
    "NotificationWithMeta": "notification_with_meta",
    "NotificationWithMetaAllOf": "notification_with_meta_all_of",
    "Operator": "operator",
    "OutcomeData": "outcome_data",
    "OutcomesData": "outcomes_data",
    "PlatformDeliveryData": "platform_delivery_data",
    "PlatformDeliveryDataEmailAllOf": "platform_delivery_data_email_all_of",
    "PlatformDeliveryDataSmsAllOf": "platform_delivery_data_sms_all_of",
    "Player": "player",
    "PlayerNotificationTarget": "player_notification_target",
    "PlayerNotificationTargetIncludeAliases": "player_notification_target_include_aliases",
    "PlayerSlice": "player_slice",
    "Players": "players",
    "PropertiesDeltas": "properties_deltas",
    "PropertiesObject": "properties_object",
    "Purchase": "purchase",
    "RateLimiterError": "rate_limiter_error",
    "Segment": "segment",
    "SegmentNotificationTarget": "segment_notification_target",
    "StringMap": "string_map",
    "SubscriptionObject": "subscription_object",
    "TransferSubscriptionRequestBody": "transfer_subscription_request_body",
    "UpdateLiveActivityRequest": "update_live_activity_request",
    "UpdateLiveActivitySuccessResponse": "update_live_activity_success_response",
    "UpdatePlayerSuccessResponse": "update_player_success_response",
    "UpdatePlayerTagsRequestBody": "update_player_tags_request_body",
    "UpdatePlayerTagsSuccessResponse": "update_player_tags_success_response",
    "UpdateSubscriptionRequestBody": "update_subscription_request_body",
    "UpdateUserRequest": "update_user_request",
    "User": "user",
    "UserIdentityRequestBody": "user_identity_request_body",
    "UserIdentityResponse": "user_identity_response",
    "UserSubscriptionOptions": "user_subscription_options",
}

__all__ = sorted(MODEL_MODULES)


def __getattr__(name: str) -> Any:
    module = MODEL_MODULES.get(name)
    if module is None:
        raise AttributeError(f"module 'onesignal.models' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"onesignal.model.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> List[str]:
    return sorted(list(globals()) + __all__)
