"""`meeting record MEETING.toml --db DB --minutes OUT.pdf` is one unit: after a crash, the same command finishes it.

The process is SIGKILLed at exact moments, which the command marks when ``TRIPARTITE_PAUSE_AT`` names one
(it prints ``checkpoint: NAME`` on stderr and waits there to be killed):

- ``write-begins``: inside the record's transaction, so nothing is recorded;
- ``recorded``: the meeting is committed (with the file's SHA-256 in its audit event), no minutes yet;
- ``minutes-stored``: the minutes are committed, OUT is not written yet.

Each time the same command run again exits 0 with the meeting recorded once, the minutes stored once, OUT
holding exactly the stored PDF, and ``audit verify`` happy.
"""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT
from .hostile import fingerprint, run_cli

SAMPLE = ROOT / "data" / "sample"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("unit-template") / "board.db"
    assert run_cli("init", "--db", db, "--board", SAMPLE / "board.toml")[0] == 0
    assert run_cli("import", SAMPLE / "requests.csv", "--db", db)[0] == 0
    return db


@pytest.fixture
def board(template: Path, tmp_path: Path) -> Path:
    db = tmp_path / "board.db"
    with sqlite3.connect(template) as source, sqlite3.connect(db) as target:
        source.backup(target)
    source.close()
    target.close()
    return db


def command(db: Path, out: Path, *extra: object) -> list[str]:
    return [sys.executable, "-m", "tripartite", "meeting", "record", str(SAMPLE / "meeting.toml"), "--db", str(db),
            "--minutes", str(out), *map(str, extra)]  # fmt: skip


def killed_at(point: str, argv: list[str]) -> None:
    """Run the command until it reaches ``point``, then SIGKILL it there."""
    env = {**os.environ, "TRIPARTITE_PAUSE_AT": point}
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    assert process.stderr is not None
    try:
        for line in process.stderr:
            if line.strip() == f"checkpoint: {point}":
                os.kill(process.pid, signal.SIGKILL)
                break
        else:
            pytest.fail(f"the command ended without reaching {point} (exit {process.wait()})")
    finally:
        process.wait(timeout=60)
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def assert_done(db: Path, out: Path) -> None:
    """The whole job is done, once: one closed meeting, one stored minutes, OUT = the stored PDF, a sound log."""
    assert rows(db, "SELECT status FROM meetings") == [("closed",)]
    ((stored_sha, pdf),) = rows(db, "SELECT sha256, pdf FROM minutes")
    assert hashlib.sha256(out.read_bytes()).hexdigest() == stored_sha == hashlib.sha256(pdf).hexdigest()
    assert rows(db, "SELECT count(*) FROM events WHERE action = 'meeting.recorded_from_file'") == [(1,)]
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name], "a temporary file was left behind"
    code, _, err = run_cli("audit", "verify", "--db", db)
    assert code == 0, err


def rerun(db: Path, out: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command(db, out), capture_output=True, text=True, check=False, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


@pytest.mark.parametrize("point", ["write-begins", "recorded", "minutes-stored"])
def test_a_crash_at_any_step_is_finished_by_running_the_same_command_again(
    board: Path, tmp_path: Path, point: str
) -> None:
    out = tmp_path / "minutes" / "unsigned.pdf"
    out.parent.mkdir()
    before = fingerprint(board)
    killed_at(point, command(board, out))

    meetings = rows(board, "SELECT count(*) FROM meetings")[0][0]
    minutes = rows(board, "SELECT count(*) FROM minutes")[0][0]
    assert (meetings, minutes) == {"write-begins": (0, 0), "recorded": (1, 0), "minutes-stored": (1, 1)}[point]
    if point == "write-begins":
        assert fingerprint(board) == before, "a kill inside the transaction leaves nothing"
    assert not out.exists()

    result = rerun(board, out)
    if point != "write-begins":
        assert "was already recorded as meeting 1" in result.stdout
        assert "recorded meeting" not in result.stdout
    assert "unsigned minutes:" in result.stdout
    assert_done(board, out)

    # And once more: nothing left to do, nothing written.
    done = fingerprint(board)
    again = rerun(board, out)
    assert "(already written)" in again.stdout
    assert fingerprint(board) == done
    assert_done(board, out)


def test_rerunning_a_recorded_file_without_minutes_records_nothing(board: Path, tmp_path: Path) -> None:
    meeting = SAMPLE / "meeting.toml"
    code, out, err = run_cli("meeting", "record", meeting, "--db", board)
    assert code == 0, err
    first = fingerprint(board)
    code, out, err = run_cli("meeting", "record", meeting, "--db", board, "--json")
    assert code == 0, err
    assert '"already_recorded": true' in out and '"meeting_id": 1' in out
    assert fingerprint(board) == first

    # The same meeting with one byte changed is another file: its requests are decided, so it is refused.
    changed = tmp_path / "changed.toml"
    changed.write_bytes(meeting.read_bytes() + b"\n")
    code, _, err = run_cli("meeting", "record", changed, "--db", board)
    assert code == 2 and "not pending" in err
    assert fingerprint(board) == first


def test_an_out_file_that_holds_something_else_is_never_overwritten(board: Path, tmp_path: Path) -> None:
    out = tmp_path / "unsigned.pdf"
    killed_at("recorded", command(board, out))
    out.write_bytes(b"someone else's file")
    code, _, err = run_cli("meeting", "record", SAMPLE / "meeting.toml", "--db", board, "--minutes", out)
    assert code == 2 and "already exists" in err
    assert out.read_bytes() == b"someone else's file"
    assert rows(board, "SELECT count(*) FROM minutes") == [(0,)]
