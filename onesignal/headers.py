"""Headers whose values must not be seen: a request's key and cookie travel sealed, shown as ``***``."""
from __future__ import annotations

from typing import Any, Dict, Mapping, Optional


def header_value(headers: Mapping[str, str], name: str) -> Optional[str]:
    """A header's value, whatever the case of its name in ``headers``; None when it is absent."""
    value = headers.get(name)
    if value is not None:
        return value
    wanted = name.lower()
    return next((v for k, v in headers.items() if k.lower() == wanted), None)


class Sealed:
    """A header value that must not be seen (a key, a cookie): ``repr`` and ``str`` show ``***``.

    Kept in an object of its own so that no frame on the path of a request holds it as a plain string:
    traceback printers that show local variables (``capture_locals``, ``pytest -l``, error trackers) see
    ``***``.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "'***'"

    __str__ = __repr__

    def __reduce__(self) -> Any:
        raise TypeError("a sealed header value cannot be pickled")


class Headers:
    """The headers of a request: plain ones, and sealed ones that only ``wire()`` reveals, for urllib3."""

    __slots__ = ("plain", "sealed")

    def __init__(self, plain: Mapping[str, str], sealed: Optional[Mapping[str, Sealed]] = None) -> None:
        self.plain = plain
        self.sealed = sealed or {}

    def wire(self) -> Dict[str, str]:
        headers = dict(self.plain)
        for name, value in self.sealed.items():
            headers[name] = value.reveal()
        return headers

    def __repr__(self) -> str:
        shown = dict(self.plain)
        shown.update((name, "***") for name in self.sealed)
        return f"Headers({shown!r})"
