"""The ``tripartite`` command line (DESIGN §8.1): a face over the core, like the desktop app.

Exit codes: 0 success, 1 a check failed (e.g. ``audit verify``), 2 bad input or environment (nothing
was written). Errors go to stderr, one line per problem. The desktop app is imported only by ``gui``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from tripartite import __version__
from tripartite.authority import OPERATOR_ACTOR
from tripartite.errors import InputError, KnownError, printable

EXIT_OK, EXIT_CHECK_FAILED, EXIT_INPUT = 0, 1, 2


def _db_arg(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument("--db", type=Path, required=required, metavar="PATH", help="the board's database file")


def _passphrase_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="F",
        help="read the key's passphrase from the first line of F (else $TRIPARTITE_PASSPHRASE, else a prompt)",
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tripartite",
        description="Tripartite labour board: request dossiers, assessment, meetings and signed minutes.",
    )
    parser.add_argument("--version", action="version", version=f"tripartite {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="open the desktop app (the default command)")
    _db_arg(gui, required=False)
    gui.set_defaults(func=_cmd_gui)

    init = sub.add_parser("init", help="create a board (members, rules, signatories) from a TOML file")
    _db_arg(init)
    init.add_argument("--board", type=Path, required=True, metavar="BOARD.toml")
    init.set_defaults(func=_cmd_init)

    imp = sub.add_parser("import", help="import requests from CSV or XLSX (all or nothing)")
    imp.add_argument("file", type=Path, metavar="FILE.csv|FILE.xlsx")
    _db_arg(imp)
    imp.add_argument("--json", action="store_true", help="print the result as JSON")
    imp.set_defaults(func=_cmd_import)

    exp = sub.add_parser("export", help="export requests with their decisions to CSV or XLSX")
    _db_arg(exp)
    exp.add_argument("--out", type=Path, required=True, metavar="FILE.csv|FILE.xlsx")
    exp.set_defaults(func=_cmd_export)

    assess = sub.add_parser("assess", help="gates, technical score per criterion and recommendation for a request")
    assess.add_argument("reference", metavar="REF")
    _db_arg(assess)
    assess.add_argument("--json", action="store_true", help="print the result as JSON")
    assess.set_defaults(func=_cmd_assess)

    criteria = sub.add_parser("criteria", help="print the criteria catalogue in force")
    _db_arg(criteria, required=False)
    criteria.add_argument("--json", action="store_true", help="print the catalogue as JSON")
    criteria.add_argument("--out", type=Path, metavar="FILE.toml", help="write an editable copy of the catalogue")
    criteria.set_defaults(func=_cmd_criteria)

    meeting = sub.add_parser("meeting", help="meeting commands")
    meeting_sub = meeting.add_subparsers(dest="meeting_command", metavar="ACTION", required=True)
    record = meeting_sub.add_parser("record", help="enter a held meeting from a TOML file and decide every item")
    record.add_argument("file", type=Path, metavar="MEETING.toml")
    _db_arg(record)
    record.add_argument("--json", action="store_true", help="print the result as JSON")
    record.add_argument("--minutes", type=Path, metavar="OUT.pdf", help="then build the unsigned minutes into OUT.pdf")
    record.set_defaults(func=_cmd_meeting_record)

    minutes = sub.add_parser("minutes", help="build the unsigned minutes of a closed meeting (PDF)")
    minutes.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    _db_arg(minutes)
    minutes.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    minutes.set_defaults(func=_cmd_minutes)

    sign = sub.add_parser("sign", help="add one signature to the minutes (an incremental update)")
    sign.add_argument("file", type=Path, metavar="FILE.pdf")
    sign.add_argument("--role", required=True, metavar="ROLE", help="chair, secretary, government, employer or union")
    sign.add_argument("--key", type=Path, required=True, metavar="KEY.p12", help="the signer's PKCS#12 key file")
    _passphrase_arg(sign)
    sign.add_argument("--out", type=Path, metavar="FILE", help="write the signed file here (default: sign in place)")
    sign.add_argument("--db", type=Path, metavar="PATH", help="also record the signature in the board's database")
    sign.set_defaults(func=_cmd_sign)

    verify_pdf = sub.add_parser("verify", help="verify every signature of the minutes; exit 0 only if all hold")
    verify_pdf.add_argument("file", type=Path, metavar="FILE.pdf")
    verify_pdf.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="CERT.pem",
        help="a trusted certificate, for the role written in it by `keys new` (repeat)",
    )
    verify_pdf.add_argument("--db", type=Path, metavar="PATH", help="also trust the certificates the board stores")
    verify_pdf.add_argument(
        "--partial", action="store_true", help="accept minutes not every signatory has signed yet, if the rest holds"
    )
    verify_pdf.add_argument("--json", action="store_true", help="print the report as JSON")
    verify_pdf.set_defaults(func=_cmd_verify)

    keys = sub.add_parser("keys", help="signing keys and trusted certificates")
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    new = keys_sub.add_parser("new", help="make a self-signed signing identity (PKCS#12 with a passphrase)")
    new.add_argument("--name", required=True, metavar="NAME", help="the signer's full name")
    new.add_argument("--role", required=True, metavar="ROLE", help="chair, secretary, government, employer or union")
    new.add_argument("--out", type=Path, required=True, metavar="KEY.p12")
    new.add_argument("--cert-out", type=Path, metavar="CERT.pem", help="also write the certificate, to be trusted")
    new.add_argument(
        "--algorithm", default="p-256", choices=("p-256", "rsa-3072"), help="ECDSA P-256 (default) or RSA-3072"
    )
    _passphrase_arg(new)
    new.set_defaults(func=_cmd_keys_new)
    trust = keys_sub.add_parser("trust", help="store a member's certificate among those the board trusts")
    trust.add_argument("cert", type=Path, metavar="CERT.pem")
    _db_arg(trust)
    trust.add_argument("--member", required=True, metavar="ID", help="the member the certificate belongs to")
    trust.add_argument(
        "--role",
        metavar="ROLE",
        help="the signatory role it signs for (chair, secretary, government, employer or union); "
        "needed for a certificate not made by `keys new`",
    )
    trust.set_defaults(func=_cmd_keys_trust)

    demo = sub.add_parser("demo", help="the whole path without a screen: board, meeting, minutes, signatures")
    demo.add_argument("--dir", type=Path, required=True, metavar="DIR", help="an empty or new folder")
    demo.set_defaults(func=_cmd_demo)

    backup = sub.add_parser("backup", help="copy the database safely (SQLite backup API)")
    _db_arg(backup)
    backup.add_argument("--out", type=Path, required=True, metavar="FILE")
    backup.set_defaults(func=_cmd_backup)

    audit = sub.add_parser("audit", help="audit log commands")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_sub.add_parser(
        "verify", help="check the audit chain, every table of the record and the anchors; exit 1 naming what fails"
    )
    _db_arg(verify)
    verify.add_argument(
        "--anchor",
        action="append",
        default=[],
        metavar="SEQ:HEX",
        help="a head noted outside the file (as `audit head` prints it), e.g. in a later meeting's minutes (repeat)",
    )
    verify.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="CERT.pem",
        help="verify the stored signed minutes against this certificate instead of the board's store (repeat)",
    )
    verify.add_argument("--json", action="store_true", help="print the report as JSON")
    verify.set_defaults(func=_cmd_audit_verify)
    head = audit_sub.add_parser("head", help="print the audit chain's head, to read into the record of a meeting")
    _db_arg(head)
    head.add_argument("--json", action="store_true", help="print the head as JSON")
    head.set_defaults(func=_cmd_audit_head)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: arguments without the program name (default: ``sys.argv[1:]``).

    Returns:
        The exit code.
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = _parser()
    if not args_list:
        args_list = ["gui"]
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except InputError as exc:
        for problem in exc.warnings:
            _stderr(f"warning: {problem}")
        for problem in exc.problems:
            _stderr(str(problem))
        _stderr(f"nothing was written ({len(exc.problems)} problem(s))")
        return EXIT_INPUT
    except KnownError as exc:
        from tripartite.cli_text import say  # here, not at the top: it costs a start-up that succeeds

        _stderr(f"error: {say(exc)}")
        return EXIT_INPUT


def _stderr(line: str) -> None:
    """Print one line to stderr, escaped: a message quoting a file never spans lines or moves the cursor."""
    print(printable(line), file=sys.stderr)


def _cmd_gui(args: argparse.Namespace) -> int:
    from tripartite.ui.app import main as gui_main

    status: int = gui_main(args.db)  # untyped here: mypy does not check the Qt face yet
    return status


def _cmd_init(args: argparse.Namespace) -> int:
    from tripartite import store
    from tripartite.board import init_board, load_board
    from tripartite.criteria import read_source

    config = load_board(args.board)
    catalogue = read_source(config.criteria, base=args.board.parent)
    with store.opened(args.db) as db:
        init_board(db, config, actor=OPERATOR_ACTOR, catalogue=catalogue)
    voting = sum(1 for m in config.members if m.active and m.role.value != "secretary")
    print(f"created board '{config.name}' with {len(config.members)} members ({voting} voting seats) in {args.db}")
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from tripartite import store
    from tripartite.authority import operator
    from tripartite.importer import import_requests

    with store.opened(args.db) as db:
        try:
            result = import_requests(db, args.file, auth=operator(db), display_name=str(args.file))
        except InputError as exc:
            if args.json:
                print(
                    json.dumps(
                        {
                            "imported": 0,
                            "errors": [str(p) for p in exc.problems],
                            "warnings": [str(w) for w in exc.warnings],
                        },
                        ensure_ascii=False,
                    )
                )
            raise
    if args.json:
        print(json.dumps({"imported": result.count, "warnings": [str(w) for w in result.warnings]}, ensure_ascii=False))
    else:
        for warning in result.warnings:
            _stderr(f"warning: {warning}")
        print(f"imported {result.count} requests from {args.file}")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from tripartite import store
    from tripartite.exporter import export_requests

    with store.opened(args.db) as db:
        count = export_requests(db, args.out)
    print(f"exported {count} requests to {args.out}")
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace) -> int:
    from tripartite import store

    with store.opened(args.db) as db:
        out = store.backup(db, args.out)
    print(f"backed up {args.db} to {out}")
    return EXIT_OK


def _cmd_audit_verify(args: argparse.Namespace) -> int:
    from tripartite import audit_check, store
    from tripartite.cli_text import audit_finding
    from tripartite.reports.anchors import minutes_anchors
    from tripartite.reports.files import read_file
    from tripartite.reports.trust import trusted_certificates

    _require_db(args.db)
    try:
        external = [audit_check.parse_anchor(a) for a in args.anchor]
    except ValueError as exc:
        raise KnownError(str(exc)) from exc
    outside = [read_file(path, "certificate") for path in args.trust]
    with store.opened(args.db) as db:
        # The board's own certificates count only as far as the record vouches for them.
        found = minutes_anchors(db, outside or trusted_certificates(db))
        anchors = [(seq, head, f"{source} (signed)") for seq, head, source in found.heads]
        anchors += [(seq, prefix, "the anchor given") for seq, prefix in external]
        report = audit_check.verify(db, anchors=anchors)
    trust_source = "the certificates given" if outside else "the board's certificates"
    if args.json:
        print(
            json.dumps(
                {
                    "ok": report.ok,
                    "events": report.events,
                    "head": {"seq": report.head.seq, "hash": report.head.hash, "short": report.head.short},
                    "findings": [
                        {"code": f.code, "table": f.table, "key": f.key, "seq": f.seq, "message": audit_finding(f)}
                        for f in report.findings
                    ],
                    "anchors": [{"seq": seq, "source": source} for seq, _, source in anchors],
                    "anchors_unusable": [{"source": s, "reason": r} for s, r in found.unusable],
                    "trust": trust_source,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK if report.ok else EXIT_CHECK_FAILED
    for finding in report.findings:
        _stderr(f"{args.db}: {audit_finding(finding)}")
    for source, reason in found.unusable:
        _stderr(f"note: {source} cannot serve as an anchor: {reason}")
    if not report.ok:
        return EXIT_CHECK_FAILED
    pinned = f"; {len(anchors)} anchor(s) hold (signatures checked against {trust_source})" if anchors else ""
    print(
        f"audit record intact: {report.events} events, head {report.head.short}; every table of the record "
        f"matches its events{pinned}"
    )
    return EXIT_OK


def _cmd_audit_head(args: argparse.Namespace) -> int:
    from tripartite import audit, store

    _require_db(args.db)
    with store.opened(args.db) as db:
        head = audit.current_head(db)
    if args.json:
        print(json.dumps({"seq": head.seq, "hash": head.hash, "short": head.short}))
    else:
        print(head.short)
    return EXIT_OK


def _cmd_assess(args: argparse.Namespace) -> int:
    from tripartite import store
    from tripartite.assessment import assess
    from tripartite.board import read_board
    from tripartite.criteria import for_board
    from tripartite.gates import BoardContext

    if not args.db.is_file():
        raise KnownError(f"{args.db}: no such database")
    with store.opened(args.db) as db:
        rows = list(db.query("SELECT * FROM requests WHERE reference = ?", [args.reference]))
        if not rows:
            raise KnownError(f"{args.db}: no request with reference {args.reference}")
        config = read_board(db)
        catalogue = for_board(db)
    result = assess(rows[0], catalogue, BoardContext.of(config))
    if args.json:
        print(json.dumps(assessment_json(result), ensure_ascii=False, indent=2))
    else:
        from tripartite.cli_text import assessment_report

        print(assessment_report(rows[0], result, catalogue))
    return EXIT_OK


def assessment_json(result: Any) -> dict[str, Any]:
    """The ``assess --json`` object (DESIGN §8.4), plus the sensitivity figures."""
    from tripartite.assessment import rounded

    rec = result.recommendation
    out: dict[str, Any] = {
        "reference": result.reference,
        "gates": [{"code": g.code, "status": g.status.value, "reason": g.reason} for g in result.gates],
        "gates_failed": result.gates_failed,
        "gates_unknown": result.gates_unknown,
        "criteria": result.technical_points,
        "technical_score": rounded(result.technical_score),
        "recommendation": {
            "outcome": rec.outcome.value,
            "conditions": [c.value for c in rec.conditions],
            "reason": rec.reason,
        },
    }
    sens = result.sensitivity
    if sens is not None:
        out["sensitivity"] = {
            "robust": sens.robust,
            "fragile_on": sens.fragile_on,
            "family_moves": [
                {"family": m.family.value, "delta": m.delta, "score": rounded(m.score), "band": m.band.value}
                for m in sens.family_moves
            ],
            "critical_weight": None
            if sens.critical is None
            else {
                "criterion": sens.critical.criterion,
                "delta": sens.critical.delta,
                "score": rounded(sens.critical.score),
            },
        }
    return out


def _cmd_criteria(args: argparse.Namespace) -> int:
    from tripartite import criteria

    if args.db is not None:
        from tripartite import store

        if not args.db.is_file():
            raise KnownError(f"{args.db}: no such database")
        with store.opened(args.db) as db:
            catalogue = criteria.for_board(db)
            stored = db.execute(
                "SELECT toml FROM criteria_catalogues WHERE version = ?", [catalogue.version]
            ).fetchone()
        text = stored[0] if stored else criteria.default_text()
    else:
        catalogue, text = criteria.load_catalogue(), criteria.default_text()
    if args.out is not None:
        if args.out.exists():
            raise KnownError(f"{args.out}: already exists; choose another name")
        args.out.write_text(text, encoding="utf-8")
        print(f'wrote {args.out}; edit it, then set criteria = "{args.out.name}" in board.toml')
        return EXIT_OK
    if args.json:
        from dataclasses import asdict

        print(json.dumps(asdict(catalogue), ensure_ascii=False, indent=2))
    else:
        from tripartite.cli_text import catalogue_report

        print(catalogue_report(catalogue))
    return EXIT_OK


RECORDED_FROM_FILE = "meeting.recorded_from_file"
"""The audit event that ties a recorded meeting to the SHA-256 of the file it was recorded from."""


def _cmd_meeting_record(args: argparse.Namespace) -> int:
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
        _stderr(f"warning: {warning}")
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


# ------------------------------------------------------------------------------------ minutes, signing


def _passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """The key's passphrase: ``--passphrase-file``, else ``$TRIPARTITE_PASSPHRASE``, else a prompt."""
    import getpass
    import os

    if args.passphrase_file is not None:
        try:
            lines: list[str] = args.passphrase_file.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise KnownError(f"{args.passphrase_file}: cannot read the passphrase file ({exc.strerror})") from exc
        if not lines or not lines[0]:
            raise KnownError(f"{args.passphrase_file}: the first line (the passphrase) is empty")
        return lines[0]
    if os.environ.get("TRIPARTITE_PASSPHRASE"):
        return os.environ["TRIPARTITE_PASSPHRASE"]
    if not sys.stdin.isatty():
        raise KnownError("no passphrase: give --passphrase-file F, or set TRIPARTITE_PASSPHRASE")
    secret = getpass.getpass("Passphrase: ")
    if confirm and getpass.getpass("Passphrase again: ") != secret:
        raise KnownError("the two passphrases differ")
    return secret


