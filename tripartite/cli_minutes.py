"""The minutes on the command line: ``minutes``, ``sign``, ``verify``, ``keys`` and ``demo``.

Build the unsigned minutes of a closed meeting, add one signature (an incremental update), verify
every signature of a file against trusted certificates, make a signing key or have the board trust
a certificate, and run the whole path without a screen. The signing and its record are in
:mod:`tripartite.reports`; this module reads the passphrase and words the results.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from tripartite.cli_common import EXIT_CHECK_FAILED, EXIT_OK, require_db
from tripartite.errors import KnownError


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


def cmd_minutes(args: argparse.Namespace) -> int:
    """``minutes MEETING_ID --db DB --out FILE.pdf``: build and store the unsigned minutes of a closed meeting."""
    from tripartite import store
    from tripartite.authority import operator
    from tripartite.reports.service import export_minutes

    require_db(args.db)
    if args.out.exists():
        raise KnownError(f"{args.out}: already exists; choose another name")
    with store.opened(args.db) as db:
        exported = export_minutes(db, args.meeting_id, args.out, auth=operator(db))
    from tripartite.cli_text import roles as role_words

    roles = role_words(exported.roles)
    print(f"wrote the unsigned minutes of meeting {args.meeting_id} to {args.out}")
    print(f"  sha256 {exported.sha256}; to be signed by: {roles}")
    return EXIT_OK


def cmd_sign(args: argparse.Namespace) -> int:
    """``sign FILE.pdf --role ROLE --key KEY.p12``: add one signature; with ``--db``, record it too."""
    from tripartite import store
    from tripartite.reports.files import read_file
    from tripartite.reports.service import sign_file

    key = read_file(args.key, "key file")
    if args.db is not None:
        require_db(args.db)
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


def cmd_verify(args: argparse.Namespace) -> int:
    """``verify FILE.pdf --trust CERT | --db DB``: verify every signature; exit 0 only if all hold."""
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
        require_db(args.db)
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


def cmd_keys_new(args: argparse.Namespace) -> int:
    """``keys new``: make a self-signed signing identity (PKCS#12 with a passphrase)."""
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


def cmd_keys_trust(args: argparse.Namespace) -> int:
    """``keys trust CERT --db DB --member ID``: store a member's certificate among those the board trusts."""
    from tripartite import store
    from tripartite.authority import operator
    from tripartite.cli_text import role as role_words
    from tripartite.cli_text import say
    from tripartite.reports import keys
    from tripartite.reports.files import read_file
    from tripartite.reports.trust import trust_certificate

    require_db(args.db)
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


def cmd_demo(args: argparse.Namespace) -> int:
    """``demo --dir DIR``: the whole path without a screen, then verify the signed minutes."""
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
