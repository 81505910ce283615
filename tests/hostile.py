"""Helpers for the hostile-input tests: the real CLI in-process, database fingerprints, crafted workbooks."""

from __future__ import annotations

import contextlib
import io
import re
import sqlite3
import zipfile
from collections.abc import Sequence
from pathlib import Path

from tripartite.cli import main

# A control character that must never reach a terminal (C0 but tab and newline, which split lines anyway; DEL; C1).
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def run_cli(*args: object) -> tuple[int, str, str]:
    """``tripartite.cli.main`` in this process: exit code, stdout, stderr (a traceback propagates)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


def fingerprint(db: Path) -> dict[str, object]:
    """What a refused input must leave exactly as it was: every table's row count and the audit chain's head."""
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        state: dict[str, object] = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        head = conn.execute("SELECT hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
        state["events.head"] = head[0] if head else None
        return state
    finally:
        conn.close()


def assert_clean_stderr(stderr: str) -> None:
    """Every stderr line is one message line: no traceback and no raw control character."""
    assert "Traceback" not in stderr, stderr
    for line in stderr.splitlines():
        assert not RAW_CONTROL.search(line), repr(line)
        assert "\r" not in line, repr(line)


def xlsx(path: Path, rows: Sequence[Sequence[object]], raw: dict[tuple[int, int], str] | None = None) -> Path:
    """Write a workbook with openpyxl, then put raw text into some numeric cells' ``<v>`` (1-based row, column).

    openpyxl cannot write NaN, an infinity or junk as a number (it writes an empty ``<v></v>``), but a file
    from elsewhere can hold anything; the cells named in ``raw`` get a placeholder number first.
    """
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    marks: dict[str, str] = {}
    for r, values in enumerate(rows, start=1):
        cells = list(values)
        for (row, column), text in (raw or {}).items():
            if row == r:
                mark = 987654000 + len(marks)
                marks[f"<v>{mark}</v>"] = f"<v>{text}</v>"
                cells[column - 1] = mark
        sheet.append(cells)
    book.save(path)
    if marks:
        with zipfile.ZipFile(path) as source:
            parts = {n: source.read(n) for n in source.namelist()}
        xml = parts["xl/worksheets/sheet1.xml"].decode()
        for old, new in marks.items():
            assert old in xml, old
            xml = xml.replace(old, new)
        parts["xl/worksheets/sheet1.xml"] = xml.encode()
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
            for name, data in parts.items():
                target.writestr(name, data)
    return path
