"""Validating a requests table: each column converted to its stored values, then the checks across fields and rows.

Validation works column by column with a fast path built from C-level built-ins and falls back to a
cell-by-cell pass only for a column that has a problem, so a clean 100,000-row file costs little more than
parsing it. Every problem is collected with its row and column. Refused, with their place:

- numbers beyond the schema's limits (:data:`~tripartite.request_schema.MAX_COUNT`,
  :data:`~tripartite.request_schema.MAX_AMOUNT`), so nothing overflows SQLite's 64-bit integers;
- control characters in text. A one-line text (reference, names, region, …) holds none, not even a
  tab; ``notes`` may hold line breaks (LF, CR) and tabs and nothing else. Spaces and line breaks around
  a value are trimmed as before, so only characters inside a value are refused;
- codes not in the classifications, foreign employees beyond the firm's, and references already in the
  file or in the register.

Export writes a text that a spreadsheet would run as a formula (it starts with ``=``, ``+``, ``-``,
``@``, a tab or a CR) behind a leading apostrophe, as OWASP recommends (:mod:`tripartite.exporter`).
The check strips exactly that prefix, so ``import(export(x)) == x``: an apostrophe is dropped
only when it starts a text and the next character is one of those six.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Sequence
from typing import Any

from sqlite_utils import Database

from tripartite import classifications
from tripartite.errors import Cancelled, InputError, Problem, printable
from tripartite.models import INTEGRATION_ITEMS
from tripartite.request_files import Table
from tripartite.request_schema import BY_NAME, COLUMNS, FORMULA_TRIGGERS, Column, Kind
from tripartite.text import CONTROL_RULE, LINE_CONTROLS, NOTE_CONTROLS

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
_TRIGGERS = frozenset(FORMULA_TRIGGERS)


def validate(
    db: Database, table: Table, name: str, cancelled: IsCancelled
) -> tuple[list[str], list[tuple[Any, ...]], list[Problem]]:
    """Convert a table's known columns and check every row, collecting every problem.

    Args:
        db: the database whose requests a reference must not duplicate.
        table: the file as read.
        name: how problems name the file.
        cancelled: polled between columns.

    Returns:
        The stored column names, one record per row (in those columns' order), and the warnings
        (unknown columns).

    Raises:
        InputError: the table has problems; ``problems`` lists every one, in row and column order.
        Cancelled: ``cancelled()`` returned True.
    """
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
        converted[column.name] = convert(column, cells, row_lines, name, problems)

    _check_cross(converted, row_lines, name, problems)
    _check_references(db, converted.get("reference"), row_lines, name, problems)
    if problems:
        order = {c.name: i for i, c in enumerate(COLUMNS)}
        problems.sort(key=lambda p: (p.row, order.get(p.column, -1)))
        raise InputError(problems, warnings)
    names = [c.name for c in present]
    records = list(zip(*(converted[n] for n in names), strict=True))
    return names, records, warnings


def convert(column: Column, cells: list[str], lines: Sequence[int], name: str, out: list[Problem]) -> list[Any]:
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

