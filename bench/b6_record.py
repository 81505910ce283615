"""B6: `meeting record` of a 200-item meeting (target ≤ 1 s), against tomllib + sqlite3 executemany of its ballots.

The meeting has every item scored by three members (one per constituency) and voted in one or two rounds by
every present member, so it writes what a long real session writes: attendance, scores, motions, ballots,
decisions and their audit events, in one transaction. The time is
`tripartite.meetings.recording.record_meeting` in-process (validation included), the median of three runs,
each on a fresh copy of the same database.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import sys
import time
import tomllib
from pathlib import Path

from tripartite import audit_check, store
from tripartite.authority import operator
from tripartite.board import init_board, load_board
from tripartite.importer import import_requests
from tripartite.meetings.recording import record_meeting

try:
    from bench.gen import write_csv
except ImportError:  # run as a script from bench/
    from gen import write_csv  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_BOARD = ROOT / "data" / "sample" / "board.toml"
ITEMS = 200
REQUESTS = 250
PRESENT = ["gov1", "gov2", "gov3", "emp1", "emp2", "emp3", "uni1", "uni2", "uni3", "sec1"]
VOTERS = [m for m in PRESENT if m != "sec1"]
SCORERS = {
    "gov1": {"P1": 20, "P2": 10, "P3": 10, "I1": 10, "I3": 20, "S1": 10, "S2": 10},
    "emp1": {"P1": 20, "P2": 20, "P3": 10, "I1": 20, "I3": 20, "S1": 10, "S2": 20},
    "uni1": {"P1": 10, "P2": 10, "P3": 0, "I1": 10, "I3": 10, "S1": 10, "S2": 0},
}


def _table(values: dict[str, object]) -> str:
    return "{ " + ", ".join(f"{k} = {json.dumps(v)}" for k, v in values.items()) + " }"


def meeting_toml(n: int) -> tuple[str, int]:
    """A meeting of N items over BENCH-0000000…, and how many ballots it holds.

    Every other item has two rounds: an approval the government and union blocks vote down, then an adopted
    deferral. The others have one adopted motion (approve, reject, or approve with conditions).
    """
    lines = [
        "[meeting]",
        'title = "B6 benchmark session"',
        'date = "2026-12-11"',
        'place = "Room 3"',
        f"present = {json.dumps(PRESENT)}",
        "",
    ]
    ballots = 0
    for i in range(n):
        lines += ["[[item]]", f'request = "BENCH-{i:07d}"', "attest = { G6 = true, G7 = true }"]
        lines += [f"scores.{member} = {_table(sheet)}" for member, sheet in SCORERS.items()]
        rounds: list[tuple[str, list[str], dict[str, str]]] = []
        if i % 2:
            split = {m: "against" if m[:3] in ("gov", "uni") else "for" for m in VOTERS}
            rounds.append(("approve", [], split))
            rounds.append(("defer", [], dict.fromkeys(VOTERS, "for")))
        else:
            outcome = ("approve", "reject", "approve_with_conditions")[i // 2 % 3]
            extra = ["workers = 1", 'conditions = [{ kind = "reporting", frequency = "quarterly" }]']
            votes = dict.fromkeys(VOTERS, "for") | {"uni3": "abstain"}
            rounds.append((outcome, extra if outcome == "approve_with_conditions" else [], votes))
        for outcome, extra, votes in rounds:
            lines += ["", "[[item.motion]]", f'outcome = "{outcome}"', *extra, f"votes = {_table(votes)}"]
            ballots += len(votes)
        lines.append("")
    return "\n".join(lines), ballots


def _fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def build_database(workdir: Path) -> Path:
    """The sample board and REQUESTS generated requests, in a migrated database (closed, checkpointed)."""
    path = _fresh(workdir / "b6-template.db")
    csv_path = write_csv(workdir / "b6-requests.csv", REQUESTS)
    with store.opened(path) as db:
        init_board(db, load_board(SAMPLE_BOARD))
        result = import_requests(db, csv_path, auth=operator(db))
        assert result.count == REQUESTS
    return path


def _copy(template: Path, path: Path) -> Path:
    _fresh(path)
    with sqlite3.connect(template) as source, sqlite3.connect(path) as target:
        source.backup(target)
    source.close()
    target.close()
    return path


def tripartite_record(template: Path, meeting: Path, path: Path, items: int) -> float:
    """record_meeting on a fresh copy of the database: validation, engine, audit events, one transaction."""
    db = store.open_db(_copy(template, path))
    try:
        start = time.perf_counter()
        result = record_meeting(db, meeting, auth=operator(db))
        elapsed = time.perf_counter() - start
        assert len(result["items"]) == items
        assert all(item["decision"] is not None for item in result["items"])
        assert audit_check.verify(db).ok
    finally:
        db.close()
    return elapsed


def baseline(meeting: Path, path: Path, ballots: int) -> float:
    """tomllib of the same file, then one executemany of as many ballot rows into a plain table."""
    _fresh(path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE ballots (motion_id INTEGER, member_id TEXT, vote TEXT, comment TEXT, cast_at TEXT)")
    conn.commit()
    try:
        start = time.perf_counter()
        raw = tomllib.loads(meeting.read_text(encoding="utf-8"))
        rows = [
            (number, member, vote, None, "2026-12-11T10:00:00+00:00")
            for number, motion in enumerate(m for item in raw["item"] for m in item["motion"])
            for member, vote in motion["votes"].items()
        ]
        assert len(rows) == ballots
        with conn:
            conn.executemany("INSERT INTO ballots VALUES (?, ?, ?, ?, ?)", rows)
        return time.perf_counter() - start
    finally:
        conn.close()


def run(workdir: Path, repeats: int = 3) -> dict[str, float | int]:
    """Median seconds of each, and their ratio (target: tripartite_s ≤ 1)."""
    workdir.mkdir(parents=True, exist_ok=True)
    template = build_database(workdir)
    text, ballots = meeting_toml(ITEMS)
    meeting = workdir / "b6-meeting.toml"
    meeting.write_text(text, encoding="utf-8")
    motions = text.count("[[item.motion]]")
    base, ours = [], []
    for _ in range(repeats):
        base.append(baseline(meeting, workdir / "b6-baseline.db", ballots))
        ours.append(tripartite_record(template, meeting, workdir / "b6.db", ITEMS))
    b, o = statistics.median(base), statistics.median(ours)
    return {
        "items": ITEMS,
        "motions": motions,
        "ballots": ballots,
        "baseline_s": round(b, 3),
        "tripartite_s": round(o, 3),
        "ratio": round(o / b, 1),
        "target_s": 1.0,
    }


if __name__ == "__main__":
    print(json.dumps(run(Path(sys.argv[1] if len(sys.argv) > 1 else "bench/out")), indent=2))
