"""The command line, run as a real subprocess the way a secretary runs it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

SAMPLE_BOARD = ROOT / "data" / "sample" / "board.toml"
SAMPLE_REQUESTS = ROOT / "data" / "sample" / "requests.csv"


def cli(*args: object, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tripartite", *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        timeout=120,
    )


@pytest.fixture
def board_db(tmp_path: Path) -> Path:
    db = tmp_path / "board.db"
    result = cli("init", "--db", db, "--board", SAMPLE_BOARD)
    assert result.returncode == 0, result.stderr
    assert "11 members" in result.stdout
    return db


def count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_help_lists_the_commands() -> None:
    result = cli("--help")
    assert result.returncode == 0
    for command in ("gui", "init", "import", "export", "backup", "audit"):
        assert command in result.stdout


def test_import_json_then_export_and_backup(board_db: Path, tmp_path: Path) -> None:
    result = cli("import", SAMPLE_REQUESTS, "--db", board_db, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"imported": 48, "warnings": []}

    out = tmp_path / "out.xlsx"
    result = cli("export", "--db", board_db, "--out", out)
    assert result.returncode == 0 and out.stat().st_size > 0

    copy = tmp_path / "copy.db"
    assert cli("backup", "--db", board_db, "--out", copy).returncode == 0
    assert count(copy, "requests") == 48


def test_a_bad_file_exits_2_with_one_line_per_problem(board_db: Path, tmp_path: Path) -> None:
    lines = SAMPLE_REQUESTS.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace(",EUR,", ",EURO,")
    lines[5] = lines[5].replace("REQ-2026-0005", "REQ-2026-0001")
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = cli("import", bad, "--db", board_db)
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith(str(bad))]
    assert errors == [
        f"{bad}:4:currency: not an ISO 4217 currency code (EURO)",
        f"{bad}:6:reference: reference already used on row 2 (REQ-2026-0001)",
    ]
    assert count(board_db, "requests") == 0

    result = cli("import", bad, "--db", board_db, "--json")
    assert result.returncode == 2
    assert json.loads(result.stdout)["imported"] == 0


def test_init_with_a_bad_board_names_the_key(tmp_path: Path) -> None:
    board = tmp_path / "board.toml"
    board.write_text(
        SAMPLE_BOARD.read_text(encoding="utf-8").replace('ballot = "named"', 'ballot = "open"'), encoding="utf-8"
    )
    db = tmp_path / "b.db"
    result = cli("init", "--db", db, "--board", board)
    assert result.returncode == 2
    assert "board.ballot: must be one of: named, secret (open)" in result.stderr
    assert not db.exists(), "a refused board file creates no database"


def test_audit_verify_catches_an_edit_outside_the_app(board_db: Path) -> None:
    assert cli("import", SAMPLE_REQUESTS, "--db", board_db).returncode == 0
    result = cli("audit", "verify", "--db", board_db)
    assert result.returncode == 0 and "2 events" in result.stdout

    with sqlite3.connect(board_db) as conn:
        conn.execute("UPDATE events SET payload = replace(payload, '48', '47') WHERE seq = 2")
    result = cli("audit", "verify", "--db", board_db)
    assert result.returncode == 1
    assert "event 2" in result.stderr


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert cli("import").returncode == 2
    assert cli("export", "--db", tmp_path / "x.db", "--out", tmp_path / "x.pdf").returncode == 2


@pytest.fixture
def sample_db_file(board_db: Path) -> Path:
    assert cli("import", SAMPLE_REQUESTS, "--db", board_db).returncode == 0
    return board_db


def test_assess_json_follows_the_contract(sample_db_file: Path) -> None:
    result = cli("assess", "REQ-2026-0003", "--db", sample_db_file, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {
        "reference",
        "gates",
        "gates_failed",
        "gates_unknown",
        "criteria",
        "technical_score",
        "recommendation",
    } <= set(data)
    assert data["gates_failed"] == ["G1"]
    assert data["gates"][0] == {"code": "G1", "status": "failed", "reason": "wage 1,480 < prevailing 1,610"}
    assert {g["status"] for g in data["gates"] if g["code"] in ("G6", "G7")} == {"not_assessed"}
    assert data["criteria"]["P2"] is None and data["criteria"]["I3"] == 20
    assert data["technical_score"] == pytest.approx(37.9, abs=0.01)
    assert data["recommendation"] == {"outcome": "reject", "conditions": [], "reason": "gate_failed"}


def test_assess_reads_well(sample_db_file: Path) -> None:
    result = cli("assess", "REQ-2026-0015", "--db", sample_db_file)
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert "Recommendation: APPROVE WITH CONDITIONS" in text
    assert (
        "Suggested conditions: training for local workers; an integration support package; a housing standard" in text
    )
    assert "Technical score: 43.5 / 100" in text
    assert "member judgement" in text and "Compliance gates" in text


def test_assess_an_unknown_reference(sample_db_file: Path) -> None:
    result = cli("assess", "REQ-1999-0001", "--db", sample_db_file)
    assert result.returncode == 2
    assert "no request with reference REQ-1999-0001" in result.stderr


def test_criteria_prints_and_copies_the_catalogue(tmp_path: Path) -> None:
    result = cli("criteria")
    assert result.returncode == 0
    assert "Income distribution (35)" in result.stdout and "G9  Reliance cap" in result.stdout
    data = json.loads(cli("criteria", "--json").stdout)
    assert sum(c["weight"] for c in data["criteria"]) == 100
    copy = tmp_path / "mine.toml"
    assert cli("criteria", "--out", copy).returncode == 0
    assert "[[criterion]]" in copy.read_text(encoding="utf-8")
    assert cli("criteria", "--out", copy).returncode == 2  # never overwrites
