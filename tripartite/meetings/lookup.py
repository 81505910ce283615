"""Looking a meeting up: its row, its status check, the rules frozen with it, the meeting of an item or a motion."""

from __future__ import annotations

import json
from fractions import Fraction
from typing import Any

from sqlite_utils import Database

from tripartite import rules
from tripartite.meetings._common import one_row
from tripartite.meetings.errors import ProcedureError
from tripartite.models import BallotMode, DecisionRule, MeetingStatus, Quorum


def meeting_row(db: Database, meeting_id: int) -> dict[str, Any]:
    """The meeting's row (ProcedureError if none)."""
    return one_row(db, "SELECT * FROM meetings WHERE id = ?", [meeting_id])


def require_status(db: Database, meeting_id: int, *allowed: MeetingStatus) -> dict[str, Any]:
    """The meeting's row, if its status is one of ``allowed`` (ProcedureError ``meeting_state`` if not)."""
    row = meeting_row(db, meeting_id)
    if row["status"] not in {s.value for s in allowed}:
        raise ProcedureError(
            "meeting_state", f"the meeting is {row['status']}; this needs it {' or '.join(s.value for s in allowed)}"
        )
    return row


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
