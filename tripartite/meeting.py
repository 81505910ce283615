"""Meetings: attendance, agenda, recusals, motions, sealed ballots, the reveal and decisions (DESIGN §4).

Every function that changes state writes its audit event in the same transaction. Ballots are sealed
by the API: until a motion is revealed, :func:`ballots` raises and only :func:`voters` (who has voted)
is available. In secret-ballot mode individual ballots are never exposed, only the tallies.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from sqlite_utils import Database

from tripartite import audit, authority, conditions, criteria, rules, store
from tripartite.authority import Act, Auth, NotAuthorised, require
from tripartite.board import BoardConfig, read_board, rules_payload
from tripartite.clock import now
from tripartite.errors import KnownError
from tripartite.models import (
    BallotMode,
    Constituency,
    DecisionRule,
    MeetingStatus,
    Outcome,
    Quorum,
    RequestStatus,
    Role,
    Vote,
)

DISSENT_WINDOW = dt.timedelta(hours=48)


class ProcedureError(KnownError):
    """An action the rules of procedure do not allow now (wrong state, wrong member, missing authority).

    Attributes:
        code: a stable machine-readable reason.
    """

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


class Sealed(ProcedureError):
    """A ballot's content was asked for before the reveal (or ever, in secret-ballot mode)."""

    def __init__(self, motion_id: int):
        super().__init__("sealed", f"the ballots of motion {motion_id} are sealed until the reveal")


@dataclass(frozen=True)
class Ballot:
    """A revealed ballot."""

    member_id: str
    vote: Vote
    comment: str | None
    cast_at: str


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


# --------------------------------------------------------------------------------------------- helpers


def _board(db: Database) -> BoardConfig:
    config = read_board(db)
    if config is None:
        raise ProcedureError("no_board", "this database has no board yet; run `tripartite init` first")
    return config


def seats_of(config: BoardConfig) -> list[rules.Seat]:
    """The board's members as the rules see them."""
    return [rules.Seat(m.id, m.constituency, m.role, m.active, m.alternate_of) for m in config.members]


def _chair(config: BoardConfig) -> str | None:
    return next((m.id for m in config.members if m.role is Role.CHAIR and m.active), None)


def frozen_rules(db: Database, meeting_id: int) -> tuple[rules.Rules, BallotMode]:
    """The rules of procedure and ballot mode frozen when the meeting was created.

    A change to the board's settings during a meeting must not change how its votes are decided or
    whether its ballots are secret.
    """
    snapshot = json.loads(meeting_row(db, meeting_id)["rules"])
    procedure = rules.Rules(
        decision_rule=DecisionRule(snapshot["decision_rule"]),
        groups_required=snapshot["groups_required"],
        qualified_fraction=Fraction(snapshot["qualified_fraction"]),
        consensus_fallback=DecisionRule(snapshot["consensus_fallback"]) if snapshot["consensus_fallback"] else None,
        casting_vote=snapshot["casting_vote"],
        quorum=Quorum(snapshot["quorum"]),
        secretary_votes=snapshot["secretary_votes"],
    )
    return procedure, BallotMode(snapshot["ballot"])


