"""``DefaultApi``: one method per operation of the OneSignal API.

Each method has the signature of the reference SDK and hands its endpoint declaration (``onesignal.api.endpoints``)
and its arguments to ``ApiClient``. Every method also takes the per-call options of generated SDKs:

- ``_request_timeout``: seconds, or a ``(connect, read)`` pair, instead of the configured timeout;
- ``async_req=True``: return at once an object whose ``get()`` gives the result (or raises the error);
- ``_return_http_data_only=False``: return ``(data, status, headers)``;
- ``_preload_content=False``: return the raw urllib3 response, body unread;
- ``_check_input_type=False``: skip the type checks of the arguments (answers are never type-checked: they are
  decoded tolerantly, so ``_check_return_type`` changes nothing).

``_host_index``, ``_content_type`` and ``_spec_property_naming`` are accepted so that code written for generated
SDKs keeps running, and ignored: there is one host, and every body is JSON.

The annotated return type is the one of a plain call; with the options above the value differs, which is why
this module returns ``Any`` from ``ApiClient`` unchecked.
"""
# mypy: disable-error-code="no-any-return"
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterator, List, Mapping, Optional, Sequence, Tuple, TypedDict, Union

from onesignal.api import endpoints as E
from onesignal.api_client import ApiClient
from onesignal.endpoint import Endpoint

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from onesignal.batching import BatchResult

    from onesignal.model.app import App
    from onesignal.model.apps import Apps
    from onesignal.model.begin_live_activity_request import BeginLiveActivityRequest
    from onesignal.model.cancel_notification_success_response import CancelNotificationSuccessResponse
    from onesignal.model.create_notification_success_response import CreateNotificationSuccessResponse
    from onesignal.model.create_player_success_response import CreatePlayerSuccessResponse
    from onesignal.model.create_segment_success_response import CreateSegmentSuccessResponse
    from onesignal.model.create_subscription_request_body import CreateSubscriptionRequestBody
    from onesignal.model.delete_player_success_response import DeletePlayerSuccessResponse
    from onesignal.model.delete_segment_success_response import DeleteSegmentSuccessResponse
    from onesignal.model.export_events_success_response import ExportEventsSuccessResponse
    from onesignal.model.export_players_request_body import ExportPlayersRequestBody
    from onesignal.model.export_players_success_response import ExportPlayersSuccessResponse
    from onesignal.model.get_notification_request_body import GetNotificationRequestBody
    from onesignal.model.inline_response200 import InlineResponse200
    from onesignal.model.inline_response2003 import InlineResponse2003
    from onesignal.model.inline_response201 import InlineResponse201
    from onesignal.model.inline_response202 import InlineResponse202
    from onesignal.model.notification import Notification
    from onesignal.model.notification_history_success_response import NotificationHistorySuccessResponse
    from onesignal.model.notification_slice import NotificationSlice
    from onesignal.model.notification_with_meta import NotificationWithMeta
    from onesignal.model.outcomes_data import OutcomesData
    from onesignal.model.player import Player
    from onesignal.model.player_slice import PlayerSlice
    from onesignal.model.segment import Segment
    from onesignal.model.transfer_subscription_request_body import TransferSubscriptionRequestBody
    from onesignal.model.update_live_activity_request import UpdateLiveActivityRequest
    from onesignal.model.update_live_activity_success_response import UpdateLiveActivitySuccessResponse
    from onesignal.model.update_player_success_response import UpdatePlayerSuccessResponse
    from onesignal.model.update_player_tags_request_body import UpdatePlayerTagsRequestBody
    from onesignal.model.update_player_tags_success_response import UpdatePlayerTagsSuccessResponse
    from onesignal.model.update_subscription_request_body import UpdateSubscriptionRequestBody
    from onesignal.model.update_user_request import UpdateUserRequest
    from onesignal.model.user import User
    from onesignal.model.user_identity_request_body import UserIdentityRequestBody
    from onesignal.model.user_identity_response import UserIdentityResponse


class CallOptions(TypedDict, total=False):
    """The per-call keyword options every ``DefaultApi`` method takes."""

    async_req: bool
    _request_timeout: Union[float, Tuple[float, float]]
    _preload_content: bool
    _return_http_data_only: bool
    _check_input_type: bool
    _check_return_type: bool