def _require_db(path: Path) -> None:
    if not path.is_file():
        raise KnownError(f"{path}: no such database")


def _cmd_minutes(args: argparse.Namespace) -> int:
    from tripartite import store
    from tripartite.authority import operator
    from tripartite.reports.service import export_minutes

    _require_db(args.db)
    if args.out.exists():
        raise KnownError(f"{args.out}: already exists; choose another name")
    with store.opened(args.db) as db:
        exported = export_minutes(db, args.meeting_id, args.out, auth=operator(db))
    from tripartite.cli_text import roles as role_words

    roles = role_words(exported.roles)
    print(f"wrote the unsigned minutes of meeting {args.meeting_id} to {args.out}")
    print(f"  sha256 {exported.sha256}; to be signed by: {roles}")
    return EXIT_OK


def _cmd_sign(args: argparse.Namespace) -> int:
    from tripartite import store
    from tripartite.reports.files import read_file
    from tripartite.reports.service import sign_file

    key = read_file(args.key, "key file")
    if args.db is not None:
        _require_db(args.db)
    if not args.file.is_file():
        raise KnownError(f"{args.file}: no such minutes file")
    passphrase = _passphrase(args)
    if args.db is None:
        signed = sign_file(args.file, args.role, key, passphrase, out_path=args.out)
    else:
        with store.opened(args.db) as db:
            signed = sign_file(args.file, args.role, key, passphrase, out_path=args.out, db=db)
    from tripartite.cli_text import role, roles

    print(f"signed {signed.path} as {role(signed.role)} ({signed.signer}); sha256 {signed.sha256}")
    if signed.locked:
        print("every role has signed: the minutes are final and the meeting is now read-only")
    elif signed.remaining:
        print(f"still to sign: {roles(signed.remaining)}")
    return EXIT_OK


