"""Lazy iteration over the list endpoints that answer one page at a time (notifications, players)."""
from __future__ import annotations

from typing import Any, Callable, Iterator

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
