"""Export requests, with their decisions once they exist, to CSV or XLSX (pandas for the data).

The request columns come first, in import-schema order and with the import formats, so an exported
file imports back to the same requests. Status and decision columns follow; the importer warns that
it ignores them.

Two guarantees about the file:

- **No formula injection.** A text that a spreadsheet would run as a formula, one starting with ``=``,
  ``+``, ``-``, ``@``, a tab or a CR (:data:`~tripartite.request_schema.FORMULA_TRIGGERS`), is written
  behind a leading apostrophe, as OWASP recommends for CSV, and in both formats alike. In XLSX every text
  cell is moreover an inline string (``t="inlineStr"``), never a formula, and numbers are numbers. The
  importer strips exactly that apostrophe, so a file exported and imported again gives the same requests.
- **Whole or not at all.** The file is written beside the target under a unique hidden name, flushed to
  disk and renamed over the target; on any failure, even midway (a full disk, a quota), the partial file is
  removed and the target is left as it was. The XLSX is streamed straight into that file (no temporary
  files elsewhere, unlike openpyxl's writer).
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import secrets
import zipfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from sqlite_utils import Database

from tripartite.errors import Refusal
from tripartite.request_schema import COLUMNS, FORMULA_TRIGGERS, Kind

EXTRA_COLUMNS = ("status", "decision_outcome", "decision_workers", "decision_rule", "decided_at")

_SQL = f"""
SELECT {", ".join("r." + c.name for c in COLUMNS)}, r.status,
       d.outcome AS decision_outcome, d.workers AS decision_workers, d.rule AS decision_rule,
       d.decided_at
FROM requests r
LEFT JOIN (
    SELECT ai.request_id, dec.*
    FROM decisions dec JOIN agenda_items ai ON ai.id = dec.item_id
    -- a request decided more than once (deferred, then decided) exports its latest decision
    WHERE dec.decided_at = (
        SELECT MAX(d2.decided_at) FROM decisions d2 JOIN agenda_items a2 ON a2.id = d2.item_id
        WHERE a2.request_id = ai.request_id)
) d ON d.request_id = r.id
GROUP BY r.id
ORDER BY r.reference
"""


def export_requests(
    db: Database,
    out: str | Path,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write every request to ``out`` (``.csv`` or ``.xlsx``).

    Args:
        db: the open database.
        out: the file to write; its suffix picks the format. It is replaced only when complete.
        progress: optional ``(done, total)`` callback.

    Returns:
        The number of requests written.

    Raises:
        Refusal: ``unsupported_export`` or ``cannot_write`` (nothing is left behind).
    """
    import pandas as pd

    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise Refusal("unsupported_export", path=str(out))
    frame = pd.read_sql_query(_SQL, db.conn)
    total = len(frame)
    if progress:
        progress(0, total)
    for column in COLUMNS:
        series = frame[column.name]
        if column.kind is Kind.INT:
            frame[column.name] = series.astype("Int64")
        elif column.kind is Kind.BOOL:
            frame[column.name] = series.map({1: "true", 0: "false"})
        elif column.kind is Kind.DECIMAL:
            frame[column.name] = series.astype("Float64")
    frame["decision_workers"] = frame["decision_workers"].astype("Int64")
    for name in frame.columns:
        if pd.api.types.is_string_dtype(frame[name]):
            frame[name] = neutralise(frame[name])
    partial = out.with_name(f".{out.name}.{os.getpid()}.{secrets.token_hex(4)}.partial")
    try:
        # O_EXCL: never follow or reuse whatever sits at the temporary name.
        with os.fdopen(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), "wb") as fh:
            if suffix == ".csv":
                # CRLF line ends (RFC 4180): then the writer quotes every field holding a CR or an LF, and a
                # note with a bare CR reads back as one field (with "\n" alone a CR went unquoted).
                frame.to_csv(fh, index=False, encoding="utf-8", lineterminator="\r\n")
            else:
                rows = (
                    [None if pd.isna(v) else v for v in row] for row in frame.itertuples(index=False, name=None)
                )
                write_xlsx(fh, "requests", list(frame.columns), rows)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, out)
    except BaseException as exc:
        # Whatever stopped the write (a full disk, a quota, an interrupt, a bug), the partial file goes.
        with contextlib.suppress(OSError):  # the folder itself refuses: then nothing was created there
            partial.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise Refusal("cannot_write", path=str(out), reason=exc.strerror or str(exc)) from exc
        raise
    if progress:
        progress(total, total)
    return total


