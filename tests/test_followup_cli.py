"""`tripartite followup list|evidence|verify` (DESIGN §11): the JSON shape, the writes, bad input (exit 2, no write).

The database is the sample board with the sample meeting recorded through `tripartite meeting record`; its six
follow-up records are worked out in tests/core/test_followup.py.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import sqlite3
from pathlib import Path

import pytest

from tripartite import cli

from .conftest import ROOT

SAMPLE = ROOT / "data" / "sample"


def run(*args: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


def events(db: Path) -> int:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return int(conn.execute("SELECT count(*) FROM events").fetchone()[0])


def listing(db: Path, *extra: object) -> list[dict[str, object]]:
    code, out, err = run("followup", "list", "--db", db, "--json", *extra)
    assert code == 0, err
    conditions: list[dict[str, object]] = json.loads(out)["conditions"]
    return conditions


@pytest.fixture
def board_db(tmp_path: Path) -> Path:
    db = tmp_path / "board.db"
    for args in (
        ("init", "--db", db, "--board", SAMPLE / "board.toml"),
        ("import", SAMPLE / "requests.csv", "--db", db),
        ("meeting", "record", SAMPLE / "meeting.toml", "--db", db),
    ):
        code, _out, err = run(*args)
        assert code == 0, err
    return db


def test_list_json_follows_the_contract(board_db: Path) -> None:
    conditions = listing(board_db, "--as-of", "2027-03-01")
    assert [set(c) for c in conditions] == [
        {"id", "request", "meeting_id", "kind", "terms", "due_on", "state", "overdue"}
    ] * 6
    assert [(c["kind"], c["due_on"], c["overdue"]) for c in conditions] == [
        ("housing_standard", "2027-01-31", True),
        ("reporting", "2027-02-20", True),
        ("reporting", "2027-05-20", False),
        ("training", "2027-06-30", False),
        ("reporting", "2027-08-20", False),
        ("reporting", "2027-11-20", False),
    ]
    first = conditions[0]
    assert (first["request"], first["meeting_id"], first["state"]) == ("REQ-2026-0015", 1, "pending")
    assert first["terms"] == {"standard": "Inspeccionada por la inspección de trabajo regional"}
    code, out, _err = run("followup", "list", "--db", board_db, "--as-of", "2027-03-01")
    assert code == 0 and "2 overdue" in out and "REQ-2026-0015" in out and "_" not in out.replace("REQ-", "")


def test_evidence_then_verify_and_the_record_verifies(board_db: Path, tmp_path: Path) -> None:
    housing = listing(board_db)[0]["id"]
    acta, foto = tmp_path / "acta.pdf", tmp_path / "foto.jpg"
    acta.write_bytes(b"%PDF-1.7 acta")
    foto.write_bytes(b"\xff\xd8\xff")
    code, out, err = run("followup", "evidence", housing, "--file", acta, "--file", foto, "--note", "Acta",
                         "--db", board_db)  # fmt: skip
    assert code == 0, err
    assert hashlib.sha256(b"%PDF-1.7 acta").hexdigest() in out
    assert listing(board_db, "--state", "evidence_submitted")[0]["id"] == housing
    code, out, err = run("followup", "verify", housing, "--result", "verified", "--note", "Conforme", "--db", board_db)
    assert code == 0, err
    assert [c["id"] for c in listing(board_db, "--state", "verified")] == [housing]
    code, _out, err = run("audit", "verify", "--db", board_db)
    assert code == 0, err
    with contextlib.closing(sqlite3.connect(board_db)) as conn:
        assert conn.execute("SELECT count(*) FROM followup_evidence WHERE followup_id = ?", [housing]).fetchone() == (
            2,
        )


def test_a_breach_from_pending(board_db: Path) -> None:
    training = next(c["id"] for c in listing(board_db) if c["kind"] == "training")
    code, _out, err = run("followup", "verify", training, "--result", "breached", "--note", "No plan", "--db", board_db)
    assert code == 0, err
    assert [c["id"] for c in listing(board_db, "--state", "breached", "--as-of", "2030-01-01")] == [training]
    assert listing(board_db, "--state", "breached", "--as-of", "2030-01-01")[0]["overdue"] is False


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("verify", 99, "--result", "breached", "--note", "x"), "no follow-up record with id 99"),
        (("verify", 1, "--result", "verified", "--note", "x"), "follow-up 1 has no evidence filed yet"),
        (("verify", 1, "--result", "breached", "--note", "  "), "a finding needs its note"),
        (("evidence", 1, "--file", "missing.pdf"), "missing.pdf: no such file"),
        (("evidence", 99, "--file", "{good}"), "no follow-up record with id 99"),
        (("list", "--as-of", "2027-02-30"), "--as-of: not a date ('2027-02-30')"),
        (("verify", 1, "--result", "waived", "--note", "x"), "invalid choice: 'waived'"),
        (("list", "--state", "overdue"), "invalid choice: 'overdue'"),
    ],
)
def test_bad_input_exits_2_naming_the_place_and_writes_nothing(
    board_db: Path, tmp_path: Path, args: tuple[object, ...], message: str
) -> None:
    good = tmp_path / "good.pdf"
    good.write_bytes(b"ok")
    before = events(board_db)
    code, _out, err = run("followup", *(str(a).format(good=good) for a in args), "--db", board_db)
    assert code == 2
    assert message in err
    assert events(board_db) == before


def test_a_settled_record_takes_no_more_evidence(board_db: Path, tmp_path: Path) -> None:
    late = tmp_path / "late.pdf"
    late.write_bytes(b"late")
    assert run("followup", "verify", 1, "--result", "breached", "--note", "No plan", "--db", board_db)[0] == 0
    before = events(board_db)
    code, _out, err = run("followup", "evidence", 1, "--file", late, "--db", board_db)
    assert code == 2 and "follow-up 1 is already breached" in err
    assert events(board_db) == before


def test_a_missing_database_is_not_created(tmp_path: Path) -> None:
    code, _out, err = run("followup", "list", "--db", tmp_path / "none.db")
    assert code == 2 and "no such database" in err
    assert not (tmp_path / "none.db").exists()
