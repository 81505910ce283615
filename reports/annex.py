"""The minutes file's machine-readable parts: the evidence annex, the meeting's id and the signature fields.

Written once, in one incremental update before any signature (:mod:`reports.minutes_pdf` renders the pages
and calls :func:`prepare`), and read back by :mod:`reports.signing` and :mod:`reports.verify`, so the names
(``evidence.json``, ``/TripartiteMeeting``, ``Sig_<role>``) live in one place.

pyHanko loads in about half a second, so it is imported inside the functions that use it.
"""

from __future__ import annotations

import io
import json
import logging
from typing import Any

from tripartite.minutes import EVIDENCE_FORMAT

# pyHanko logs untrusted paths and damaged files at ERROR level; our reports say what matters in words. A
# NullHandler keeps Python's last-resort handler from printing them, while an app's own handlers still see them.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

FIELD_PREFIX = "Sig_"
ANNEX_NAME = "evidence.json"
ANNEX_DESCRIPTION = (
    "Evidence annex of the minutes: tallies by constituency, quorum figures, rules of procedure, "
    "criteria catalogue version and audit chain head"
)
# The document information entry that names the minutes' meeting (:func:`prepare` writes it, before any
# signature, beside the "Meeting N" the pages print); verification compares it with the evidence annex's.
INFO_MEETING = "/TripartiteMeeting"


def field_name(role: str) -> str:
    """The signature field of a signatory role (``Sig_chair``)."""
    return f"{FIELD_PREFIX}{role}"


def role_of(field: str) -> str | None:
    """The signatory role of one of our field names, else None."""
    return field[len(FIELD_PREFIX) :] if field.startswith(FIELD_PREFIX) else None


def open_pdf(pdf: bytes) -> Any:
    """A lenient pyHanko reader over the bytes (a damaged file is the verifier's to judge, not the parser's)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    return PdfFileReader(io.BytesIO(pdf), strict=False)


def annexes(handler: Any) -> list[dict[str, Any] | None]:
    """Every embedded file named as our annex, parsed (None for one that is not our JSON), in one revision.

    Args:
        handler: a reader, or a historical resolver for an earlier revision.
    """
    try:
        names = handler.root["/Names"]["/EmbeddedFiles"]["/Names"]
    except (KeyError, TypeError):
        return []
    out: list[dict[str, Any] | None] = []
    for index in range(0, len(names) - 1, 2):
        if str(names[index]) != ANNEX_NAME:
            continue
        try:
            data = names[index + 1].get_object()["/EF"]["/F"].get_object().data
            annex = json.loads(data.decode("utf-8"))
        except (KeyError, ValueError, AttributeError):
            annex = None
        out.append(annex if isinstance(annex, dict) and annex.get("format") == EVIDENCE_FORMAT else None)
    return out


def annex_of(handler: Any) -> dict[str, Any] | None:
    """Our evidence annex (the first, should a forger have added another), or None when the file carries none."""
    found = annexes(handler)
    return found[0] if found else None


def read_annex(pdf: bytes) -> dict[str, Any] | None:
    """The evidence annex embedded in our minutes, or None (not our minutes, or unreadable)."""
    try:
        return annex_of(open_pdf(pdf))
    except Exception:  # a damaged file has no annex we can vouch for
        return None


def fields_of(reader: Any) -> dict[str, bool]:
    """Signature field name → whether it is signed."""
    from pyhanko.sign.fields import enumerate_sig_fields

    return {name: value is not None for name, value, _ in enumerate_sig_fields(reader)}


def info_meeting(handler: Any) -> str | None:
    """The meeting the document information names, in one revision (a reader or a historical resolver)."""
    try:
        value = handler.trailer_view["/Info"].get_object().get(INFO_MEETING)
    except (KeyError, TypeError, AttributeError):
        return None
    return str(value) if value is not None else None

