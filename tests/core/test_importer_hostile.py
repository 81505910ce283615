"""Hostile request files: huge numbers, non-finite and broken spreadsheet cells, corrupt workbooks, control characters.

Each is refused with its place named (``FILE:ROW:COLUMN: message (value)``), exit 2 on the command line, one
line per problem with every control character escaped, and nothing written, not even an audit event.
"""

from __future__ import annotations

import csv
import decimal
import io
import math
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from tripartite import importer, store
from tripartite.errors import InputError, Problem
from tripartite.request_schema import MAX_AMOUNT, MAX_COUNT, NAMES

from ..hostile import assert_clean_stderr, fingerprint, run_cli, xlsx
from .test_importer import refused, row, write_csv

SAMPLE_BOARD = Path(__file__).resolve().parents[2] / "data" / "sample" / "board.toml"
COL = {name: i + 1 for i, name in enumerate(NAMES)}  # 1-based spreadsheet column of each field


def typed(values: dict[str, str]) -> list[object]:
    """A row for a workbook: numbers as numbers, the way a spreadsheet holds them."""
    out: list[object] = []
    for name in NAMES:
        text = values[name]
        try:
            out.append(int(text) if text.isdigit() else float(text) if name.endswith("wage_offered") else text)
        except ValueError:
            out.append(text)
    return out


@pytest.fixture
def board_db(tmp_path: Path) -> Path:
    db = tmp_path / "board.db"
    code, _, err = run_cli("init", "--db", db, "--board", SAMPLE_BOARD)
    assert code == 0, err
    return db


