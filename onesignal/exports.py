"""Reading a CSV export (``export_players`` / ``export_subscriptions`` / ``export_events``) as rows.

The export's file is not on the API host: it is a signed URL, often on a storage service, that answers 404
until the export is written (about 2,000 records a second). It is fetched by a request of its own, through a
connection pool built from the ``Configuration``'s TLS and proxy settings but carrying none of the API
client's headers: no ``Authorization``, no key, whatever host the URL names. The file is gzip-compressed CSV;
it is decompressed and parsed as it downloads, so a file of several gigabytes is read in bounded memory.
"""
from __future__ import annotations

import csv
import gzip
import io
import threading
import zlib
from typing import IO, Any, Dict, Iterator, List, Optional, Union, cast
from urllib.parse import urlsplit

import urllib3
from urllib3.exceptions import HTTPError

from onesignal import __version__
from onesignal.bulk.progress import Progress, ProgressEvent, ProgressSink, make_sink
from onesignal.bulk.rate import Clock, SystemClock
from onesignal.configuration import Configuration
from onesignal.exceptions import ApiConnectionError, ApiException, ApiTypeError, ApiValueError, \
    NotFoundException, exception_class_for
from onesignal.retry import RETRY_STATUSES
from onesignal.validation import check_number

FIRST_POLL = 1.0  # seconds before asking again for a file that is not ready
POLL_GROWTH = 1.5  # each later wait is this much longer...
MAX_POLL = 30.0  # ...up to this
PROGRESS_EVERY = 1000  # rows between two progress events
GZIP_MAGIC = b"\x1f\x8b"
TRANSIENT_STATUSES = RETRY_STATUSES | {404, 429}  # worth asking again while waiting: not there yet, or busy


class ExportNotReady(NotFoundException):
    """The export's file still answered 404 when the wait ended (or at once, with ``wait=False``)."""


class ExportRows(Iterator[Dict[str, Optional[str]]]):
    """The rows of an export file as it downloads: each a dict keyed by the CSV header (``fieldnames``).

    Use it in a ``for`` loop; ``close()`` (or a ``with`` block) ends the download early. ``rows_read`` and
    ``bytes_read`` (compressed bytes received) tell how far it got.
    """

    def __init__(self, response: Any, pool: urllib3.PoolManager, sink: Optional[ProgressSink], clock: Clock) -> None:
        self._response = response
        self._pool = pool
        self._sink = sink
        self._clock = clock
        self._started = clock.now()
        length = response.headers.get("Content-Length")
        self._bytes_total = int(length) if length and length.isdigit() else None
        self._reader = csv.DictReader(_text_of(response))
        self.rows_read = 0
        self._closed = False
        try:
            self.fieldnames: List[str] = list(self._reader.fieldnames or [])
        except BaseException:
            self.close()
            raise

    @property
    def bytes_read(self) -> int:
        return int(self._response.tell())

    def __iter__(self) -> "ExportRows":
        return self

    def __next__(self) -> Dict[str, Optional[str]]:
        if self._closed:
            raise StopIteration
        try:
            row = next(self._reader)
        except StopIteration:
            self._report(finished=True)
            self.close()
            raise
        except (HTTPError, EOFError, ConnectionError) as error:
            self.close()
            raise ApiConnectionError(f"the download of the export broke off after {self.rows_read:,} rows: "
                                     f"{error}") from None
        except (OSError, zlib.error, UnicodeDecodeError, csv.Error) as error:
            self.close()
            raise ApiException(200, f"the export file could not be read after {self.rows_read:,} rows: "
                                    f"{error}") from None
        except BaseException:
            self.close()
            raise
        self.rows_read += 1
        if self.rows_read % PROGRESS_EVERY == 0:
            self._report(finished=False)
        return cast(Dict[str, Optional[str]], row)

    def close(self) -> None:
        """Stop downloading and free the connection; a second call does nothing."""
        if self._closed:
            return
        self._closed = True
        try:
            self._response.close()
        finally:
            self._pool.clear()
            if self._sink is not None:
                self._sink.close()

    def __enter__(self) -> "ExportRows":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def _report(self, finished: bool) -> None:
        if self._sink is not None:
            self._sink.update(ProgressEvent("read_export", self.rows_read, None, self._clock.now() - self._started,
                                            ok=self.rows_read, bytes_read=self.bytes_read,
                                            bytes_total=self._bytes_total, finished=finished))


