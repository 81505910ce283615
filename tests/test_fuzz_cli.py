"""Fuzzing the real command line with mutated input files: never a traceback, never a half-write.

Valid files (a requests CSV and XLSX, the sample board and meeting) are mutated: byte flips, truncation,
huge numbers, control characters, values of the wrong TOML type, deep nesting. Each mutant goes to the
real command (``import``, ``init``, ``meeting record``) in this process, and:

- the exit code is 0 or 2 (an exception would fail the test with its traceback);
- every stderr line is one message line with no control character;
- after exit 2 the database is unchanged: every table's row count and the audit chain's head.

The number of examples is bounded so the file runs in seconds; ``FUZZ_EXAMPLES`` raises it for a long run.
"""

from __future__ import annotations

import io
import os
import re
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from .conftest import ROOT
from .hostile import assert_clean_stderr, fingerprint, run_cli, xlsx

SAMPLE = ROOT / "data" / "sample"
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "30"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)

CSV_TEXT = "".join(SAMPLE.joinpath("requests.csv").read_text(encoding="utf-8").splitlines(keepends=True)[:6])
BOARD = SAMPLE.joinpath("board.toml").read_bytes()
MEETING = SAMPLE.joinpath("meeting.toml").read_bytes()

# What a fuzzer throws in: huge and non-finite numbers, control characters, wrong TOML types, deep nesting.
SNIPPETS = [
    "9" * 25, "-" + "9" * 25, str(2**63), "1" + "0" * 400, "1e400", "1e308", "NaN", "-inf", "0x7fffffffffffffff",
    "\x00", "\x1b[31m", "\x1b]0;title\x07", "\x07", "\r", "\x08", "\x7f", "\x9b2J", "\u2028", "\t",
    '["gov1"]', "{ a = 1 }", "[[]]", "true", "07:32:00", "2026-02-30", '"\\u001b[2J"', '"\\u0000"', "nan", "inf",
    "[" * 3000, "{ a = " * 2000, '"', "'", "=cmd|' /C calc'!A0", ",", ";", "\n", "[[item]]", "[board]",
]  # fmt: skip


@st.composite
def mutated(draw: st.DrawFn, data: bytes, *, text: bool) -> bytes:
    """``data`` with a few random edits: flips, cuts, and snippets put in or put over a value."""
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        kind = draw(st.sampled_from(["flip", "truncate", "insert", "replace"] if text else ["flip", "truncate"]))
        if not data:
            break
        at = draw(st.integers(min_value=0, max_value=len(data) - 1))
        if kind == "flip":
            data = data[:at] + bytes([data[at] ^ draw(st.integers(min_value=1, max_value=255))]) + data[at + 1 :]
        elif kind == "truncate":
            data = data[:at]
        else:
            snippet = draw(st.sampled_from(SNIPPETS)).encode()
            if kind == "insert":
                data = data[:at] + snippet + data[at:]
            else:  # over the value after the next "=" (TOML) or the next cell (CSV)
                found = re.compile(rb"(= *)[^\n]*" if b"=" in data else rb"(,)[^,\n]*").search(data, at)
                if found:
                    data = data[: found.start()] + found.group(1) + snippet + data[found.end() :]
    return data


@st.composite
def mutated_workbook(draw: st.DrawFn, book: bytes) -> bytes:
    """A workbook with its bytes damaged, or with its sheet's XML edited and zipped again (past the CRC check)."""
    if draw(st.booleans()):
        return draw(mutated(book, text=False))
    with zipfile.ZipFile(io.BytesIO(book)) as source:
        parts = {n: source.read(n) for n in source.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    values = list(re.finditer(r"<(v|t)>([^<]*)</\1>", sheet))
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        found = draw(st.sampled_from(values))
        snippet = draw(st.sampled_from(SNIPPETS))
        escaped = snippet.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        sheet = sheet.replace(found.group(0), f"<{found.group(1)}>{escaped}</{found.group(1)}>", 1)
    if draw(st.booleans()):
        sheet = sheet.replace(' t="inlineStr"', draw(st.sampled_from(['', ' t="n"', ' t="s"', ' t="b"', ' t="e"'])), 1)
    parts["xl/worksheets/sheet1.xml"] = sheet.encode("utf-8", "surrogatepass")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as target:
        for name, content in parts.items():
            target.writestr(name, content)
    return buf.getvalue()


@pytest.fixture(scope="module")
def databases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Templates: a board without requests (import), and a board with the sample requests (meeting record)."""
    folder = tmp_path_factory.mktemp("fuzz-templates")
    empty, loaded = folder / "board.db", folder / "loaded.db"
    assert run_cli("init", "--db", empty, "--board", SAMPLE / "board.toml")[0] == 0
    assert run_cli("init", "--db", loaded, "--board", SAMPLE / "board.toml")[0] == 0
    assert run_cli("import", SAMPLE / "requests.csv", "--db", loaded)[0] == 0
    return {"empty": empty, "loaded": loaded}


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    import csv

    rows = list(csv.reader(io.StringIO(CSV_TEXT)))
    typed = [rows[0], *[[int(c) if c.isdigit() else c for c in r] for r in rows[1:]]]
    return xlsx(tmp_path_factory.mktemp("fuzz-book") / "requests.xlsx", typed).read_bytes()


def copy(template: Path, target: Path) -> Path:
    with sqlite3.connect(template) as source, sqlite3.connect(target) as dest:
        source.backup(dest)
    source.close()
    dest.close()
    return target


def check(command: Callable[[Path, Path], list[object]], template: Path | None, name: str, data: bytes) -> None:
    """Run one mutant through the CLI and hold it to the three promises."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        db = Path(folder) / "board.db"
        if template is not None:
            copy(template, db)
        before = fingerprint(db) if template is not None else None
        code, _, err = run_cli(*command(path, db))
        event(f"exit {code}")  # --hypothesis-show-statistics: how many mutants got through
        assert code in (0, 2), err
        assert_clean_stderr(err)
        if code == 2:
            if template is None:
                assert not db.exists(), "a refused board file created a database"
            else:
                assert fingerprint(db) == before, err


@FUZZ
@given(data=mutated(CSV_TEXT.encode(), text=True))
def test_import_of_a_mutated_csv(databases: dict[str, Path], data: bytes) -> None:
    check(lambda path, db: ["import", path, "--db", db], databases["empty"], "requests.csv", data)


@FUZZ
@given(data=st.data())
def test_import_of_a_mutated_workbook(databases: dict[str, Path], workbook: bytes, data: st.DataObject) -> None:
    mutant = data.draw(mutated_workbook(workbook))
    check(lambda path, db: ["import", path, "--db", db], databases["empty"], "requests.xlsx", mutant)


@FUZZ
@given(data=mutated(BOARD, text=True))
def test_init_with_a_mutated_board(data: bytes) -> None:
    check(lambda path, db: ["init", "--db", db, "--board", path], None, "board.toml", data)


@FUZZ
@given(data=mutated(MEETING, text=True))
def test_meeting_record_of_a_mutated_meeting(databases: dict[str, Path], data: bytes) -> None:
    check(lambda path, db: ["meeting", "record", path, "--db", db], databases["loaded"], "meeting.toml", data)
