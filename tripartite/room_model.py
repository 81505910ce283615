"""The meeting room's read model: the meetings, an agenda, an item before and after its reveal, attendance.

The room (``tripartite.ui.meeting_room``) shows what these functions return and never reads a table
itself. Each returns rows, counts or small dataclasses on the caller's connection.

Ballots are never read from their table: before the reveal only :func:`tripartite.meetings.ballots.voters` is
used, and after it :func:`tripartite.meetings.ballots.revealed_ballots`, which keeps the seal (DESIGN §4.3).
Member scores of the item being voted are not read either, except a member's own sheet while their pane is
unlocked.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from tripartite import assessment, rules
from tripartite.board import BoardConfig, read_board
from tripartite.criteria import Catalogue
from tripartite.item_assessment import assess_item
from tripartite.meetings.agenda import ItemState, item_state
from tripartite.meetings.ballots import voters
from tripartite.meetings.errors import ProcedureError
from tripartite.meetings.lookup import frozen_rules, meeting_row
from tripartite.models import Authority, BallotMode, Constituency, ItemStatus, MotionStatus


@dataclass(frozen=True)
class InForce:
    """The rules frozen with a meeting when it was created: what everything shown for it must follow.

    The board may change its rules, ballot mode or authority later; a meeting held before keeps its own.

    Attributes:
        procedure: the decision rule, quorum, casting vote and seats.
        ballot: named or secret.
        authority: whether the board decided or advised at that meeting.
    """

    procedure: rules.Rules
    ballot: BallotMode
    authority: Authority


def in_force(db: Database, meeting_id: int, config: BoardConfig) -> InForce:
    """The rules of procedure, ballot mode and authority frozen with the meeting (:func:`lookup.frozen_rules`)."""
    procedure, ballot = frozen_rules(db, meeting_id)
    snapshot = json.loads(meeting_row(db, meeting_id)["rules"] or "{}")
    # A meeting frozen before the authority was part of the snapshot was held under the board's only one.
    return InForce(procedure, ballot, Authority(snapshot.get("authority", config.authority)))


@dataclass(frozen=True)
class AgendaRow:
    """One agenda item as the agenda list shows it.

    Attributes:
        item_id: the agenda item.
        position: its number on the agenda.
        request_id: the request.
        reference: the request's reference.
        employer: the employer's name.
        status: ``pending``, ``voting``, ``not_adopted``, ``decided`` or ``no_quorum``.
        outcome: the decided outcome, if decided.
        voted: ballots cast on the open motion (a count: who, never how).
        entitled: members entitled on the open motion.
    """

    item_id: int
    position: int
    request_id: int
    reference: str
    employer: str
    status: str
    outcome: str | None = None
    voted: int = 0
    entitled: int = 0


@dataclass
class ItemContext:
    """What the room shows about the current item before any reveal (technical data only).

    Attributes:
        row: the agenda item row.
        request: the request row.
        assessment: the assessment without member scores (their scores stay sealed until the reveal).
        attestations: answers to the attestation gates.
        state: who counts for the item.
        motion: the latest motion row, if any.
        in_force: the rules frozen with the item's meeting.
        recusals: member id → reason.
    """

    row: dict[str, Any]
    request: dict[str, Any]
    assessment: assessment.Assessment
    attestations: dict[str, bool]
    state: ItemState
    motion: dict[str, Any] | None
    in_force: InForce
    recusals: dict[str, str] = field(default_factory=dict)


def board(db: Database) -> BoardConfig:
    """The board (ProcedureError if the database has none)."""
    config = read_board(db)
    if config is None:
        raise ProcedureError("no_board", "this database has no board yet")
    return config


def open_votes(db: Database) -> int:
    """How many motions are open for voting, in any meeting (a count: who voted is never read here)."""
    return int(db.execute("SELECT count(*) FROM motions WHERE status = 'open'").fetchone()[0])


def meetings(db: Database) -> list[dict[str, Any]]:
    """Every meeting, newest first, with its number of agenda items."""
    return list(
        db.query(
            "SELECT m.id, m.title, m.date, m.place, m.status, "
            "(SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id) AS items "
            "FROM meetings m ORDER BY m.date DESC, m.id DESC"
        )
    )


@dataclass(frozen=True)
class OpenMeeting:
    """A meeting that can still take agenda items.

    Attributes:
        id: the meeting.
        title: its title.
        date: its date (ISO 8601).
        status: ``draft`` or ``open``.
    """

    id: int
    title: str
    date: str
    status: str


def open_meetings(db: Database) -> list[OpenMeeting]:
    """Meetings that can still take agenda items (draft or open), latest date first."""
    sql = "SELECT id, title, date, status FROM meetings WHERE status IN ('draft', 'open') ORDER BY date DESC, id DESC"
    return [OpenMeeting(int(i), str(t), str(d), str(s)) for i, t, d, s in db.execute(sql)]


def latest_motion(db: Database, item_id: int) -> dict[str, Any] | None:
    """The item's latest motion (highest round), or None."""
    rows = list(db.query("SELECT * FROM motions WHERE item_id = ? ORDER BY round DESC LIMIT 1", [item_id]))
    return rows[0] if rows else None


