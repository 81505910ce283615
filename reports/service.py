"""Minutes as the board's records: build, store, sign, lock, trust and demo (DESIGN §5, §6).

This is where the database meets the PDF, so it lives in ``reports`` (which may import the core; the
core never imports reports). Every change writes its audit event in the same transaction, and every
file is written whole or not at all: a temporary file renamed over the target, inside the transaction,
so a failed write rolls the record back and a failed transaction leaves no file.

- :func:`export_minutes`: the unsigned PDF into ``minutes`` (with its SHA-256), event ``minutes.built``.
- :func:`sign_file` / :func:`sign_minutes`: one signature, recorded in ``signatures`` with the signed
  revision, event ``minutes.signed``; when every signatory role has signed, the minutes are locked and
  the meeting becomes ``minutes_signed`` (event ``minutes.locked``) through
  :func:`tripartite.meetings.lifecycle.mark_minutes_signed`.
- :func:`trust_certificate` / :func:`untrust_certificate`: the board's store of trusted certificates, each
  bound to a member and a signatory role (events ``certificate.trusted`` / ``certificate.untrusted``).
- :func:`run_demo`: the whole path without a screen.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from tripartite import audit, store
from tripartite.authority import Act, Auth, operator, require
from tripartite.board import read_board
from tripartite.clock import now
from tripartite.errors import Cancelled, Refusal
from tripartite.meetings.errors import MinutesError
from tripartite.meetings.lifecycle import is_locked, mark_minutes_signed
from tripartite.meetings.minutes import build_minutes
from tripartite.models import MeetingStatus, Role
from tripartite.reports import signing, verify
from tripartite.reports.keys import (
    SIGNATORY_ROLES,
    SigningError,
    TrustedCertificate,
    new_identity,
    read_certificates,
    trusted_for_role,
)
from tripartite.reports.minutes_pdf import render_minutes

Progress = Callable[[int, int], None]


def sha256(data: bytes) -> str:
    """Hex SHA-256 of some bytes (how the tables and the audit log name a file)."""
    return hashlib.sha256(data).hexdigest()


@contextlib.contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success rename it over ``path``, on failure remove it.

    The rename is atomic, so a reader never sees half a file and a failure never leaves one.
    """
    temporary = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        yield temporary
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_file(path: Path, data: bytes, *, private: bool = False) -> None:
    """Write bytes whole or not at all (temporary file, fsync, rename).

    Args:
        path: the file.
        data: its content.
        private: readable by the owner only (a private key).

    Raises:
        Refusal: ``cannot_write``: the folder is missing or not writable.
    """
    try:
        with _replacing(path) as temporary, _open_new(temporary, private) as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        raise Refusal("cannot_write", path=str(path), reason=exc.strerror or str(exc)) from exc