def is_locked(db: Database, meeting_id: int) -> bool:
    """Whether the meeting's minutes are fully signed, which makes the meeting read-only (DESIGN §5).

    Every write to a meeting (attendance, agenda, recusals, scores, motions, ballots, reveal, dissents)
    should refuse once this is true; a correction goes through :func:`tripartite.minutes.create_amendment`.
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
        raise ProcedureError(
            "minutes_signed",
            "the minutes of this meeting are signed, so it is read-only; record a correction as an amendment",
        )


def require_item_unlocked(db: Database, item_id: int) -> None:
    """:func:`require_unlocked` for the meeting an agenda item belongs to."""
    row = db.execute("SELECT meeting_id FROM agenda_items WHERE id = ?", [item_id]).fetchone()
    if row is not None:
        require_unlocked(db, row[0])


def _conduct(db: Database, auth: Auth, meeting_id: int) -> None:
    """The meeting's conduct needs the presiding member's PIN (the chair, or the stand-in), or its recording."""
    require(db, auth, Act.CONDUCT, meeting_id=meeting_id)


def meeting_of_item(db: Database, item_id: int) -> int:
    """The meeting an agenda item belongs to (ProcedureError if no such item)."""
    row = db.execute("SELECT meeting_id FROM agenda_items WHERE id = ?", [item_id]).fetchone()
    if row is None:
        raise ProcedureError("not_found", "no such agenda item")
    return int(row[0])


def meeting_of_motion(db: Database, motion_id: int) -> int:
    """The meeting a motion belongs to (ProcedureError if no such motion)."""
    row = db.execute(
        "SELECT ai.meeting_id FROM motions mo JOIN agenda_items ai ON ai.id = mo.item_id WHERE mo.id = ?", [motion_id]
    ).fetchone()
    if row is None:
        raise ProcedureError("not_found", "no such motion")
    return int(row[0])


def _one(db: Database, sql: str, params: Iterable[Any]) -> dict[str, Any]:
    rows = list(db.query(sql, list(params)))
    if not rows:
        raise ProcedureError("not_found", "no such record")
    return rows[0]


# -------------------------------------------------------------------------------------------- meetings


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
    config = _board(db)
    catalogue = criteria.for_board(db)
    snapshot = rules_payload(config)
    with db.atomic():
        if config.criteria == "default":
            criteria.save_catalogue(db, catalogue, criteria.default_text())
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


def meeting_row(db: Database, meeting_id: int) -> dict[str, Any]:
    """The meeting's row (ProcedureError if none)."""
    return _one(db, "SELECT * FROM meetings WHERE id = ?", [meeting_id])


def _require_status(db: Database, meeting_id: int, *allowed: MeetingStatus) -> dict[str, Any]:
    row = meeting_row(db, meeting_id)
    if row["status"] not in {s.value for s in allowed}:
        raise ProcedureError(
            "meeting_state", f"the meeting is {row['status']}; this needs it {' or '.join(s.value for s in allowed)}"
        )
    return row


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
    _conduct(db, auth, meeting_id)
    _require_status(db, meeting_id, MeetingStatus.DRAFT, MeetingStatus.OPEN)
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
    _require_status(db, meeting_id, MeetingStatus.DRAFT)
    config = _board(db)
    chair = _chair(config)
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
    _require_status(db, meeting_id, MeetingStatus.DRAFT)
    lead = presiding or authority.presiding(db, meeting_id)
    if lead is not None and lead != _chair(_board(db)) and lead not in present_ids(db, meeting_id):
        raise ProcedureError("stand_in_absent", f"{lead} is not marked present, so cannot preside")
    if lead != authority.presiding(db, meeting_id):
        name_stand_in(db, meeting_id, lead, auth)
    _conduct(db, auth, meeting_id)
    with db.atomic():
        db.execute("UPDATE meetings SET status = 'open', opened_at = ? WHERE id = ?", [now(), meeting_id])
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
    _conduct(db, auth, meeting_id)
    _require_status(db, meeting_id, MeetingStatus.OPEN)
    open_votes = db.execute(
        "SELECT count(*) FROM motions mo JOIN agenda_items ai ON ai.id = mo.item_id "
        "WHERE ai.meeting_id = ? AND mo.status = 'open'",
        [meeting_id],
    ).fetchone()[0]
    if open_votes:
        raise ProcedureError("vote_open", "a vote is still open; reveal it before closing the meeting")
    undecided = [
        r[0]
        for r in db.execute(
            "SELECT ai.request_id FROM agenda_items ai JOIN requests r ON r.id = ai.request_id "
            "WHERE ai.meeting_id = ? AND ai.status != 'decided' AND r.status = 'on_agenda'",
            [meeting_id],
        )
    ]
    with db.atomic():
        for request_id in undecided:
            _set_request_status(
                db, request_id, RequestStatus.PENDING, auth.actor, f"not decided at meeting {meeting_id}"
            )
        db.execute("UPDATE meetings SET status = 'closed', closed_at = ? WHERE id = ?", [at or now(), meeting_id])
        audit.append(db, "meeting.closed", {"meeting": meeting_id, "undecided": len(undecided)}, actor=auth.actor)


# ---------------------------------------------------------------------------------------------- agenda


