"""Who may do what on the shared laptop, and the proof of it (DESIGN §4, "Who may do what").

On one laptop the PIN is the only proof of who acts. An :class:`Auth` is that proof: it cannot be
built by calling the class; it comes only from

- :func:`tripartite.pins.verify` (one member typed their PIN), and :func:`joint` (two such proofs
  together, e.g. the chair and the secretary for a change of rules);
- :func:`operator`, for the command line, which acts for the secretary with the operator's file-system
  rights (as ``sqlite3`` would) and says so in its events (``cli:secretary``);
- :func:`recording`, for entering a meeting already held from a file: valid for that meeting only.

Every core function that changes the record takes an Auth and calls :func:`require` with the action's
kind (:class:`Act`); the audit event then names :attr:`Auth.actor`, never a generic "secretary".
An Auth is bound to the database it was issued for, and a PIN proof goes stale after
:data:`PIN_PROOF_SECONDS`, so it cannot be kept and reused later.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlite_utils import Database

from tripartite.errors import Refusal

PIN_PROOF_SECONDS = 15 * 60
OPERATOR_ACTOR = "cli:secretary"


class Act(StrEnum):
    """Kinds of action, each with its own authority (the table of DESIGN §4)."""

    OWN = "own"  # cast a ballot, score, file a dissent, change one's own PIN: the member themself
    CONDUCT = "conduct"  # the meeting's conduct: the chair, or the stand-in named when it opened
    SETTINGS = "settings"  # board settings: the chair or the secretary
    RULES = "rules"  # rules of procedure or ballot mode: the chair and the secretary together
    RESET_PIN = "reset_pin"  # another member's forgotten PIN: the chair and the secretary together
    SECRETARIAT = "secretariat"  # import, requests, meetings and agenda, minutes: the secretary or the chair


class Kind(StrEnum):
    """Where an authority comes from."""

    PIN = "pin"
    OPERATOR = "operator"
    RECORDING = "recording"


class NotAuthorised(Refusal):
    """The authority given does not allow the action; the code says whose PIN is needed.

    Its codes (``needs_chair``, ``needs_both``, ``not_yours``, ``other_database``, ``stale``…) are
    registered in :data:`tripartite.refusals.REFUSALS`.
    """


@dataclass(frozen=True)
class ResetNotice:
    """What a member is told at the first unlock after their PIN was reset by others.

    Attributes:
        at: when it was reset (UTC ISO 8601).
        by: who reset it (member ids joined with ``+``).
    """

    at: str
    by: str


class Auth:
    """Proof of who acts. Issued only by :mod:`tripartite.pins` and this module; immutable.

    Attributes:
        members: the members who typed their PIN, in order (empty for the operator or a recording).
        kind: :class:`Kind`.
        meeting_id: for a recording, the only meeting it is valid for.
        notice: for a PIN proof, what the member must be told at this unlock (e.g. their PIN was reset).
    """

    __slots__ = ("_database", "_issued", "kind", "meeting_id", "members", "notice", "on_behalf")
    # Set once by _issue and joint (object.__setattr__), so annotated here rather than in __init__.
    _database: str
    _issued: float
    kind: Kind
    meeting_id: int | None
    members: tuple[str, ...]
    notice: ResetNotice | None
    on_behalf: str

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError("an Auth is issued by tripartite.pins.verify (or authority.operator/recording), not built")

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("an Auth cannot be changed")

    @property
    def member_id(self) -> str | None:
        """The member who acts, when exactly one typed their PIN."""
        return self.members[0] if len(self.members) == 1 else None

    @property
    def actor(self) -> str:
        """How the audit log names who acted: ``gov1``, ``gov1+sec1``, ``cli:secretary``."""
        if self.kind is Kind.PIN:
            return "+".join(self.members)
        return self.on_behalf

    @property
    def recorded(self) -> bool:
        """Whether this is the authority of a held meeting being entered from a file."""
        return self.kind is Kind.RECORDING

    def __repr__(self) -> str:
        return f"<Auth {self.kind.value} {self.actor}>"


def _issue(
    db: Database,
    kind: Kind,
    members: tuple[str, ...] = (),
    *,
    meeting_id: int | None = None,
    on_behalf: str = "",
    notice: ResetNotice | None = None,
) -> Auth:
    """Mint an Auth. Only :mod:`tripartite.pins` (after a PIN check) and this module call it."""
    auth = object.__new__(Auth)
    for name, value in (
        ("_database", database_of(db)),
        ("_issued", time.monotonic()),
        ("kind", kind),
        ("members", members),
        ("meeting_id", meeting_id),
        ("on_behalf", on_behalf),
        ("notice", notice),
    ):
        object.__setattr__(auth, name, value)
    return auth


def database_of(db: Database) -> str:
    """The file an open database reads (empty for an in-memory one); asked once per connection."""
    known = getattr(db, "_tripartite_file", None)
    if known is None:
        known = next((str(path or "") for _, name, path in db.execute("PRAGMA database_list") if name == "main"), "")
        db._tripartite_file = known  # type: ignore[attr-defined]  # a connection's file never changes
    return known


def operator(db: Database) -> Auth:
    """The command line's authority: it acts for the secretary (DESIGN §4). The app never uses it."""
    return _issue(db, Kind.OPERATOR, on_behalf=OPERATOR_ACTOR)