def _open_new(path: Path, private: bool) -> Any:
    """Open a new file for writing; a private one is created 0600, never readable by others even briefly."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    return os.fdopen(os.open(path, flags, 0o600 if private else 0o666), "wb")


def read_file(path: Path, what: str = "file") -> bytes:
    """Read a file, or refuse (``no_such_file``, ``cannot_read``) naming it."""
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise Refusal("no_such_file", path=str(path), what=what) from exc
    except OSError as exc:
        raise Refusal("cannot_read", path=str(path), reason=exc.strerror or str(exc)) from exc


# ------------------------------------------------------------------------------------------ building


@dataclass(frozen=True)
class Exported:
    """Minutes built and stored.

    Attributes:
        minutes_id: the ``minutes`` row.
        kind: ``original`` or ``amendment``.
        sha256: the unsigned file's SHA-256.
        roles: the signatory roles that must sign.
        pdf: the unsigned file.
    """

    minutes_id: int
    meeting_id: int
    kind: str
    sha256: str
    roles: tuple[str, ...]
    pdf: bytes
    path: Path | None


def export_minutes(
    db: Database,
    meeting_id: int,
    out_path: str | Path | None = None,
    *,
    at: dt.datetime | None = None,
    auth: Auth,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Exported:
    """Build the unsigned minutes of a closed meeting, store them, and write them to a file.

    Args:
        db: the database.
        meeting_id: the meeting; it must be closed, and its minutes neither signed nor being signed.
        out_path: where to write the PDF (None: only store it).
        at: when the minutes are prepared (default: now); the PDF is a function of the data and this time.
        auth: the secretary's or the chair's PIN (or the command line's operator).
        progress: optional ``(done, total)`` callback, per stage.
        cancelled: polled between stages until the minutes are stored; True stops with nothing stored.

    Returns:
        What was stored.

    Raises:
        MinutesError: the meeting is not closed, or its minutes are signed or being signed.
        Cancelled: ``cancelled()`` returned True; nothing was stored.
        Refusal: ``cannot_write``: the file cannot be written (then nothing is stored either).
        NotAuthorised: neither the secretary's nor the chair's PIN.
    """
    require(db, auth, Act.SECRETARIAT)
    row = _meeting(db, meeting_id)
    if is_locked(db, meeting_id):
        raise MinutesError("minutes_signed", meeting=meeting_id)
    if row["status"] != MeetingStatus.CLOSED.value:
        raise MinutesError("meeting_not_closed", meeting=meeting_id, status=MeetingStatus(row["status"]))
    signing_now = db.execute(
        "SELECT group_concat(s.role, ', ') FROM signatures s JOIN minutes m ON m.id = s.minutes_id "
        "WHERE m.meeting_id = ?",
        [meeting_id],
    ).fetchone()[0]
    if signing_now:
        raise MinutesError("being_signed", meeting=meeting_id, roles=tuple(signing_now.split(", ")))

    def stage(done: int) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled("building the minutes was cancelled; nothing was stored")
        _step(progress, done)

    stage(0)
    minutes = build_minutes(db, meeting_id, at=at)
    stage(1)
    pdf = render_minutes(minutes, invariant=True)
    stage(2)
    roles = tuple(s.role for s in minutes.signatories)
    amends = None
    if row["amends"] is not None:
        found = db.execute(
            "SELECT id FROM minutes WHERE meeting_id = ? AND locked = 1 ORDER BY id DESC LIMIT 1", [row["amends"]]
        ).fetchone()
        amends = found[0] if found else None
    record = {
        "meeting_id": meeting_id,
        "kind": "amendment" if row["amends"] is not None else "original",
        "amends": amends,
        "sha256": sha256(pdf),
        "pdf": pdf,
        "created_at": now(),
        "locked": 0,
    }
    target = Path(out_path) if out_path is not None else None
    with db.atomic():
        minutes_id = store.inserted_id(store.table(db, "minutes").insert(record))
        record["id"] = minutes_id
        audit.append(
            db,
            "minutes.built",
            {
                "minutes": minutes_id,
                "meeting": meeting_id,
                "kind": record["kind"],
                "amends": amends,
                "sha256": record["sha256"],
                "roles": list(roles),
                "audit_head": minutes.audit_head,
                "audit_seq": minutes.audit_seq,
            },
            actor=auth.actor,
        )
        if target is not None:
            write_file(target, pdf)  # inside the transaction: a failed write stores nothing
    _step(progress, 3)
    return Exported(minutes_id, meeting_id, str(record["kind"]), str(record["sha256"]), roles, pdf, target)


def _step(progress: Progress | None, done: int) -> None:
    if progress is not None:
        progress(done, 3)


def _meeting(db: Database, meeting_id: int) -> dict[str, Any]:
    rows = list(db.query("SELECT * FROM meetings WHERE id = ?", [meeting_id]))
    if not rows:
        raise MinutesError("no_meeting", meeting=meeting_id)
    return rows[0]


# ------------------------------------------------------------------------------------------- signing


@dataclass(frozen=True)
class Signed:
    """One signature added.

    Attributes:
        minutes_id: the stored minutes it was recorded against (None when signed without a database).
        signer: the certificate's common name.
        sha256: the signed file's SHA-256.
        remaining: signatory roles still to sign.
        locked: this signature completed the minutes, which locked the meeting.
    """

    role: str
    signer: str
    sha256: str
    pdf: bytes
    path: Path | None
    minutes_id: int | None
    remaining: tuple[str, ...]
    locked: bool


def latest_revision(db: Database, minutes_id: int) -> bytes:
    """The newest revision of stored minutes: the last signed file, else the unsigned one."""
    last = db.execute(
        "SELECT pdf FROM signatures WHERE minutes_id = ? AND pdf IS NOT NULL ORDER BY rowid DESC LIMIT 1", [minutes_id]
    ).fetchone()
    if last:
        return bytes(last[0])
    row = db.execute("SELECT pdf FROM minutes WHERE id = ?", [minutes_id]).fetchone()
    if row is None:
        raise MinutesError("no_minutes", minutes=minutes_id)
    return bytes(row[0])


def _revision_of(db: Database, data: bytes) -> int:
    """The stored minutes whose newest revision is exactly this file.

    Raises:
        MinutesError: the file is not stored minutes, or an older revision of them.
    """
    digest = sha256(data)
    candidates = [r[0] for r in db.execute("SELECT id FROM minutes WHERE sha256 = ?", [digest])]
    candidates += [r[0] for r in db.execute("SELECT minutes_id FROM signatures WHERE sha256 = ?", [digest])]
    for minutes_id in candidates:
        if sha256(latest_revision(db, minutes_id)) == digest:
            newest = db.execute(
                "SELECT max(id) FROM minutes WHERE meeting_id = (SELECT meeting_id FROM minutes WHERE id = ?)",
                [minutes_id],
            ).fetchone()[0]
            if newest != minutes_id:
                raise MinutesError("rebuilt_since", newest=newest)
            return int(minutes_id)
    if candidates:
        raise MinutesError("older_revision")
    raise MinutesError("not_stored_minutes")


def record_signature(db: Database, before: bytes, after: bytes, role: str) -> Signed:
    """Record a signature made on stored minutes; lock them when every role has signed.

    Call it inside the caller's transaction when a file write must commit with it. The signature is
    its own authority (the signer's key and passphrase): the event names the member the board trusts
    the certificate for, else the certificate's holder as ``key:<name>``.

    Args:
        db: the database.
        before: the file that was signed (the newest stored revision).
        after: the signed file.
        role: the role that signed.

    Raises:
        MinutesError: ``before`` is not the newest revision of stored minutes.
        signing.RoleAlreadySigned: the role is recorded as signed already.
    """
    minutes_id = _revision_of(db, before)
    row = next(iter(db.query("SELECT * FROM minutes WHERE id = ?", [minutes_id])))
    if db.execute("SELECT 1 FROM signatures WHERE minutes_id = ? AND role = ?", [minutes_id, role]).fetchone():
        raise signing.RoleAlreadySigned("role_signed", role=role)
    signer, signed_at = signing.last_signer(after)
    actor = _signer_actor(db, after, signer)
    record = {
        "minutes_id": minutes_id,
        "role": role,
        "signer": signer,
        "signed_at": signed_at,
        "sha256": sha256(after),
        "pdf": after,
    }
    roles = tuple(signing.signature_fields(bytes(row["pdf"])))
    with db.atomic():
        store.table(db, "signatures").insert(record)
        audit.append(
            db,
            "minutes.signed",
            {
                "minutes": minutes_id,
                "meeting": row["meeting_id"],
                "role": role,
                "signer": signer,
                "sha256": record["sha256"],
                "previous": sha256(before),
            },
            actor=actor,
        )
        signed = {r[0] for r in db.execute("SELECT role FROM signatures WHERE minutes_id = ?", [minutes_id])}
        remaining = tuple(r for r in roles if r not in signed)
        if not remaining:
            mark_minutes_signed(db, minutes_id, row["meeting_id"], str(record["sha256"]), actor)
    return Signed(role, signer, str(record["sha256"]), after, None, minutes_id, remaining, not remaining)


def _signer_actor(db: Database, pdf: bytes, signer: str) -> str:
    """The member whose trusted certificate made the newest signature, else ``key:<holder's name>``."""
    fingerprint = signing.last_signer_fingerprint(pdf)
    row = db.execute("SELECT member_id FROM trusted_certs WHERE fingerprint = ?", [fingerprint]).fetchone()
    return str(row[0]) if row else f"key:{signer}"


def sign_file(
    pdf_path: str | Path,
    role: str,
    p12: bytes,
    passphrase: str | bytes,
    *,
    out_path: str | Path | None = None,
    db: Database | None = None,
) -> Signed:
    """Sign a minutes file for one role; with a database, record the signature too.

    Without ``out_path`` the file is signed in place: the signed file is written beside it and renamed
    over it, so the original stays untouched if anything fails. The new file is the old one plus an
    incremental update, never a rewrite.

    Raises:
        Refusal: the file cannot be read or written.
        SigningError: a wrong passphrase, not our minutes, a role signed already, a changed file.
        MinutesError: with a database, the file is not the newest revision of stored minutes.
    """
    source = Path(pdf_path)
    target = Path(out_path) if out_path is not None else source
    before = read_file(source, "minutes file")
    if db is not None:
        _revision_of(db, before)  # refuse early, before asking for the signature
    after = signing.sign_pdf(before, role, p12, passphrase)
    if db is None:
        write_file(target, after)
        signer, _ = signing.last_signer(after)
        fields = signing.signature_fields(after)
        remaining = tuple(r for r, done in fields.items() if not done)
        return Signed(role, signer, sha256(after), after, target, None, remaining, False)
    with db.atomic():
        recorded = record_signature(db, before, after, role)
        write_file(target, after)
    return Signed(
        role, recorded.signer, recorded.sha256, after, target, recorded.minutes_id, recorded.remaining, recorded.locked
    )


def sign_minutes(db: Database, minutes_id: int, role: str, p12: bytes, passphrase: str | bytes) -> Signed:
    """Sign the newest stored revision of some minutes for one role, and record it (the app's "Sign as…")."""
    before = latest_revision(db, minutes_id)
    after = signing.sign_pdf(before, role, p12, passphrase)
    return record_signature(db, before, after, role)


def minutes_of(db: Database, meeting_id: int) -> int | None:
    """The newest minutes stored for a meeting, if any."""
    row = db.execute("SELECT max(id) FROM minutes WHERE meeting_id = ?", [meeting_id]).fetchone()
    return row[0] if row else None


# ------------------------------------------------------------------------------------------ trusting

# A certificate the board trusts: for one member, and for the box of one signatory role.
Trusted = TrustedCertificate


def may_sign(member: Mapping[str, Any], role: str) -> bool:
    """Whether a member (a ``members`` row) may hold a signatory role: the chair's, the secretary's, a group's box."""
    if role in (Role.CHAIR.value, Role.SECRETARY.value):
        return bool(member["role"] == role)
    return bool(member["constituency"] == role and member["role"] != Role.SECRETARY.value)


def trust_certificate(
    db: Database, data: bytes, member_id: str, auth: Auth, *, role: str | None = None
) -> list[Trusted]:
    """Trust a member's certificate(s) for the box of one signatory role (idempotent per certificate).

    Args:
        db: the database.
        data: the certificate(s), PEM or DER.
        member_id: whose they are.
        role: the signatory role they sign for; may be omitted for a certificate made by ``keys new``,
            which names its role, and must then agree with it.
        auth: the chair's or the secretary's PIN (or the command line's operator).

    Returns:
        The trusted entries.

    Raises:
        Refusal: ``unknown_member``, or ``role_not_held`` (the member does not hold the role).
        SigningError: the data holds no certificate; the certificate names another role, or none
            and no role was given; it is trusted already for another member or role.
        NotAuthorised: neither the chair's nor the secretary's PIN.
    """
    require(db, auth, Act.SETTINGS)
    rows = list(db.query("SELECT * FROM members WHERE id = ?", [member_id]))
    if not rows:
        raise Refusal("unknown_member", member=member_id)
    member = rows[0]
    if role is not None and role not in SIGNATORY_ROLES:
        raise SigningError("unknown_role", role=role, roles=SIGNATORY_ROLES)
    infos = read_certificates(data)
    entries = []
    for info in infos:
        if role is not None and info.role is not None and info.role != role:
            raise SigningError("certificate_for_another_role", certificate_role=info.role, role=role)
        bound = role or info.role
        if bound is None:
            raise SigningError("certificate_names_no_role", subject=info.subject)
        if not may_sign(member, bound):
            raise Refusal("role_not_held", member=member_id, name=member["name"], role=bound)
        entries.append(trusted_for_role(info, bound, member_id))
    with db.atomic():
        for entry in entries:
            found = list(db.query("SELECT member_id, role FROM trusted_certs WHERE fingerprint = ?",
                                  [entry.fingerprint]))  # fmt: skip
            if found and (found[0]["member_id"], found[0]["role"]) != (member_id, entry.role):
                raise SigningError(
                    "trusted_elsewhere", subject=entry.subject, member=found[0]["member_id"], role=found[0]["role"]
                )
            if found:
                continue
            row = {
                "fingerprint": entry.fingerprint,
                "member_id": member_id,
                "subject": entry.subject,
                "role": entry.role,
                "not_after": entry.not_after,
                "pem": entry.pem,
                "added_at": now(),
            }
            store.table(db, "trusted_certs").insert(row)
            audit.append(
                db,
                "certificate.trusted",
                {"member": member_id, "fingerprint": entry.fingerprint, "subject": entry.subject, "role": entry.role},
                actor=auth.actor,
            )
    return entries


def untrust_certificate(db: Database, fingerprint: str, auth: Auth) -> Trusted:
    """Stop trusting a certificate: delete it from the board's store, with its audit event, in one transaction.

    Minutes it signed earlier no longer verify against the board's store alone.

    Raises:
        Refusal: ``untrusted_fingerprint``: the board trusts no certificate with it.
        NotAuthorised: neither the chair's nor the secretary's PIN.
    """
    require(db, auth, Act.SETTINGS)
    found = [e for e in trusted_certificates(db, vouched_only=False) if e.fingerprint == fingerprint]
    if not found:
        raise Refusal("untrusted_fingerprint", fingerprint=fingerprint)
    entry = found[0]
    with db.atomic():
        db.execute("DELETE FROM trusted_certs WHERE fingerprint = ?", [fingerprint])
        audit.append(
            db,
            "certificate.untrusted",
            {"member": entry.member_id, "fingerprint": fingerprint, "subject": entry.subject, "role": entry.role},
            actor=auth.actor,
        )
    return entry


def trusted_certificates(db: Database, *, vouched_only: bool = True) -> list[Trusted]:
    """The certificates the board trusts, with their member and role, oldest first.

    The one place verification reads the board's trust from. Only the rows the audit record vouches
    for count: a row inserted into ``trusted_certs`` outside the app has no event, so an outsider's
    certificate slipped in that way is not trusted; if the chain itself does not hold, no stored
    certificate is (``vouched_only=False`` lists every stored row, for the board's own management).
    """
    from tripartite.audit import row_key
    from tripartite.audit_check import vouched

    good = vouched(db, "trusted_certs") if vouched_only else None
    out = []
    for row in db.query("SELECT * FROM trusted_certs ORDER BY added_at, rowid"):
        if good is not None and row_key((row["fingerprint"],)) not in good:
            continue
        info = read_certificates(str(row["pem"]).encode("ascii"))[0]
        out.append(trusted_for_role(info, row["role"], row["member_id"]))
    return out


# --------------------------------------------------------------------------------------------- demo

DEMO_PASSPHRASE = "demo-passphrase"
_DEMO_MARK = ".tripartite-demo"


@dataclass(frozen=True)
class Demo:
    """Where the demo put everything, and what verification said."""

    folder: Path
    database: Path
    keys: dict[str, tuple[Path, Path]]
    unsigned: Path
    signed: Path
    meeting_id: int
    report: verify.Report


def _demo_folder(folder: Path) -> None:
    """Use an empty or earlier demo folder; clear only what an earlier demo made."""
    if folder.exists() and any(folder.iterdir()) and not (folder / _DEMO_MARK).exists():
        raise Refusal("demo_folder_taken", folder=str(folder))
    for name in ("board.db", "board.db-wal", "board.db-shm", "minutes-unsigned.pdf", "minutes-signed.pdf",
                 "README.txt"):  # fmt: skip
        (folder / name).unlink(missing_ok=True)
    keys = folder / "keys"
    if keys.is_dir():
        for path in keys.iterdir():
            if path.suffix in (".p12", ".pem"):
                path.unlink()
    keys.mkdir(parents=True, exist_ok=True)
    (folder / _DEMO_MARK).write_text("made by `tripartite demo`; the demo may clear this folder\n", encoding="utf-8")


def demo_signers(db: Database) -> dict[str, str]:
    """Who signs each signatory role in the demo: the chair, the secretary, one member per constituency."""
    config = read_board(db)
    if config is None:
        raise Refusal("no_board")
    chosen: dict[str, str] = {}
    for role in config.signatories:
        if role in (Role.CHAIR.value, Role.SECRETARY.value):
            member = next(m for m in config.members if m.role.value == role and m.active)
        else:
            member = next(
                m for m in config.members if m.constituency.value == role and m.role is Role.MEMBER and m.active
            )
        chosen[role] = member.id
    return chosen


def run_demo(folder: str | Path, *, algorithm: str = "p-256") -> Demo:
    """The whole path without a screen: board, requests, a recorded meeting, minutes, five signatures, verify.

    Args:
        folder: where to put it all; empty, new, or an earlier demo's folder.
        algorithm: the demo keys' algorithm.

    Returns:
        The paths and the verification report.
    """
    from tripartite import sample
    from tripartite.meetings import recording

    folder = Path(folder)
    _demo_folder(folder)
    database = folder / "board.db"
    with store.opened(database) as db:
        sample.load_sample(db, demo_pins=False)
        auth = operator(db)  # the demo runs on the command line
        with as_file(files("tripartite.data").joinpath("sample", "meeting.toml")) as meeting_file:
            result = recording.record_meeting(db, meeting_file, auth=auth, display_name="sample/meeting.toml")
        meeting_id = int(result["meeting_id"])
        names = {m["id"]: m["name"] for m in db.query("SELECT id, name FROM members")}
        keys: dict[str, tuple[Path, Path]] = {}
        identities: dict[str, bytes] = {}
        for role, member_id in demo_signers(db).items():
            identity = new_identity(names[member_id], role, DEMO_PASSPHRASE, algorithm=algorithm)
            p12_path, pem_path = folder / "keys" / f"{role}.p12", folder / "keys" / f"{role}.pem"
            write_file(p12_path, identity.p12, private=True)
            write_file(pem_path, identity.cert_pem)
            trust_certificate(db, identity.cert_pem, member_id, auth, role=role)
            keys[role] = (p12_path, pem_path)
            identities[role] = identity.p12
        unsigned = folder / "minutes-unsigned.pdf"
        exported = export_minutes(db, meeting_id, unsigned, auth=auth)
        signed = folder / "minutes-signed.pdf"
        write_file(signed, exported.pdf)
        for role in exported.roles:
            sign_file(signed, role, identities[role], DEMO_PASSPHRASE, db=db)
        report = verify.verify_pdf(read_file(signed), trusted_certificates(db))
    _demo_readme(folder, meeting_id)
    return Demo(folder, database, keys, unsigned, signed, meeting_id, report)


def _demo_readme(folder: Path, meeting_id: int) -> None:
    text = f"""Tripartite demo

board.db               the sample board, its 48 requests and the sample meeting (meeting {meeting_id})
minutes-unsigned.pdf   the minutes as built, with an empty signature box per role
minutes-signed.pdf     the same minutes signed by every role (chair, secretary, government, employer, union)
keys/ROLE.p12          each signer's key (passphrase: {DEMO_PASSPHRASE}); keys/ROLE.pem its certificate

Check the signatures:
  tripartite verify {folder / "minutes-signed.pdf"} --db {folder / "board.db"}
  tripartite verify {folder / "minutes-signed.pdf"} --trust {folder / "keys" / "chair.pem"} ...
  pdfsig {folder / "minutes-signed.pdf"}
"""
    write_file(folder / "README.txt", text.encode("utf-8"))