def add_item(db: Database, meeting_id: int, request_id: int, auth: Auth) -> int:
    """Put a pending (or deferred) request on the agenda; it becomes ``on_agenda`` (the secretary or chair)."""
    require(db, auth, Act.SECRETARIAT)
    _require_status(db, meeting_id, MeetingStatus.DRAFT, MeetingStatus.OPEN)
    request = _one(db, "SELECT id, reference, status FROM requests WHERE id = ?", [request_id])
    if request["status"] not in (RequestStatus.PENDING.value, RequestStatus.DEFERRED.value):
        raise ProcedureError("request_state", f"{request['reference']} is {request['status']}, not pending")
    position = db.execute(
        "SELECT coalesce(max(position), 0) + 1 FROM agenda_items WHERE meeting_id = ?", [meeting_id]
    ).fetchone()[0]
    with db.atomic():
        item_id = store.insert(
            db,
            "agenda_items",
            {"meeting_id": meeting_id, "request_id": request_id, "position": position, "status": "pending"},
        )
        _set_request_status(db, request_id, RequestStatus.ON_AGENDA, auth.actor, f"meeting {meeting_id}")
        audit.append(
            db,
            "agenda.item_added",
            {"meeting": meeting_id, "item": item_id, "request": request["reference"]},
            actor=auth.actor,
        )
    return int(item_id)


def _set_request_status(db: Database, request_id: int, status: RequestStatus, actor: str, note: str) -> None:
    old = db.execute("SELECT status FROM requests WHERE id = ?", [request_id]).fetchone()[0]
    db.execute("UPDATE requests SET status = ? WHERE id = ?", [status.value, request_id])
    db.execute(
        "INSERT INTO request_history (request_id, at, from_status, to_status, actor, note) VALUES (?, ?, ?, ?, ?, ?)",
        [request_id, now(), old, status.value, actor, note],
    )


def recuse(db: Database, item_id: int, member_id: str, reason: str, auth: Auth) -> None:
    """Record a member's recusal from an item, with the reason, before any vote on it (the chair)."""
    _conduct(db, auth, meeting_of_item(db, item_id))
    require_item_unlocked(db, item_id)
    item = _one(db, "SELECT * FROM agenda_items WHERE id = ?", [item_id])
    if db.execute("SELECT count(*) FROM motions WHERE item_id = ? AND status != 'draft'", [item_id]).fetchone()[0]:
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
    _conduct(db, auth, meeting_of_item(db, item_id))
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
    _conduct(db, auth, meeting_of_item(db, item_id))
    require_item_unlocked(db, item_id)
    if db.execute("SELECT count(*) FROM motions WHERE item_id = ? AND status != 'draft'", [item_id]).fetchone()[0]:
        raise ProcedureError("vote_started", "attestations are settled before voting on the item starts")
    with db.atomic():
        db.execute("DELETE FROM attestations WHERE item_id = ? AND gate = ?", [item_id, gate])
        audit.append(db, "item.attestation_cleared", {"item": item_id, "gate": gate}, actor=auth.actor)


def item_state(db: Database, item_id: int, config: BoardConfig | None = None) -> ItemState:
    """Who counts for the item now: present, recused, entitled, quorum, chair."""
    config = config or _board(db)
    item = _one(db, "SELECT * FROM agenda_items WHERE id = ?", [item_id])
    present = present_ids(db, item["meeting_id"])
    recused = [r[0] for r in db.execute("SELECT member_id FROM recusals WHERE item_id = ?", [item_id])]
    procedure, mode = frozen_rules(db, item["meeting_id"])
    board = seats_of(config)
    entitled = rules.entitled(board, present, recused, procedure)
    result = rules.quorum(rules.seat_count(board, procedure), entitled, procedure)
    chair = _chair(config)
    chair_entitled = chair if any(s.member_id == chair for s in entitled) else None
    return ItemState(
        item_id, item["request_id"], present, recused, entitled, result, chair_entitled, item["meeting_id"],
        procedure, mode,
    )  # fmt: skip


