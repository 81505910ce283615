"""The documents' language (DESIGN §14): gettext catalogues and Babel formats for the document being built.

The language is held in a context variable, so two documents rendered at once in two worker threads keep
their own: ``with i18n.language("es"): render_minutes(...)``. Outside any ``with``, documents are English.

The functions that translate read that variable: :func:`_`, :func:`ngettext`, :func:`pgettext` and
:func:`npgettext`, called with literal text so Babel extracts it (``scripts/translations.py update``).
:func:`N_` and :func:`NP_` mark text for extraction where it sits in a table and is translated later, at
render time, through :func:`_` (:class:`Words` does that for the tables of :mod:`reports.words`).

The catalogues are ``reports/locale/<lang>/LC_MESSAGES/tripartite.mo``, compiled by the set-up; a fresh
checkout without them compiles the ``.po`` in memory, so its documents and tests are still translated.
Sentences with parameters are ``str.format`` templates with named placeholders: the translation may move
them, and must keep them. English is the source language; its ``.mo`` does not exist.

Formats come from Babel's CLDR data: :func:`date` (``20 de noviembre de 2026``), :func:`number`,
:func:`money` (``1 450,00 €`` in French) and :func:`percent`. Arabic keeps Latin digits, as Babel's
``ar`` locale does, so a figure reads the same in the text, the tables and the evidence annex.
"""

from __future__ import annotations

import datetime as dt
import gettext as _gettext
import io
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TypeVar, overload

from tripartite import languages

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "tripartite"
# Babel's locale for each language: British English writes "20 November 2026", as the minutes always did.
BABEL_LOCALE = {"en": "en_GB", "es": "es", "fr": "fr", "ar": "ar"}
# Bidirectional controls Babel puts in some Arabic formats (a right-to-left mark before "€"): the PDF's
# fonts have no glyph for them, and the minutes lay out right-to-left text themselves.
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u2066\u2067\u2068\u2069"))

_language: ContextVar[str] = ContextVar("tripartite_document_language", default=languages.DEFAULT)
_lock = threading.Lock()
_catalogues: dict[str, _gettext.NullTranslations] = {}


# ------------------------------------------------------------------------------------------ language


@contextmanager
def language(code: str | None) -> Iterator[str]:
    """Build the documents of this block in a language (one Tripartite does not speak counts as English).

    Yields:
        The language in force inside the block.
    """
    chosen = code if code in languages.LANGUAGES else languages.DEFAULT
    token = _language.set(chosen)
    try:
        yield chosen
    finally:
        _language.reset(token)


def current() -> str:
    """The language of the document being built."""
    return _language.get()


def is_rtl() -> bool:
    """Whether the document being built is written right to left."""
    return languages.is_rtl(current())


def catalogue(code: str) -> _gettext.NullTranslations:
    """A language's compiled catalogue (English, or a language without one, translates nothing).

    Read once per language and process: the ``.mo`` when the set-up compiled it, else the ``.po``
    compiled in memory with Babel.
    """
    with _lock:
        found = _catalogues.get(code)
        if found is None:
            found = _catalogues[code] = _load(code)
        return found


def _load(code: str) -> _gettext.NullTranslations:
    folder = LOCALE_DIR / code / "LC_MESSAGES"
    mo, po = folder / f"{DOMAIN}.mo", folder / f"{DOMAIN}.po"
    if code == languages.DEFAULT or code not in languages.LANGUAGES:
        return _gettext.NullTranslations()
    if mo.is_file():
        with mo.open("rb") as data:
            return _gettext.GNUTranslations(data)
    if po.is_file():
        from babel.messages import mofile, pofile

        with po.open("rb") as source:
            compiled = io.BytesIO()
            mofile.write_mo(compiled, pofile.read_po(source, locale=code, domain=DOMAIN))
        compiled.seek(0)
        return _gettext.GNUTranslations(compiled)
    return _gettext.NullTranslations()


# --------------------------------------------------------------------------------------- translation


def _(message: str) -> str:
    """A message in the document's language."""
    return catalogue(current()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a message for ``n`` in the document's language (Arabic has six)."""
    return catalogue(current()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """A message in the document's language, told apart from the same English words by its context."""
    return catalogue(current()).pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, n: int) -> str:
    """:func:`ngettext` with a context."""
    return catalogue(current()).npgettext(context, singular, plural, n)


def N_(message: str) -> str:  # gettext's own name for the marker
    """Mark a message for extraction; it is translated where it is printed, with :func:`_`."""
    return message


def NP_(singular: str, plural: str) -> tuple[str, str]:  # gettext's name, as N_
    """Mark a plural message for extraction; it is printed with :func:`plural`."""
    return (singular, plural)


def plural(forms: tuple[str, str], n: int) -> str:
    """The form for ``n`` of a message marked with :func:`NP_`."""
    return ngettext(forms[0], forms[1], n)


K = TypeVar("K")


class Words(dict[K, str]):
    """A table of words keyed by a code, each marked with :func:`N_`, that reads out translated.

    ``CONSTITUENCY[Constituency.UNION]`` is "Unions" in an English document and "Sindicatos" in a Spanish
    one. Iterating the values gives the source text (what the vocabulary tests check).
    """

    def __getitem__(self, key: K) -> str:
        return _(super().__getitem__(key))

    @overload  # type: ignore[override]  # dict's get takes any default; a table's words are text
    def get(self, key: K) -> str | None: ...
    @overload
    def get(self, key: K, default: str) -> str: ...
    def get(self, key: K, default: str | None = None) -> str | None:
        """The translated words of a key, else ``default`` as it is."""
        found = super().get(key)
        return default if found is None else _(found)


def words(table: Mapping[K, str]) -> Words[K]:
    """A :class:`Words` table from a mapping of source texts."""
    return Words(table)


# ------------------------------------------------------------------------------------------- formats


def _locale() -> str:
    return BABEL_LOCALE[current()]


def _clean(text: str) -> str:
    return text.translate(_BIDI_CONTROLS)


def date(value: dt.date | str) -> str:
    """A day in the long form of the document's language: ``20 November 2026``, ``20 de noviembre de 2026``.

    Args:
        value: a date, or an ISO date or timestamp (its first ten characters are the day).
    """
    from babel.dates import format_date

    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(value[:10])
    text = _clean(format_date(day, "long", locale=_locale()))
    if is_rtl():
        # Right-to-left marks hold the day to its month when Latin text comes before the date ("Ordinary
        # session 11/2026 · 20 نوفمبر 2026"); the layout drops them once the line is in visual order.
        return f"\u200f{text}\u200f"
    return text


def number(value: float, decimals: int | None = None) -> str:
    """A figure with the document's separators; ``decimals`` fixes the decimals shown (else as many as needed)."""
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "") if decimals is not None else None
    return _clean(format_decimal(value, format=pattern, locale=_locale()))


def money(amount: float, currency: str) -> str:
    """An amount in a currency as the document's language writes it: ``€1,450.00``, ``1 450,00 €``."""
    from babel.numbers import format_currency

    return _clean(format_currency(amount, currency, locale=_locale()))


def percent(share: float) -> str:
    """A share as a percentage (``0.25`` → ``25%``, ``25 %`` in French)."""
    from babel.numbers import format_percent

    return _clean(format_percent(share, locale=_locale()))
