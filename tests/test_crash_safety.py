"""Killing `meeting record` at random moments loses nothing committed and half-writes nothing (DESIGN §6).

A 150-item meeting is recorded in one transaction, so after a SIGKILL the database holds either the whole
meeting or none of it, `PRAGMA integrity_check` is ok, and `tripartite audit verify` finds the chain and the
tables in agreement.

The kills must land inside the write, not in the interpreter's start-up: the child runs with
``TRIPARTITE_CHECKPOINTS=1``, so it prints ``checkpoint: write-begins`` on stderr when its first write
statement runs and ``checkpoint: recorded`` once the transaction has committed. Each kill waits for the
first marker and falls within the measured span between the two; a kill counts as inside the write when
the child died by it before printing the second, and the test requires most of them to count.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.gen import write_csv

from .conftest import ROOT

ITEMS = 150
KILLS = 8
INSIDE_AT_LEAST = 6  # kills that must land between the first write and the commit
SEED = 20261120
PRESENT = ["gov1", "gov2", "gov3", "emp1", "emp2", "emp3", "uni1", "uni2", "uni3", "sec1"]
VOTERS = [m for m in PRESENT if m != "sec1"]
TABLES = ("meetings", "attendance", "agenda_items", "recusals", "scores", "motions", "ballots", "decisions", "events")


def tripartite(*args: object, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tripartite", *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        cwd=ROOT,
        **kwargs,  # type: ignore[call-overload]
    )


def big_meeting(n: int) -> str:
    """N items over BENCH-0000000…: three score sheets, one adopted motion voted by every entitled member."""
    outcomes = ["approve", "reject", "approve_with_conditions", "defer"]
    lines = [
        "[meeting]",
        'title = "Crash-safety session"',
        'date = "2026-12-04"',
        'place = "Room 3"',
        f"present = {json.dumps(PRESENT)}",
        "",
    ]
    for i in range(n):
        recused = ["emp3"] if i % 10 == 0 else []
        outcome = outcomes[i % 4]
        votes = {m: "for" for m in VOTERS if m not in recused}
        if i % 3 == 0:  # the union block against: government and employer still carry it (2 of 3 blocks)
            votes.update(uni1="against", uni2="against", uni3="abstain")
        lines += [
            "[[item]]",
            f'request = "BENCH-{i:07d}"',
            f"recused = {json.dumps(recused)}",
            "attest = { G6 = true, G7 = true }",
            "scores.gov1 = { P1 = 20, P2 = 10, I1 = 10, S1 = 10 }",
            "scores.emp1 = { P1 = 20, P2 = 20, I1 = 10, S1 = 10 }",
            "scores.uni1 = { P1 = 10, P2 = 10, I1 = 0, S1 = 10 }",
            "",
            "[[item.motion]]",
            f'outcome = "{outcome}"',
        ]
        if outcome == "approve_with_conditions":
            lines += ["workers = 1", 'conditions = [{ kind = "reporting", frequency = "quarterly" }]']
        lines += ["votes = { " + ", ".join(f"{m} = {json.dumps(v)}" for m, v in votes.items()) + " }", ""]
    return "\n".join(lines)


def restore(pristine: Path, db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    with sqlite3.connect(pristine) as source, sqlite3.connect(db) as target:
        source.backup(target)
    source.close()
    target.close()


def snapshot(db: Path) -> dict[str, object]:
    conn = sqlite3.connect(db)
    try:
        out: dict[str, object] = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        out["statuses"] = dict(conn.execute("SELECT status, count(*) FROM requests GROUP BY status"))
        return out
    finally:
        conn.close()


def check_after_kill(db: Path, before: dict[str, object], complete: dict[str, object]) -> str:
    """The database is sound and holds the whole meeting or none of it; returns which."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        meetings = conn.execute("SELECT id, status FROM meetings").fetchall()
        on_agenda = conn.execute("SELECT count(*) FROM requests WHERE status = 'on_agenda'").fetchone()[0]
        assert on_agenda == 0, "a request was left on the agenda"
        if meetings:
            ((meeting_id, status),) = meetings
            assert status == "closed"
            items = conn.execute(
                "SELECT ai.status, r.status, d.outcome FROM agenda_items ai JOIN requests r ON r.id = ai.request_id "
                "LEFT JOIN decisions d ON d.item_id = ai.id WHERE ai.meeting_id = ?",
                [meeting_id],
            ).fetchall()
            assert len(items) == ITEMS
            for item_status, request_status, outcome in items:
                assert item_status == "decided" and outcome is not None
                assert request_status == ("deferred" if outcome == "defer" else "decided")
    finally:
        conn.close()
    verify = tripartite("audit", "verify", "--db", db)
    assert verify.returncode == 0, verify.stderr
    state = snapshot(db)
    assert state in (before, complete), state
    return "complete" if meetings else "absent"


