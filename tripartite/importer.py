"""Import request dossiers from CSV (UTF-8, with or without BOM) or the first sheet of an XLSX file.

All or nothing (DESIGN §8.2, §8.4): every problem in the file is collected, each with its row and
column, and if there is any, nothing is written, not even an audit event. Validation works column
by column with a fast path built from C-level built-ins and falls back to a cell-by-cell pass only
for a column that has a problem, so a clean 100,000-row file costs little more than parsing it.

Hostile or damaged input is refused with its place, never stored and never a traceback:

- numbers beyond the schema's limits (:data:`~tripartite.request_schema.MAX_COUNT`,
  :data:`~tripartite.request_schema.MAX_AMOUNT`), so nothing overflows SQLite's 64-bit integers;
- spreadsheet cells that hold NaN, an infinity, a number no double holds, an error value (``#N/A``) or
  a date serial out of range; a workbook that is truncated, not a zip or a zip that is no workbook;
- control characters in text. A one-line text (reference, names, region, …) holds none, not even a
  tab; ``notes`` may hold line breaks (LF, CR) and tabs and nothing else. Spaces and line breaks around
  a value are trimmed as before, so only characters inside a value are refused.

Export writes a text that a spreadsheet would run as a formula (it starts with ``=``, ``+``, ``-``,
``@``, a tab or a CR) behind a leading apostrophe, as OWASP recommends (:mod:`tripartite.exporter`).
The importer strips exactly that prefix, so ``import(export(x)) == x``: an apostrophe is dropped
only when it starts a text and the next character is one of those six.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import decimal
import gc
import hashlib
import io
import math
import re
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from tripartite import audit, classifications, store
from tripartite.authority import Act, Auth, NotAuthorised, require
from tripartite.clock import now
from tripartite.errors import Cancelled, InputError, Problem, printable
from tripartite.models import INTEGRATION_ITEMS
from tripartite.request_schema import BY_NAME, COLUMNS, FORMULA_TRIGGERS, NAMES, Column, Kind
from tripartite.text import CONTROL_RULE, LINE_CONTROLS, NOTE_CONTROLS

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

_INT = re.compile(r"[+-]?[0-9]+")
_DEC = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_NOT_DEC_CHARS = re.compile(r"[^0-9.+\-]")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_BOOLS = {
    "true": 1,
    "false": 0,
    "yes": 1,
    "no": 0,
    "1": 1,
    "0": 0,
    "sí": 1,
    "si": 1,
    "oui": 1,
    "non": 0,
}
_ISIC_SHAPE = re.compile(r"[A-U]|[0-9]{2}")
_CHUNK = 5000
_TRIGGERS = frozenset(FORMULA_TRIGGERS)


@dataclass
class ImportResult:
    """What an import did.

    Attributes:
        count: requests imported.
        warnings: problems that did not stop the import (unknown columns).
        references: the imported references, in file order.
    """

    count: int
    warnings: list[Problem] = field(default_factory=list)
    references: list[str] = field(default_factory=list)


@dataclass
class _Table:
    """A parsed file: header cells, data rows (as text) and each row's line number."""

    header: list[str]
    rows: list[list[str]]
    lines: list[int]


def _noop_progress(done: int, total: int) -> None:
    del done, total


def _never() -> bool:
    return False


def import_requests(
    db: Database,
    path: str | Path,
    *,
    auth: Auth | None,
    display_name: str | None = None,
    progress: Progress = _noop_progress,
    cancelled: IsCancelled = _never,
) -> ImportResult:
    """Validate a requests file and import all of it, or nothing.

    Args:
        db: the open database (the caller's thread).
        path: a ``.csv`` or ``.xlsx`` file.
        auth: the secretary's or the chair's PIN, or the command line's operator; None only while the
            database has no board yet (there is nobody to vouch: the first start, the sample loader).
        display_name: how problems name the file (default: the path as given).
        progress: called with ``(done, total)`` rows as the work goes on.
        cancelled: polled between chunks; when it returns True the import stops and rolls back.

    Returns:
        The count, warnings and references.

    Raises:
        InputError: the file has problems; ``problems`` lists every one. Nothing was written.
        Cancelled: ``cancelled()`` returned True. Nothing was written.
        NotAuthorised: the authority given does not allow it.
    """
    actor = _secretariat(db, auth)
    path = Path(path)
    name = display_name or str(path)
    with _gc_paused():
        return _import(db, path, name, actor, progress, cancelled)