def _cmd_verify(args: argparse.Namespace) -> int:
    from tripartite import store
    from tripartite.cli_text import say
    from tripartite.reports import keys, verify
    from tripartite.reports.files import read_file
    from tripartite.reports.trust import trusted_certificates

    if not args.trust and args.db is None:
        raise KnownError("give the certificates to trust: --trust CERT.pem (repeat it) or --db PATH")
    data = read_file(args.file, "file")
    trusted: list[keys.TrustedCertificate] = []
    for path in args.trust:
        try:
            trusted += keys.trust_file(read_file(path, "certificate"))
        except keys.SigningError as exc:
            raise KnownError(f"{path}: {say(exc)}") from exc
    if args.db is not None:
        _require_db(args.db)
        with store.opened(args.db) as db:
            trusted += trusted_certificates(db)
    report = verify.verify_pdf(data, trusted, partial=args.partial)
    if args.json:
        print(json.dumps({"file": str(args.file), **report.as_json()}, ensure_ascii=False, indent=2))
    else:
        print(_verify_text(args.file, report))
    return EXIT_OK if report.ok else EXIT_CHECK_FAILED


# What to do, per verdict (``Report.verdict``).
_VERIFY_ADVICE = {
    "untrusted": "If you know a certificate is the signer's, trust it for their role (`tripartite keys trust CERT "
    "--db PATH --member ID`, or Board › Certificates in the app) or pass it with --trust, and verify again.",
    "refused": "Do not rely on this file: get the signed minutes from the board (the secretary keeps them) and verify "
    "that copy.",
    "unsigned": "Nobody has signed this file yet: get the signed minutes from the board.",
    "partly_signed": "These are not the final minutes: get the fully signed file from the board, or give --partial "
    "to check an unfinished file.",
}
_VERIFY_HEADING = {
    "untrusted": "NOT VERIFIED: the signatures are intact, but not every signer is trusted for their box",
    "refused": "NOT VERIFIED: tampered, forged or damaged",
    "unsigned": "NOT VERIFIED: not signed",
    "partly_signed": "NOT VERIFIED: partly signed",
}