def mark_no_quorum(db: Database, item_id: int, auth: Auth) -> None:
    """Minute that the item could not be decided for want of quorum (the chair; DESIGN §4, §8.4)."""
    _conduct(db, auth, meeting_of_item(db, item_id))
    require_item_unlocked(db, item_id)
    state = item_state(db, item_id)
    with db.atomic():
        db.execute(
            "UPDATE agenda_items SET status = 'no_quorum', quorum_met = 0, note = 'no_quorum' WHERE id = ?", [item_id]
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


# --------------------------------------------------------------------------------------------- motions


def propose(
    db: Database,
    item_id: int,
    outcome: Outcome,
    workers: int | None = None,
    motion_conditions: list[Mapping[str, Any]] | None = None,
    *,
    auth: Auth,
    proposed_by: str | None = None,
) -> int:
    """Put a motion on an item: outcome, workers approved (≤ requested) and conditions (the chair).

    Raises:
        ProcedureError: the item is already decided, a motion is still open, or the motion is invalid.
    """
    _conduct(db, auth, meeting_of_item(db, item_id))
    require_item_unlocked(db, item_id)
    item = _one(db, "SELECT * FROM agenda_items WHERE id = ?", [item_id])
    if item["status"] in ("decided", "no_quorum"):
        raise ProcedureError("item_closed", "the item is already settled")
    if db.execute("SELECT count(*) FROM motions WHERE item_id = ? AND status = 'open'", [item_id]).fetchone()[0]:
        raise ProcedureError("vote_open", "a motion on this item is still being voted")
    requested = db.execute("SELECT workers_requested FROM requests WHERE id = ?", [item["request_id"]]).fetchone()[0]
    outcome = Outcome(outcome)
    approving = outcome in (Outcome.APPROVE, Outcome.APPROVE_WITH_CONDITIONS)
    if workers is None:
        workers = requested if approving else 0
    if not 0 <= workers <= requested or (approving and workers < 1):
        raise ProcedureError("bad_workers", f"workers approved must be between 1 and the {requested} requested")
    motion_conditions = list(motion_conditions or [])
    for condition in motion_conditions:
        problems = conditions.check_condition(condition, requested)
        if problems:
            key, code, value, _ = problems[0]
            raise ProcedureError("bad_condition", f"condition {condition.get('kind')}: {key} {code} ({value})")
    round_number = db.execute(
        "SELECT coalesce(max(round), 0) + 1 FROM motions WHERE item_id = ?", [item_id]
    ).fetchone()[0]
    with db.atomic():
        motion_id = store.insert(
            db,
            "motions",
            {
                "item_id": item_id,
                "round": round_number,
                "outcome": outcome.value,
                "workers": workers,
                "proposed_by": proposed_by,
                "status": "draft",
            },
        )
        stored = [conditions.normalise(c) for c in motion_conditions]
        for position, condition in enumerate(stored):
            params = {k: v for k, v in condition.items() if k not in ("kind", "due", "verification")}
            store.insert(
                db,
                "conditions",
                {
                    "motion_id": motion_id,
                    "position": position,
                    "kind": condition["kind"],
                    "params": json.dumps(params, sort_keys=True),
                    "due_on": condition.get("due"),
                    "verification_note": condition.get("verification"),
                },
            )
        audit.append(
            db,
            "motion.proposed",
            {
                "item": item_id,
                "motion": motion_id,
                "round": round_number,
                "outcome": outcome.value,
                "workers": workers,
                "conditions": stored,
                "proposed_by": proposed_by,
            },
            actor=auth.actor,
        )
    return int(motion_id)


def motion_conditions(db: Database, motion_id: int) -> list[dict[str, Any]]:
    """A motion's conditions, each ``{"kind", params…, "due"?, "verification"?}``, in order."""
    return conditions.of_motion(db, motion_id)


def open_motion(
    db: Database,
    item_id: int,
    outcome: Outcome,
    workers: int | None,
    motion_conditions: list[Mapping[str, Any]] | None,
    auth: Auth,
    *,
    proposed_by: str | None = None,
) -> int:
    """Put a motion and open the vote on it at once (chair): both happen, or neither.

    Raises:
        ProcedureError: no quorum, not the chair, or an invalid motion; nothing is written.
    """
    config = _board(db)
    _conduct(db, auth, meeting_of_item(db, item_id))
    if not item_state(db, item_id, config).quorum.met:
        raise ProcedureError("no_quorum", "the item has no quorum; it cannot be voted")
    with db.atomic():
        motion_id = propose(db, item_id, outcome, workers, motion_conditions, auth=auth, proposed_by=proposed_by)
        open_vote(db, motion_id, auth, config=config)
    return motion_id


def _motion(db: Database, motion_id: int) -> dict[str, Any]:
    return _one(db, "SELECT * FROM motions WHERE id = ?", [motion_id])


def open_vote(db: Database, motion_id: int, auth: Auth, *, config: BoardConfig | None = None) -> None:
    """Open voting on a motion (chair). The item must have quorum.

    ``config`` (the board, already read) spares a bulk recording a read per call.
    """
    config = config or _board(db)
    _conduct(db, auth, meeting_of_motion(db, motion_id))
    motion = _motion(db, motion_id)
    require_item_unlocked(db, motion["item_id"])
    if motion["status"] != "draft":
        raise ProcedureError("motion_state", f"the motion is {motion['status']}")
    state = item_state(db, motion["item_id"], config)
    if not state.quorum.met:
        raise ProcedureError("no_quorum", "the item has no quorum; it cannot be voted")
    with db.atomic():
        db.execute("UPDATE motions SET status = 'open', opened_at = ? WHERE id = ?", [now(), motion_id])
        audit.append(
            db,
            "vote.opened",
            {"motion": motion_id, "entitled": [s.member_id for s in state.entitled]},
            actor=auth.actor,
        )


def cast(
    db: Database,
    motion_id: int,
    member_id: str,
    vote: Vote,
    comment: str | None,
    auth: Auth,
    *,
    state: ItemState | None = None,
) -> None:
    """Cast one member's sealed ballot. It cannot be changed once cast.

    In a secret ballot the file never links the member to the vote (DESIGN §4): ``voters`` says who
    voted, and ``secret_votes`` keeps the vote under a random key with the constituency (the tallies are
    by constituency), no member and no time; the event says only who voted. The chair's vote carries a
    mark when the rules give the chair a casting vote, since the rule must know it.

    Raises:
        ProcedureError: the vote is not open, the member is not entitled or has voted already.
        NotAuthorised: the authority is not the member's own PIN (or the recording of this meeting).
    """
    motion = _motion(db, motion_id)
    # A bulk recording passes the item's state, unchanged while its motion is open (recusals are closed).
    state = state if state is not None and state.item_id == motion["item_id"] else item_state(db, motion["item_id"])
    require(db, auth, Act.OWN, member=member_id, meeting_id=state.meeting_id)
    require_unlocked(db, state.meeting_id)
    if motion["status"] != "open":
        raise ProcedureError("vote_not_open", "voting on this motion is not open")
    seats = {s.member_id: s.constituency for s in state.entitled}
    if member_id not in seats:
        raise ProcedureError("not_entitled", f"{member_id} is not entitled to vote on this item")
    if db.execute(
        "SELECT EXISTS(SELECT 1 FROM ballots WHERE motion_id = ?1 AND member_id = ?2) "
        "OR EXISTS(SELECT 1 FROM voters WHERE motion_id = ?1 AND member_id = ?2)",
        [motion_id, member_id],
    ).fetchone()[0]:
        raise ProcedureError("already_voted", f"{member_id} has already voted on this motion")
    procedure, mode = state.procedure, state.mode
    text = (comment or "").strip() or None
    with db.atomic():
        if mode is BallotMode.SECRET:
            db.execute(
                "INSERT INTO voters (motion_id, member_id, cast_at) VALUES (?, ?, ?)", [motion_id, member_id, now()]
            )
            db.execute(
                "INSERT INTO secret_votes (key, motion_id, constituency, vote, comment, chair) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    secrets.token_hex(16),
                    motion_id,
                    seats[member_id].value,
                    Vote(vote).value,
                    text,
                    int(procedure.casting_vote and member_id == state.chair),
                ],
            )
        else:
            # The nonce salts the row's digest in the event: the digest of a vote cannot be guessed.
            db.execute(
                "INSERT INTO ballots (motion_id, member_id, vote, comment, cast_at, nonce) VALUES (?, ?, ?, ?, ?, ?)",
                [motion_id, member_id, Vote(vote).value, text, now(), os.urandom(16).hex()],
            )
        audit.append(db, "ballot.cast", {"motion": motion_id, "member": member_id}, actor=auth.actor)