def quoted_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    """A CSV with every field quoted, so a bare CR inside a value stays inside it."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(NAMES), lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8", newline="")
    return path


def refused_by_cli(db: Path, path: Path) -> list[str]:
    """Run ``tripartite import``: exit 2, clean one-line messages, the database unchanged. Returns the lines."""
    before = fingerprint(db)
    code, out, err = run_cli("import", path, "--db", db)
    assert code == 2, out + err
    assert_clean_stderr(err)
    assert fingerprint(db) == before, "a refused import wrote something"
    lines = err.splitlines()
    assert lines[-1].startswith("nothing was written")
    return lines[:-1]


# ------------------------------------------------------------------------------------------ huge numbers


@pytest.mark.parametrize(
    ("column", "text", "code"),
    [
        ("workers_requested", str(2**63), "too_large"),
        ("local_hired", str(2**70), "too_large"),
        ("firm_employees", str(MAX_COUNT + 1), "too_large"),
        ("local_trainees", str(-(2**63) - 1), "too_small"),
        ("vacancy_advertised_days", "9" * 5000, "too_large"),  # more digits than int() converts
        ("wage_offered", "1" + "0" * 400, "too_large"),  # float() makes it infinity
        ("prevailing_wage", "1" + "0" * 308, "too_large"),  # 1e308
        ("fees_charged_to_workers", str(MAX_AMOUNT) + ".01", "too_large"),
    ],
)
def test_a_number_beyond_the_limits_is_refused_in_a_csv(
    board_db: Path, tmp_path: Path, column: str, text: str, code: str
) -> None:
    path = write_csv(tmp_path / "huge.csv", [row(1), row(2, **{column: text})])
    (line,) = refused_by_cli(board_db, path)
    assert line.startswith(f"{path}:3:{column}: must be at ")
    assert line.endswith(f"({text})" if len(text) <= 120 else f"({text[:120]}…)")
    with store.opened(board_db) as db:
        assert [p.code for p in refused(db, path).problems] == [code]


def test_the_limits_themselves_are_accepted(db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "edge.csv",
        [row(1, firm_employees=str(MAX_COUNT), local_applicants=str(MAX_COUNT), wage_offered=str(MAX_AMOUNT))],
    )
    assert importer.import_requests(db, path, auth=None).count == 1
    stored = db["requests"].get(1)
    assert (stored["firm_employees"], stored["wage_offered"]) == (MAX_COUNT, MAX_AMOUNT)


@pytest.mark.parametrize(
    ("column", "value"), [("workers_requested", 1e20), ("local_hired", 2.0**64), ("wage_offered", 1e308)]
)
def test_a_huge_float_in_a_workbook_is_refused(board_db: Path, tmp_path: Path, column: str, value: float) -> None:
    cells = typed(row(1))
    cells[COL[column] - 1] = value
    path = xlsx(tmp_path / "huge.xlsx", [list(NAMES), cells])
    (line,) = refused_by_cli(board_db, path)
    assert line.startswith(f"{path}:2:{column}: must be at most ")


# ------------------------------------------------------------------------------------- non-finite cells


@pytest.mark.parametrize("text", ["NaN", "nan", "INF", "-inf", "1e999", "-1E400", "", "1_000", "0x1F", "12abc"])
@pytest.mark.parametrize("column", ["wage_offered", "local_hired", "employer_name"])
def test_a_cell_holding_no_finite_number_is_refused_not_stored_as_empty(
    board_db: Path, tmp_path: Path, text: str, column: str
) -> None:
    path = xlsx(tmp_path / "nan.xlsx", [list(NAMES), typed(row(1)), typed(row(2))], raw={(3, COL[column]): text})
    (line,) = refused_by_cli(board_db, path)
    shown = f" ({text})" if text else ""
    message = "not a usable number (NaN, infinity, an empty number cell, or out of range)"
    assert line == f"{path}:3:{column}: {message}{shown}"


def test_nan_and_infinity_written_by_openpyxl_are_refused(db: Database, tmp_path: Path) -> None:
    # openpyxl (and so pandas) writes NaN and ±inf as a number cell with an empty value: it used to read
    # back as an empty cell, so an optional column silently became "unknown".
    cells = typed(row(1))
    cells[COL["local_hired"] - 1] = math.nan
    cells[COL["fees_charged_to_workers"] - 1] = math.inf
    path = xlsx(tmp_path / "pandas.xlsx", [list(NAMES), cells])
    error = refused(db, path)
    assert [(p.row, p.column, p.code) for p in error.problems] == [
        (2, "local_hired", "bad_number"),
        (2, "fees_charged_to_workers", "bad_number"),
    ]


def test_an_error_cell_and_a_date_out_of_the_calendar_are_refused(db: Database, tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(list(NAMES))
    sheet.append(typed(row(1)))
    sheet.cell(2, COL["submitted_on"]).value = 10**9  # a serial far beyond the year 9999 ...
    sheet.cell(2, COL["submitted_on"]).number_format = "yyyy-mm-dd"  # ... in a date-formatted cell
    path = tmp_path / "cells.xlsx"
    book.save(path)
    with zipfile.ZipFile(path) as source:
        parts = {n: source.read(n) for n in source.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    region = xml.index('r="G2"')
    start, end = xml.rindex("<c ", 0, region), xml.index("</c>", region) + 4
    parts["xl/worksheets/sheet1.xml"] = (xml[:start] + '<c r="G2" t="e"><v>#N/A</v></c>' + xml[end:]).encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    error = refused(db, path)
    assert [(p.row, p.column, p.code, p.value) for p in error.problems] == [
        (2, "region", "cell_error", "#N/A"),
        (2, "submitted_on", "not_date", str(10**9)),
    ]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.floats(allow_nan=True, allow_infinity=True) | st.integers(min_value=-(2**80), max_value=2**80))
@example(value=1e308)
@example(value=math.nan)
@example(value=-math.inf)
@example(value=1.5e-05)
@example(value=float(MAX_AMOUNT))
def test_a_workbook_wage_is_accepted_exactly_when_the_same_number_in_a_csv_is(
    tmp_path: Path, value: float | int
) -> None:
    """A wage cell in a workbook follows the CSV rules: the same refusals, the same stored number."""
    if isinstance(value, float) and math.isfinite(value) and not value.is_integer():
        text = format(decimal.Decimal(repr(value)), "f")  # how a person would type it in a CSV
    elif isinstance(value, float) and math.isfinite(value):
        text = str(int(value))
    else:
        text = str(value)
    raw = {(2, COL["wage_offered"]): repr(value) if isinstance(value, float) else str(value)}
    book = xlsx(tmp_path / "w.xlsx", [list(NAMES), typed(row(1))], raw=raw)
    sheet = write_csv(tmp_path / "w.csv", [row(1, wage_offered=text)])
    outcomes = []
    for path in (sheet, book):
        db = store.open_db(tmp_path / f"{path.suffix[1:]}.db")
        try:
            outcomes.append(_wage_outcome(db, path))
        finally:
            db.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{tmp_path / path.suffix[1:]}.db{suffix}").unlink(missing_ok=True)
    csv_outcome, xlsx_outcome = outcomes
    if not (isinstance(value, float) and math.isfinite(value)) and not isinstance(value, int):
        assert csv_outcome[0] == "refused" and xlsx_outcome[0] == "refused"
    else:
        assert csv_outcome == xlsx_outcome
    if xlsx_outcome[0] == "stored":
        assert 0 < xlsx_outcome[1] <= MAX_AMOUNT


def _wage_outcome(db: Database, path: Path) -> tuple[str, object]:
    try:
        importer.import_requests(db, path, auth=None)
    except InputError as error:
        assert [p.column for p in error.problems] == ["wage_offered"]
        return "refused", None
    return "stored", db["requests"].get(1)["wage_offered"]


# --------------------------------------------------------------------------------------- corrupt workbooks


def _valid_workbook(tmp_path: Path) -> bytes:
    return xlsx(tmp_path / "valid.xlsx", [list(NAMES), typed(row(1)), typed(row(2))]).read_bytes()


@pytest.mark.parametrize(
    "damage",
    ["truncated-early", "truncated-late", "not-a-zip", "empty", "zip-without-workbook", "sheet-xml-broken",
     "sheet-missing", "crc-flipped", "shared-string-index", "bad-boolean", "bad-style"],
)  # fmt: skip
def test_a_corrupt_workbook_is_one_line_and_exit_2(board_db: Path, tmp_path: Path, damage: str) -> None:
    data = _valid_workbook(tmp_path)
    path = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        parts = {n: source.read(n) for n in source.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()

    def rezip(changed: dict[str, bytes]) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as target:
            for name, content in changed.items():
                target.writestr(name, content)
        return buf.getvalue()

    if damage == "truncated-early":
        blob = data[: len(data) // 3]
    elif damage == "truncated-late":
        blob = data[:-30]
    elif damage == "not-a-zip":
        blob = b"reference,employer_name\nREQ-1,Someone\n"
    elif damage == "empty":
        blob = b""
    elif damage == "zip-without-workbook":
        blob = rezip({"readme.txt": b"not a workbook"})
    elif damage == "sheet-xml-broken":
        blob = rezip({**parts, "xl/worksheets/sheet1.xml": sheet[: len(sheet) // 2].encode()})
    elif damage == "sheet-missing":
        blob = rezip({n: c for n, c in parts.items() if n != "xl/worksheets/sheet1.xml"})
    elif damage == "crc-flipped":
        # Flip one byte inside the compressed sheet: zipfile's CRC check catches it while the rows are read.
        with zipfile.ZipFile(io.BytesIO(data)) as source:
            info = source.getinfo("xl/worksheets/sheet1.xml")
        offset = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + info.compress_size // 2
        blob = data[:offset] + bytes([data[offset] ^ 0xFF]) + data[offset + 1 :]
    else:
        cell = 't="inlineStr"><is><t>REQ-T-0002</t></is>'
        old, new = {
            "shared-string-index": (cell, 't="s"><v>99</v>'),  # no shared string 99
            "bad-boolean": (cell, 't="b"><v>maybe</v>'),
            "bad-style": ('<c r="A2" ', '<c r="A2" s="x" '),
        }[damage]
        assert old in sheet
        blob = rezip({**parts, "xl/worksheets/sheet1.xml": sheet.replace(old, new).encode()})
    path.write_bytes(blob)
    (line,) = refused_by_cli(board_db, path)
    assert line.startswith(f"{path}:"), line
    assert "cannot be read" in line or "empty" in line, line


# -------------------------------------------------------------------------------------- control characters


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\x07", "\x08", "\x7f", "\x9b", "\u2028", "\t", "\n", "\r"])
def test_a_control_character_in_a_one_line_text_is_refused_and_escaped(
    board_db: Path, tmp_path: Path, char: str
) -> None:
    name = f"Agrícola{char}[31m Núñez"
    path = quoted_csv(tmp_path / "ctl.csv", [row(1), row(2, employer_name=name)])
    (line,) = refused_by_cli(board_db, path)
    assert line.startswith(f"{path}:3:employer_name: holds the control character \\")
    shown = Problem("", 0, "", "", value=char).__str__().split("(", 1)[1][:-1]
    assert shown.startswith("\\") and char not in line
    assert line.endswith(f"(Agrícola{shown}[31m Núñez)")


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\x07", "\x0b", "\x0c", "\x7f", "\x85"])
def test_notes_refuse_control_characters_but_line_breaks_and_tabs(db: Database, tmp_path: Path, char: str) -> None:
    error = refused(db, write_csv(tmp_path / "n.csv", [row(1, notes=f"first{char}second")]))
    assert [(p.row, p.column, p.code) for p in error.problems] == [(2, "notes", "control_character")]


def test_notes_keep_line_breaks_and_tabs(db: Database, tmp_path: Path) -> None:
    notes = "Campaña de fresa:\n\t- alojamiento\r\n\t- transporte"
    path = quoted_csv(tmp_path / "n.csv", [row(1, notes=notes)])
    assert importer.import_requests(db, path, auth=None).count == 1
    assert db["requests"].get(1)["notes"] == notes


def test_a_control_character_in_a_workbook_text_is_refused(db: Database, tmp_path: Path) -> None:
    # XML holds no C0 control but tab and line breaks, yet it holds DEL and the C1 controls (U+009B is a
    # terminal's CSI), and a one-line field may not hold a tab or a line separator either.
    cells = typed(row(1))
    cells[COL["job_title"] - 1] = "Peón\x9b2J agrícola"
    cells[COL["region"] - 1] = "Andalucía\tsur"
    cells[COL["employer_id"] - 1] = "B2104\u20287196"
    cells[COL["notes"] - 1] = "two\nlines\tand a tab"  # fine in notes
    error = refused(db, xlsx(tmp_path / "ctl.xlsx", [list(NAMES), cells]))
    assert [(p.column, p.code) for p in error.problems] == [
        ("employer_id", "control_character"),
        ("job_title", "control_character"),
        ("region", "control_character"),
    ]
    assert [p.params["char"] for p in error.problems] == ["\\u2028", "\\x9b", "\\t"]


ONE_LINE = ["reference", "employer_name", "employer_id", "job_title", "region"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    column=st.sampled_from([*ONE_LINE, "notes"]),
    text=st.text(alphabet=st.characters(codec="utf-8", exclude_characters='"'), min_size=1, max_size=12),
)
def test_text_is_stored_exactly_unless_it_holds_a_forbidden_control_character(
    tmp_path: Path, column: str, text: str
) -> None:
    path = quoted_csv(tmp_path / "t.csv", [row(1, **{column: f"x{text}x"})])
    value = f"x{text}x"
    allowed = "\t\n\r" if column == "notes" else ""
    forbidden = any(
        (ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 or (c in "\u2028\u2029" and column != "notes")) and c not in allowed
        for c in value
    )
    db = store.open_db(tmp_path / "t.db")
    try:
        try:
            importer.import_requests(db, path, display_name="t.csv", auth=None)
        except InputError as error:
            assert forbidden, error.problems
            assert [(p.column, p.code) for p in error.problems] == [(column, "control_character")]
            assert all(len(str(p).splitlines()) == 1 for p in error.problems)
        else:
            assert not forbidden
            assert db["requests"].get(1)[column] == value
    finally:
        db.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{tmp_path / 't.db'}{suffix}").unlink(missing_ok=True)


# ----------------------------------------------------------------------------------------------- escaping


def test_every_message_is_one_escaped_line() -> None:
    problem = Problem("a\nb.csv", 3, "col\x1b", "not_integer", value="1\x1b[2J\n2\u2028")
    assert str(problem) == "a\\nb.csv:3:col\\x1b: not a whole number (1\\x1b[2J\\n2\\u2028)"
    long = Problem("f.csv", 2, "notes", "control_character", value="\x07" * 500, params={"char": "\\x07", "rule": "x"})
    assert len(str(long).splitlines()) == 1 and str(long).endswith("…)")


def test_the_cli_escapes_an_error_that_echoes_user_input(board_db: Path, tmp_path: Path) -> None:
    code, _, err = run_cli("import", tmp_path / "gone\x1b[31m.csv", "--db", board_db)
    assert code == 2
    assert_clean_stderr(err)
    assert "gone\\x1b[31m.csv" in err
    code, _, err = run_cli("assess", "REQ\x1b]0;title\x07", "--db", board_db)
    assert code == 2
    assert_clean_stderr(err)
    assert "REQ\\x1b]0;title\\x07" in err