def _verify_text(path: Path, report: Any) -> str:
    from tripartite.reports.verify import problems
    from tripartite.reports.words import ROLE_LABELS

    if report.error is not None and not report.signatures:
        lines = [f"{path}: {_VERIFY_HEADING[report.verdict]}"]
    else:
        meeting = f", minutes of meeting {report.meeting_id}" if report.meeting_id is not None else ""
        lines = [f"{path}: {len(report.signatures)} signature(s){meeting}"]
    said = problems(report)
    for s in report.signatures:
        box = ROLE_LABELS.get(s.role or "", s.field)
        when = s.signed_at or "no time claimed"
        state = {"good": "good", "untrusted": "NOT TRUSTED", "bad": "REFUSED"}[s.state]
        lines.append(f"  {box}: {s.signer or '?'} — signed {when} — {state}")
        certifies = "; certifies the document" if s.certifies else ""
        lines.append(
            f"    coverage {str(s.coverage).lower().replace('_', ' ')}; changed after it: "
            f"{str(s.modification_level).lower().replace('_', ' ')}{certifies}"
        )
        lines += [f"    - {p.message}" for p in said if p.field == s.field]
    if report.ok and not report.missing_roles:
        lines.append(
            "OK: every signature is intact, valid and trusted for its box, every signatory has signed, and nothing "
            "changed after the last signature."
        )
        return "\n".join(lines)
    if report.ok:
        roles = ", ".join(ROLE_LABELS.get(r, r) for r in report.missing_roles)
        lines.append(f"OK SO FAR (--partial): every signature there is good, but these have not signed: {roles}.")
        return "\n".join(lines)
    lines.append(f"{_VERIFY_HEADING[report.verdict]}.")
    lines += [f"  - {p.message} [{p.code}]" for p in said if p.field is None]
    refused = [s for s in report.signatures if not s.ok]
    if refused:
        codes = ", ".join(dict.fromkeys(code for s in refused for code in s.reasons))
        lines.append(f"  - {len(refused)} of {len(report.signatures)} signature(s) do not count ({codes}); see above.")
    lines.append(f"What to do: {_VERIFY_ADVICE[report.verdict]}")
    return "\n".join(lines)


