"""Bulk work at the API's limits: ``DefaultApi.map`` runs one operation over many items concurrently, at a pace
that finds the server's rate limit, with a journal that lets a rerun skip what finished.

Modules: ``rate`` (the shared pace), ``attempts`` (one item's requests and retries), ``pool`` (worker threads
fed lazily), ``journal`` (finished keys on disk), ``items`` (operation and item checks), ``progress`` (bars and
events), ``report`` (the outcome), ``mapping`` (``map`` itself).
"""
from onesignal.bulk.progress import ProgressEvent
from onesignal.bulk.report import BulkInterrupted, BulkReport

__all__ = ["BulkInterrupted", "BulkReport", "ProgressEvent"]
