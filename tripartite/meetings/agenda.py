"""The agenda: items, recusals, attestations, who counts for an item (:class:`ItemState`) and no quorum (DESIGN §4)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from tripartite import audit, rules, store
from tripartite.authority import Act, Auth, require
from tripartite.board import BoardConfig
from tripartite.clock import now
from tripartite.meetings._common import board_of, chair_of, conduct, one_row, set_request_status
from tripartite.meetings.attendance import present_ids, seats_of
from tripartite.meetings.errors import ProcedureError
from tripartite.meetings.lifecycle import require_item_unlocked
from tripartite.meetings.lookup import frozen_rules, meeting_of_item, require_status
from tripartite.models import BallotMode, ItemStatus, MeetingStatus, MotionStatus, RequestStatus


@dataclass(frozen=True)
class ItemState:
    """Who counts for an agenda item (DESIGN §4: quorum per item, after recusals).

    Attributes:
        item_id: the agenda item.
        request_id: its request.
        present: member ids present at the meeting (the secretary included).
        recused: member ids recused for the item.
        entitled: present, seat-holding, non-recused members.
        quorum: the quorum result.
        chair: the chair's id, if the chair is entitled for this item.
        meeting_id: the item's meeting.
        procedure: the rules of procedure frozen with the meeting.
        mode: its ballot mode.
    """

    item_id: int
    request_id: int
    present: list[str]
    recused: list[str]
    entitled: list[rules.Seat]
    quorum: rules.QuorumResult
    chair: str | None
    meeting_id: int
    procedure: rules.Rules
    mode: BallotMode


def add_item(db: Database, meeting_id: int, request_id: int, auth: Auth) -> int:
    """Put a pending (or deferred) request on the agenda; it becomes ``on_agenda`` (the secretary or chair)."""
    require(db, auth, Act.SECRETARIAT)
    require_status(db, meeting_id, MeetingStatus.DRAFT, MeetingStatus.OPEN)
    request = one_row(db, "SELECT id, reference, status FROM requests WHERE id = ?", [request_id])
    if request["status"] not in (RequestStatus.PENDING.value, RequestStatus.DEFERRED.value):
        raise ProcedureError("request_state", f"{request['reference']} is {request['status']}, not pending")
    position = db.execute(
        "SELECT coalesce(max(position), 0) + 1 FROM agenda_items WHERE meeting_id = ?", [meeting_id]
    ).fetchone()[0]
    with db.atomic():
        item_id = store.insert(
            db,
            "agenda_items",
            {
                "meeting_id": meeting_id,
                "request_id": request_id,
                "position": position,
                "status": ItemStatus.PENDING.value,
            },
        )
        set_request_status(db, request_id, RequestStatus.ON_AGENDA, auth.actor, f"meeting {meeting_id}")
        audit.append(
            db,
            "agenda.item_added",
            {"meeting": meeting_id, "item": item_id, "request": request["reference"]},
            actor=auth.actor,
        )
    return int(item_id)


def _voting_started(db: Database, item_id: int) -> bool:
    """Whether any motion on the item has been put to the vote: recusals and attestations are settled before."""
    sql = "SELECT count(*) FROM motions WHERE item_id = ? AND status != ?"
    return bool(db.execute(sql, [item_id, MotionStatus.DRAFT.value]).fetchone()[0])


def recuse(db: Database, item_id: int, member_id: str, reason: str, auth: Auth) -> None:
    """Record a member's recusal from an item, with the reason, before any vote on it (the chair)."""
    conduct(db, auth, meeting_of_item(db, item_id))
    require_item_unlocked(db, item_id)
    item = one_row(db, "SELECT * FROM agenda_items WHERE id = ?", [item_id])
    if _voting_started(db, item_id):
        raise ProcedureError("vote_started", "recusals are recorded before voting on the item starts")
    if not db.execute("SELECT 1 FROM members WHERE id = ?", [member_id]).fetchone():
        raise ProcedureError("unknown_member", f"no member with id {member_id}")
    with db.atomic():
        store.insert(db, "recusals", {"item_id": item_id, "member_id": member_id, "reason": reason}, replace=True)
        audit.append(
            db,
            "item.recusal",
            {"meeting": item["meeting_id"], "item": item_id, "member": member_id, "reason": reason},
            actor=auth.actor,
        )


def attest(db: Database, item_id: int, gate: str, answer: bool, auth: Auth) -> None:
    """Answer an attestation gate (G6, G7) for an item (the chair, for the board)."""
    conduct(db, auth, meeting_of_item(db, item_id))
    require_item_unlocked(db, item_id)
    with db.atomic():
        store.insert(
            db,
            "attestations",
            {"item_id": item_id, "gate": gate, "answer": int(answer), "member_id": auth.member_id, "at": now()},
            replace=True,
        )
        audit.append(db, "item.attested", {"item": item_id, "gate": gate, "answer": answer}, actor=auth.actor)


def clear_attestation(db: Database, item_id: int, gate: str, auth: Auth) -> None:
    """Take back an attestation: the gate is *not assessed* again, before any vote on the item (the chair)."""
    conduct(db, auth, meeting_of_item(db, item_id))
    require_item_unlocked(db, item_id)
    if _voting_started(db, item_id):
        raise ProcedureError("vote_started", "attestations are settled before voting on the item starts")
    with db.atomic():
        db.execute("DELETE FROM attestations WHERE item_id = ? AND gate = ?", [item_id, gate])
        audit.append(db, "item.attestation_cleared", {"item": item_id, "gate": gate}, actor=auth.actor)


def item_state(db: Database, item_id: int, config: BoardConfig | None = None) -> ItemState:
    """Who counts for the item now: present, recused, entitled, quorum, chair."""
    config = config or board_of(db)
    item = one_row(db, "SELECT * FROM agenda_items WHERE id = ?", [item_id])
    present = present_ids(db, item["meeting_id"])
    recused = [r[0] for r in db.execute("SELECT member_id FROM recusals WHERE item_id = ?", [item_id])]
    procedure, mode = frozen_rules(db, item["meeting_id"])
    board = seats_of(config)
    entitled = rules.entitled(board, present, recused, procedure)
    result = rules.quorum(rules.seat_count(board, procedure), entitled, procedure)
    chair = chair_of(config)
    chair_entitled = chair if any(s.member_id == chair for s in entitled) else None
    return ItemState(
        item_id, item["request_id"], present, recused, entitled, result, chair_entitled, item["meeting_id"],
        procedure, mode,
    )  # fmt: skip


def mark_no_quorum(db: Database, item_id: int, auth: Auth) -> None:
    """Minute that the item could not be decided for want of quorum (the chair; DESIGN §4, §8.4)."""
    conduct(db, auth, meeting_of_item(db, item_id))
    require_item_unlocked(db, item_id)
    state = item_state(db, item_id)
    with db.atomic():
        db.execute(
            "UPDATE agenda_items SET status = ?, quorum_met = 0, note = 'no_quorum' WHERE id = ?",
            [ItemStatus.NO_QUORUM.value, item_id],
        )
        audit.append(
            db,
            "item.no_quorum",
            {
                "item": item_id,
                "present": state.quorum.present,
                "required": state.quorum.required,
                "groups_missing": [g.value for g in state.quorum.groups_missing],
            },
            actor=auth.actor,
        )