def motions(db: Database, item_id: int) -> list[dict[str, Any]]:
    """The item's motions in round order."""
    return list(db.query("SELECT * FROM motions WHERE item_id = ? ORDER BY round", [item_id]))


def agenda(db: Database, meeting_id: int) -> list[AgendaRow]:
    """The meeting's agenda in order, each item with its status."""
    out = []
    for row in db.query(
        "SELECT a.id, a.position, a.request_id, a.status, r.reference, r.employer_name, d.outcome "
        "FROM agenda_items a JOIN requests r ON r.id = a.request_id "
        "LEFT JOIN decisions d ON d.item_id = a.id WHERE a.meeting_id = ? ORDER BY a.position",
        [meeting_id],
    ):
        status, voted, entitled = row["status"], 0, 0
        if status == ItemStatus.PENDING:
            motion = latest_motion(db, row["id"])
            if motion is not None and motion["status"] == MotionStatus.OPEN:
                status = "voting"
                voted = len(voters(db, motion["id"]))
                entitled = len(item_state(db, row["id"]).entitled)
            elif motion is not None and motion["status"] == MotionStatus.REVEALED:
                status = "not_adopted"
        out.append(
            AgendaRow(
                row["id"],
                row["position"],
                row["request_id"],
                row["reference"],
                row["employer_name"],
                status,
                row["outcome"],
                voted,
                entitled,
            )
        )
    return out


def recusals(db: Database, item_id: int) -> dict[str, str]:
    """Member id → reason, for the item's recusals."""
    return {r[0]: r[1] or "" for r in db.execute("SELECT member_id, reason FROM recusals WHERE item_id = ?", [item_id])}


def item_context(db: Database, item_id: int, config: BoardConfig, catalogue: Catalogue) -> ItemContext:
    """Everything shown about an item before its reveal: the request, gates, technical score, quorum, motion."""
    row = dict(next(iter(db.query("SELECT * FROM agenda_items WHERE id = ?", [item_id]))))
    # No member scores here: they are part of the sealed ballot until the reveal.
    sealed = assess_item(db, item_id, sealed=True, config=config, catalogue=catalogue)
    frozen = in_force(db, int(row["meeting_id"]), config)
    return ItemContext(
        row, sealed.request, sealed.result, sealed.attestations, sealed.state, latest_motion(db, item_id), frozen,
        recusals(db, item_id),
    )  # fmt: skip


def own_scores(db: Database, item_id: int, member_id: str) -> tuple[dict[str, int], dict[str, str]]:
    """One member's own score sheet for an item (shown only in their unlocked pane)."""
    points: dict[str, int] = {}
    comments: dict[str, str] = {}
    for code, value, comment in db.execute(
        "SELECT criterion, points, comment FROM scores WHERE item_id = ? AND member_id = ?", [item_id, member_id]
    ):
        points[code] = value
        if comment:
            comments[code] = comment
    return points, comments


def decision(db: Database, item_id: int) -> dict[str, Any] | None:
    """The item's decision row, or None."""
    rows = list(db.query("SELECT * FROM decisions WHERE item_id = ?", [item_id]))
    return rows[0] if rows else None


def tally_of(motion: dict[str, Any]) -> dict[str, dict[str, int]]:
    """A revealed motion's tally, with all three constituencies."""
    tally = json.loads(motion["tally"] or "{}")
    return {c.value: {v: int(tally.get(c.value, {}).get(v, 0)) for v in ("for", "against", "abstain")}
            for c in Constituency}  # fmt: skip


def dissents(db: Database, item_id: int) -> list[dict[str, Any]]:
    """The item's dissents in filing order."""
    return list(db.query("SELECT * FROM dissents WHERE item_id = ? ORDER BY filed_at, id", [item_id]))


def pending_requests(db: Database, text: str = "", limit: int = 500) -> tuple[list[dict[str, Any]], int]:
    """Requests that can go on an agenda (pending or deferred), filtered by a plain text, and their count.

    Args:
        db: the connection.
        text: words to find in the reference, employer, job title or region (case-insensitive).
        limit: the most rows returned; the count says how many match in all.
    """
    where = "status IN ('pending', 'deferred')"
    params: list[Any] = []
    for word in text.split():
        where += " AND (reference LIKE ? OR employer_name LIKE ? OR job_title LIKE ? OR region LIKE ?)"
        params += [f"%{word}%"] * 4
    total = db.execute(f"SELECT count(*) FROM requests WHERE {where}", params).fetchone()[0]
    rows = list(
        db.query(
            "SELECT id, reference, employer_name, occupation_isco, job_title, region, workers_requested, status "
            f"FROM requests WHERE {where} ORDER BY reference LIMIT ?",
            [*params, limit],
        )
    )
    return rows, int(total)


def attendance(db: Database, meeting_id: int) -> list[dict[str, Any]]:
    """The meeting's attendance rows in board order, with each member's name, constituency and role."""
    return list(
        db.query(
            "SELECT a.member_id, m.name, m.constituency, m.role, m.active, m.alternate_of, a.present, a.apologies, "
            "a.arrived_at, a.departed_at FROM attendance a JOIN members m ON m.id = a.member_id "
            "WHERE a.meeting_id = ? ORDER BY m.rowid",
            [meeting_id],
        )
    )
