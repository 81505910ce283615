"""Sentences that count, for modules whose words live in tables rather than in a ``QObject``.

lupdate marks a message plural (numerus) only when it reads a literal ``self.tr(source, "", n)`` inside
a class; ``QT_TRANSLATE_NOOP`` and a module-level ``translate(..., n)`` are extracted as plain messages,
and Arabic's six plural forms would then be lost. So the counted sentences are written out here, once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Plurals(QObject):
    """The counted sentences; each method returns one, in the plural form that ``n`` needs."""

    def refusal(self, code: str, n: int) -> str | None:
        """The sentence of a refusal that counts (``refusal_words.COUNTS``), or None for another code."""
        if code == "weak_pin":
            return self.tr("A PIN has at least %n digits, and digits only.", "", n)
        if code == "wrong_pin":
            return self.tr("Wrong PIN. Tries left before a lockout: %n.", "", n)
        if code == "locked_out":
            return self.tr("Locked out after too many wrong PINs; try again in %n s.", "", n)
        if code == "votes_missing":
            return self.tr("Not everyone has voted (missing: %n); the chair may close the vote.", "", n)
        if code == "short_passphrase":
            return self.tr("The passphrase must have at least %n characters.", "", n)
        return None

    def audit_finding(self, code: str, n: int) -> str | None:
        """The audit check's finding that counts events (``events_deleted``…), or None for another code."""
        if code == "events_deleted":
            return self.tr("%n event(s) from event {seq} on were deleted.", "", n)
        if code == "events_renumbered":
            return self.tr("%n event(s) were deleted before event {seq} and the rest renumbered.", "", n)
        return None

    def workers(self, n: int) -> str:
        """A number of workers ("1 worker", "12 workers")."""
        return self.tr("%n worker(s)", "", n)

    def files_filed(self, n: int) -> str:
        """How many evidence files a follow-up record has ("1 file filed", "3 files filed")."""
        return self.tr("%n file(s) filed", "", n)


_PLURALS: Plurals | None = None


def plurals() -> Plurals:
    """The one :class:`Plurals` (a plain ``QObject``, made on first use)."""
    global _PLURALS
    if _PLURALS is None:
        _PLURALS = Plurals()
    return _PLURALS
