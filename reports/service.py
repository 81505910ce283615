"""Minutes as the board's records: build, store, sign and lock (DESIGN §5, §6).

This is where the database meets the PDF, so it lives in ``reports`` (which may import the core; the
core never imports reports). Every change writes its audit event in the same transaction, and every
file is written whole or not at all (:mod:`tripartite.reports.files`), inside the transaction, so a
failed write rolls the record back and a failed transaction leaves no file.

- :func:`export_minutes`: the unsigned PDF into ``minutes`` (with its SHA-256), event ``minutes.built``.
- :func:`sign_file` / :func:`sign_minutes`: one signature, recorded in ``signatures`` with the signed
  revision, event ``minutes.signed``; when every signatory role has signed, the minutes are locked and
  the meeting becomes ``minutes_signed`` (event ``minutes.locked``) through
  :func:`tripartite.meetings.lifecycle.mark_minutes_signed`.

The board's trusted certificates are in :mod:`tripartite.reports.trust`, the demo in
:mod:`tripartite.reports.demo`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from tripartite import audit, store
from tripartite.authority import Act, Auth, require
from tripartite.clock import now
from tripartite.errors import Cancelled
from tripartite.meetings.errors import MinutesError
from tripartite.meetings.lifecycle import is_locked, mark_minutes_signed
from tripartite.meetings.minutes import build_minutes
from tripartite.models import MeetingStatus
from tripartite.reports import signing
from tripartite.reports.files import read_file, sha256, write_file
from tripartite.reports.minutes_pdf import render_minutes

Progress = Callable[[int, int], None]


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
