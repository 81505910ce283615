"""Translated words for the signing and verification codes (roles, coverage, modification levels, reasons).

The core and ``reports`` return codes (``chair``, ``ENTIRE_FILE``, ``FORM_FILLING``), never sentences. The
sources are marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` extracts them, and translated when
shown (style.md D16). An unknown code comes back as itself, so nothing is ever hidden.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "MinutesLabels"

# The signatory roles as the minutes' signature boxes name them: the constituencies by the one name the
# whole app gives them (Government, Employers, Unions), as reports.words.ROLE_LABELS does.
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
# Why one signature does not count (reports.verify.SIGNATURE_REASONS), in a few words for the table.
SIGNATURE_REASONS: dict[str, str] = {
    "unreadable": QT_TRANSLATE_NOOP("MinutesLabels", "Cannot be read"),
    "tampered": QT_TRANSLATE_NOOP("MinutesLabels", "Changed after signing"),
    "padding": QT_TRANSLATE_NOOP("MinutesLabels", "Data hidden in the signature"),
    "changed_after": QT_TRANSLATE_NOOP("MinutesLabels", "Changes not allowed after it"),
    "unknown_box": QT_TRANSLATE_NOOP("MinutesLabels", "Not in a signatory's box"),
    "untrusted": QT_TRANSLATE_NOOP("MinutesLabels", "Certificate not trusted"),
    "role_mismatch": QT_TRANSLATE_NOOP("MinutesLabels", "Signer trusted for another box"),
    "same_signer": QT_TRANSLATE_NOOP("MinutesLabels", "Same signer in another box"),
}
# Why the file as a whole is refused (reports.verify.FILE_REASONS), one sentence each.
FILE_REASONS: dict[str, str] = {
    "unreadable": QT_TRANSLATE_NOOP(
        "MinutesLabels", "The file cannot be read as a PDF: it may be damaged or cut short."
    ),
    "unsigned": QT_TRANSLATE_NOOP("MinutesLabels", "Nobody has signed this file."),
    "not_minutes": QT_TRANSLATE_NOOP(
        "MinutesLabels", "This file is not minutes made by Tripartite: it has no evidence annex and no signature boxes."
    ),
    "annex_missing": QT_TRANSLATE_NOOP(
        "MinutesLabels", "The minutes carry no evidence annex, so the signatures vouch for no figures."
    ),
    "annex_not_covered": QT_TRANSLATE_NOOP(
        "MinutesLabels", "The evidence annex is not the one the first signature signed: it was added or replaced later."
    ),
    "annex_mismatch": QT_TRANSLATE_NOOP(
        "MinutesLabels", "The evidence annex is for another meeting than these minutes."
    ),
    "changed_after": QT_TRANSLATE_NOOP("MinutesLabels", "The file was changed after the last signature."),
    "partly_signed": QT_TRANSLATE_NOOP("MinutesLabels", "Not every signatory has signed: still to sign: %1."),
}


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


def signature_reason(code: str) -> str:
    """Why a signature does not count, in a few words."""
    return _label(SIGNATURE_REASONS, code)


def file_reason(code: str) -> str:
    """Why the file is refused, in one sentence (``partly_signed`` keeps its %1 for the roles)."""
    return _label(FILE_REASONS, code)


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


def fill(text: str, *values: str) -> str:
    """Put values in for %1, %2… of a translated text, in one pass (a name that holds "%2" stays as it is)."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return values[number - 1] if 1 <= number <= len(values) else match.group(0)

    return re.sub(r"%(\d)", value, text)
