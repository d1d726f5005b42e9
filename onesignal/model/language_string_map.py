"""Declaration of the ``LanguageStringMap`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class LanguageStringMap(Model):
    """One text given in several languages, each under its language code; English is used when a language is missing.

    The 5.x name of the headings, contents and subtitle of a notification and of a Live Activity update.
    """

    en: Optional[str] = declare(doc="English text; shown when there is no text in the recipient's language.")
    ar: Optional[str] = declare(doc="Arabic text.")
    bs: Optional[str] = declare(doc="Bosnian text.")
    bg: Optional[str] = declare(doc="Bulgarian text.")
    ca: Optional[str] = declare(doc="Catalan text.")
    zh_hans: Optional[str] = declare('zh-Hans', doc="Simplified Chinese text.")
    zh_hant: Optional[str] = declare('zh-Hant', doc="Traditional Chinese text.")
    zh: Optional[str] = declare(doc="Simplified Chinese text, same as 'zh-Hans'.")
    hr: Optional[str] = declare(doc="Croatian text.")
    cs: Optional[str] = declare(doc="Czech text.")
    da: Optional[str] = declare(doc="Danish text.")
    nl: Optional[str] = declare(doc="Dutch text.")
    et: Optional[str] = declare(doc="Estonian text.")
    fi: Optional[str] = declare(doc="Finnish text.")
    fr: Optional[str] = declare(doc="French text.")
    ka: Optional[str] = declare(doc="Georgian text.")
    de: Optional[str] = declare(doc="German text.")
    el: Optional[str] = declare(doc="Greek text.")
    hi: Optional[str] = declare(doc="Hindi text.")
    he: Optional[str] = declare(doc="Hebrew text.")
    hu: Optional[str] = declare(doc="Hungarian text.")
    id: Optional[str] = declare(doc="Indonesian text.")
    it: Optional[str] = declare(doc="Italian text.")
    ja: Optional[str] = declare(doc="Japanese text.")
    ko: Optional[str] = declare(doc="Korean text.")
    lv: Optional[str] = declare(doc="Latvian text.")
    lt: Optional[str] = declare(doc="Lithuanian text.")
    ms: Optional[str] = declare(doc="Malay text.")
    nb: Optional[str] = declare(doc="Norwegian (Bokmal) text.")
    pl: Optional[str] = declare(doc="Polish text.")
    fa: Optional[str] = declare(doc="Persian text.")
    pt: Optional[str] = declare(doc="Portuguese text.")
    pa: Optional[str] = declare(doc="Punjabi text.")
    ro: Optional[str] = declare(doc="Romanian text.")
    ru: Optional[str] = declare(doc="Russian text.")
    sr: Optional[str] = declare(doc="Serbian text.")
    sk: Optional[str] = declare(doc="Slovak text.")
    es: Optional[str] = declare(doc="Spanish text.")
    sv: Optional[str] = declare(doc="Swedish text.")
    th: Optional[str] = declare(doc="Thai text.")
    tr: Optional[str] = declare(doc="Turkish text.")
    uk: Optional[str] = declare(doc="Ukrainian text.")
    vi: Optional[str] = declare(doc="Vietnamese text.")
