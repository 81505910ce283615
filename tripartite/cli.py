"""The ``tripartite`` command line (DESIGN §8.1): a face over the core, like the desktop app.

This module holds the parser and :func:`main`; the commands are in modules named for their group
(``cli_board``, ``cli_assess``, ``cli_meeting``, ``cli_followup``, ``cli_minutes``), their shared exit codes and
stderr in ``cli_common``, and their words in ``cli_text``. Exit codes: 0 success, 1 a check failed
(e.g. ``audit verify``), 2 bad input or environment (nothing was written). Errors go to stderr, one
line per problem. The desktop app is imported only by ``gui``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from tripartite import __version__, cli_assess, cli_board, cli_followup, cli_meeting, cli_minutes
from tripartite.cli_common import EXIT_INPUT, stderr_line
from tripartite.errors import InputError, KnownError


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
    init.set_defaults(func=cli_board.cmd_init)

    imp = sub.add_parser("import", help="import requests from CSV or XLSX (all or nothing)")
    imp.add_argument("file", type=Path, metavar="FILE.csv|FILE.xlsx")
    _db_arg(imp)
    imp.add_argument("--json", action="store_true", help="print the result as JSON")
    imp.set_defaults(func=cli_board.cmd_import)

    exp = sub.add_parser("export", help="export requests with their decisions to CSV or XLSX")
    _db_arg(exp)
    exp.add_argument("--out", type=Path, required=True, metavar="FILE.csv|FILE.xlsx")
    exp.set_defaults(func=cli_board.cmd_export)

    assess = sub.add_parser("assess", help="gates, technical score per criterion and recommendation for a request")
    assess.add_argument("reference", metavar="REF")
    _db_arg(assess)
    assess.add_argument("--json", action="store_true", help="print the result as JSON")
    assess.set_defaults(func=cli_assess.cmd_assess)

    criteria = sub.add_parser("criteria", help="print the criteria catalogue in force")
    _db_arg(criteria, required=False)
    criteria.add_argument("--json", action="store_true", help="print the catalogue as JSON")
    criteria.add_argument("--out", type=Path, metavar="FILE.toml", help="write an editable copy of the catalogue")
    criteria.set_defaults(func=cli_assess.cmd_criteria)

    meeting = sub.add_parser("meeting", help="meeting commands")
    meeting_sub = meeting.add_subparsers(dest="meeting_command", metavar="ACTION", required=True)
    record = meeting_sub.add_parser("record", help="enter a held meeting from a TOML file and decide every item")
    record.add_argument("file", type=Path, metavar="MEETING.toml")
    _db_arg(record)
    record.add_argument("--json", action="store_true", help="print the result as JSON")
    record.add_argument("--minutes", type=Path, metavar="OUT.pdf", help="then build the unsigned minutes into OUT.pdf")
    record.set_defaults(func=cli_meeting.cmd_meeting_record)

    cli_followup.add_commands(sub, _db_arg)

    minutes = sub.add_parser("minutes", help="build the unsigned minutes of a closed meeting (PDF)")
    minutes.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    _db_arg(minutes)
    minutes.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    minutes.set_defaults(func=cli_minutes.cmd_minutes)

    sign = sub.add_parser("sign", help="add one signature to the minutes (an incremental update)")
    sign.add_argument("file", type=Path, metavar="FILE.pdf")
    sign.add_argument("--role", required=True, metavar="ROLE", help="chair, secretary, government, employer or union")
    sign.add_argument("--key", type=Path, required=True, metavar="KEY.p12", help="the signer's PKCS#12 key file")
    _passphrase_arg(sign)
    sign.add_argument("--out", type=Path, metavar="FILE", help="write the signed file here (default: sign in place)")
    sign.add_argument("--db", type=Path, metavar="PATH", help="also record the signature in the board's database")
    sign.set_defaults(func=cli_minutes.cmd_sign)

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
    verify_pdf.set_defaults(func=cli_minutes.cmd_verify)

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
    new.set_defaults(func=cli_minutes.cmd_keys_new)
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
    trust.set_defaults(func=cli_minutes.cmd_keys_trust)

    demo = sub.add_parser("demo", help="the whole path without a screen: board, meeting, minutes, signatures")
    demo.add_argument("--dir", type=Path, required=True, metavar="DIR", help="an empty or new folder")
    demo.set_defaults(func=cli_minutes.cmd_demo)

    backup = sub.add_parser("backup", help="copy the database safely (SQLite backup API)")
    _db_arg(backup)
    backup.add_argument("--out", type=Path, required=True, metavar="FILE")
    backup.set_defaults(func=cli_board.cmd_backup)

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
    verify.set_defaults(func=cli_board.cmd_audit_verify)
    head = audit_sub.add_parser("head", help="print the audit chain's head, to read into the record of a meeting")
    _db_arg(head)
    head.add_argument("--json", action="store_true", help="print the head as JSON")
    head.set_defaults(func=cli_board.cmd_audit_head)
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
            stderr_line(f"warning: {problem}")
        for problem in exc.problems:
            stderr_line(str(problem))
        stderr_line(f"nothing was written ({len(exc.problems)} problem(s))")
        return EXIT_INPUT
    except KnownError as exc:
        from tripartite.cli_text import say  # here, not at the top: it costs a start-up that succeeds

        stderr_line(f"error: {say(exc)}")
        return EXIT_INPUT


def _cmd_gui(args: argparse.Namespace) -> int:
    from tripartite.ui.app import main as gui_main

    status: int = gui_main(args.db)  # untyped here: mypy does not check the Qt face yet
    return status