def voters(db: Database, motion_id: int) -> list[str]:
    """Who has voted on a motion: the only thing shown before the reveal (DESIGN §4.3)."""
    return [
        r[0]
        for r in db.execute(
            "SELECT v.member_id FROM (SELECT member_id FROM ballots WHERE motion_id = ?1 "
            "UNION SELECT member_id FROM voters WHERE motion_id = ?1) v JOIN members m ON m.id = v.member_id "
            "ORDER BY m.rowid",
            [motion_id],
        )
    ]


def ballots(db: Database, motion_id: int) -> list[Ballot]:
    """The revealed ballots of a motion, in board order.

    Raises:
        Sealed: before the reveal, and always in secret-ballot mode.
    """
    motion = _motion(db, motion_id)
    if motion["status"] != "revealed" or _ballot_mode(db, motion) is BallotMode.SECRET:
        raise Sealed(motion_id)
    return [
        Ballot(r["member_id"], Vote(r["vote"]), r["comment"], r["cast_at"])
        for r in db.query(
            "SELECT b.* FROM ballots b JOIN members m ON m.id = b.member_id WHERE b.motion_id = ? ORDER BY m.rowid",
            [motion_id],
        )
    ]


def secret_explanations(db: Database, motion_id: int) -> list[tuple[Constituency, str]]:
    """A revealed secret ballot's explanations of vote: by constituency only, in key order (no one's name).

    Raises:
        Sealed: before the reveal.
    """
    motion = _motion(db, motion_id)
    if motion["status"] != "revealed":
        raise Sealed(motion_id)
    return [
        (Constituency(c), str(t))
        for c, t in db.execute(
            "SELECT constituency, comment FROM secret_votes WHERE motion_id = ? AND comment IS NOT NULL ORDER BY key",
            [motion_id],
        )
    ]