def neutralise(series: Any) -> Any:
    """A text column with every value a spreadsheet would take for a formula written behind an apostrophe.

    Vectorised (``str.startswith`` over the column); missing values stay missing.
    """
    risky = series.str.startswith(FORMULA_TRIGGERS, na=False)
    if not risky.any():
        return series
    return series.mask(risky, "'" + series)


# ------------------------------------------------------------------------------------------ XLSX writer

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_PARTS = {
    "[Content_Types].xml": (
        f'<Types xmlns="{_PKG}/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        "</Types>"
    ),
    "_rels/.rels": (
        f'<Relationships xmlns="{_PKG}/relationships">'
        f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    ),
    "xl/_rels/workbook.xml.rels": (
        f'<Relationships xmlns="{_PKG}/relationships">'
        f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{_REL}/styles" Target="styles.xml"/>'
        "</Relationships>"
    ),
    "xl/styles.xml": (
        f'<styleSheet xmlns="{_MAIN}">'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    ),
}
# Characters XML 1.0 cannot hold at all (the importer refuses them in text, but older data may have them).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _letters(index: int) -> str:
    """The spreadsheet column letters of a 0-based column index (0 → A, 26 → AA)."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _text_cell(ref: str, value: str) -> str:
    # An inline string is text to every spreadsheet: never a formula, whatever it starts with.
    # A CR is written as a character reference: XML readers turn a literal CR (and CRLF) into LF.
    text = escape(_NOT_XML.sub("\ufffd", value), {"\r": "&#13;"})
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def write_xlsx(fh: IO[bytes], sheet: str, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Stream a one-sheet workbook into ``fh``: text as inline strings, numbers as numbers, None as no cell.

    Args:
        fh: a binary file open for writing.
        sheet: the sheet's name.
        header: the first row.
        rows: the data rows, each as long as the header or shorter.
    """
    refs = [_letters(i) for i in range(len(header))]
    with zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as book:
        for name, xml in _PARTS.items():
            book.writestr(name, _HEAD + xml)
        book.writestr(
            "xl/workbook.xml",
            f'{_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
            f'<sheet name="{escape(sheet, {chr(34): "&quot;"})}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            part.write(f'{_HEAD}<worksheet xmlns="{_MAIN}"><sheetData>'.encode())
            part.write(_row(1, refs, header).encode())
            for number, values in enumerate(rows, start=2):
                part.write(_row(number, refs, values).encode())
            part.write(b"</sheetData></worksheet>")


def _row(number: int, refs: Sequence[str], values: Sequence[Any]) -> str:
    cells = []
    for ref, value in zip(refs, values, strict=False):
        if value is None:
            continue
        where = f"{ref}{number}"
        if isinstance(value, str):
            cells.append(_text_cell(where, value))
        elif isinstance(value, bool):
            cells.append(_text_cell(where, "true" if value else "false"))
        elif isinstance(value, float) and not math.isfinite(value):
            cells.append(_text_cell(where, str(value)))  # a number cell cannot hold it; the text says what it was
        elif isinstance(value, float):  # numpy floats too: repr of the plain float reads back as the same number
            cells.append(f'<c r="{where}"><v>{float(value)!r}</v></c>')
        else:
            cells.append(f'<c r="{where}"><v>{int(value)}</v></c>')
    return f'<row r="{number}">{"".join(cells)}</row>'
