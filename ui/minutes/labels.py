"""Translated words for the signing and verification codes (roles, coverage, modification levels).

The core and ``reports`` return codes (``chair``, ``ENTIRE_FILE``, ``FORM_FILLING``), never sentences. The
sources are marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` extracts them, and translated when
shown (style.md D16). An unknown code comes back as itself, so nothing is ever hidden.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "MinutesLabels"

# The signatory roles as the minutes' signature boxes name them: the constituencies by the one name the
# whole app gives them (Government, Employers, Unions), as reports.signing.ROLE_LABELS does.
SIGNATORY_ROLES: dict[str, str] = {
    "chair": QT_TRANSLATE_NOOP("MinutesLabels", "Chair"),
    "secretary": QT_TRANSLATE_NOOP("MinutesLabels", "Secretary"),
    "government": QT_TRANSLATE_NOOP("MinutesLabels", "Government"),
    "employer": QT_TRANSLATE_NOOP("MinutesLabels", "Employers"),
    "union": QT_TRANSLATE_NOOP("MinutesLabels", "Unions"),
}
# What part of the file a signature covers (pyHanko's SignatureCoverageLevel).
COVERAGE: dict[str, str] = {
    "ENTIRE_FILE": QT_TRANSLATE_NOOP("MinutesLabels", "The whole file"),
    "ENTIRE_REVISION": QT_TRANSLATE_NOOP("MinutesLabels", "Up to its signature"),
    "CONTIGUOUS_BLOCK_FROM_START": QT_TRANSLATE_NOOP("MinutesLabels", "Part of the file"),
}
# What changed after a signature (pyHanko's ModificationLevel); the first three are allowed.
MODIFICATIONS: dict[str, str] = {
    "NONE": QT_TRANSLATE_NOOP("MinutesLabels", "Nothing"),
    "LTA_UPDATES": QT_TRANSLATE_NOOP("MinutesLabels", "Timestamps only"),
    "FORM_FILLING": QT_TRANSLATE_NOOP("MinutesLabels", "Later signatures only"),
    "ANNOTATIONS": QT_TRANSLATE_NOOP("MinutesLabels", "Annotations"),
    "OTHER": QT_TRANSLATE_NOOP("MinutesLabels", "Other changes"),
}
ALLOWED_MODIFICATIONS = frozenset({"NONE", "LTA_UPDATES", "FORM_FILLING"})


def _label(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return QCoreApplication.translate(_CONTEXT, "Unknown")
    source = table.get(code)
    return QCoreApplication.translate(_CONTEXT, source) if source else code


def role(code: str | None) -> str:
    """The translated signatory role (Chair, Secretary, Government, Employers, Unions)."""
    return _label(SIGNATORY_ROLES, code)


def coverage(code: str | None) -> str:
    """What a signature covers, in words."""
    return _label(COVERAGE, code)


def modification(code: str | None) -> str:
    """What changed after a signature, in words."""
    return _label(MODIFICATIONS, code)


def when(iso: str | None) -> str:
    """A claimed signing time (UTC ISO 8601) as ``2026-12-04 10:31 UTC``; "not given" when absent.

    UTC on purpose: the signatories may sign on laptops in different time zones, and the minutes,
    the stamps and ``tripartite verify`` all speak UTC.
    """
    if not iso:
        return QCoreApplication.translate(_CONTEXT, "not given")
    try:
        moment = dt.datetime.fromisoformat(iso).astimezone(dt.UTC)
    except ValueError:
        return iso
    return moment.strftime("%Y-%m-%d %H:%M UTC")