def _cmd_keys_new(args: argparse.Namespace) -> int:
    from tripartite.reports import keys
    from tripartite.reports.files import write_file

    for path in (args.out, args.cert_out):
        if path is not None and path.exists():
            raise KnownError(f"{path}: already exists; choose another name (a key is never overwritten)")
    identity = keys.new_identity(args.name, args.role, _passphrase(args, confirm=True), algorithm=args.algorithm)
    write_file(args.out, identity.p12, private=True)
    if args.cert_out is not None:
        write_file(args.cert_out, identity.cert_pem)
    from tripartite.cli_text import role

    print(f"wrote the signing key of {identity.name} ({role(identity.role)}) to {args.out}")
    if args.cert_out is not None:
        print(f"  certificate: {args.cert_out}")
    print(f"  certificate sha256 fingerprint: {identity.fingerprint}")
    return EXIT_OK


def _cmd_keys_trust(args: argparse.Namespace) -> int:
    from tripartite import store
    from tripartite.authority import operator
    from tripartite.cli_text import role as role_words
    from tripartite.cli_text import say
    from tripartite.reports import keys
    from tripartite.reports.files import read_file
    from tripartite.reports.trust import trust_certificate

    _require_db(args.db)
    data = read_file(args.cert, "certificate")
    with store.opened(args.db) as db:
        try:
            trusted = trust_certificate(db, data, args.member, operator(db), role=args.role)
        except keys.SigningError as exc:
            raise KnownError(f"{args.cert}: {say(exc)}") from exc
        names = {r[0]: r[1] for r in db.execute("SELECT id, name FROM members")}
    for cert in trusted:
        print(
            f"the board now trusts the certificate of {cert.subject} for {names.get(cert.member_id, cert.member_id)}, "
            f"in the {role_words(cert.role)} box "
            f"(sha256 {cert.fingerprint})"
        )
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from tripartite.reports.demo import DEMO_PASSPHRASE, run_demo

    demo = run_demo(args.dir)
    print(f"demo in {demo.folder}")
    print(f"  database:         {demo.database} (meeting {demo.meeting_id})")
    from tripartite.cli_text import role as role_word

    for role, (key, cert) in demo.keys.items():
        print(f"  key {role_word(role) + ':':<13} {key} (certificate {cert.name})")
    print(f"  key passphrase:   {DEMO_PASSPHRASE}")
    print(f"  unsigned minutes: {demo.unsigned}")
    print(f"  signed minutes:   {demo.signed}")
    print(_verify_text(demo.signed, demo.report))
    return EXIT_OK if demo.report.ok else EXIT_CHECK_FAILED