def _ballot_mode(db: Database, motion: Mapping[str, Any]) -> BallotMode:
    meeting_id = db.execute("SELECT meeting_id FROM agenda_items WHERE id = ?", [motion["item_id"]]).fetchone()[0]
    return frozen_rules(db, meeting_id)[1]


def reveal(
    db: Database, motion_id: int, auth: Auth, *, force: bool = False, config: BoardConfig | None = None
) -> rules.Result:
    """Reveal a motion's ballots and apply the board's rule (the chair; DESIGN §4.4).

    The reveal happens when every present, entitled member has cast; before that the chair may close
    the vote (``force=True``). An adopted motion decides its item.
    """
    config = config or _board(db)
    meeting_id = meeting_of_motion(db, motion_id)
    _conduct(db, auth, meeting_id)
    motion = _motion(db, motion_id)
    require_item_unlocked(db, motion["item_id"])
    if motion["status"] != "open":
        raise ProcedureError("vote_not_open", "voting on this motion is not open")
    state = item_state(db, motion["item_id"], config)
    cast_by = set(voters(db, motion_id))
    missing = [s.member_id for s in state.entitled if s.member_id not in cast_by]
    if missing and not force:
        raise ProcedureError("votes_missing", f"not everyone has voted ({', '.join(missing)}); the chair may close")
    if frozen_rules(db, meeting_id)[1] is BallotMode.SECRET:
        tally = rules.empty_tally()
        chair_vote = None
        for group, vote, chair in db.execute(
            "SELECT constituency, vote, chair FROM secret_votes WHERE motion_id = ?", [motion_id]
        ):
            tally[group][vote] += 1
            chair_vote = Vote(vote) if chair else chair_vote
        return _settle(db, config, motion, state, tally, chair_vote, auth, secret_votes=True)
    votes = {
        r[0]: Vote(r[1]) for r in db.execute("SELECT member_id, vote FROM ballots WHERE motion_id = ?", [motion_id])
    }
    seats = {s.member_id: s.constituency for s in state.entitled}
    tally = rules.tally_votes({m: v for m, v in votes.items() if m in seats}, seats)
    chair_vote = votes.get(state.chair) if state.chair else None
    return _settle(db, config, motion, state, tally, chair_vote, auth)


