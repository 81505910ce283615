"""The minutes dialog's work on the thread pool: build or load, sign, verify. No Qt here.

Each function takes the ``progress`` and ``cancelled`` keywords of :func:`tripartite.ui.jobs.start_job`,
opens its own database connection (a connection belongs to the thread that opened it) and returns plain
data. pyHanko and reportlab load here, off the GUI thread, the first time they are needed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from tripartite import store, stored_minutes
from tripartite.authority import Auth, NotAuthorised
from tripartite.errors import Refusal

if TYPE_CHECKING:
    from tripartite.reports.keys import TrustedCertificate
    from tripartite.reports.verify import Report

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


@dataclass(frozen=True)
class SignedBy:
    """Who signed one role, and when they say they did (UTC ISO 8601)."""

    signer: str
    signed_at: str | None


@dataclass(frozen=True)
class MinutesState:
    """The stored minutes of a meeting as they stand: the newest revision and who has signed it.

    Attributes:
        meeting_id: the meeting.
        minutes_id: the ``minutes`` row.
        title: the meeting's title (for the window and a file name).
        pdf: the newest revision: the last signed file, else the unsigned one.
        roles: every signatory role, in the order of the signature boxes.
        signed: role → who signed it.
        locked: every role has signed; the meeting is read-only.
        built: these minutes were built just now (not loaded because signing had started).
    """

    meeting_id: int
    minutes_id: int
    title: str
    pdf: bytes = field(repr=False)
    roles: tuple[str, ...]
    signed: dict[str, SignedBy]
    locked: bool
    built: bool = False

    @property
    def remaining(self) -> tuple[str, ...]:
        """The roles still to sign, in box order."""
        return tuple(r for r in self.roles if r not in self.signed)


def _connect(db_path: Path) -> Database:
    return store.connect(db_path)


def load_state(db: Database, minutes_id: int, *, built: bool = False) -> MinutesState:
    """Read stored minutes and their signatures.

    Raises:
        MinutesError: no such minutes.
    """
    from tripartite.reports import service, signing

    pdf = service.latest_revision(db, minutes_id)  # raises MinutesError if there are no such minutes
    stored = stored_minutes.stored_minutes(db, minutes_id)
    assert stored is not None, "minutes rows are never deleted"
    # The boxes of the file as built are the roles that must sign (what record_signature counts too).
    roles = tuple(signing.signature_fields(stored.unsigned_pdf))
    signed = {s.role: SignedBy(s.signer, s.signed_at) for s in stored_minutes.signatures(db, minutes_id)}
    return MinutesState(stored.meeting_id, minutes_id, stored.title, pdf, roles, signed, stored.locked, built)


def needs_build(db_path: Path, meeting_id: int) -> bool:
    """Whether opening the meeting's minutes builds them (and so needs the secretary's or chair's PIN)."""
    from tripartite.reports import service

    db = _connect(db_path)
    try:
        existing = service.minutes_of(db, meeting_id)
        return existing is None or not stored_minutes.signing_started(db, existing)
    finally:
        db.close()


def open_minutes(
    db_path: Path, meeting_id: int, auth: Auth | None, *, progress: Progress, cancelled: IsCancelled
) -> MinutesState:
    """The meeting's minutes: built afresh, unless their signing has started (then the newest revision).

    Building again each time is deliberate: a written dissent may have been filed since the last build,
    and unsigned minutes are only a draft. Once a signature exists the file must never be rebuilt
    (``export_minutes`` refuses), so it is loaded instead.

    Raises:
        Cancelled: the user cancelled before the minutes were stored; nothing was stored.
        MinutesError: the meeting is not closed (or does not exist).
    """
    from tripartite.reports import service

    db = _connect(db_path)
    try:
        existing = service.minutes_of(db, meeting_id)
        if existing is not None and stored_minutes.signing_started(db, existing):
            progress(1, 1)
            return load_state(db, existing)
        if auth is None:
            raise NotAuthorised("needs_officer")
        exported = service.export_minutes(db, meeting_id, auth=auth, progress=progress, cancelled=cancelled)
        return load_state(db, exported.minutes_id, built=True)
    finally:
        db.close()


class KeyFileProblem(Refusal):
    """The file chosen as the key cannot be used: the refusal of ``files.read_file``, told apart by its class."""


def sign_role(
    db_path: Path,
    minutes_id: int,
    role: str,
    key_path: Path,
    passphrase: str,
    *,
    progress: Progress,
    cancelled: IsCancelled,
) -> MinutesState:
    """Sign the newest revision of stored minutes for one role, record it, and return the new state.

    A signature is one step that cannot stop halfway, so ``cancelled`` is not consulted. Nothing is
    written unless the signature is made and recorded (``sign_minutes`` stores inside one transaction).

    Raises:
        KeyFileProblem: the key file cannot be read.
        keys.NotAKeyFile: the file is not a PKCS#12 key.
        keys.WrongPassphrase: the key file cannot be opened with this passphrase.
        keys.KeyForAnotherRole: the key was made for another role.
        keys.SigningError: the role has signed already, or the file was changed after a signature.
        MinutesError: the minutes were built again since.
    """
    del cancelled
    from tripartite.reports import files, service

    try:
        p12 = files.read_file(Path(key_path), "key file")
    except Refusal as exc:
        raise KeyFileProblem(exc.code, **exc.params) from exc
    db = _connect(db_path)
    try:
        progress(0, 1)
        service.sign_minutes(db, minutes_id, role, p12, passphrase)
        progress(1, 1)
        return load_state(db, minutes_id)
    finally:
        db.close()


@dataclass(frozen=True)
class Verification:
    """A verification report and what it was checked against.

    Attributes:
        report: ``reports.verify.verify_pdf``'s report.
        board_certs: how many certificates the board's store holds.
        added_certs: how many the user added for this check.
    """

    report: Report
    board_certs: int
    added_certs: int


def board_certificates(db_path: Path | None) -> list[TrustedCertificate]:
    """The board's trusted certificates, each for its member and role; none without a database."""
    if db_path is None:
        return []
    from tripartite.reports import trust

    db = _connect(db_path)
    try:
        return trust.trusted_certificates(db)
    finally:
        db.close()


def verify(
    source: bytes | Path,
    db_path: Path | None,
    added: Sequence[bytes],
    *,
    progress: Progress,
    cancelled: IsCancelled,
) -> Verification:
    """Verify a file (its bytes, or its path) against the board's trusted certificates plus the ones added.

    The added certificates are trusted as ``verify --trust`` trusts them: for the role written in them.
    ``verify_pdf`` never raises on a damaged, tampered or forged file: that is a report with ``ok=False``.

    Raises:
        Refusal: ``no_such_file`` or ``cannot_read``: the file cannot be read.
        keys.SigningError: an added certificate cannot be read.
    """
    del cancelled  # a verification only reads, and takes a fraction of a second
    from tripartite.reports import files
    from tripartite.reports.verify import verify_pdf

    progress(0, 1)
    # Read here, not in the window: a file on a slow network share must not freeze it.
    pdf = files.read_file(source, "file") if isinstance(source, Path) else source
    board = board_certificates(db_path)
    report = verify_pdf(pdf, [*board, *added])
    progress(1, 1)
    return Verification(report, len(board), len(added))
