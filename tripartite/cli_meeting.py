"""``meeting record`` on the command line: a held meeting entered from a TOML file, finished by running it again.

The command is one unit of work across two transactions (recording, then the minutes), so it marks
the file it recorded (:data:`RECORDED_FROM_FILE`) and a second run does only what is missing. The
crash-test hooks (:func:`_checkpoint`) let the tests kill the process at each moment in between.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from tripartite.authority import OPERATOR_ACTOR
from tripartite.cli_common import EXIT_OK, stderr_line
from tripartite.errors import KnownError, printable

RECORDED_FROM_FILE = "meeting.recorded_from_file"
"""The audit event that ties a recorded meeting to the SHA-256 of the file it was recorded from."""


def cmd_meeting_record(args: argparse.Namespace) -> int:
    """``meeting record FILE --db DB [--minutes OUT]``: one unit of work, finished by running it again.

    Recording and building the minutes are two transactions, and a crash may fall between them, or
    between storing the minutes and writing OUT. So the record's transaction also writes an event
    (:data:`RECORDED_FROM_FILE`) with the file's SHA-256, and a run first looks for it:

    - the file is not recorded yet: record it (the meeting and that event commit together), then build
      the minutes, store them (committed), then write OUT (whole or not at all);
    - the same bytes were already recorded: nothing is recorded again; with ``--minutes`` the run does
      whatever is missing: builds and stores the minutes if none are stored, writes OUT from the stored
      PDF if it is missing, and does nothing if OUT already holds them. Exit 0 each time.

    Every state a crash can leave is thus one the same command completes. (A different file, even one
    byte apart, is a new meeting; recording it is refused as before, its requests being decided.)
    """
    from tripartite import audit, store
    from tripartite.authority import operator
    from tripartite.meetings.recording import record_meeting

    if not args.db.is_file():
        raise KnownError(f"{args.db}: no such database")
    digest = _sha256_of(args.file)  # None when unreadable: record_meeting then names the problem
    with store.opened(args.db) as db:
        _trace_writes(db)
        meeting_id = _recorded_from(db, digest)
        if meeting_id is None:
            if args.minutes is not None and args.minutes.exists():
                raise KnownError(f"{args.minutes}: already exists; choose another name")
            with db.atomic():  # record_meeting's own transaction nests inside as a savepoint
                result = record_meeting(db, args.file, auth=operator(db), display_name=str(args.file))
                audit.append(
                    db,
                    RECORDED_FROM_FILE,
                    {"meeting": result["meeting_id"], "file": args.file.name, "sha256": digest},
                    actor=OPERATOR_ACTOR,
                )
            _checkpoint("recorded")
        else:
            result = {"meeting_id": meeting_id, "already_recorded": True, "warnings": []}
        if args.minutes is not None:
            result["minutes"] = _finish_minutes(db, result["meeting_id"], args.minutes)
    for warning in result["warnings"]:
        stderr_line(f"warning: {warning}")
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return EXIT_OK
    if result.get("already_recorded"):
        print(printable(f"{args.file} was already recorded as meeting {meeting_id} (sha256 {digest}); not again"))
    else:
        _print_recorded(args.file, result)
    if args.minutes is not None:
        minutes = result["minutes"]
        done = "" if minutes["written"] else " (already written)"
        print(printable(f"unsigned minutes: {args.minutes}{done} (sha256 {minutes['sha256']})"))
    return EXIT_OK


def _print_recorded(path: Path, result: dict[str, Any]) -> None:
    from tripartite import cli_text as words

    print(printable(f"recorded meeting {result['meeting_id']} from {path}: {len(result['items'])} items"))
    for item in result["items"]:
        if not item["quorum_met"]:
            print(f"  {item['request']}: no quorum — not decided")
            continue
        rounds = len(item["motions"])
        decision = item["decision"]
        if decision is None:
            print(f"  {item['request']}: no motion adopted after {rounds} round(s)")
            continue
        last = item["motions"][-1]
        counts = " · ".join(
            f"{words.role(g)} {t['for']}-{t['against']}-{t['abstain']}" for g, t in last["tally"].items()
        )
        extra = f", {len(decision['conditions'])} condition(s)" if decision["conditions"] else ""
        print(
            f"  {item['request']}: {words.outcome(decision['outcome'])} ({decision['workers']} workers{extra}) "
            f"by {words.rule(last['rule'])} in round {rounds} [{counts}]"
        )


def _sha256_of(path: Path) -> str | None:
    import hashlib

    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except (OSError, ValueError):
        return None


def _recorded_from(db: Any, digest: str | None) -> int | None:
    """The meeting recorded from a file with this SHA-256, if any (its :data:`RECORDED_FROM_FILE` event)."""
    if digest is None:
        return None
    row = db.execute(
        "SELECT json_extract(payload, '$.meeting') FROM events WHERE action = ? "
        "AND json_extract(payload, '$.sha256') = ? ORDER BY seq DESC LIMIT 1",
        [RECORDED_FROM_FILE, digest],
    ).fetchone()
    return int(row[0]) if row else None


def _finish_minutes(db: Any, meeting_id: int, out: Path) -> dict[str, Any]:
    """Make sure the meeting's unsigned minutes are stored and that ``out`` holds them; do only what is missing.

    The minutes are stored (committed) before ``out`` is written, so a crash in between leaves stored
    minutes that the next run writes out, never a file the database does not know.
    """
    from tripartite.authority import operator
    from tripartite.cli_text import say
    from tripartite.reports.files import write_file
    from tripartite.reports.service import export_minutes

    stored = db.execute(
        "SELECT id, sha256, pdf FROM minutes WHERE meeting_id = ? ORDER BY id DESC LIMIT 1", [meeting_id]
    ).fetchone()
    if out.exists():
        if stored is not None and _sha256_of(out) == stored[1]:  # a previous run got this far
            return {"minutes_id": int(stored[0]), "path": str(out), "sha256": str(stored[1]), "written": False}
        raise KnownError(f"{out}: already exists; choose another name")
    if stored is None:
        try:
            exported = export_minutes(db, meeting_id, None, auth=operator(db))
        except KnownError as exc:
            raise KnownError(
                f"meeting {meeting_id} was recorded, but its minutes were not built: {say(exc)}; "
                "run the same command again to build them"
            ) from exc
        _checkpoint("minutes-stored")
        minutes_id, digest, pdf = exported.minutes_id, exported.sha256, exported.pdf
    else:
        minutes_id, digest, pdf = int(stored[0]), str(stored[1]), bytes(stored[2])
    info = {"minutes_id": minutes_id, "path": str(out), "sha256": digest, "written": True}
    try:
        write_file(out, pdf)
    except KnownError as exc:
        raise KnownError(
            f"the minutes of meeting {meeting_id} are stored, but {say(exc)}; run the same command again to write them"
        ) from exc
    _checkpoint("minutes-written")
    return info


# Crash-test hooks (tests/test_crash_safety.py, tests/test_record_unit.py). Both are no-ops unless the
# environment asks: TRIPARTITE_CHECKPOINTS=1 prints "checkpoint: NAME" on stderr at each named moment,
# and TRIPARTITE_PAUSE_AT=NAME also stops at that moment, so a test can SIGKILL the process exactly there.


def _checkpoint(name: str) -> None:
    import os

    pause = os.environ.get("TRIPARTITE_PAUSE_AT") == name
    if pause or os.environ.get("TRIPARTITE_CHECKPOINTS"):
        print(f"checkpoint: {name}", file=sys.stderr, flush=True)
    if pause:
        import time

        time.sleep(60)  # the test kills the process here; if it never does, the command carries on


def _trace_writes(db: Any) -> None:
    """With the crash-test hooks on, mark the moment the command's first write statement runs."""
    import os

    if not (os.environ.get("TRIPARTITE_CHECKPOINTS") or os.environ.get("TRIPARTITE_PAUSE_AT")):
        return
    seen = False

    def trace(statement: str) -> None:
        nonlocal seen
        if not seen and statement.lstrip()[:6].upper() in ("INSERT", "UPDATE", "DELETE"):
            seen = True
            _checkpoint("write-begins")

    db.conn.set_trace_callback(trace)
