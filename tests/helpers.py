"""Authority for tests: members' PINs set the way a board sets them, and the proofs they give."""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from tripartite import authority, pins
from tripartite.authority import Auth

TEST_PIN = "246810"
# The passphrase of every signing key a test makes (long enough for reports.keys.MIN_PASSPHRASE).
PASSPHRASE = "correct horse battery"
# The roles that sign the minutes.
ROLES = ("chair", "secretary", "government", "employer", "union")
# The sample board's nine voting members (the secretary does not vote).
VOTERS = ["gov1", "gov2", "gov3", "emp1", "emp2", "emp3", "uni1", "uni2", "uni3"]


def set_pins(db: Database, members: Iterable[str] | None = None, pin: str = TEST_PIN) -> None:
    """Give members a PIN as a new board does: the chair first (nobody yet to vouch), the rest with the chair's."""
    chair, _secretary = authority.officers(db)
    assert chair is not None, "the board has no chair"
    if not pins.has_pin(db, chair):
        pins.set_pin(db, chair, pin)
    vouch = pins.verify(db, chair, pin)
    wanted = [r[0] for r in db.execute("SELECT id FROM members ORDER BY rowid")] if members is None else members
    for member in wanted:
        if not pins.has_pin(db, member):
            pins.set_pin(db, member, pin, vouch)


def unlock(db: Database, member: str, pin: str = TEST_PIN) -> Auth:
    """The member's proof, after typing their PIN."""
    return pins.verify(db, member, pin)


def chair(db: Database, pin: str = TEST_PIN) -> Auth:
    """The chair's proof."""
    return unlock(db, authority.officers(db)[0] or "", pin)


def officers(db: Database, pin: str = TEST_PIN) -> Auth:
    """The chair and the secretary together."""
    chair_id, secretary_id = authority.officers(db)
    return authority.joint(unlock(db, chair_id or "", pin), unlock(db, secretary_id or "", pin))


def open_session(db: Database, reference: str = "REQ-2026-0015") -> tuple[int, int]:
    """Set every PIN, then open a meeting everyone attends with ``reference`` on its agenda.

    Returns:
        The meeting's id and the agenda item's id.
    """
    from tripartite.meetings import agenda, attendance, lifecycle

    set_pins(db)
    secretary = unlock(db, "sec1")
    meeting_id = lifecycle.create_meeting(db, "Session 12/2026", "2026-12-04", "Sala 3", secretary)
    presiding = unlock(db, "gov1")
    for member in [*VOTERS, "sec1"]:
        attendance.set_attendance(db, meeting_id, member, True, auth=presiding)
    lifecycle.open_meeting(db, meeting_id, presiding)
    request = db.execute("SELECT id FROM requests WHERE reference = ?", [reference]).fetchone()[0]
    return meeting_id, agenda.add_item(db, meeting_id, request, secretary)
