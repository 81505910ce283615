"""A request's history: its registration, its status changes and the public audit events about it.

The events' payloads are the core's own shapes (``audit.append`` callers write them); they are read
here and handed to the faces as typed :class:`HistoryEvent` values, so no face parses a payload or
matches JSON in SQL. Only public events are read: nothing about a sealed ballot (``ballot.cast``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from sqlite_utils import Database

REGISTERED = "registered"
STATUS = "status"
# Audit actions about one agenda item that anyone may read in a dossier (never a ballot's).
ITEM_ACTIONS = ("item.recusal", "item.attested", "item.no_quorum", "motion.proposed", "decision.recorded",
                "dissent.filed")  # fmt: skip
# The notes the core writes on a status change (``request_history.note``): codes with an id or an outcome.
NOTE_MEETING = "meeting"
NOTE_NOT_DECIDED = "not decided at meeting"
NOTE_DECISION = "decision:"


@dataclass(frozen=True)
class HistoryEvent:
    """One thing that happened to a request, as data (the faces word it).

    Attributes:
        at: ISO 8601 time (UTC).
        kind: :data:`REGISTERED`, :data:`STATUS`, ``request.created``, ``request.edited``,
            ``agenda.item_added`` or one of :data:`ITEM_ACTIONS`.
        actor: the audit actor (a member id, two joined by ``+``, or a face such as ``cli``), if any.
        old_status: a status change's previous status (None for the first).
        new_status: a status change's new status.
        note: a status change's note that is not one of the known codes, as stored.
        note_kind: :data:`NOTE_MEETING`, :data:`NOTE_NOT_DECIDED` or :data:`NOTE_DECISION`, when the note is one.
        meeting_id: the meeting a note or an event names.
        member_id: the member an event names (a recusal, a dissent).
        gate: an attested gate's code.
        answer: an attestation's answer.
        outcome: a motion's, a decision's or a decision note's outcome code.
        conditions: the condition kinds of a motion or a decision.
        text: a recusal's reason or a dissent's text.
        changed: the fields an edit changed.
    """

    at: str
    kind: str
    actor: str | None = None
    old_status: str | None = None
    new_status: str | None = None
    note: str = ""
    note_kind: str | None = None
    meeting_id: int | None = None
    member_id: str | None = None
    gate: str | None = None
    answer: bool | None = None
    outcome: str | None = None
    conditions: tuple[str, ...] = ()
    text: str = ""
    changed: tuple[str, ...] = ()


def request_history(db: Database, request_id: int) -> list[HistoryEvent]:
    """The request's registration, status changes and public events about it or its items, in time order.

    Args:
        db: the database.
        request_id: the request.

    Returns:
        The events, oldest first (same-second events keep the order they were written in); empty if
        there is no such request.
    """
    request = db.execute("SELECT reference, created_at FROM requests WHERE id = ?", [request_id]).fetchone()
    if request is None:
        return []
    reference, created_at = request
    entries = [HistoryEvent(created_at or "", REGISTERED)]
    for at, old, new, actor, note in db.execute(
        "SELECT at, from_status, to_status, actor, note FROM request_history WHERE request_id = ? ORDER BY id",
        [request_id],
    ):
        entries.append(_status_change(at, old, new, actor, note or ""))
    items = [r[0] for r in db.execute("SELECT id FROM agenda_items WHERE request_id = ?", [request_id])]
    marks = ", ".join("?" for _ in ITEM_ACTIONS)
    item_marks = ", ".join("?" for _ in items) or "NULL"
    # request.created/edited name the request by id, agenda.item_added by reference (their payloads' shapes).
    sql = (
        "SELECT at, actor, action, payload FROM events WHERE "
        "(action IN ('request.created', 'request.edited') AND json_extract(payload, '$.request') = ?) "
        "OR (action = 'agenda.item_added' AND json_extract(payload, '$.request') = ?) "
        f"OR (action IN ({marks}) AND json_extract(payload, '$.item') IN ({item_marks})) ORDER BY seq"
    )
    for at, actor, action, payload in db.execute(sql, [request_id, reference, *ITEM_ACTIONS, *items]):
        entries.append(_event(at, actor, action, json.loads(payload)))
    entries.sort(key=lambda e: e.at)  # stable: same-second entries keep their order
    return entries


def _status_change(at: str, old: str | None, new: str, actor: str | None, note: str) -> HistoryEvent:
    """A ``request_history`` row, its note (``meeting 3``, ``not decided at meeting 3``, ``decision: approve``) read."""
    change = HistoryEvent(at, STATUS, actor or None, old or None, new)
    for prefix in (NOTE_NOT_DECIDED, NOTE_MEETING):
        number = note.removeprefix(prefix + " ")
        if note.startswith(prefix + " ") and number.isdigit():
            return replace(change, note_kind=prefix, meeting_id=int(number))
    if note.startswith(NOTE_DECISION + " "):
        return replace(change, note_kind=NOTE_DECISION, outcome=note.removeprefix(NOTE_DECISION + " "))
    return replace(change, note=note)


def _event(at: str, actor: str | None, action: str, data: dict[str, Any]) -> HistoryEvent:
    """An audit event about the request, its payload read into fields."""
    meeting = data.get("meeting")
    meeting_id = (
        int(meeting) if meeting is not None and (isinstance(meeting, int) or str(meeting).isdigit()) else None
    )
    return HistoryEvent(
        at,
        action,
        actor or None,
        meeting_id=meeting_id,
        member_id=str(data["member"]) if data.get("member") is not None else None,
        gate=str(data["gate"]) if "gate" in data else None,
        answer=bool(data["answer"]) if "answer" in data else None,
        outcome=str(data["outcome"]) if data.get("outcome") else None,
        conditions=tuple(str(c.get("kind", "")) for c in data.get("conditions", []) or []),
        text=str(data.get("text") or data.get("reason") or ""),
        changed=tuple(str(f) for f in data.get("changed", []) or []),
    )