def reveal_tally(
    db: Database,
    motion_id: int,
    tally: rules.Tally,
    auth: Auth,
    *,
    chair_vote: Vote | None = None,
    config: BoardConfig | None = None,
) -> rules.Result:
    """Settle a secret-ballot motion from its per-constituency tally (a recorded meeting: identities discarded)."""
    meeting_id = meeting_of_motion(db, motion_id)
    if not auth.recorded:
        raise ProcedureError("recorded_only", "a bare tally is accepted only when recording a held meeting")
    _conduct(db, auth, meeting_id)
    config = config or _board(db)
    motion = _motion(db, motion_id)
    require_item_unlocked(db, motion["item_id"])
    if motion["status"] != "open":
        raise ProcedureError("vote_not_open", "voting on this motion is not open")
    state = item_state(db, motion["item_id"], config)
    full = rules.empty_tally()
    for group, counts in tally.items():
        full[group].update(counts)
    return _settle(db, config, motion, state, full, chair_vote, auth)


def _reshuffle_secret_votes(db: Database, motion_id: int) -> tuple[str, int]:
    """Write a secret motion's votes again in key order, and return the digest the reveal commits to.

    Cells are stored in the page in the order they were written, which is the order of the casts; written
    again in the order of their random keys, with deleted content zeroed (``secure_delete``), they keep
    nothing of that order.
    """
    from tripartite.audit_check import votes_digest  # the digest is the checker's to define

    rows = db.execute(
        "SELECT key, motion_id, constituency, vote, comment, chair FROM secret_votes WHERE motion_id = ? ORDER BY key",
        [motion_id],
    ).fetchall()
    db.execute("DELETE FROM secret_votes WHERE motion_id = ?", [motion_id])
    db.conn.executemany(
        "INSERT INTO secret_votes (key, motion_id, constituency, vote, comment, chair) VALUES (?, ?, ?, ?, ?, ?)", rows
    )
    return votes_digest(db, motion_id), len(rows)


def _settle(
    db: Database,
    config: BoardConfig,
    motion: dict[str, Any],
    state: ItemState,
    tally: rules.Tally,
    chair_vote: Vote | None,
    auth: Auth,
    *,
    secret_votes: bool = False,
) -> rules.Result:
    meeting_id = meeting_of_motion(db, motion["id"])
    procedure, mode = frozen_rules(db, meeting_id)
    result = rules.decide(tally, procedure, chair_vote)
    revealed_at = now()
    payload: dict[str, Any] = {
        "motion": motion["id"],
        "adopted": result.adopted,
        "rule": result.rule.value,
        "tally": tally,
        "note": result.note,
        "casting_vote_used": result.casting_vote_used,
    }
    if mode is BallotMode.NAMED:
        payload["ballots"] = [
            {"member": b["member_id"], "vote": b["vote"], "comment": b["comment"]}
            for b in db.query(
                "SELECT member_id, vote, comment FROM ballots WHERE motion_id = ? ORDER BY member_id", [motion["id"]]
            )
        ]
    with db.atomic():
        if secret_votes:
            payload["votes_digest"], payload["votes"] = _reshuffle_secret_votes(db, motion["id"])
        db.execute(
            "UPDATE motions SET status = 'revealed', adopted = ?, rule = ?, note = ?, casting_vote_used = ?, "
            "tally = ?, revealed_at = ? WHERE id = ?",
            [
                int(result.adopted),
                result.rule.value,
                result.note,
                int(result.casting_vote_used),
                json.dumps(tally, sort_keys=True),
                revealed_at,
                motion["id"],
            ],
        )
        db.execute("UPDATE agenda_items SET quorum_met = 1 WHERE id = ?", [motion["item_id"]])
        audit.append(db, "motion.revealed", payload, actor=auth.actor)
        if result.adopted:
            _decide(db, motion, state, result, auth)
    if secret_votes:
        store.forget_wal(db)  # the casts' page images in the WAL held the order of the votes
    return result