class DefaultApi:
    """All operations of the OneSignal REST API; each sends one request through ``api_client``."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def _call(self, endpoint: Endpoint, arguments: Dict[str, Any]) -> Any:
        options = arguments.pop("options")
        del arguments["self"]
        return self.api_client.call_endpoint(endpoint, arguments, options)

    def begin_live_activity(
        self,
        app_id: str,
        activity_id: str,
        begin_live_activity_request: Union[BeginLiveActivityRequest, Mapping[str, Any]],
        **options: Unpack[CallOptions],
    ) -> None:
        """Register a device's push token for a Live Activity, so the activity can be updated by push."""
        return self._call(E.BEGIN_LIVE_ACTIVITY, locals())

    def cancel_notification(
        self,
        app_id: str,
        notification_id: str,
        **options: Unpack[CallOptions],
    ) -> CancelNotificationSuccessResponse:
        """Stop a notification that is scheduled or still being delivered."""
        return self._call(E.CANCEL_NOTIFICATION, locals())

    def create_app(self, app: Union[App, Mapping[str, Any]], **options: Unpack[CallOptions]) -> App:
        """Create a OneSignal app in the account (needs the user key)."""
        return self._call(E.CREATE_APP, locals())

    def create_notification(
        self,
        notification: Union[Notification, Mapping[str, Any]],
        **options: Unpack[CallOptions],
    ) -> CreateNotificationSuccessResponse:
        """Send a notification (push, email or SMS) to the audience it names.

        The request carries an ``idempotency_key``: when the notification has none, one is generated for this
        call and reused if the call is retried, so a retry never sends twice. It is on the exception when the
        call fails."""
        return self._call(E.CREATE_NOTIFICATION, locals())

    def create_player(
        self,
        player: Union[Player, Mapping[str, Any]],
        **options: Unpack[CallOptions],
    ) -> CreatePlayerSuccessResponse:
        """Register a device with the legacy player API (normally done by OneSignal's client SDKs)."""
        return self._call(E.CREATE_PLAYER, locals())

    def create_segments(
        self,
        app_id: str,
        *,
        segment: Optional[Union[Segment, Mapping[str, Any]]] = None,
        **options: Unpack[CallOptions],
    ) -> CreateSegmentSuccessResponse:
        """Create a segment from filters; it can then be targeted by name (paid plans)."""
        return self._call(E.CREATE_SEGMENTS, locals())

    def create_subscription(
        self,
        app_id: str,
        alias_label: str,
        alias_id: str,
        create_subscription_request_body: Union[CreateSubscriptionRequestBody, Mapping[str, Any]],
        **options: Unpack[CallOptions],
    ) -> InlineResponse201:
        """Add a subscription (a push token, an email address or a phone number) to a user."""
        return self._call(E.CREATE_SUBSCRIPTION, locals())

    def create_user(self, app_id: str, user: Union[User, Mapping[str, Any]], **options: Unpack[CallOptions]) -> User:
        """Create a user with aliases, properties and subscriptions; aliases of an existing user address it."""
        return self._call(E.CREATE_USER, locals())

    def delete_alias(
        self,
        app_id: str,
        alias_label: str,
        alias_id: str,
        alias_label_to_delete: str,
        **options: Unpack[CallOptions],
    ) -> InlineResponse200:
        """Remove one alias from a user and return the aliases left."""
        return self._call(E.DELETE_ALIAS, locals())

    def delete_player(self, app_id: str, player_id: str, **options: Unpack[CallOptions]) -> DeletePlayerSuccessResponse:
        """Delete a device record (player) of the app."""
        return self._call(E.DELETE_PLAYER, locals())

    def delete_segments(
        self,
        app_id: str,
        segment_id: str,
        **options: Unpack[CallOptions],
    ) -> DeleteSegmentSuccessResponse:
        """Delete a segment; the users in it are not touched."""
        return self._call(E.DELETE_SEGMENTS, locals())

    def delete_subscription(self, app_id: str, subscription_id: str, **options: Unpack[CallOptions]) -> None:
        """Delete a subscription; the user keeps the others."""
        return self._call(E.DELETE_SUBSCRIPTION, locals())

    def delete_user(self, app_id: str, alias_label: str, alias_id: str, **options: Unpack[CallOptions]) -> None:
        """Delete a user with all of its aliases and subscriptions."""
        return self._call(E.DELETE_USER, locals())

    def end_live_activity(
        self,
        app_id: str,
        activity_id: str,
        subscription_id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Unregister a device from a Live Activity, so it receives no more updates."""
        return self._call(E.END_LIVE_ACTIVITY, locals())

    def export_events(
        self,
        notification_id: str,
        app_id: str,
        **options: Unpack[CallOptions],
    ) -> ExportEventsSuccessResponse:
        """Start a CSV export of the events (sent, clicked...) of a notification; the answer has the file's URL."""
        return self._call(E.EXPORT_EVENTS, locals())

    def export_players(
        self,
        app_id: str,
        *,
        export_players_request_body: Optional[Union[ExportPlayersRequestBody, Mapping[str, Any]]] = None,
        **options: Unpack[CallOptions],
    ) -> ExportPlayersSuccessResponse:
        """Start a CSV export of the app's devices; the answer has the URL where the gzip file will appear."""
        return self._call(E.EXPORT_PLAYERS, locals())

    def fetch_aliases(self, app_id: str, subscription_id: str, **options: Unpack[CallOptions]) -> UserIdentityResponse:
        """List the aliases of the user who owns a subscription."""
        return self._call(E.FETCH_ALIASES, locals())

    def fetch_user(self, app_id: str, alias_label: str, alias_id: str, **options: Unpack[CallOptions]) -> User:
        """Read a user, found by any of its aliases, with properties and subscriptions."""
        return self._call(E.FETCH_USER, locals())

    def fetch_user_identity(
        self,
        app_id: str,
        alias_label: str,
        alias_id: str,
        **options: Unpack[CallOptions],
    ) -> InlineResponse200:
        """List the aliases of a user found by one of them."""
        return self._call(E.FETCH_USER_IDENTITY, locals())

    def get_app(self, app_id: str, **options: Unpack[CallOptions]) -> App:
        """Read one app of the account (needs the user key)."""
        return self._call(E.GET_APP, locals())

    def get_apps(self, **options: Unpack[CallOptions]) -> Apps:
        """List all apps of the account (needs the user key)."""
        return self._call(E.GET_APPS, locals())

    def get_eligible_iams(
        self,
        app_id: str,
        subscription_id: str,
        **options: Unpack[CallOptions],
    ) -> InlineResponse2003:
        """List the in-app messages a subscription can be shown now."""
        return self._call(E.GET_ELIGIBLE_IAMS, locals())

    def get_notification(
        self,
        app_id: str,
        notification_id: str,
        **options: Unpack[CallOptions],
    ) -> NotificationWithMeta:
        """Read one notification with its delivery and outcome numbers."""
        return self._call(E.GET_NOTIFICATION, locals())

    def get_notification_history(
        self,
        notification_id: str,
        get_notification_request_body: Union[GetNotificationRequestBody, Mapping[str, Any]],
        **options: Unpack[CallOptions],
    ) -> NotificationHistorySuccessResponse:
        """Ask for the list of devices that were sent or clicked a notification, as a CSV file (paid plans)."""
        return self._call(E.GET_NOTIFICATION_HISTORY, locals())

    def get_notifications(
        self,
        app_id: str,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        kind: Optional[int] = None,
        **options: Unpack[CallOptions],
    ) -> NotificationSlice:
        """Read one page of the app's notifications, newest first."""
        return self._call(E.GET_NOTIFICATIONS, locals())

    def get_outcomes(
        self,
        app_id: str,
        outcome_names: str,
        *,
        outcome_names2: Optional[Union[str, List[str]]] = None,
        outcome_time_range: Optional[str] = None,
        outcome_platforms: Optional[str] = None,
        outcome_attribution: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> OutcomesData:
        """Read the app's outcome numbers (clicks, session time, custom outcomes) for a period."""
        return self._call(E.GET_OUTCOMES, locals())

    def get_player(
        self,
        app_id: str,
        player_id: str,
        *,
        email_auth_hash: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> Player:
        """Read one device record (player)."""
        return self._call(E.GET_PLAYER, locals())

    def get_players(
        self,
        app_id: str,
        *,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        **options: Unpack[CallOptions],
    ) -> PlayerSlice:
        """Read one page of the app's device records (players)."""
        return self._call(E.GET_PLAYERS, locals())

    def identify_user_by_alias(
        self,
        app_id: str,
        alias_label: str,
        alias_id: str,
        user_identity_request_body: Union[UserIdentityRequestBody, Mapping[str, Any]],
        **options: Unpack[CallOptions],
    ) -> InlineResponse200:
        """Add aliases to a user found by one of its aliases (existing labels are overwritten)."""
        return self._call(E.IDENTIFY_USER_BY_ALIAS, locals())

    def identify_user_by_subscription_id(
        self,
        app_id: str,
        subscription_id: str,
        user_identity_request_body: Union[UserIdentityRequestBody, Mapping[str, Any]],
        **options: Unpack[CallOptions],
    ) -> UserIdentityResponse:
        """Add aliases to the user who owns a subscription."""
        return self._call(E.IDENTIFY_USER_BY_SUBSCRIPTION_ID, locals())

    def transfer_subscription(
        self,
        app_id: str,
        subscription_id: str,
        transfer_subscription_request_body: Union[TransferSubscriptionRequestBody, Mapping[str, Any]],
        **options: Unpack[CallOptions],
    ) -> UserIdentityResponse:
        """Move a subscription to another user, named by one of that user's aliases."""
        return self._call(E.TRANSFER_SUBSCRIPTION, locals())

    def update_app(self, app_id: str, app: Union[App, Mapping[str, Any]], **options: Unpack[CallOptions]) -> App:
        """Change the name or settings of an app (needs the user key)."""
        return self._call(E.UPDATE_APP, locals())

    def update_live_activity(
        self,
        app_id: str,
        activity_id: str,
        update_live_activity_request: Union[UpdateLiveActivityRequest, Mapping[str, Any]],
        **options: Unpack[CallOptions],
    ) -> UpdateLiveActivitySuccessResponse:
        """Push an update to, or the end of, a Live Activity."""
        return self._call(E.UPDATE_LIVE_ACTIVITY, locals())

    def update_player(
        self,
        player_id: str,
        player: Union[Player, Mapping[str, Any]],
        **options: Unpack[CallOptions],
    ) -> UpdatePlayerSuccessResponse:
        """Change fields of a device record (player)."""
        return self._call(E.UPDATE_PLAYER, locals())

    def update_player_tags(
        self,
        app_id: str,
        external_user_id: str,
        *,
        update_player_tags_request_body: Optional[Union[UpdatePlayerTagsRequestBody, Mapping[str, Any]]] = None,
        **options: Unpack[CallOptions],
    ) -> UpdatePlayerTagsSuccessResponse:
        """Set tags on every device of an external user id; a tag set to '' is removed."""
        return self._call(E.UPDATE_PLAYER_TAGS, locals())

    def update_subscription(
        self,
        app_id: str,
        subscription_id: str,
        update_subscription_request_body: Union[UpdateSubscriptionRequestBody, Mapping[str, Any]],
        **options: Unpack[CallOptions],
    ) -> None:
        """Change a subscription (token, enabled state, ...)."""
        return self._call(E.UPDATE_SUBSCRIPTION, locals())

    def update_user(
        self,
        app_id: str,
        alias_label: str,
        alias_id: str,
        update_user_request: Union[UpdateUserRequest, Mapping[str, Any]],
        **options: Unpack[CallOptions],
    ) -> InlineResponse202:
        """Set properties of a user and add deltas (session time and count, purchases)."""
        return self._call(E.UPDATE_USER, locals())

    # Conveniences built on the operations above.

    def iter_notifications(self, app_id: str, kind: Optional[int] = None,
                           page_size: int = 50) -> Iterator[NotificationWithMeta]:
        """Yield every notification of the app, newest first, fetching one page of ``page_size`` at a time."""
        from onesignal.paging import iterate_pages
        self.api_client.check_arguments(E.GET_NOTIFICATIONS, {"app_id": app_id, "kind": kind})
        return iterate_pages(lambda limit, offset: self.get_notifications(app_id, limit=limit, offset=offset,
                                                                          kind=kind),
                             "notifications", page_size, max_page_size=50)

    def iter_players(self, app_id: str, page_size: int = 300) -> Iterator[Player]:
        """Yield every device record (player) of the app, fetching one page of ``page_size`` at a time."""
        from onesignal.paging import iterate_pages
        self.api_client.check_arguments(E.GET_PLAYERS, {"app_id": app_id})
        return iterate_pages(lambda limit, offset: self.get_players(app_id, limit=limit, offset=offset),
                             "players", page_size, max_page_size=300)

    def create_notification_batched(
        self,
        notification: Union[Notification, Mapping[str, Any]],
        *,
        external_ids: Sequence[str],
        batch_size: int = 2000,
    ) -> List[BatchResult]:
        """Send ``notification`` to users by external id, ``batch_size`` (at most 2,000) ids per request.

        Each batch targets its ids through ``include_aliases`` (the notification must not target anyone else)
        and has its own idempotency key, derived from the notification's ``idempotency_key`` and the batch's ids
        when it has one, so running the same call again sends nothing twice. Returns one ``BatchResult`` per
        batch, in order (``sent``, ``ok``, ``errors``, the ``body`` sent); a failed batch holds its error and the
        others still go.
        """
        from onesignal.batching import send_in_batches
        return send_in_batches(self.create_notification, notification, external_ids, batch_size)
