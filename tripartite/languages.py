"""The languages Tripartite speaks, as codes (DESIGN §14).

The core is language-free: it knows which codes exist and which are written right to left, and it
checks a board's ``language`` setting against them. The words themselves live in the faces: the app's
Qt Linguist files (``ui/i18n``) and the documents' gettext catalogues (``reports/locale``).
"""

from __future__ import annotations

# English first: the source language of every message, and the fallback.
LANGUAGES = ("en", "es", "fr", "ar")
DEFAULT = "en"
RIGHT_TO_LEFT = frozenset({"ar"})


def is_rtl(code: str) -> bool:
    """Whether a language is written right to left."""
    return code in RIGHT_TO_LEFT


def from_locale_name(name: str | None) -> str:
    """The language Tripartite speaks for a locale name such as ``es_ES.UTF-8``, ``fr-CA`` or ``C``.

    Args:
        name: a POSIX or BCP 47 locale name (or nothing).

    Returns:
        Its language when Tripartite has it, else English.
    """
    code = (name or "").replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else DEFAULT
