"""Motions: proposing one (outcome, workers, conditions) and opening the vote on it (DESIGN §4)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from sqlite_utils import Database

from tripartite import audit, conditions, store
from tripartite.authority import Auth
from tripartite.board import BoardConfig
from tripartite.clock import now
from tripartite.meetings._common import board_of, conduct, motion_row, one_row
from tripartite.meetings.agenda import item_state
from tripartite.meetings.errors import ProcedureError
from tripartite.meetings.lifecycle import require_item_unlocked
from tripartite.meetings.lookup import meeting_of_item, meeting_of_motion
from tripartite.models import ItemStatus, MotionStatus, Outcome


def propose(
    db: Database,
    item_id: int,
    outcome: Outcome,
    workers: int | None = None,
    motion_conditions: Sequence[Mapping[str, Any]] | None = None,
    *,
    auth: Auth,
    proposed_by: str | None = None,
) -> int:
    """Put a motion on an item: outcome, workers approved (≤ requested) and conditions (the chair).

    Raises:
        ProcedureError: the item is already decided, a motion is still open, or the motion is invalid.
    """
    conduct(db, auth, meeting_of_item(db, item_id))
    require_item_unlocked(db, item_id)
    item = one_row(db, "SELECT * FROM agenda_items WHERE id = ?", [item_id])
    if item["status"] in (ItemStatus.DECIDED, ItemStatus.NO_QUORUM):
        raise ProcedureError("item_closed")
    open_motions = "SELECT count(*) FROM motions WHERE item_id = ? AND status = ?"
    if db.execute(open_motions, [item_id, MotionStatus.OPEN.value]).fetchone()[0]:
        raise ProcedureError("motion_open")
    requested = db.execute("SELECT workers_requested FROM requests WHERE id = ?", [item["request_id"]]).fetchone()[0]
    outcome = Outcome(outcome)
    approving = outcome in (Outcome.APPROVE, Outcome.APPROVE_WITH_CONDITIONS)
    if workers is None:
        workers = requested if approving else 0
    if not 0 <= workers <= requested or (approving and workers < 1):
        raise ProcedureError("bad_workers", requested=requested)
    motion_conditions = list(motion_conditions or [])
    for condition in motion_conditions:
        problems = conditions.check_condition(condition, requested)
        if problems:
            key, code, value, _ = problems[0]
            raise ProcedureError("bad_condition", kind=condition.get("kind"), key=key, problem=code, value=value)
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
                "status": MotionStatus.DRAFT.value,
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
    config = board_of(db)
    conduct(db, auth, meeting_of_item(db, item_id))
    if not item_state(db, item_id, config).quorum.met:
        raise ProcedureError("no_quorum")
    with db.atomic():
        motion_id = propose(db, item_id, outcome, workers, motion_conditions, auth=auth, proposed_by=proposed_by)
        open_vote(db, motion_id, auth, config=config)
    return motion_id


def open_vote(db: Database, motion_id: int, auth: Auth, *, config: BoardConfig | None = None) -> None:
    """Open voting on a motion (chair). The item must have quorum.

    ``config`` (the board, already read) spares a bulk recording a read per call.
    """
    config = config or board_of(db)
    conduct(db, auth, meeting_of_motion(db, motion_id))
    motion = motion_row(db, motion_id)
    require_item_unlocked(db, motion["item_id"])
    if motion["status"] != MotionStatus.DRAFT:
        raise ProcedureError("motion_state", status=MotionStatus(motion["status"]))
    state = item_state(db, motion["item_id"], config)
    if not state.quorum.met:
        raise ProcedureError("no_quorum")
    with db.atomic():
        db.execute(
            "UPDATE motions SET status = ?, opened_at = ? WHERE id = ?", [MotionStatus.OPEN.value, now(), motion_id]
        )
        audit.append(
            db,
            "vote.opened",
            {"motion": motion_id, "entitled": [s.member_id for s in state.entitled]},
            actor=auth.actor,
        )