def joint(first: Auth, second: Auth) -> Auth:
    """Two PIN proofs of different members together (e.g. the chair and the secretary).

    Raises:
        NotAuthorised: either is not a PIN proof, both are the same member, or they are for different files.
    """
    if first.kind is not Kind.PIN or second.kind is not Kind.PIN:
        raise NotAuthorised("needs_pins")
    if first._database != second._database:
        raise NotAuthorised("other_database")
    members = tuple(dict.fromkeys((*first.members, *second.members)))
    if len(members) < 2:
        raise NotAuthorised("same_member")
    auth = object.__new__(Auth)
    for name in Auth.__slots__:
        object.__setattr__(auth, name, getattr(first, name))
    object.__setattr__(auth, "members", members)
    object.__setattr__(auth, "_issued", min(first._issued, second._issued))
    object.__setattr__(auth, "notice", None)
    return auth


def recording(db: Database, meeting_id: int, by: Auth) -> Auth:
    """The authority to enter a held meeting from a file, for that meeting only.

    Args:
        db: the database.
        meeting_id: a meeting created as recorded (``meetings.recorded = 1``) and not yet opened.
        by: who records it: the operator, or the secretary or chair by PIN.

    Raises:
        NotAuthorised: ``by`` may not record, or the meeting is not a recorded one in its draft state.
    """
    require(db, by, Act.SECRETARIAT)
    row = db.execute("SELECT recorded, status FROM meetings WHERE id = ?", [meeting_id]).fetchone()
    if row is None or not row[0] or row[1] != "draft":
        raise NotAuthorised("not_recorded")
    return _issue(db, Kind.RECORDING, by.members, meeting_id=meeting_id, on_behalf=by.actor)


# ------------------------------------------------------------------------------------------- checks


def officers(db: Database) -> tuple[str | None, str | None]:
    """The active chair's and secretary's member ids (None where the board has none)."""
    found: dict[str, str] = {}
    for member_id, role in db.execute(
        "SELECT id, role FROM members WHERE active = 1 AND role IN ('chair', 'secretary') ORDER BY rowid"
    ):
        found.setdefault(role, member_id)
    return found.get("chair"), found.get("secretary")


def presiding(db: Database, meeting_id: int | None) -> str | None:
    """Who conducts a meeting: the stand-in named when it opened, else the board's chair."""
    if meeting_id is not None:
        row = db.execute("SELECT presiding FROM meetings WHERE id = ?", [meeting_id]).fetchone()
        if row is not None and row[0]:
            return str(row[0])
    return officers(db)[0]


def is_fresh(auth: Auth) -> bool:
    """Whether a proof may still be used (a PIN proof goes stale after :data:`PIN_PROOF_SECONDS`)."""
    return auth.kind is not Kind.PIN or time.monotonic() - auth._issued <= PIN_PROOF_SECONDS


def _check_fresh(db: Database, auth: Auth) -> None:
    if not isinstance(auth, Auth):
        raise NotAuthorised("no_proof")
    if auth._database != database_of(db):
        raise NotAuthorised("other_database")
    if auth.kind is Kind.PIN and time.monotonic() - auth._issued > PIN_PROOF_SECONDS:
        raise NotAuthorised("stale")


def _two_officers(who: set[str], chair: str | None, secretary: str | None, exclude: str | None = None) -> bool:
    """The chair and the secretary together, neither vouching for themself.

    When one of them is the member concerned (``exclude``), or the board has no secretary, the other
    officer and a second member of the board stand in: two people must always agree.
    """
    others = who - {exclude}
    required = {chair, secretary} - {None, exclude}
    return bool(required) and required <= others and len(others) >= 2


def require(db: Database, auth: Auth, act: Act, *, member: str | None = None, meeting_id: int | None = None) -> None:
    """Refuse unless ``auth`` may do ``act`` (DESIGN §4's table).

    Args:
        db: the database.
        auth: the proof given.
        act: the kind of action.
        member: for :attr:`Act.OWN`, whose ballot, score, dissent or PIN it is; for
            :attr:`Act.RESET_PIN`, whose PIN is reset.
        meeting_id: for :attr:`Act.CONDUCT` and :attr:`Act.OWN`, the meeting concerned.

    Raises:
        NotAuthorised: with a code saying whose PIN is needed.
    """
    _check_fresh(db, auth)
    chair, secretary = officers(db)
    if auth.kind is Kind.RECORDING:
        if meeting_id is not None and meeting_id == auth.meeting_id and act in (Act.OWN, Act.CONDUCT):
            return
        if act is Act.SECRETARIAT:
            return
        raise NotAuthorised("recording_only")
    if auth.kind is Kind.OPERATOR:
        if act in (Act.SECRETARIAT, Act.SETTINGS):
            return
        raise NotAuthorised("needs_pin")
    who = set(auth.members)
    if act is Act.OWN:
        if member is not None and who == {member}:
            return
        raise NotAuthorised("not_yours")
    if act is Act.CONDUCT:
        lead = presiding(db, meeting_id)
        if lead is not None and lead in who:
            return
        raise NotAuthorised("needs_chair")
    if act in (Act.SETTINGS, Act.SECRETARIAT):
        if who & {chair, secretary} - {None}:
            return
        raise NotAuthorised("needs_officer")
    if act is Act.RULES:
        if _two_officers(who, chair, secretary):
            return
        raise NotAuthorised("needs_both")
    if act is Act.RESET_PIN:
        if _two_officers(who, chair, secretary, exclude=member):
            return
        raise NotAuthorised("reset_needs_both")
    raise AssertionError(act)
