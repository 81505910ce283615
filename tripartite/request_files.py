"""Reading a requests file into a table of text: CSV (UTF-8, with or without BOM) or an XLSX workbook's first sheet.

The reading knows nothing of the columns' meaning: it yields the header, the rows as text and each row's
line (or sheet row) number, for :mod:`tripartite.request_checks` to convert. A damaged file is refused with
its place, never a traceback: a CSV that is not UTF-8 or not well quoted; a workbook that is truncated, not a
zip or a zip that is no workbook; a spreadsheet cell that holds NaN, an infinity, a number no double holds,
an error value (``#N/A``) or a date serial out of range.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import math
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tripartite.errors import InputError, Problem
from tripartite.request_schema import BY_NAME


@dataclass
class Table:
    """A parsed file: header cells, data rows (as text) and the line number of the header and of each row.

    Attributes:
        header: the header's cells, as written.
        rows: the data rows, each a list of cell texts.
        lines: the header's line first, then each row's (empty for an empty file).
    """

    header: list[str]
    rows: list[list[str]]
    lines: list[int]


def read_file(path: Path, name: str) -> tuple[Table, bytes]:
    """Read a ``.csv`` or ``.xlsx`` file into a table, and keep its bytes (the import stores them).

    Raises:
        InputError: the file is missing, unreadable, of another type, damaged, empty or only a header.
    """

    def fail(code: str, **params: object) -> InputError:
        return InputError([Problem(name, 0, "", code, params=params)])

    if not path.is_file():
        raise fail("file_not_found")
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InputError([Problem(name, 0, "", "unsupported_type", value=path.suffix)])
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise fail("file_unreadable", reason=exc.strerror or str(exc)) from exc
    table = read_xlsx(data, name) if suffix == ".xlsx" else read_csv(data, name)
    if not table.header:
        raise InputError([Problem(name, 1, "", "empty_file")])
    if not table.rows:
        raise InputError([Problem(name, table.lines[0] if table.lines else 1, "", "header_only")])
    return table, data


def read_csv(data: bytes, name: str) -> Table:
    """A CSV file's table (UTF-8, with or without BOM; comma, semicolon or tab).

    Raises:
        InputError: ``not_utf8`` or ``bad_csv``, with the line.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        bad = data[exc.start : exc.end].hex(" ")
        raise InputError([Problem(name, line, "", "not_utf8", value=f"bytes {bad}", params={"line": line})]) from exc
    if not text.strip():
        return Table([], [], [])
    first_line = text.split("\n", 1)[0]
    # Spreadsheets in many locales save CSV with ';' (the comma is their decimal mark); accept that.
    delimiter = max((",", ";", "\t"), key=first_line.count)
    try:
        records, starts = _records(text, delimiter)
    except _BadCsv as exc:
        raise InputError([Problem(name, exc.line, "", "bad_csv", params={"reason": exc.reason})]) from exc
    header: list[str] = []
    rows: list[list[str]] = []
    lines: list[int] = []
    header_line = 0
    for record, start in zip(records, starts, strict=True):
        if not (record and record[0]) and not "".join(record).strip():
            continue  # blank lines, and rows a spreadsheet left empty
        if not header:
            header, header_line = record, start
            continue
        rows.append(record)
        lines.append(start)
    return Table(header, rows, [header_line, *lines] if header else [])


class _BadCsv(Exception):
    def __init__(self, line: int, reason: str):
        super().__init__(reason)
        self.line, self.reason = line, reason


def _records(text: str, delimiter: str) -> tuple[list[list[str]], Sequence[int]]:
    """All CSV records, with the file line on which each starts.

    When the file has exactly one record per line (the usual case) the line numbers follow from the
    count, and the C parser runs without a Python-level loop; a file with line breaks inside quoted
    fields takes the slower path that asks the reader where each record began.
    """
    physical = text.count("\n") + (0 if text.endswith("\n") else 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        records = list(reader)
    except csv.Error as exc:
        raise _BadCsv(reader.line_num, str(exc)) from exc
    if len(records) == physical:
        return records, range(1, physical + 1)
    starts, previous = [], 0
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    for _ in reader:
        starts.append(previous + 1)
        previous = reader.line_num
    return records, starts


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))  # 1e20 becomes its digits, which the column's limit then refuses
        text = repr(value)
        # The shortest text that reads back as the same double, without an exponent (the CSV rules refuse one).
        return format(decimal.Decimal(text), "f") if "e" in text else text
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class _BadCell:
    """A cell the sheet reader refused: its text as stored in the file, and the problem code."""

    text: str
    code: str


