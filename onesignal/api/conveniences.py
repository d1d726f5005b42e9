"""The hand-written part of ``DefaultApi``: its constructor, the call it hands every operation to, and the
conveniences built on the operations (paging iterators, batched sends). The operations themselves are
generated from the endpoint table into ``default_api.py``."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator, List, Mapping, Optional, Sequence, Union

from onesignal.api import endpoints as E
from onesignal.api_client import ApiClient
from onesignal.endpoint import Endpoint
from onesignal.exceptions import ApiTypeError
from onesignal.validation import check_int_range

if TYPE_CHECKING:
    from onesignal.batching import BatchResult
    from onesignal.model.notification import Notification
    from onesignal.model.notification_with_meta import NotificationWithMeta
    from onesignal.model.audit_log_event import AuditLogEvent
    from onesignal.model.journey_list_item import JourneyListItem
    from onesignal.model.player import Player
    from onesignal.model.segment_data import SegmentData
    from onesignal.model.template_resource import TemplateResource

MAX_CURSOR_PAGE = 1000  # cursor pages whose limit the API does not document: let the server judge below this


class ApiBase:
    """What every ``DefaultApi`` has besides its operations."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def _call(self, endpoint: Endpoint, arguments: Mapping[str, Any], options: Mapping[str, Any]) -> Any:
        return self.api_client.call_endpoint(endpoint, arguments, options)

    def iter_notifications(self, app_id: str, kind: Optional[int] = None, page_size: int = 50, *,
                           time_offset: Optional[str] = None) -> Iterator[NotificationWithMeta]:
        """Yield every notification of the app, fetching one page of ``page_size`` at a time.

        By default newest first, paging by offset. With ``time_offset`` (an ISO 8601 time) it walks forward
        from that time, oldest first, each page continuing from the previous page's ``next_time_offset``: a
        walk that new notifications arriving meanwhile cannot shift.
        """
        from onesignal.paging import iterate_cursor, iterate_pages
        limit = check_int_range(page_size, "page_size", 1, 50)
        self.api_client.check_arguments(E.GET_NOTIFICATIONS, {"app_id": app_id, "kind": kind,
                                                              "time_offset": time_offset})
        if time_offset is not None:
            return iterate_cursor(lambda cursor: self._call(E.GET_NOTIFICATIONS, {
                "app_id": app_id, "limit": limit, "kind": kind, "time_offset": cursor}, {}),
                "notifications", "next_time_offset", start=time_offset)
        return iterate_pages(lambda limit, offset: self._call(E.GET_NOTIFICATIONS, {
            "app_id": app_id, "limit": limit, "offset": offset, "kind": kind}, {}),
            "notifications", page_size, max_page_size=50)

    def iter_players(self, app_id: str, page_size: int = 300) -> Iterator[Player]:
        """Yield every device record (player) of the app, fetching one page of ``page_size`` at a time."""
        from onesignal.paging import iterate_pages
        self.api_client.check_arguments(E.GET_PLAYERS, {"app_id": app_id})
        return iterate_pages(lambda limit, offset: self._call(E.GET_PLAYERS, {
            "app_id": app_id, "limit": limit, "offset": offset}, {}),
            "players", page_size, max_page_size=300)

    def iter_segments(self, app_id: str, page_size: int = 300) -> Iterator[SegmentData]:
        """Yield every segment of the app, fetching one page of ``page_size`` (at most 300) at a time."""
        from onesignal.paging import iterate_pages
        self.api_client.check_arguments(E.GET_SEGMENTS, {"app_id": app_id})
        return iterate_pages(lambda limit, offset: self._call(E.GET_SEGMENTS, {
            "app_id": app_id, "limit": limit, "offset": offset}, {}),
            "segments", page_size, max_page_size=300)

    def iter_templates(self, app_id: str, channel: Optional[str] = None,
                       page_size: int = 50) -> Iterator[TemplateResource]:
        """Yield every template of the app (of one ``channel`` when given), one page of ``page_size`` at a time."""
        from onesignal.paging import iterate_pages
        self.api_client.check_arguments(E.VIEW_TEMPLATES, {"app_id": app_id, "channel": channel})
        return iterate_pages(lambda limit, offset: self._call(E.VIEW_TEMPLATES, {
            "app_id": app_id, "limit": limit, "offset": offset, "channel": channel}, {}),
            "templates", page_size, max_page_size=50)

    def iter_journeys(self, app_id: str, page_size: Optional[int] = None) -> Iterator[JourneyListItem]:
        """Yield every journey of the app, following each page's ``next_cursor``."""
        from onesignal.paging import iterate_cursor
        limit = None if page_size is None else check_int_range(page_size, "page_size", 1, MAX_CURSOR_PAGE)
        self.api_client.check_arguments(E.VIEW_JOURNEYS, {"app_id": app_id})
        return iterate_cursor(lambda cursor: self._call(E.VIEW_JOURNEYS, {
            "app_id": app_id, "cursor": cursor, "limit": limit}, {}), "journeys", "next_cursor", "has_more")

    def iter_audit_logs(self, organization_id: str, page_size: Optional[int] = None,
                        **filters: Any) -> Iterator[AuditLogEvent]:
        """Yield every event of the organization's audit log, newest first, following ``next_cursor``.

        ``filters`` are the optional arguments of ``list_audit_logs`` (``start_time``, ``app_ids``,
        ``actions``...), checked before the first request.
        """
        from onesignal.paging import iterate_cursor
        limit = None if page_size is None else check_int_range(page_size, "page_size", 1, MAX_CURSOR_PAGE)
        arguments = {**filters, "organization_id": organization_id, "limit": limit}
        allowed = {p.name for p in E.LIST_AUDIT_LOGS.params} - {"organization_id", "cursor", "limit"}
        unknown = sorted(set(filters) - allowed)
        if unknown:
            raise ApiTypeError(f"got an unexpected keyword argument {unknown[0]!r}", ["iter_audit_logs"])
        self.api_client.check_arguments(E.LIST_AUDIT_LOGS, arguments)
        return iterate_cursor(lambda cursor: self._call(E.LIST_AUDIT_LOGS, {**arguments, "cursor": cursor}, {}),
                              "audit_logs", "next_cursor", "has_more")

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

        def send(body: Any) -> Any:
            return self._call(E.CREATE_NOTIFICATION, {"notification": body}, {})
        return send_in_batches(send, notification, external_ids, batch_size)
