"""Declaration of the ``StringMap`` model."""
from __future__ import annotations

from onesignal.model.language_string_map import LanguageStringMap


class StringMap(LanguageStringMap):
    """A text in several languages, keyed by language code, with English as the fallback.

    Used for the headings, contents and subtitle of a notification. This is the 2.x name of LanguageStringMap:
    it has the same fields, and every StringMap is also a LanguageStringMap.
    """
