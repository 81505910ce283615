"""The minutes file's machine-readable parts: the evidence annex, the meeting's id and the signature fields.

Written once, in one incremental update before any signature (:mod:`reports.minutes_pdf` renders the pages
and calls :func:`prepare`), and read back by :mod:`reports.signing` and :mod:`reports.verify`, so the names
(``evidence.json``, ``/TripartiteMeeting``, ``Sig_<role>``) live in one place.

pyHanko loads in about half a second, so it is imported inside the functions that use it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import logging
from collections.abc import Mapping
from functools import cache
from typing import Any

from tripartite.meetings.evidence import EVIDENCE_FORMAT
from tripartite.meetings.minutes_data import Minutes

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


# ------------------------------------------------------------------------------------------ writing


def annex_bytes(minutes: Minutes) -> bytes:
    """The evidence annex as embedded: indented, key-sorted UTF-8 JSON, the same bytes for the same minutes."""
    return (json.dumps(minutes.evidence, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode("utf-8")



def prepare(
    pdf: bytes,
    minutes: Minutes,
    annex: bytes,
    *,
    signature_page: int,
    rects: Mapping[str, tuple[float, float, float, float]],
    invariant: bool,
) -> bytes:
    """One incremental update before any signature: the meeting's id, the annex and the empty signature fields.

    The meeting's id goes into the document information as ``/TripartiteMeeting`` (:data:`INFO_MEETING`),
    beside the "Meeting N" the pages print: a dedicated key rather than a phrase in ``/Subject``, so a machine
    reads it without parsing prose. It is written before the first signature, so that signature covers it,
    and ``verify`` compares it with the evidence annex's ``meeting.id``: an annex taken from other minutes
    does not match.

    Args:
        pdf: the rendered pages.
        minutes: their data.
        annex: the annex's bytes (:func:`annex_bytes`).
        signature_page: the page (from 1) the signature grid landed on.
        rects: each signatory role's box on that page, in PDF points ``(x1, y1, x2, y2)``.
        invariant: dates from the minutes and a file id from the content, for byte-stable output.
    """
    from pyhanko.pdf_utils import embed
    from pyhanko.sign import fields

    moment = dt.datetime.fromisoformat(minutes.prepared_at) if invariant else dt.datetime.now(dt.UTC)
    writer = _writer_class()(io.BytesIO(pdf), moment=moment if invariant else None)
    writer.name_meeting(minutes.header.meeting_id)
    data = embed.EmbeddedFileObject.from_file_data(
        writer,
        annex,
        mime_type="application/json",
        params=embed.EmbeddedFileParams(creation_date=moment, modification_date=moment),
    )
    embed.embed_file(
        writer,
        embed.FileSpec(
            file_spec_string=ANNEX_NAME, file_name=ANNEX_NAME, embedded_data=data, description=ANNEX_DESCRIPTION
        ),
    )
    for signatory in minutes.signatories:
        fields.append_signature_field(
            writer,
            fields.SigFieldSpec(
                field_name(signatory.role),
                on_page=signature_page - 1,
                # pyHanko types the box as ints; a PDF rectangle takes any number, and the layout's are fractional.
                box=rects[signatory.role],  # type: ignore[arg-type]
            ),
        )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@cache
def _writer_class() -> type:
    """The incremental writer of pyHanko, made deterministic on request (pyHanko is imported lazily)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    class StableWriter(IncrementalPdfFileWriter):
        """Takes its dates from the minutes and its file id from the content, instead of the clock and chance."""

        def __init__(self, stream: io.BytesIO, *, moment: dt.datetime | None):
            super().__init__(stream)
            self._fixed_moment = moment
            if moment is not None:
                first = self._document_id[0]
                second = hashlib.sha256(stream.getvalue()).digest()[:16]
                self._document_id = generic.ArrayObject([first, generic.ByteStringObject(second)])

        def name_meeting(self, meeting_id: int) -> None:
            """Write the meeting's id into the document information (reportlab always writes one)."""
            if self._info is None:
                raise AssertionError("the rendered minutes have no document information")  # a bug, never input
            info = self._info.get_object()
            info[generic.NameObject(INFO_MEETING)] = generic.TextStringObject(str(meeting_id))
            self.mark_update(self._info)

        def _update_meta(self) -> None:
            super()._update_meta()  # type: ignore[no-untyped-call]  # pyHanko leaves it unannotated
            if self._fixed_moment is not None and self._info is not None:
                info = self._info.get_object()
                info["/ModDate"] = generic.pdf_date(self._fixed_moment)
                info["/CreationDate"] = generic.pdf_date(self._fixed_moment)
                self.mark_update(self._info)

    return StableWriter
