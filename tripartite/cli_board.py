"""The board's database on the command line: ``init``, ``import``, ``export``, ``backup`` and ``audit``.

Create a board from its TOML file, bring requests in and out (all or nothing), copy the database
safely, and check or read the head of the audit chain.
"""

from __future__ import annotations

import argparse
import json

from tripartite.authority import OPERATOR_ACTOR
from tripartite.cli_common import EXIT_CHECK_FAILED, EXIT_OK, require_db, stderr_line
from tripartite.errors import InputError, KnownError


def cmd_init(args: argparse.Namespace) -> int:
    """``init --db DB --board BOARD.toml``: create a board (members, rules, signatories, criteria)."""
    from tripartite import store
    from tripartite.board import init_board, load_board
    from tripartite.criteria_toml import read_source

    config = load_board(args.board)
    catalogue = read_source(config.criteria, base=args.board.parent)
    with store.opened(args.db) as db:
        init_board(db, config, actor=OPERATOR_ACTOR, catalogue=catalogue)
    voting = sum(1 for m in config.members if m.active and m.role.value != "secretary")
    print(f"created board '{config.name}' with {len(config.members)} members ({voting} voting seats) in {args.db}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    """``import FILE --db DB [--json]``: import requests from CSV or XLSX, all or nothing."""
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
            stderr_line(f"warning: {warning}")
        print(f"imported {result.count} requests from {args.file}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """``export --db DB --out FILE``: export the requests with their decisions to CSV or XLSX."""
    from tripartite import store
    from tripartite.exporter import export_requests

    with store.opened(args.db) as db:
        count = export_requests(db, args.out)
    print(f"exported {count} requests to {args.out}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    """``backup --db DB --out FILE``: copy the database safely (SQLite backup API)."""
    from tripartite import store

    with store.opened(args.db) as db:
        out = store.backup(db, args.out)
    print(f"backed up {args.db} to {out}")
    return EXIT_OK


def cmd_audit_verify(args: argparse.Namespace) -> int:
    """``audit verify --db DB``: check the chain, every table of the record and the anchors; exit 1 if one fails."""
    from tripartite import audit_check, store
    from tripartite.cli_text import audit_finding
    from tripartite.reports.anchors import minutes_anchors
    from tripartite.reports.files import read_file
    from tripartite.reports.trust import trusted_certificates

    require_db(args.db)
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
        stderr_line(f"{args.db}: {audit_finding(finding)}")
    for source, reason in found.unusable:
        stderr_line(f"note: {source} cannot serve as an anchor: {reason}")
    if not report.ok:
        return EXIT_CHECK_FAILED
    pinned = f"; {len(anchors)} anchor(s) hold (signatures checked against {trust_source})" if anchors else ""
    print(
        f"audit record intact: {report.events} events, head {report.head.short}; every table of the record "
        f"matches its events{pinned}"
    )
    return EXIT_OK


def cmd_audit_head(args: argparse.Namespace) -> int:
    """``audit head --db DB [--json]``: print the audit chain's head."""
    from tripartite import audit, store

    require_db(args.db)
    with store.opened(args.db) as db:
        head = audit.current_head(db)
    if args.json:
        print(json.dumps({"seq": head.seq, "hash": head.hash, "short": head.short}))
    else:
        print(head.short)
    return EXIT_OK
