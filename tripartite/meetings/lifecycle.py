"""A meeting's life: draft -> open -> closed -> minutes_signed, the lock, and the amendment (DESIGN §4, §5).

:func:`create_meeting` makes a draft that freezes the rules and the criteria catalogue in force;
:func:`open_meeting` and :func:`close_meeting` move it on; :func:`mark_minutes_signed` is the last step,
taken by the signing service (``reports.service``) when every signatory role has signed. Signed minutes
lock the meeting: every write to it calls :func:`require_unlocked` (or :func:`require_item_unlocked`) first,
and a correction is a new, linked meeting (:func:`create_amendment`); the old record stays.
"""

from __future__ import annotations

import datetime as dt
import json

from sqlite_utils import Database

from tripartite import audit, authority, criteria_toml, store
from tripartite.authority import Act, Auth, require
from tripartite.board import rules_payload
from tripartite.clock import now
from tripartite.meetings._common import board_of, chair_of, conduct, set_request_status
from tripartite.meetings.attendance import name_stand_in, present_ids
from tripartite.meetings.errors import MinutesError, ProcedureError
from tripartite.meetings.lookup import require_status
from tripartite.models import ItemStatus, MeetingStatus, MotionStatus, RequestStatus


def is_locked(db: Database, meeting_id: int) -> bool:
    """Whether the meeting's minutes are fully signed, which makes the meeting read-only (DESIGN §5).

    Every write to a meeting (attendance, agenda, recusals, scores, motions, ballots, reveal, dissents)
    should refuse once this is true; a correction goes through :func:`create_amendment`.
    """
    row = db.execute("SELECT status FROM meetings WHERE id = ?", [meeting_id]).fetchone()
    if row is None:
        return False
    if row[0] == MeetingStatus.MINUTES_SIGNED.value:
        return True
    locked = "SELECT EXISTS(SELECT 1 FROM minutes WHERE meeting_id = ? AND locked = 1)"
    return bool(db.execute(locked, [meeting_id]).fetchone()[0])


def require_unlocked(db: Database, meeting_id: int) -> None:
    """Refuse any write to a meeting whose minutes are signed (DESIGN §5): corrections are amendments.

    Raises:
        ProcedureError: the minutes are signed.
    """
    if is_locked(db, meeting_id):
        raise ProcedureError("minutes_signed", meeting=meeting_id)


def require_item_unlocked(db: Database, item_id: int) -> None:
    """:func:`require_unlocked` for the meeting an agenda item belongs to."""
    row = db.execute("SELECT meeting_id FROM agenda_items WHERE id = ?", [item_id]).fetchone()
    if row is not None:
        require_unlocked(db, row[0])


def create_meeting(
    db: Database, title: str, date: str, place: str | None, auth: Auth, *, recorded: bool = False
) -> int:
    """A draft meeting that freezes the criteria catalogue version and the rules in force (the secretary or chair).

    Args:
        db: the database.
        title: the meeting's title.
        date: its date (ISO).
        place: where it sits.
        auth: the secretary's or the chair's PIN (or the command line's operator).
        recorded: a meeting already held, to be entered from a file (:func:`tripartite.authority.recording`).
    """
    require(db, auth, Act.SECRETARIAT)
    config = board_of(db)
    catalogue = criteria_toml.for_board(db)
    snapshot = rules_payload(config)
    with db.atomic():
        if config.criteria == "default":
            criteria_toml.save_catalogue(db, catalogue, criteria_toml.default_text())
        meeting_id = store.insert(
            db,
            "meetings",
            {
                "title": title,
                "date": date,
                "place": place,
                "status": MeetingStatus.DRAFT.value,
                "criteria_version": catalogue.version,
                "rules": json.dumps(snapshot),
                "created_at": now(),
                "recorded": int(recorded),
            },
        )
        for member in config.members:
            store.insert(
                db, "attendance", {"meeting_id": meeting_id, "member_id": member.id, "present": 0, "apologies": 0}
            )
        audit.append(
            db,
            "meeting.created",
            {
                "meeting": meeting_id,
                "title": title,
                "date": date,
                "criteria_version": catalogue.version,
                "rules": snapshot,
                "recorded": recorded,
            },
            actor=auth.actor,
        )
    return int(meeting_id)


def open_meeting(db: Database, meeting_id: int, auth: Auth, *, presiding: str | None = None) -> None:
    """Open the meeting: whoever presides (the chair, or the stand-in named) opens it with their PIN (DESIGN §4).

    Args:
        db: the database.
        meeting_id: a draft meeting.
        auth: the presiding member's PIN; to name a stand-in now, theirs joined with the secretary's or the chair's.
        presiding: a stand-in named as the meeting opens (None: the chair, or the stand-in named before).

    Raises:
        ProcedureError: the meeting is not a draft, or the stand-in is not a present voting member.
        NotAuthorised: the PINs given do not allow it.
    """
    require_status(db, meeting_id, MeetingStatus.DRAFT)
    lead = presiding or authority.presiding(db, meeting_id)
    if lead is not None and lead != chair_of(board_of(db)) and lead not in present_ids(db, meeting_id):
        raise ProcedureError("stand_in_absent", member=lead)
    if lead != authority.presiding(db, meeting_id):
        name_stand_in(db, meeting_id, lead, auth)
    conduct(db, auth, meeting_id)
    with db.atomic():
        db.execute(
            "UPDATE meetings SET status = ?, opened_at = ? WHERE id = ?", [MeetingStatus.OPEN.value, now(), meeting_id]
        )
        audit.append(
            db,
            "meeting.opened",
            {"meeting": meeting_id, "present": present_ids(db, meeting_id), "presiding": lead},
            actor=auth.actor,
        )


