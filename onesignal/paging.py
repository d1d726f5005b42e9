"""Lazy iteration over the list endpoints that answer one page at a time: by offset (notifications, players,
segments, templates) or by cursor (notifications from a time, journeys, audit logs)."""
from __future__ import annotations

from typing import Any, Callable, Iterator, Optional

from onesignal.validation import check_int_range


def iterate_pages(fetch_page: Callable[[int, int], Any], items_field: str, page_size: int,
                  max_page_size: int) -> Iterator[Any]:
    """Every item of every page, lazily, fetching each page once and only when the previous one is used up.

    ``fetch_page(limit, offset)`` returns a slice model with ``total_count`` and the list ``items_field``.
    Iteration stops once ``total_count`` items have been seen or at the first empty page; without a
    ``total_count``, a short page is the last.
    """
    return _pages(fetch_page, items_field, check_int_range(page_size, "page_size", 1, max_page_size))


def _pages(fetch_page: Callable[[int, int], Any], items_field: str, page_size: int) -> Iterator[Any]:
    offset = 0
    while True:
        page = fetch_page(page_size, offset)
        items = page.get(items_field) or []
        yield from items
        offset += len(items)
        total = page.get("total_count")
        if not items or (offset >= total if isinstance(total, int) else len(items) < page_size):
            return


def iterate_cursor(fetch_page: Callable[[Optional[str]], Any], items_field: str, cursor_field: str,
                   more_field: Optional[str] = None, start: Optional[str] = None) -> Iterator[Any]:
    """Every item of every page of a cursor-paged list, lazily, fetching each page once.

    ``fetch_page(cursor)`` returns a page with the list ``items_field`` and the cursor of the next page in
    ``cursor_field`` (``next_cursor``, ``next_time_offset``). Iteration stops at an empty page, when the page
    says there is no more (``more_field`` false), when it gives no next cursor, or when the next cursor is the
    one just used (which would fetch the same page forever).
    """
    cursor = start
    while True:
        page = fetch_page(cursor)
        items = page.get(items_field) or []
        yield from items
        following = page.get(cursor_field)
        if not items or (more_field is not None and page.get(more_field) is False) or not following \
                or following == cursor:
            return
        cursor = str(following)
