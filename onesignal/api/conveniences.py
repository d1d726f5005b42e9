"""The hand-written part of ``DefaultApi``: its constructor, the call it hands every operation to, and the
conveniences built on the operations (paging iterators, batched sends, bulk runs, export reading). The
operations themselves are generated from the endpoint table into ``default_api.py``."""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Tuple, \
    Union

from onesignal.api import endpoints as E
from onesignal.api_client import ApiClient
from onesignal.endpoint import Endpoint
from onesignal.exceptions import ApiTypeError
from onesignal.validation import check_int_range

if TYPE_CHECKING:
    from onesignal.batching import BatchResult
    from onesignal.bulk.progress import ProgressEvent
    from onesignal.bulk.report import BulkReport
    from onesignal.exports import ExportRows
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

    def _offset_pages(self, endpoint: Endpoint, arguments: Dict[str, Any], items_field: str, page_size: int,
                      max_page_size: int) -> Iterator[Any]:
        """The items of every page of an offset-paged list, each page fetched once (arguments checked now)."""
        from onesignal.paging import iterate_pages
        self.api_client.check_arguments(endpoint, arguments)
        return iterate_pages(lambda limit, offset: self._call(endpoint, {
            **arguments, "limit": limit, "offset": offset}, {}), items_field, page_size, max_page_size=max_page_size)

    def _cursor_pages(self, endpoint: Endpoint, arguments: Dict[str, Any], cursor_argument: str, items_field: str,
                      cursor_field: str, more_field: Optional[str] = None,
                      start: Optional[str] = None) -> Iterator[Any]:
        """The items of every page of a cursor-paged list, each page fetched once (arguments checked now)."""
        from onesignal.paging import iterate_cursor
        self.api_client.check_arguments(endpoint, {**arguments, cursor_argument: start})
        return iterate_cursor(lambda cursor: self._call(endpoint, {**arguments, cursor_argument: cursor}, {}),
                              items_field, cursor_field, more_field, start)

    def iter_notifications(self, app_id: str, kind: Optional[int] = None, page_size: int = 50, *,
                           time_offset: Optional[str] = None) -> Iterator[NotificationWithMeta]:
        """Yield every notification of the app, fetching one page of ``page_size`` at a time.

        By default newest first, paging by offset. With ``time_offset`` (an ISO 8601 time) it walks forward
        from that time, oldest first, each page continuing from the previous page's ``next_time_offset``: a
        walk that new notifications arriving meanwhile cannot shift.
        """
        limit = check_int_range(page_size, "page_size", 1, 50)
        if time_offset is not None:
            return self._cursor_pages(E.GET_NOTIFICATIONS, {"app_id": app_id, "limit": limit, "kind": kind},
                                      "time_offset", "notifications", "next_time_offset", start=time_offset)
        return self._offset_pages(E.GET_NOTIFICATIONS, {"app_id": app_id, "kind": kind}, "notifications", limit, 50)

    def iter_players(self, app_id: str, page_size: int = 300) -> Iterator[Player]:
        """Yield every device record (player) of the app, fetching one page of ``page_size`` at a time."""
        return self._offset_pages(E.GET_PLAYERS, {"app_id": app_id}, "players", page_size, 300)

    def iter_segments(self, app_id: str, page_size: int = 300) -> Iterator[SegmentData]:
        """Yield every segment of the app, fetching one page of ``page_size`` (at most 300) at a time."""
        return self._offset_pages(E.GET_SEGMENTS, {"app_id": app_id}, "segments", page_size, 300)

    def iter_templates(self, app_id: str, channel: Optional[str] = None,
                       page_size: int = 50) -> Iterator[TemplateResource]:
        """Yield every template of the app (of one ``channel`` when given), one page of ``page_size`` at a time."""
        return self._offset_pages(E.VIEW_TEMPLATES, {"app_id": app_id, "channel": channel}, "templates", page_size,
                                  50)

    def iter_journeys(self, app_id: str, page_size: Optional[int] = None) -> Iterator[JourneyListItem]:
        """Yield every journey of the app, following each page's ``next_cursor``."""
        limit = None if page_size is None else check_int_range(page_size, "page_size", 1, MAX_CURSOR_PAGE)
        return self._cursor_pages(E.VIEW_JOURNEYS, {"app_id": app_id, "limit": limit}, "cursor", "journeys",
                                  "next_cursor", "has_more")

    def iter_audit_logs(self, organization_id: str, page_size: Optional[int] = None,
                        **filters: Any) -> Iterator[AuditLogEvent]:
        """Yield every event of the organization's audit log, newest first, following ``next_cursor``.

        ``filters`` are the optional arguments of ``list_audit_logs`` (``start_time``, ``app_ids``,
        ``actions``...), checked before the first request.
        """
        limit = None if page_size is None else check_int_range(page_size, "page_size", 1, MAX_CURSOR_PAGE)
        allowed = {p.name for p in E.LIST_AUDIT_LOGS.params} - {"organization_id", "cursor", "limit"}
        unknown = sorted(set(filters) - allowed)
        if unknown:
            raise ApiTypeError(f"got an unexpected keyword argument {unknown[0]!r}", ["iter_audit_logs"])
        return self._cursor_pages(E.LIST_AUDIT_LOGS, {**filters, "organization_id": organization_id, "limit": limit},
                                  "cursor", "audit_logs", "next_cursor", "has_more")

    def create_notification_batched(
        self,
        notification: Union[Notification, Mapping[str, Any]],
        *,
        external_ids: Sequence[str],
        batch_size: int = 2000,
        workers: int = 1,
    ) -> List[BatchResult]:
        """Send ``notification`` to users by external id, ``batch_size`` ids per request (at most 20,000).

        Each batch targets its ids through ``include_aliases`` (the notification must not target anyone else)
        and has its own idempotency key, derived from the notification's ``idempotency_key`` and the batch's ids
        when it has one, so running the same call again sends nothing twice. The default of 2,000 ids per
        request is the limit older API descriptions give and keeps a failed or repeated request small; the
        current API takes 20,000. With ``workers`` above 1, batches go concurrently at a pace shared by the
        workers that backs off on 429 answers (each 429 is retried: it was not processed). Returns one
        ``BatchResult`` per batch, in order (``sent``, ``ok``, ``errors``, the ``body`` sent); a failed batch
        holds its error and the others still go. A batch the API accepted keeps its answer even when that
        answer cannot be decoded (``accepted`` true, ``raw_answer``).
        """
        from onesignal.batching import RawAnswer, send_in_batches

        def send(body: Dict[str, Any]) -> RawAnswer:
            response = self._call(E.CREATE_NOTIFICATION, {"notification": body},
                                  {"_preload_content": False, "_retries": 0})
            try:
                return RawAnswer(response.status, response.data, dict(response.headers))
            finally:
                response.release_conn()
        return send_in_batches(send, notification, external_ids, batch_size,
                               configuration=self.api_client.configuration, workers=workers)

    def map(
        self,
        operation: Union[str, Callable[..., Any]],
        items: Iterable[Union[Mapping[str, Any], Tuple[Any, ...]]],
        *,
        workers: int = 16,
        max_rate: Optional[float] = None,
        progress: Union[bool, Callable[[ProgressEvent], Any]] = False,
        journal: Optional[Union[str, "os.PathLike[str]"]] = None,
        key: Optional[Callable[[Any], str]] = None,
    ) -> BulkReport:
        """Call ``operation`` once per item of ``items``, on ``workers`` threads, and report how it went.

        ``operation`` is a method name (``"update_user"``) or a bound method of this ``DefaultApi``. ``items``
        is any iterable, read as the work goes (a generator of ten million items uses bounded memory), of
        keyword-argument mappings or tuples of positional arguments for it. Each item is checked before
        anything is sent; a bad item is reported as failed and the run goes on.

        Pace: with ``max_rate`` (requests per second) the run never goes faster. Without it, it finds the
        server's limit: on a 429 every worker pauses for the ``Retry-After``, the pace drops below what got
        through in the last second, then climbs back to just under it. A 429 is retried (it was not
        processed); other failures are retried by the SDK's rules (``Configuration.retries``; 5xx and lost
        connections only for operations safe to repeat), and the final ones go into the report.

        ``progress=True`` shows a bar with the rate and the time left (tqdm when installed:
        ``pip install onesignal[progress]``; else a line on stderr); a callable gets a ``ProgressEvent`` after
        each item instead. ``journal`` (a file path) with ``key`` (a function giving each item's unique text):
        each finished item's key is appended to the journal as it finishes, and a rerun with the same journal
        skips those items, so a crash or Ctrl-C repeats nothing that succeeded. Ctrl-C stops the run cleanly:
        requests under way finish and are recorded, then ``onesignal.bulk.BulkInterrupted`` (a
        ``KeyboardInterrupt``) is raised with the ``report`` so far.

        Returns a ``BulkReport``: ``ok``, ``failed`` (``(item, exception)`` pairs, as they finished), ``skipped``,
        ``throttled`` (429 answers), ``requests``, ``elapsed``.
        """
        from onesignal.bulk.mapping import run_map
        return run_map(self, operation, items, workers=workers, max_rate=max_rate, progress=progress,
                       journal=journal, key=key)

    def read_export(self, csv_file_url: str, *, wait: bool = True, timeout: float = 600,
                    progress: Union[bool, Callable[[ProgressEvent], Any]] = False) -> ExportRows:
        """The rows of a CSV export as dicts keyed by its header, read as the file downloads.

        ``csv_file_url`` is the ``csv_file_url`` of ``export_subscriptions`` / ``export_players`` /
        ``export_events``. The file answers 404 until the export is written: with ``wait`` it is asked again,
        at growing intervals, for up to ``timeout`` seconds, then ``onesignal.exports.ExportNotReady`` is
        raised. The file is gzip-compressed CSV, decompressed and parsed as it arrives (a multi-gigabyte export
        uses bounded memory). It is not on the API host, and gets no key: the request carries none of this
        client's headers, only the ``Configuration``'s TLS and proxy settings. ``progress`` as for ``map``
        (events every 1,000 rows). Close the returned ``ExportRows`` (or use it in a ``with`` block) to stop
        early.
        """
        from onesignal.exports import open_export
        return open_export(csv_file_url, self.api_client.configuration, wait=wait, timeout=timeout,
                           progress=progress)