def close_meeting(db: Database, meeting_id: int, auth: Auth, *, at: str | None = None) -> None:
    """Close the meeting (chair). Open motions must be revealed first.

    A request whose item was not decided (no quorum, or no motion adopted) goes back to ``pending`` so
    that a later meeting can take it up.
    """
    conduct(db, auth, meeting_id)
    require_status(db, meeting_id, MeetingStatus.OPEN)
    open_votes = db.execute(
        "SELECT count(*) FROM motions mo JOIN agenda_items ai ON ai.id = mo.item_id "
        "WHERE ai.meeting_id = ? AND mo.status = ?",
        [meeting_id, MotionStatus.OPEN.value],
    ).fetchone()[0]
    if open_votes:
        raise ProcedureError("vote_open")
    undecided = [
        r[0]
        for r in db.execute(
            "SELECT ai.request_id FROM agenda_items ai JOIN requests r ON r.id = ai.request_id "
            "WHERE ai.meeting_id = ? AND ai.status != ? AND r.status = ?",
            [meeting_id, ItemStatus.DECIDED.value, RequestStatus.ON_AGENDA.value],
        )
    ]
    with db.atomic():
        for request_id in undecided:
            set_request_status(
                db, request_id, RequestStatus.PENDING, auth.actor, f"not decided at meeting {meeting_id}"
            )
        db.execute(
            "UPDATE meetings SET status = ?, closed_at = ? WHERE id = ?",
            [MeetingStatus.CLOSED.value, at or now(), meeting_id],
        )
        audit.append(db, "meeting.closed", {"meeting": meeting_id, "undecided": len(undecided)}, actor=auth.actor)


def mark_minutes_signed(db: Database, minutes_id: int, meeting_id: int, final_sha: str, actor: str) -> None:
    """Closed -> minutes_signed: every role has signed, so the minutes are final and the meeting read-only (DESIGN §5).

    The signing service calls it inside the transaction that records the last signature.

    Args:
        db: the database.
        minutes_id: the minutes now fully signed.
        meeting_id: their meeting.
        final_sha: the SHA-256 of the fully signed file.
        actor: who made the last signature.
    """
    db.execute("UPDATE minutes SET locked = 1 WHERE id = ?", [minutes_id])
    db.execute("UPDATE meetings SET status = ? WHERE id = ?", [MeetingStatus.MINUTES_SIGNED.value, meeting_id])
    audit.append(
        db,
        "minutes.locked",
        {"minutes": minutes_id, "meeting": meeting_id, "sha256": final_sha, "status": MeetingStatus.MINUTES_SIGNED},
        actor=actor,
    )

def create_amendment(
    db: Database,
    meeting_id: int,
    auth: Auth,
    *,
    title: str | None = None,
    date: str | None = None,
    place: str | None = None,
) -> int:
    """Open a new meeting that corrects a meeting whose minutes are signed; the original record stays.

    Args:
        db: the database.
        meeting_id: the signed meeting to amend.
        title: the amendment's title (default: "Amendment to <original title>").
        date: its date (default: today, UTC).
        place: its place (default: the original's).
        auth: the secretary's or the chair's PIN (or the command line's operator).

    Returns:
        The new meeting's id; it is a draft linked to the original by ``meetings.amends``.

    Raises:
        MinutesError: no such meeting, or its minutes are not signed yet (rebuild them instead).
    """
    rows = list(db.query("SELECT * FROM meetings WHERE id = ?", [meeting_id]))
    if not rows:
        raise MinutesError("no_meeting", meeting=meeting_id)
    original = rows[0]
    if not is_locked(db, meeting_id):
        raise MinutesError("not_signed_yet", meeting=meeting_id)
    signed = db.execute(
        "SELECT id FROM minutes WHERE meeting_id = ? AND locked = 1 ORDER BY id DESC LIMIT 1", [meeting_id]
    ).fetchone()
    with db.atomic():
        new_id = create_meeting(
            db,
            title or f"Amendment to {original['title']}",
            date or dt.datetime.now(dt.UTC).date().isoformat(),
            place if place is not None else original["place"],
            auth,
        )
        db.execute("UPDATE meetings SET amends = ? WHERE id = ?", [meeting_id, new_id])
        audit.append(
            db,
            "meeting.amendment_created",
            {"meeting": new_id, "amends": meeting_id, "minutes": signed[0] if signed else None},
            actor=auth.actor,
        )
    return new_id
