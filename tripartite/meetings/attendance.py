"""Who sits: the board's seats, attendance (present, apologies, arrival and departure) and the stand-in (DESIGN §4)."""

from __future__ import annotations

from sqlite_utils import Database

from tripartite import audit, rules
from tripartite.authority import Act, Auth, NotAuthorised, require
from tripartite.board import BoardConfig
from tripartite.meetings._common import board_of, chair_of, conduct
from tripartite.meetings.errors import ProcedureError
from tripartite.meetings.lookup import require_status
from tripartite.models import Constituency, MeetingStatus, Role


def seats_of(config: BoardConfig) -> list[rules.Seat]:
    """The board's members as the rules see them."""
    return [rules.Seat(m.id, m.constituency, m.role, m.active, m.alternate_of) for m in config.members]


def constituencies_by_member(config: BoardConfig) -> dict[str, Constituency]:
    """Member id → constituency."""
    return {m.id: m.constituency for m in config.members}


def set_attendance(
    db: Database,
    meeting_id: int,
    member_id: str,
    present: bool,
    *,
    arrived_at: str | None = None,
    departed_at: str | None = None,
    apologies: bool = False,
    auth: Auth,
) -> None:
    """Mark a member present or absent (with apologies), with arrival and departure times (the chair)."""
    conduct(db, auth, meeting_id)
    require_status(db, meeting_id, MeetingStatus.DRAFT, MeetingStatus.OPEN)
    with db.atomic():
        changed = db.execute(
            "UPDATE attendance SET present = ?, apologies = ?, arrived_at = ?, departed_at = ? "
            "WHERE meeting_id = ? AND member_id = ?",
            [int(present), int(apologies), arrived_at, departed_at, meeting_id, member_id],
        ).rowcount
        if not changed:
            raise ProcedureError("unknown_member", f"no member with id {member_id}")
        audit.append(
            db,
            "attendance.set",
            {"meeting": meeting_id, "member": member_id, "present": present, "apologies": apologies},
            actor=auth.actor,
        )


def present_ids(db: Database, meeting_id: int) -> list[str]:
    """Members marked present, in board order."""
    return [
        r[0]
        for r in db.execute(
            "SELECT a.member_id FROM attendance a JOIN members m ON m.id = a.member_id "
            "WHERE a.meeting_id = ? AND a.present = 1 ORDER BY m.rowid",
            [meeting_id],
        )
    ]


def name_stand_in(db: Database, meeting_id: int, member: str | None, auth: Auth) -> None:
    """Name who presides over a meeting the chair cannot attend, before it opens (DESIGN §4).

    The stand-in then takes the attendance, opens the meeting and conducts it with their own PIN; the
    secretary (or the chair) vouches for them by typing theirs too. ``member=None`` gives the meeting back
    to the chair, on the secretary's or the chair's PIN.

    Args:
        db: the database.
        meeting_id: a draft meeting.
        member: a voting member other than the chair, or None.
        auth: the stand-in's PIN joined with the secretary's or the chair's (for None: either officer's).

    Raises:
        ProcedureError: the meeting is not a draft, or the member may not preside.
        NotAuthorised: the PINs given do not allow it.
    """
    require_status(db, meeting_id, MeetingStatus.DRAFT)
    config = board_of(db)
    chair = chair_of(config)
    if member == chair:
        member = None
    if member is not None:
        seat = next((m for m in config.members if m.id == member), None)
        if seat is None or not seat.active or seat.role is not Role.MEMBER:
            raise ProcedureError(
                "stand_in_not_member", f"{member} is not a voting member of the board, so cannot preside"
            )
        if member not in auth.members or len(auth.members) < 2:
            raise NotAuthorised(
                "needs_both", "a stand-in is named with their own PIN and the secretary's (or the chair's)"
            )
    require(db, auth, Act.SECRETARIAT)
    with db.atomic():
        db.execute("UPDATE meetings SET presiding = ? WHERE id = ?", [member, meeting_id])
        audit.append(db, "meeting.stand_in", {"meeting": meeting_id, "presiding": member or chair}, actor=auth.actor)