def read_xlsx(data: bytes, name: str) -> Table:
    """The first sheet of a workbook as a table, every cell as text.

    Raises:
        InputError: ``bad_xlsx`` for a workbook that cannot be read; a problem per cell that holds no value.
    """
    try:
        raw = _xlsx_rows(data)
    except Exception as exc:
        # A damaged workbook makes openpyxl, zipfile, zlib or the XML parser raise whatever their step hit
        # (BadZipFile, EOFError, zlib.error, ParseError, KeyError, ValueError, IndexError, TypeError, …);
        # every one of them means the same to the user: this file is not a workbook that can be read.
        reason = str(exc).split("\n", 1)[0] or type(exc).__name__
        raise InputError([Problem(name, 0, "", "bad_xlsx", params={"reason": reason})]) from exc
    header: list[str] = []
    rows: list[list[str]] = []
    lines: list[int] = []
    bad: list[tuple[int, int, _BadCell]] = []
    for number, cells in raw:
        texts: dict[int, str] = {}
        for column, value in cells.items():
            if isinstance(value, _BadCell):
                bad.append((number, column, value))
                texts[column] = value.text or "?"
            else:
                texts[column] = _cell_text(value)
        if not any(t.strip() for t in texts.values()):
            continue
        width = max(texts) if not header else max(len(header), max(texts))
        row = [texts.get(c, "") for c in range(1, width + 1)]
        if not header:
            header = row
        else:
            rows.append(row)
        lines.append(number)
    if bad:
        names = [h.strip().lower() if h.strip().lower() in BY_NAME else h.strip() for h in header]
        raise InputError(
            [
                Problem(
                    name,
                    number,
                    names[column - 1] if lines and number > lines[0] and column <= len(names) else _letter(column),
                    cell.code,
                    value=cell.text,
                )
                for number, column, cell in bad
            ]
        )
    # Spreadsheets pad rows with empty trailing cells; trim them back to the header's width.
    width = len(header)
    while width and not header[width - 1].strip():
        width -= 1
    header = header[:width]
    rows = [r[:width] if len(r) > width and not any(c.strip() for c in r[width:]) else r for r in rows]
    rows = [r + [""] * (width - len(r)) if len(r) < width else r for r in rows]
    return Table(header, rows, lines)


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(column) if 1 <= column <= 18278 else str(column)


def _xlsx_rows(data: bytes) -> list[tuple[int, dict[int, object]]]:
    """The first sheet's non-empty cells, row by row: ``(row number, {column number: value})``.

    The rows are read with openpyxl's own sheet parser, but not through ``iter_rows``: that pads every row
    to the sheet's declared dimensions (a damaged file may declare 16,384 columns by a million rows), and
    it turns a numeric cell with no number (how openpyxl writes NaN and infinities) into an empty cell.
    """
    import openpyxl
    from openpyxl.worksheet._reader import WorkSheetParser  # openpyxl is pinned (3.1.5): see _SheetParser

    parser_class = _sheet_parser(WorkSheetParser)
    with warnings.catch_warnings():
        # openpyxl warns about workbook features it drops (data validation, styles); none matters for an
        # import, and a warning would print two lines of noise on the command line. (The filter is
        # process-wide for the moment of the read; only an import reads workbooks.)
        warnings.simplefilter("ignore")
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            if not book.worksheets:
                return []  # reported as an empty file
            sheet = book.worksheets[0]
            # The private names below are openpyxl's read-only reader (pinned), which types-openpyxl leaves out.
            with sheet._get_source() as source:  # type: ignore[attr-defined]
                parser = parser_class(
                    source,
                    sheet._shared_strings,  # type: ignore[attr-defined]
                    data_only=True,
                    epoch=book.epoch,
                    date_formats=book._date_formats,  # type: ignore[attr-defined]
                    timedelta_formats=book._timedelta_formats,  # type: ignore[attr-defined]
                )
                out = []
                for number, cells in parser.parse():
                    values = {c["column"]: c["value"] for c in cells if c["value"] is not None}
                    if values:
                        out.append((number, values))
        finally:
            book.close()
    return out


_NUMBER = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def _sheet_parser(base: type) -> type:
    """Make openpyxl's sheet parser refuse numeric cells that hold no finite number, and error cells.

    openpyxl casts a numeric cell's text with ``int()``/``float()``: ``NaN`` raises, ``1e999`` becomes
    infinity, and an empty ``<v></v>`` (how openpyxl itself writes NaN and ±inf) becomes an empty cell.
    Each of these comes back as a :class:`_BadCell` instead, and so does a date serial outside the
    calendar and an error value such as ``#DIV/0!``.
    """
    from openpyxl.utils.datetime import from_excel
    from openpyxl.xml.constants import SHEET_MAIN_NS

    value_tag = f"{{{SHEET_MAIN_NS}}}v"

    class _SheetParser(base):  # type: ignore[misc]  # a base known only at run time: openpyxl loads lazily
        def parse_cell(self, element: Any) -> dict[str, Any]:
            kind = element.get("t", "n")
            slot = element.find(value_tag)
            if slot is None or kind not in ("n", "e"):
                return super().parse_cell(element)  # type: ignore[no-any-return]
            text = slot.text or ""
            code = "cell_error" if kind == "e" else _number_problem(text)
            if code is None and element.get("s") and int(element.get("s")) in self.date_formats:
                try:
                    from_excel(float(text), self.epoch, timedelta=int(element.get("s")) in self.timedelta_formats)
                except (OverflowError, ValueError):
                    code = "not_date"
            if code is None:
                return super().parse_cell(element)  # type: ignore[no-any-return]
            slot.text = "0"  # let openpyxl place the cell (row, column), then replace its value
            cell: dict[str, Any] = super().parse_cell(element)
            cell["value"] = _BadCell(text, code)
            return cell

    return _SheetParser


def _number_problem(text: str) -> str | None:
    """Why a numeric cell's text is no number a request can hold, or None when it is one."""
    if not _NUMBER.fullmatch(text.strip()):
        return "bad_number"  # NaN, inf, empty, or junk
    return None if math.isfinite(float(text)) else "bad_number"  # e.g. 1e999 or a 400-digit integer