def open_export(csv_file_url: str, configuration: Configuration, *, wait: bool = True, timeout: float = 600.0,
                progress: Progress = False, clock: Optional[Clock] = None, first_poll: float = FIRST_POLL,
                max_poll: float = MAX_POLL) -> ExportRows:
    """Wait (polling with growing pauses) until the file at ``csv_file_url`` is ready, then return its rows.

    Raises ``ExportNotReady`` when it still answers 404 after ``timeout`` seconds (at once with
    ``wait=False``), the ``ApiException`` of any other failing status, ``ApiConnectionError`` when the file's
    host cannot be reached.
    """
    url = _checked_url(csv_file_url)
    check_number(timeout, "timeout")
    sink = make_sink(progress, "read_export", "row", None)
    clock = clock if clock is not None else SystemClock()
    from onesignal.rest import pool_manager
    pool = pool_manager(configuration, num_pools=2, maxsize=1)  # none of the API client's headers or keys
    try:
        response = _when_ready(pool, url, configuration, wait, timeout, clock, first_poll, max_poll)
        return ExportRows(response, pool, sink, clock)
    except BaseException:
        pool.clear()
        if sink is not None:
            sink.close()
        raise


def _when_ready(pool: urllib3.PoolManager, url: str, configuration: Configuration, wait: bool, timeout: float,
                clock: Clock, first_poll: float, max_poll: float) -> Any:
    """The file's 200 response, its body not read yet."""
    headers = {"User-Agent": f"onesignal-python/{__version__}", "Accept": "*/*"}  # and nothing else: no key
    limit = configuration.timeout
    request_timeout = (urllib3.Timeout(connect=limit[0], read=limit[1]) if isinstance(limit, (tuple, list))
                       else urllib3.Timeout(connect=limit, read=limit))
    deadline = clock.now() + timeout
    pause = first_poll
    never = threading.Event()
    while True:
        try:
            response = pool.urlopen("GET", url, headers=headers, timeout=request_timeout, retries=3,
                                    redirect=True, preload_content=False)
        except HTTPError as error:
            raise ApiConnectionError(f"could not download the export from {_shown(url)}: {error}") from None
        if response.status == 200:
            return response
        if response.status not in TRANSIENT_STATUSES:
            response.read()
            raise exception_class_for(response.status)(http_resp=response)
        response.drain_conn()
        response.release_conn()
        if not wait or clock.now() + pause > deadline:
            raise ExportNotReady(404, f"the export at {_shown(url)} was not ready "
                                      + (f"after {timeout:g} s" if wait else "(wait=False)")
                                      + f": it answered {response.status}; exports take about a second per 2,000 "
                                        "records, so try again later or give a longer timeout")
        clock.sleep(pause, never)
        pause = min(max_poll, pause * POLL_GROWTH)


def _text_of(response: Any) -> IO[str]:
    """The response body as text, gunzipped on the fly when it is gzip (as export files are)."""
    response.auto_close = False  # at the end of the body, let the readers above see EOF, not a closed file
    buffered = io.BufferedReader(response, 64 * 1024)
    source: Union[io.BufferedReader, gzip.GzipFile] = buffered
    if buffered.peek(2)[:2] == GZIP_MAGIC:
        source = gzip.GzipFile(fileobj=buffered, mode="rb")
    return io.TextIOWrapper(source, encoding="utf-8-sig", newline="")


def _checked_url(value: Any) -> str:
    if not isinstance(value, str):
        raise ApiTypeError(f"expected str, got {type(value).__name__}", ["csv_file_url"])
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ApiValueError(f"expected an http(s) URL, got {_shown(value)!r}", ["csv_file_url"])
    return value.strip()


def _shown(url: str) -> str:
    """The URL without its query, which for a signed URL is a credential."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}" if parts.scheme else url.split("?", 1)[0]