def _decide(db: Database, motion: dict[str, Any], state: ItemState, result: rules.Result, auth: Auth) -> None:
    """The first adopted motion decides its item; the request's status follows (DESIGN §2)."""
    quorum = {
        "seats": state.quorum.seats,
        "required": state.quorum.required,
        "present": state.quorum.present,
        "groups_missing": [g.value for g in state.quorum.groups_missing],
    }
    row = {
        "item_id": motion["item_id"],
        "motion_id": motion["id"],
        "outcome": motion["outcome"],
        "workers": motion["workers"],
        "rule": result.rule.value,
        "quorum": json.dumps(quorum, sort_keys=True),
        "tally": json.dumps(result.tally, sort_keys=True),
        "casting_vote_used": int(result.casting_vote_used),
        "reasons": None,
        "valid_until": None,
        "decided_at": now(),
    }
    store.insert(db, "decisions", row)
    db.execute("UPDATE agenda_items SET status = 'decided' WHERE id = ?", [motion["item_id"]])
    outcome = Outcome(motion["outcome"])
    status = RequestStatus.DEFERRED if outcome is Outcome.DEFER else RequestStatus.DECIDED
    _set_request_status(db, state.request_id, status, auth.actor, f"decision: {outcome.value}")
    audit.append(
        db,
        "decision.recorded",
        {
            "item": motion["item_id"],
            "motion": motion["id"],
            "outcome": outcome.value,
            "workers": motion["workers"],
            "conditions": motion_conditions(db, motion["id"]),
            "rule": result.rule.value,
        },
        actor=auth.actor,
    )


# -------------------------------------------------------------------------------------------- dissents


def dissent_window(db: Database, meeting_id: int, at: dt.datetime | None = None) -> tuple[bool, dt.datetime]:
    """Whether written dissents may still be filed (48 h from the meeting's close), and when that ends.

    A meeting that has not closed yet counts from now: the window cannot have started closing.
    """
    at = at or dt.datetime.now(dt.UTC)
    row = meeting_row(db, meeting_id)
    start = dt.datetime.fromisoformat(row["closed_at"]) if row["closed_at"] else at
    if start.tzinfo is None:
        start = start.replace(tzinfo=dt.UTC)
    closes = start + DISSENT_WINDOW
    return at <= closes, closes


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def file_dissent(db: Database, item_id: int, member_id: str, text: str, auth: Auth) -> int:
    """File a member's written dissent on a decided item, within 48 h of the meeting (DESIGN §2).

    The time filed is the clock's, never the caller's: a late dissent cannot be dated back into the window.

    Raises:
        ProcedureError: the window has closed, the item is not decided, or the member did not sit on it.
        NotAuthorised: the authority is not the member's own PIN (or the recording of the meeting).
    """
    meeting_id = meeting_of_item(db, item_id)
    require(db, auth, Act.OWN, member=member_id, meeting_id=meeting_id)
    require_item_unlocked(db, item_id)
    at = _now()
    item = _one(db, "SELECT * FROM agenda_items WHERE id = ?", [item_id])
    is_open, closes = dissent_window(db, item["meeting_id"], at)
    if not is_open:
        raise ProcedureError(
            "dissent_closed", f"the window for dissents closed at {closes.isoformat(timespec='minutes')}"
        )
    if item["status"] != "decided":
        raise ProcedureError("not_decided", "a dissent is filed against a decision")
    if member_id not in {s.member_id for s in item_state(db, item_id).entitled}:
        raise ProcedureError("not_entitled", f"{member_id} did not sit on this item")
    if not text.strip():
        raise ProcedureError("empty", "a dissent needs its text")
    with db.atomic():
        dissent_id = store.insert(
            db,
            "dissents",
            {
                "item_id": item_id,
                "member_id": member_id,
                "text": text.strip(),
                "filed_at": at.isoformat(timespec="seconds"),
            },
        )
        audit.append(
            db, "dissent.filed", {"item": item_id, "member": member_id, "text": text.strip()}, actor=auth.actor
        )
    return int(dissent_id)


def members_by_id(config: BoardConfig) -> dict[str, Constituency]:
    """Member id → constituency."""
    return {m.id: m.constituency for m in config.members}