def _secretariat(db: Database, auth: Auth | None) -> str:
    """Who may import or edit requests: the secretary or the chair; anyone before a board exists."""
    if auth is None:
        if db.execute("SELECT EXISTS(SELECT 1 FROM board)").fetchone()[0]:
            raise NotAuthorised("needs_officer")
        return "system"
    require(db, auth, Act.SECRETARIAT)
    return auth.actor


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a file is read, checked and written.

    A big file makes millions of small acyclic objects, and the collector's repeated full passes over
    them cost a third of the import. Reference counting still frees everything; the collector resumes
    afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _import(
    db: Database, path: Path, name: str, actor: str, progress: Progress, cancelled: IsCancelled
) -> ImportResult:
    table, data = _read(path, name)
    total = len(table.rows)
    progress(0, total)
    columns, records, warnings = _validate(db, table, name, cancelled)
    progress(total // 10, total)
    placeholders = ", ".join("?" for _ in columns)
    created_at = now()
    digest = hashlib.sha256(data).hexdigest()
    # The timestamp is ours (ISO digits and punctuation), so it can sit in the statement as a literal.
    sql = (
        f"INSERT INTO requests ({', '.join(columns)}, status, created_at) "
        f"VALUES ({placeholders}, 'pending', '{created_at}')"
    )
    # The rows are committed through the file they came from (kept whole, its SHA-256 in the event):
    # one digest for the import instead of one per row (DESIGN §6; the audit check parses it again).
    with db.atomic(), store.bulk_requests(db), audit.paused(db, "requests"):
        file_id = store.inserted_id(
            store.table(db, "import_files").insert(
                {
                    "name": Path(name).name,
                    "sha256": digest,
                    "size": len(data),
                    "data": data,
                    "imported_at": created_at,
                }
            )
        )
        first_id = db.execute("SELECT coalesce(max(id), 0) + 1 FROM requests").fetchone()[0]
        for start in range(0, total, _CHUNK):
            if cancelled():
                raise Cancelled("import cancelled; nothing was imported")
            chunk = records[start : start + _CHUNK]
            db.conn.executemany(sql, chunk)
            progress(total // 10 + (start + len(chunk)) * 9 // 10, total)
        references = [r[0] for r in records]
        audit.append(
            db,
            "requests.imported",
            {
                "file": Path(name).name,
                "file_id": file_id,
                "sha256": digest,
                "count": total,
                "first": references[0],
                "last": references[-1],
                "ids": [first_id, first_id + total - 1],
                "created_at": created_at,
            },
            actor=actor,
        )
    progress(total, total)
    return ImportResult(count=total, warnings=warnings, references=references)


def imported_rows(data: bytes, name: str) -> list[dict[str, Any]]:
    """The request rows an import of this file stored, in file order, without their id (for the audit check).

    The importer's own reading and conversion, against an empty scratch register so that the file's
    references are not taken for duplicates of themselves.

    Raises:
        InputError: the file is not one the importer accepts.
    """
    suffix = Path(name).suffix.lower()
    table = _read_xlsx(data, name) if suffix == ".xlsx" else _read_csv(data, name)
    scratch = Database(memory=True)
    store.table(scratch, "requests").create({"id": int, "reference": str}, pk="id")
    names, records, _ = _validate(scratch, table, name, _never)
    return [dict(zip(names, record, strict=True)) for record in records]


# --------------------------------------------------------------------------------------------- reading


def _read(path: Path, name: str) -> tuple[_Table, bytes]:
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
    table = _read_xlsx(data, name) if suffix == ".xlsx" else _read_csv(data, name)
    if not table.header:
        raise InputError([Problem(name, 1, "", "empty_file")])
    if not table.rows:
        raise InputError([Problem(name, table.lines[0] if table.lines else 1, "", "header_only")])
    return table, data


def _read_csv(data: bytes, name: str) -> _Table:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        bad = data[exc.start : exc.end].hex(" ")
        raise InputError([Problem(name, line, "", "not_utf8", value=f"bytes {bad}", params={"line": line})]) from exc
    if not text.strip():
        return _Table([], [], [])
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
    return _Table(header, rows, [header_line, *lines] if header else [])


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


def _read_xlsx(data: bytes, name: str) -> _Table:
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
    return _Table(header, rows, lines)


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


# ------------------------------------------------------------------------------------------ validating


def _validate(
    db: Database, table: _Table, name: str, cancelled: IsCancelled
) -> tuple[list[str], list[tuple[Any, ...]], list[Problem]]:
    problems: list[Problem] = []
    warnings: list[Problem] = []
    header_line = table.lines[0]
    row_lines = table.lines[1:]

    positions: dict[str, int] = {}
    for i, raw in enumerate(table.header):
        key = raw.strip().lower()
        if key in BY_NAME:
            if key in positions:
                problems.append(Problem(name, header_line, key, "duplicate_column", value=raw))
            else:
                positions[key] = i
        else:
            warnings.append(Problem(name, header_line, raw.strip(), "unknown_column", value=raw))
    for column in COLUMNS:
        if column.required and column.name not in positions:
            problems.append(Problem(name, header_line, column.name, "missing_column"))

    width = len(table.header)
    rows = table.rows
    if set(map(len, rows)) != {width}:
        for line, row in zip(row_lines, rows, strict=True):
            if len(row) != width:
                problems.append(Problem(name, line, "", "field_count", params={"found": len(row), "expected": width}))
        rows = [r + [""] * (width - len(r)) if len(r) < width else r for r in rows]

    present = [c for c in COLUMNS if c.name in positions]
    by_position = list(zip(*rows, strict=False)) if rows else []
    converted: dict[str, list[Any]] = {}
    for column in present:
        if cancelled():
            raise Cancelled("import cancelled; nothing was imported")
        cells = list(map(str.strip, by_position[positions[column.name]]))
        converted[column.name] = _convert(column, cells, row_lines, name, problems)

    _check_cross(converted, row_lines, name, problems)
    _check_references(db, converted.get("reference"), row_lines, name, problems)
    if problems:
        order = {c.name: i for i, c in enumerate(COLUMNS)}
        problems.sort(key=lambda p: (p.row, order.get(p.column, -1)))
        raise InputError(problems, warnings)
    names = [c.name for c in present]
    records = list(zip(*(converted[n] for n in names), strict=True))
    return names, records, warnings


def _convert(column: Column, cells: list[str], lines: Sequence[int], name: str, out: list[Problem]) -> list[Any]:
    """Convert one column, appending a problem for each bad cell. Returns the stored values."""
    if column.kind is Kind.TEXT:
        cells = _checked_text(column, cells, lines, name, out)
    fast = _FAST[column.kind](cells)
    if fast is not None and _in_range(column, fast) and not (column.required and None in fast):
        return fast
    values: list[Any] = []
    slow = _SLOW[column.kind]
    for line, cell in zip(lines, cells, strict=True):
        if cell == "":
            if column.required:
                out.append(Problem(name, line, column.name, "required"))
            values.append(None)
            continue
        try:
            value = slow(cell)
        except _Bad as bad:
            out.append(Problem(name, line, column.name, bad.code, value=cell, params=bad.params))
            values.append(None)
            continue
        problem = _range_problem(column, value)
        if problem:
            out.append(Problem(name, line, column.name, problem[0], value=cell, params=problem[1]))
        values.append(value)
    return values


def _checked_text(column: Column, cells: list[str], lines: Sequence[int], name: str, out: list[Problem]) -> list[str]:
    """A text column with export's formula prefix removed, after reporting every control character in it.

    Both checks look at the whole column at once (a join and C-level scans); only a column that holds an
    apostrophe or a non-printable character is walked cell by cell.
    """
    joined = "".join(cells)
    if "'" in joined:
        cells = [c[1:] if c[:1] == "'" and c[1:2] in _TRIGGERS else c for c in cells]
    if joined.isprintable():
        return cells
    controls = NOTE_CONTROLS if column.multiline else LINE_CONTROLS
    if controls.search(joined):
        rule = CONTROL_RULE[column.multiline]
        for line, cell in zip(lines, cells, strict=True):
            found = controls.search(cell)
            if found:
                params: dict[str, object] = {"char": printable(found.group()), "rule": rule}
                out.append(Problem(name, line, column.name, "control_character", value=cell, params=params))
    return cells


def _in_range(column: Column, values: list[Any]) -> bool:
    if column.kind not in (Kind.INT, Kind.DECIMAL):
        return True
    numbers = [v for v in values if v is not None]
    if not numbers:
        return True
    low, high = min(numbers), max(numbers)
    if column.min is not None and low < column.min:
        return False
    if column.max is not None and high > column.max:
        return False
    return not (column.positive and low <= 0)


def _range_problem(column: Column, value: Any) -> tuple[str, dict[str, object]] | None:
    if column.kind not in (Kind.INT, Kind.DECIMAL):
        return None
    if column.positive and value <= 0:
        return "not_positive", {}
    if column.min is not None and value < column.min:
        return "too_small", {"min": column.min}
    if column.max is not None and value > column.max:
        return "too_large", {"max": column.max}
    return None


class _Bad(Exception):
    def __init__(self, code: str, **params: object):
        super().__init__(code)
        self.code = code
        self.params = params


# Fast paths: return the converted column, or None when any cell needs a closer look.


def _fast_text(cells: list[str]) -> list[Any] | None:
    return [c or None for c in cells]


def _fast_int(cells: list[str]) -> list[Any] | None:
    joined = "".join(cells)
    if not joined.isascii() or "_" in joined or " " in joined:
        return None
    try:
        return [int(c) if c else None for c in cells]
    except ValueError:
        return None


def _fast_decimal(cells: list[str]) -> list[Any] | None:
    joined = "".join(cells)
    if _NOT_DEC_CHARS.search(joined):
        return None
    try:
        return [float(c) if c else None for c in cells]
    except ValueError:
        return None


def _memoised(slow: Callable[[str], Any]) -> Callable[[list[str]], list[Any] | None]:
    """A fast path for columns with few distinct values (codes, dates, yes/no): convert each once."""

    def fast(cells: list[str]) -> list[Any] | None:
        table: dict[str, Any] = {"": None}
        try:
            for cell in set(cells):
                if cell:
                    table[cell] = slow(cell)
        except _Bad:
            return None
        return list(map(table.__getitem__, cells))

    return fast


# Slow paths: convert one non-empty cell or raise _Bad with the problem code.


def _slow_int(cell: str) -> int | float:
    if not _INT.fullmatch(cell):
        raise _Bad("not_integer")
    try:
        return int(cell)
    except ValueError:  # more digits than int() converts (4,300): beyond any limit, so the range check refuses it
        return math.inf if cell[0] != "-" else -math.inf


def _slow_decimal(cell: str) -> float:
    if not _DEC.fullmatch(cell):
        raise _Bad("not_decimal")
    return float(cell)


def _slow_bool(cell: str) -> int:
    value = _BOOLS.get(cell.lower())
    if value is None:
        raise _Bad("not_boolean")
    return value


def _slow_date(cell: str) -> str:
    if not _DATE.fullmatch(cell):
        raise _Bad("not_date")
    try:
        return dt.date.fromisoformat(cell).isoformat()
    except ValueError as exc:
        raise _Bad("not_date") from exc


def _slow_isco(cell: str) -> str:
    if cell not in classifications.isco_titles():
        raise _Bad("bad_isco")
    return cell


def _slow_isic(cell: str) -> str:
    code = cell.upper() if len(cell) == 1 else cell
    if not _ISIC_SHAPE.fullmatch(code) or code not in classifications.isic_titles():
        raise _Bad("bad_isic")
    return code


def _slow_currency(cell: str) -> str:
    code = cell.upper()
    if code not in classifications.currency_codes():
        raise _Bad("bad_currency")
    return code


def _slow_countries(cell: str) -> str:
    codes = [c.strip().upper() for c in cell.split(";") if c.strip()]
    valid = classifications.country_codes()
    if not codes or any(c not in valid for c in codes):
        raise _Bad("bad_country")
    return ";".join(codes)


def _slow_integration(cell: str) -> str:
    items = [c.strip().lower() for c in cell.split(";") if c.strip()]
    if not items or any(i not in INTEGRATION_ITEMS for i in items):
        raise _Bad("bad_integration_item", allowed=", ".join(INTEGRATION_ITEMS))
    return ";".join(dict.fromkeys(items))


_FAST: dict[Kind, Callable[[list[str]], list[Any] | None]] = {
    Kind.TEXT: _fast_text,
    Kind.INT: _fast_int,
    Kind.DECIMAL: _fast_decimal,
    Kind.BOOL: _memoised(_slow_bool),
    Kind.DATE: _memoised(_slow_date),
    Kind.ISCO: _memoised(_slow_isco),
    Kind.ISIC: _memoised(_slow_isic),
    Kind.CURRENCY: _memoised(_slow_currency),
    Kind.COUNTRIES: _memoised(_slow_countries),
    Kind.INTEGRATION: _memoised(_slow_integration),
}
_SLOW: dict[Kind, Callable[[str], Any]] = {
    Kind.TEXT: str,
    Kind.INT: _slow_int,
    Kind.DECIMAL: _slow_decimal,
    Kind.BOOL: _slow_bool,
    Kind.DATE: _slow_date,
    Kind.ISCO: _slow_isco,
    Kind.ISIC: _slow_isic,
    Kind.CURRENCY: _slow_currency,
    Kind.COUNTRIES: _slow_countries,
    Kind.INTEGRATION: _slow_integration,
}


def _check_cross(converted: dict[str, list[Any]], lines: Sequence[int], name: str, out: list[Problem]) -> None:
    employees = converted.get("firm_employees")
    foreign = converted.get("firm_foreign_employees")
    if employees is None or foreign is None:
        return
    for line, total, abroad in zip(lines, employees, foreign, strict=True):
        if total is not None and abroad is not None and abroad > total:
            out.append(
                Problem(
                    name,
                    line,
                    "firm_foreign_employees",
                    "foreign_exceeds_employees",
                    value=str(abroad),
                    params={"foreign": abroad, "employees": total},
                )
            )


def _check_references(
    db: Database, references: list[Any] | None, lines: Sequence[int], name: str, out: list[Problem]
) -> None:
    if references is None:
        return
    first_seen: dict[str, int] = {}
    if len(set(references)) == len(references):
        first_seen = {ref: line for line, ref in zip(lines, references, strict=True) if ref is not None}
    else:
        for line, ref in zip(lines, references, strict=True):
            if ref is None:
                continue
            if ref in first_seen:
                out.append(
                    Problem(
                        name, line, "reference", "duplicate_in_file", value=ref, params={"first_row": first_seen[ref]}
                    )
                )
            else:
                first_seen[ref] = line
    stored = db.execute("SELECT count(*) FROM requests").fetchone()[0]
    if not first_seen or not stored:
        return
    keys = list(first_seen)
    if stored <= 4 * len(keys):  # cheaper to read every reference than to probe the index in batches
        existing = {r[0] for r in db.execute("SELECT reference FROM requests")} & first_seen.keys()
    else:
        existing = set()
        for start in range(0, len(keys), 500):
            batch = keys[start : start + 500]
            sql = f"SELECT reference FROM requests WHERE reference IN ({', '.join('?' for _ in batch)})"
            existing.update(r[0] for r in db.execute(sql, batch))
    for ref in sorted(existing, key=first_seen.__getitem__):
        out.append(Problem(name, first_seen[ref], "reference", "duplicate_in_database", value=ref))


# ------------------------------------------------------------------------------------------ one request


def validate_row(
    db: Database, values: dict[str, str], *, request_id: int | None = None
) -> tuple[dict[str, Any], list[Problem]]:
    """Check one request typed into a form, with exactly the importer's rules.

    Args:
        db: the database (for the reference's uniqueness).
        values: column name → text as typed; a missing column counts as empty.
        request_id: the request being edited, whose own reference is not a duplicate.

    Returns:
        The converted values (column → stored value) and the problems, each naming its column
        (``row`` is meaningless here).
    """
    table = _Table(list(NAMES), [[str(values.get(n, "") or "") for n in NAMES]], [1, 2])
    try:
        names, records, _ = _validate(db, table, "form", _never)
    except InputError as error:
        own = None
        if request_id is not None:
            row = db.execute("SELECT reference FROM requests WHERE id = ?", [request_id]).fetchone()
            own = row[0] if row else None
        problems = [p for p in error.problems if not (p.code == "duplicate_in_database" and p.value == own)]
        if problems:
            return {}, problems
        names, records = _convert_unchecked(table)
    return dict(zip(names, records[0], strict=True)), []


def _convert_unchecked(table: _Table) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Convert a table whose only problem was its own reference (editing a request keeps it)."""
    problems: list[Problem] = []
    converted = {c.name: _convert(c, [table.rows[0][i].strip()], [2], "form", problems) for i, c in enumerate(COLUMNS)}
    return list(NAMES), [tuple(converted[n][0] for n in NAMES)]


def save_request(db: Database, values: dict[str, str], *, auth: Auth | None, request_id: int | None = None) -> int:
    """Create a request from a form, or update one, after :func:`validate_row`; audited in one transaction.

    Raises:
        InputError: the values have problems; nothing was written.
        NotAuthorised: neither the secretary's nor the chair's PIN.
    """
    actor = _secretariat(db, auth)
    converted, problems = validate_row(db, values, request_id=request_id)
    if problems:
        raise InputError(problems)
    with db.atomic():
        if request_id is None:
            request_id = store.inserted_id(
                store.table(db, "requests").insert({**converted, "status": "pending", "created_at": now()})
            )
            audit.append(
                db, "request.created", {"request": request_id, "reference": converted["reference"]}, actor=actor
            )
        else:
            before = next(iter(db.query("SELECT * FROM requests WHERE id = ?", [request_id])), None)
            if before is None:
                raise InputError([Problem("form", 0, "", "unknown_request", value=str(request_id))])
            if before["status"] not in ("pending", "deferred"):
                # A dossier on an agenda or decided is what the board saw; it is not edited under its feet.
                raise InputError(
                    [
                        Problem(
                            "form",
                            0,
                            "status",
                            "request_state",
                            value=before["status"],
                            params={"status": before["status"]},
                        )
                    ]
                )
            changed = sorted(k for k, v in converted.items() if before[k] != v)
            store.table(db, "requests").update(request_id, converted)
            audit.append(
                db,
                "request.edited",
                {"request": request_id, "reference": converted["reference"], "changed": changed},
                actor=actor,
            )
    return request_id