@pytest.mark.slow
def test_a_killed_meeting_record_leaves_all_or_nothing(tmp_path: Path) -> None:
    pristine = tmp_path / "pristine.db"
    assert tripartite("init", "--db", pristine, "--board", ROOT / "data" / "sample" / "board.toml").returncode == 0
    csv_path = write_csv(tmp_path / "requests.csv", ITEMS)
    imported = tripartite("import", csv_path, "--db", pristine)
    assert imported.returncode == 0, imported.stderr
    meeting = tmp_path / "big.toml"
    meeting.write_text(big_meeting(ITEMS), encoding="utf-8")
    command = [sys.executable, "-m", "tripartite", "meeting", "record", meeting, "--db", tmp_path / "board.db"]
    before = snapshot(pristine)

    # One run to the end: it must succeed, and it gives the span of the write and the complete state.
    db = tmp_path / "board.db"
    restore(pristine, db)
    full, marks = start(command)
    write_begins = wait_for(full, marks, "write-begins")
    recorded = wait_for(full, marks, "recorded")
    finish(full)
    assert full.returncode == 0
    write_span = recorded - write_begins
    complete = snapshot(db)
    assert complete["meetings"] == 1 and complete["decisions"] == ITEMS
    assert tripartite("audit", "verify", "--db", db).returncode == 0

    # Kill points spread over the write: one random delay after the first write in each of KILLS equal slices
    # of the measured span (a little short of its end, which the commit and the marker take).
    rng = random.Random(SEED)
    width = write_span * 0.9 / KILLS
    delays = [width * (k + rng.random()) for k in range(KILLS)]
    seen = []
    inside = 0
    for delay in delays:
        restore(pristine, db)
        process, marks = start(command)
        wait_for(process, marks, "write-begins")
        time.sleep(delay)
        with contextlib.suppress(ProcessLookupError):  # it finished first: the checks below still hold
            os.kill(process.pid, signal.SIGKILL)
        rest = finish(process)
        landed = process.returncode == -signal.SIGKILL and "checkpoint: recorded" not in rest
        inside += landed
        wal = Path(f"{db}-wal")
        wal_kib = wal.stat().st_size // 1024 if wal.exists() else 0  # the uncommitted frames the kill left behind
        outcome = check_after_kill(db, before, complete)
        if landed:
            assert outcome == "absent", "a kill before the commit must leave none of the meeting"
        seen.append((round(delay, 3), process.returncode, wal_kib, "inside" if landed else "after", outcome))
    assert inside >= INSIDE_AT_LEAST, f"only {inside} of {KILLS} kills landed inside the write: {seen}"

    # And one kill the moment the meeting is committed: nothing committed may be lost.
    restore(pristine, db)
    process, marks = start(command, pause_at="recorded")
    wait_for(process, marks, "recorded")
    os.kill(process.pid, signal.SIGKILL)
    finish(process)
    after_commit = check_after_kill(db, before, complete)
    assert after_commit == "complete"
    seen.append(("after commit", process.returncode, None, "after", after_commit))
    print(f"write {write_span:.2f} s; kills (delay after the first write, exit, WAL KiB, where, meeting): {seen}")


def start(command: list[object], pause_at: str | None = None) -> tuple[subprocess.Popen[str], list[str]]:
    """Start the command with its checkpoints printed on a pipe (and a pause at one of them, if asked)."""
    env = {**os.environ, "TRIPARTITE_CHECKPOINTS": "1"}
    if pause_at:
        env["TRIPARTITE_PAUSE_AT"] = pause_at
    process = subprocess.Popen(
        [str(c) for c in command], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env
    )
    return process, []


def wait_for(process: subprocess.Popen[str], marks: list[str], point: str) -> float:
    """Read the child's stderr up to ``checkpoint: POINT``; returns when it was seen (perf_counter)."""
    assert process.stderr is not None
    for line in process.stderr:
        marks.append(line)
        if line.strip() == f"checkpoint: {point}":
            return time.perf_counter()
    raise AssertionError(f"the child ended (exit {process.wait()}) without reaching {point}: {''.join(marks)}")


def finish(process: subprocess.Popen[str]) -> str:
    """Wait for the child and close its pipe; returns what it printed after the last marker read."""
    assert process.stderr is not None
    try:
        rest = process.stderr.read()
    finally:
        process.stderr.close()
        process.wait(timeout=30)
    return rest
