"""The journal of a bulk run: an append-only file of the keys of the items that finished well.

Format: a first line naming the operation (``{"onesignal_journal": 1, "operation": "update_user"}``), then
one JSON string per line, one line per finished item.

What "durable" means here:

* Each key is written with one ``write`` to a file opened for appending, as soon as its item has finished, so
  it is in the operating system's hands before the next item is recorded: a crash of the process (an
  exception, ``kill -9``, running out of memory) loses no recorded key.
* The file is ``fsync``-ed at most every ``sync_every`` seconds while records come in, and when the run ends,
  so a crash of the machine itself (power loss) can lose at most the last ``sync_every`` seconds of records;
  those items are then sent again by the next run.
* A line cut short by such a crash has no newline: it is dropped (and cut off the file) when the journal is
  opened again, so an item is either recorded whole or not at all.
* The one window no local file can close: a request the server processed whose answer the process did not
  live to record. Items in that window are sent again; they are as few as the requests in flight at the crash.
"""
from __future__ import annotations

import json
import os
import time
from typing import Any, Callable, Optional, Set

FORMAT_VERSION = 1


class JournalError(ValueError):
    """The journal file cannot be used: another operation's, or damaged."""


class Journal:
    """The finished keys of one operation, read from ``path`` and appended to it as items finish.

    Not thread-safe: one thread records (the run's coordinating thread).
    """

    def __init__(self, path: "os.PathLike[str] | str", operation: str, *, sync_every: float = 0.5,
                 now: Callable[[], float] = time.monotonic) -> None:
        self.path = os.fspath(path)
        self.operation = operation
        self._sync_every = sync_every
        self._now = now
        self._finished: Set[str] = set()
        self._fd: Optional[int] = None
        self._unsynced = False
        self._last_sync = now()

    def open(self) -> "Journal":
        """Read what earlier runs finished and get ready to append; creates the file when it does not exist."""
        new = not os.path.exists(self.path)
        if not new:
            self._read()
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        if new or os.fstat(self._fd).st_size == 0:
            header = {"onesignal_journal": FORMAT_VERSION, "operation": self.operation}
            self._write(json.dumps(header) + "\n")
            os.fsync(self._fd)
            _sync_directory(self.path)
        return self

    def __contains__(self, key: object) -> bool:
        return key in self._finished

    def __len__(self) -> int:
        return len(self._finished)

    def record(self, key: str) -> None:
        """Append ``key`` as finished (in the OS at once; on disk within ``sync_every`` seconds)."""
        self._write(json.dumps(key) + "\n")
        self._finished.add(key)
        self._unsynced = True
        if self._now() - self._last_sync >= self._sync_every:
            self.sync()

    def sync(self) -> None:
        """Force what was recorded onto the disk."""
        if self._fd is not None and self._unsynced:
            os.fsync(self._fd)
            self._unsynced = False
        self._last_sync = self._now()

    def close(self) -> None:
        """Sync and close; a second call does nothing."""
        if self._fd is not None:
            try:
                self.sync()
            finally:
                os.close(self._fd)
                self._fd = None

    def __enter__(self) -> "Journal":
        return self.open()

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def _write(self, text: str) -> None:
        assert self._fd is not None, "the journal is not open"
        data = text.encode("utf-8")
        while data:
            written = os.write(self._fd, data)
            data = data[written:]

    def _read(self) -> None:
        """Load the recorded keys line by line (memory holds the keys, not the file)."""
        complete = 0  # bytes of whole lines
        with open(self.path, "rb") as stream:
            for number, line in enumerate(stream, start=1):
                if not line.endswith(b"\n"):
                    break  # a line cut short by a crash: it was never recorded
                complete += len(line)
                if number == 1:
                    self._check_header(line)
                else:
                    self._finished.add(self._key(line, number))
        if complete < os.path.getsize(self.path):
            with open(self.path, "r+b") as stream:
                stream.truncate(complete)

    def _check_header(self, line: bytes) -> None:
        try:
            header = json.loads(line)
        except ValueError:
            header = None
        if not isinstance(header, dict) or header.get("onesignal_journal") != FORMAT_VERSION:
            raise JournalError(f"{self.path} is not a journal of a bulk run")
        if header.get("operation") != self.operation:
            raise JournalError(f"{self.path} is the journal of {header.get('operation')!r}, "
                               f"not of {self.operation!r}: use another file")

    def _key(self, line: bytes, number: int) -> str:
        try:
            key = json.loads(line)
        except ValueError:
            key = None
        if not isinstance(key, str):
            raise JournalError(f"{self.path}, line {number}: not a recorded key (the file is damaged)")
        return key


def _sync_directory(path: str) -> None:
    """Make the new file's directory entry durable too (where the platform allows opening a directory)."""
    flag = getattr(os, "O_DIRECTORY", None)
    if flag is None:
        return
    fd = os.open(os.path.dirname(os.path.abspath(path)), os.O_RDONLY | flag)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
