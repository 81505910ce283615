"""The conditions follow-up register on the command line (DESIGN §11): ``followup list|evidence|verify``.

The command line acts for the secretary (``cli:secretary`` in the events), as every other command that
writes. Bad input (an unknown record, a file that cannot be read, a date that is not one, a record in
the wrong state) is said on stderr, naming the place, with exit 2 and nothing written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from tripartite.cli_common import EXIT_OK, require_db
from tripartite.errors import KnownError, Refusal


def _date(text: str | None, option: str) -> dt.date:
    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise KnownError(f"{option}: not a date ({text!r}); write it as YYYY-MM-DD") from None


def record_json(record: Any) -> dict[str, Any]:
    """One record as ``followup list --json`` gives it (DESIGN §11)."""
    return {
        "id": record.id,
        "request": record.request,
        "meeting_id": record.meeting_id,
        "kind": record.kind.value,
        "terms": record.terms,
        "due_on": record.due_on,
        "state": record.state.value,
        "overdue": record.overdue,
    }


def cmd_list(args: argparse.Namespace) -> int:
    """``followup list --db DB [--as-of DATE] [--state S] [--json]``: the register, by due date."""
    from tripartite import followup, store

    as_of = _date(args.as_of, "--as-of")
    require_db(args.db)
    with store.opened(args.db) as db:
        records = followup.listing(db, as_of, followup.State(args.state) if args.state else None)
    if args.json:
        print(json.dumps({"conditions": [record_json(r) for r in records]}, ensure_ascii=False, indent=2))
    else:
        from tripartite.cli_text import followup_report

        print(followup_report(records, as_of))
    return EXIT_OK


def _read(path: Path) -> Any:
    from tripartite.followup import EvidenceFile

    if not path.exists():
        raise Refusal("no_such_file", path=str(path), what="file")
    try:
        return EvidenceFile(path.name, path.read_bytes())
    except OSError as exc:
        raise Refusal("cannot_read", path=str(path), reason=exc.strerror or str(exc)) from exc


def cmd_evidence(args: argparse.Namespace) -> int:
    """``followup evidence ID --file F [--file F…] [--note TEXT] --db DB``: file the employer's evidence."""
    from tripartite import authority, followup, store

    files = [_read(path) for path in args.file]  # every file read before anything is written
    require_db(args.db)
    with store.opened(args.db) as db:
        stored = followup.file_evidence(db, args.id, files, args.note, authority.operator(db))
    print(f"follow-up {args.id}: evidence filed, {len(stored)} file(s)")
    for evidence in stored:
        print(f"  {evidence.name}  {evidence.size} bytes  sha256 {evidence.sha256}")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    """``followup verify ID --result verified|breached --note TEXT --db DB``: the secretariat's finding."""
    from tripartite import authority, followup, store

    require_db(args.db)
    with store.opened(args.db) as db:
        followup.verify(db, args.id, followup.State(args.result), args.note, authority.operator(db))
    print(f"follow-up {args.id}: {args.result}")
    return EXIT_OK


def add_commands(sub: Any, db_arg: Any) -> None:
    """The ``followup`` group of the parser (``sub``: the top-level subparsers; ``db_arg``: adds ``--db``)."""
    states = ("pending", "evidence_submitted", "verified", "breached", "waived")  # followup.State, without importing
    group = sub.add_parser("followup", help="the conditions follow-up register (evidence, findings, overdue)")
    actions = group.add_subparsers(dest="followup_command", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="the follow-up records, by due date")
    db_arg(listing)
    listing.add_argument("--as-of", metavar="DATE", help="judge overdue at this date (YYYY-MM-DD; default today)")
    listing.add_argument(
        "--state", choices=states, metavar="S", help=f"only records in this state: {', '.join(states)}"
    )
    listing.add_argument("--json", action="store_true", help="print the register as JSON")
    listing.set_defaults(func=cmd_list)

    evidence = actions.add_parser("evidence", help="file the employer's evidence for a record (stored in the database)")
    evidence.add_argument("id", type=int, metavar="ID")
    evidence.add_argument("--file", type=Path, action="append", required=True, metavar="F", help="a file (repeat)")
    evidence.add_argument("--note", metavar="TEXT", help="what was filed")
    db_arg(evidence)
    evidence.set_defaults(func=cmd_evidence)

    verify = actions.add_parser("verify", help="record the finding on a record: verified or breached")
    verify.add_argument("id", type=int, metavar="ID")
    verify.add_argument("--result", required=True, choices=("verified", "breached"))
    verify.add_argument("--note", required=True, metavar="TEXT", help="why (required)")
    db_arg(verify)
    verify.set_defaults(func=cmd_verify)
