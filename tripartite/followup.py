"""The conditions follow-up register: one record per condition of an adopted decision (DESIGN §11).

A record is ``pending`` until the secretary files the employer's evidence (``evidence_submitted``) and
then finds it sufficient (``verified``) or not (``breached``); a condition not met may also be found
breached while still pending. ``waived`` is set only by a board decision on a review (a later slice).
*Overdue* is never stored: a record is overdue at a date when it is pending and due before it.

Records are written by :func:`create_for_decision` in the transaction that records the decision
(:mod:`tripartite.meetings.ballots`), so a live meeting and a recorded one alike leave them, audited
by the decision's own event; migration ``m007`` writes them for decisions adopted before it.

Due dates (DESIGN §13.1): a condition's own ``due``, else the decision's date plus the board's
``followup_default_days``. A ``reporting`` condition of frequency F recurs: one record due at the
decision date + 1·F, 2·F, … while on or before the decision's validity end (its date plus the
request's ``duration_months``, or the months of its ``max_duration`` condition); when not even one
period fits, one record is due on the validity end. Months are added calendar-wise, each from the
decision date, so 31 January plus one month is 28 (or 29) February, and plus two is 31 March.

Evidence files are stored in the database (bytes, name, SHA-256, when filed, a note); the event of
each filing carries every file's SHA-256, and the audit log's digest of the evidence row covers the
bytes, so ``audit verify`` catches a changed follow-up row and a changed evidence file alike.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlite_utils import Database

from tripartite import audit
from tripartite.authority import Act, Auth, require
from tripartite.clock import now
from tripartite.errors import Refusal
from tripartite.models import ConditionKind, Outcome

DEFAULT_DAYS = 180  # a board's followup_default_days when it sets none (DESIGN §13.1)
PERIOD_MONTHS = {"monthly": 1, "quarterly": 3, "half_yearly": 6, "yearly": 12}  # conditions.FREQUENCIES


class State(StrEnum):
    """Where a follow-up record stands (DESIGN §11)."""

    PENDING = "pending"
    EVIDENCE_SUBMITTED = "evidence_submitted"
    VERIFIED = "verified"
    BREACHED = "breached"
    WAIVED = "waived"


# What each write may start from.
_FILE_FROM = (State.PENDING, State.EVIDENCE_SUBMITTED)
_VERIFY_FROM = {
    State.VERIFIED: (State.EVIDENCE_SUBMITTED,),
    State.BREACHED: (State.PENDING, State.EVIDENCE_SUBMITTED),
}


class FollowupRefused(Refusal):
    """A follow-up write the register does not allow; codes in :data:`tripartite.refusals.REFUSALS`."""


@dataclass(frozen=True)
class Planned:
    """A record to write for one condition (one per period for a recurring ``reporting`` condition).

    Attributes:
        condition_id: the condition of the adopted motion.
        period: 1, 2, … for a recurring condition, None for a one-off.
        kind: the condition's kind.
        terms: its parameters (and its verification note, when it has one).
        due_on: ISO date.
    """

    condition_id: int
    period: int | None
    kind: ConditionKind
    terms: dict[str, Any]
    due_on: str


@dataclass(frozen=True)
class Followup:
    """One record of the register, as listed.

    Attributes:
        id: its number.
        request: the request's reference.
        employer: the request's employer (its name).
        meeting_id: the meeting that decided it.
        item_id: the agenda item decided.
        condition_id: the condition it follows.
        period: 1, 2, … for a recurring condition, None for a one-off.
        kind: the condition's kind.
        terms: the condition's parameters.
        due_on: ISO date.
        state: where it stands.
        note: the secretary's note on the finding (verified or breached), if any.
        overdue: pending and due before the as-of date of the listing.
        evidence: how many files are filed.
    """

    id: int
    request: str
    employer: str
    meeting_id: int
    item_id: int
    condition_id: int
    period: int | None
    kind: ConditionKind
    terms: dict[str, Any]
    due_on: str
    state: State
    note: str | None
    overdue: bool
    evidence: int


@dataclass(frozen=True)
class EvidenceFile:
    """A file of evidence to file: its name (without folders) and its bytes."""

    name: str
    data: bytes


@dataclass(frozen=True)
class Evidence:
    """A file of evidence as stored.

    Attributes:
        id: its number.
        followup_id: the record it is filed for.
        name: the file's name.
        sha256: of its bytes, hex.
        size: in bytes.
        filed_at: UTC ISO 8601.
        note: the note filed with it, if any.
    """

    id: int
    followup_id: int
    name: str
    sha256: str
    size: int
    filed_at: str
    note: str | None


# ------------------------------------------------------------------------------------------- planning


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole calendar months, the day clamped to the month's last (31 Jan + 1 = 28/29 Feb)."""
    total = day.year * 12 + (day.month - 1) + months
    year, month = divmod(total, 12)
    month += 1
    next_first = dt.date(year + month // 12, month % 12 + 1, 1)
    return dt.date(year, month, min(day.day, (next_first - dt.timedelta(days=1)).day))


def valid_until(decided_on: dt.date, duration_months: int, conditions: Iterable[Mapping[str, Any]]) -> dt.date:
    """The end of a decision's validity: its date plus its ``max_duration`` condition's months, else the request's."""
    months = duration_months
    for condition in conditions:
        if condition["kind"] == ConditionKind.MAX_DURATION.value:
            months = int(condition["months"])
    return add_months(decided_on, months)


def plan(
    decided_on: dt.date,
    duration_months: int,
    default_days: int,
    conditions: Sequence[Mapping[str, Any]],
) -> list[Planned]:
    """The records a decision's conditions make, in condition order, periods in order.

    Args:
        decided_on: the decision's date (its meeting's date).
        duration_months: the request's duration.
        default_days: the board's ``followup_default_days``.
        conditions: each ``{"id", "kind", parameters…, "due"?, "verification"?}`` as stored.
    """
    until = valid_until(decided_on, duration_months, conditions)
    out: list[Planned] = []
    for condition in conditions:
        kind = ConditionKind(condition["kind"])
        terms = {k: v for k, v in condition.items() if k not in ("id", "kind", "due")}
        if kind is ConditionKind.REPORTING:
            step = PERIOD_MONTHS[str(condition["frequency"])]
            dues: list[dt.date] = []
            while (due := add_months(decided_on, step * (len(dues) + 1))) <= until:
                dues.append(due)
            for period, due in enumerate(dues or [until], start=1):
                out.append(Planned(int(condition["id"]), period, kind, terms, due.isoformat()))
            continue
        own = condition.get("due")
        due = dt.date.fromisoformat(own) if own else decided_on + dt.timedelta(days=default_days)
        out.append(Planned(int(condition["id"]), None, kind, terms, due.isoformat()))
    return out


def default_days(db: Database) -> int:
    """The board's ``followup_default_days`` (a board stored before the setting existed has the default)."""
    row = db.execute("SELECT followup_default_days FROM board WHERE id = 1").fetchone()
    return int(row[0]) if row and row[0] is not None else DEFAULT_DAYS


def create_for_decision(db: Database, item_id: int) -> list[int]:
    """Write the follow-up records of an item's decision; call it inside the decision's transaction.

    Nothing is written for a decision that approves nothing (reject, defer) or has no conditions. The
    caller's audit event vouches for the rows (the connection's capture notes them).

    Returns:
        The new records' ids, in order.
    """
    found = db.execute(
        "SELECT d.motion_id, d.outcome, ai.meeting_id, ai.request_id, m.date, r.duration_months "
        "FROM decisions d JOIN agenda_items ai ON ai.id = d.item_id JOIN meetings m ON m.id = ai.meeting_id "
        "JOIN requests r ON r.id = ai.request_id WHERE d.item_id = ?",
        [item_id],
    ).fetchone()
    if found is None:
        return []
    motion_id, outcome, meeting_id, request_id, date, duration = found
    if outcome not in (Outcome.APPROVE.value, Outcome.APPROVE_WITH_CONDITIONS.value):
        return []
    conditions = []
    for condition_id, kind, params, due, verification in db.execute(
        "SELECT id, kind, params, due_on, verification_note FROM conditions WHERE motion_id = ? ORDER BY position",
        [motion_id],
    ):
        condition: dict[str, Any] = {"id": condition_id, "kind": kind, **json.loads(params or "{}")}
        if due:
            condition["due"] = due
        if verification:
            condition["verification"] = verification
        conditions.append(condition)
    created = now()
    ids = []
    for record in plan(dt.date.fromisoformat(date), int(duration), default_days(db), conditions):
        cursor = db.conn.execute(
            "INSERT INTO followups (request_id, meeting_id, item_id, condition_id, period, kind, terms, due_on, "
            "state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                request_id,
                meeting_id,
                item_id,
                record.condition_id,
                record.period,
                record.kind.value,
                json.dumps(record.terms, sort_keys=True, ensure_ascii=False),
                record.due_on,
                State.PENDING.value,
                created,
            ],
        )
        assert cursor.lastrowid is not None, "an INSERT sets lastrowid"
        ids.append(cursor.lastrowid)
    return ids


# ------------------------------------------------------------------------------------------- reading

_SELECT = (
    "SELECT f.id, r.reference, f.meeting_id, f.item_id, f.condition_id, f.period, f.kind, f.terms, f.due_on, "
    "f.state, f.note, (SELECT count(*) FROM followup_evidence e WHERE e.followup_id = f.id), r.employer_name "
    "FROM followups f JOIN requests r ON r.id = f.request_id"
)


def _record(row: Sequence[Any], as_of: dt.date) -> Followup:
    state = State(row[9])
    return Followup(
        id=int(row[0]),
        request=str(row[1]),
        employer=str(row[12] or ""),
        meeting_id=int(row[2]),
        item_id=int(row[3]),
        condition_id=int(row[4]),
        period=row[5],
        kind=ConditionKind(row[6]),
        terms=json.loads(row[7]),
        due_on=str(row[8]),
        state=state,
        note=row[10],
        overdue=state is State.PENDING and dt.date.fromisoformat(row[8]) < as_of,
        evidence=int(row[11]),
    )


def listing(db: Database, as_of: dt.date, state: State | None = None) -> list[Followup]:
    """The register at a date, ordered by due date, then id.

    Args:
        db: the database.
        as_of: the date *overdue* is judged at (never compared with the clock here).
        state: only the records in this state.
    """
    where, params = ("WHERE f.state = ?", [state.value]) if state is not None else ("", [])
    rows = db.execute(f"{_SELECT} {where} ORDER BY f.due_on, f.id", params).fetchall()
    return [_record(r, as_of) for r in rows]


def overdue_count(db: Database, as_of: dt.date) -> int:
    """How many records are overdue at a date (pending, due before it): one count, for a face's start-up."""
    row = db.execute(
        "SELECT count(*) FROM followups WHERE state = ? AND due_on < ?", [State.PENDING.value, as_of.isoformat()]
    ).fetchone()
    return int(row[0])


def get(db: Database, followup_id: int, as_of: dt.date) -> Followup:
    """One record.

    Raises:
        FollowupRefused: ``no_followup``.
    """
    row = db.execute(f"{_SELECT} WHERE f.id = ?", [followup_id]).fetchone()
    if row is None:
        raise FollowupRefused("no_followup", followup=followup_id)
    return _record(row, as_of)


def evidence_of(db: Database, followup_id: int) -> list[Evidence]:
    """The files filed for a record, in the order filed."""
    return [
        Evidence(int(r[0]), int(r[1]), str(r[2]), str(r[3]), int(r[4]), str(r[5]), r[6])
        for r in db.execute(
            "SELECT id, followup_id, name, sha256, size, filed_at, note FROM followup_evidence "
            "WHERE followup_id = ? ORDER BY id",
            [followup_id],
        )
    ]


def evidence_data(db: Database, evidence_id: int) -> bytes:
    """The bytes of one filed file.

    Raises:
        FollowupRefused: ``not_found``.
    """
    row = db.execute("SELECT data FROM followup_evidence WHERE id = ?", [evidence_id]).fetchone()
    if row is None:
        raise FollowupRefused("not_found")
    return bytes(row[0])


# ------------------------------------------------------------------------------------------- writing


def _state(db: Database, followup_id: int) -> tuple[State, str]:
    """A record's state and its request's reference."""
    row = db.execute(
        "SELECT f.state, r.reference FROM followups f JOIN requests r ON r.id = f.request_id WHERE f.id = ?",
        [followup_id],
    ).fetchone()
    if row is None:
        raise FollowupRefused("no_followup", followup=followup_id)
    return State(row[0]), str(row[1])


def file_evidence(
    db: Database, followup_id: int, files: Sequence[EvidenceFile], note: str | None, auth: Auth
) -> list[Evidence]:
    """File the employer's evidence for a record (the secretary): it is then ``evidence_submitted``.

    Evidence may be added to a record whose evidence is already filed, until it is verified or breached.

    Args:
        db: the database.
        followup_id: the record.
        files: at least one file.
        note: the secretary's note on what was filed (blank is none).
        auth: the secretary's (or the chair's) authority, or the command line's.

    Returns:
        The files as stored.

    Raises:
        NotAuthorised: ``auth`` may not keep the register.
        FollowupRefused: ``no_followup``; ``followup_settled`` when the record is verified, breached or waived.
        ValueError: no file given (a face asks for one first).
    """
    if not files:
        raise ValueError("file_evidence needs at least one file")
    require(db, auth, Act.SECRETARIAT)
    note = (note or "").strip() or None
    with db.atomic():
        state, reference = _state(db, followup_id)
        if state not in _FILE_FROM:
            raise FollowupRefused("followup_settled", followup=followup_id, state=state)
        filed_at = now()
        ids = []
        for file in files:
            cursor = db.conn.execute(
                "INSERT INTO followup_evidence (followup_id, name, sha256, size, data, filed_at, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [followup_id, file.name, hashlib.sha256(file.data).hexdigest(), len(file.data), file.data,
                 filed_at, note],
            )  # fmt: skip
            assert cursor.lastrowid is not None, "an INSERT sets lastrowid"
            ids.append(cursor.lastrowid)
        db.execute(
            "UPDATE followups SET state = ? WHERE id = ?", [State.EVIDENCE_SUBMITTED.value, followup_id]
        )
        stored = [e for e in evidence_of(db, followup_id) if e.id in ids]
        audit.append(
            db,
            "followup.evidence_filed",
            {
                "followup": followup_id,
                "reference": reference,
                "from": state.value,
                "files": [{"id": e.id, "name": e.name, "sha256": e.sha256, "size": e.size} for e in stored],
                "note": note,
            },
            actor=auth.actor,
        )
    return stored


def verify(db: Database, followup_id: int, result: State, note: str, auth: Auth) -> None:
    """Record the secretariat's finding on a record: ``verified`` (evidence sufficient) or ``breached``.

    ``verified`` needs filed evidence; ``breached`` may be found from ``pending`` too (nothing came).

    Args:
        db: the database.
        followup_id: the record.
        result: :attr:`State.VERIFIED` or :attr:`State.BREACHED`.
        note: why, required.
        auth: the secretary's (or the chair's) authority, or the command line's.

    Raises:
        NotAuthorised: ``auth`` may not keep the register.
        FollowupRefused: ``no_followup``; ``followup_note_empty``; ``followup_settled`` when it is verified,
            breached or waived; ``followup_no_evidence`` for ``verified`` while still pending.
        ValueError: ``result`` is neither verified nor breached (a waiver is a board decision).
    """
    if result not in _VERIFY_FROM:
        raise ValueError(f"a finding is verified or breached, not {result}")
    require(db, auth, Act.SECRETARIAT)
    note = note.strip()
    with db.atomic():
        state, reference = _state(db, followup_id)
        if not note:
            raise FollowupRefused("followup_note_empty")
        if state not in _FILE_FROM:
            raise FollowupRefused("followup_settled", followup=followup_id, state=state)
        if state not in _VERIFY_FROM[result]:
            raise FollowupRefused("followup_no_evidence", followup=followup_id)
        db.execute(
            "UPDATE followups SET state = ?, note = ?, settled_at = ? WHERE id = ?",
            [result.value, note, now(), followup_id],
        )
        evidence = [e.sha256 for e in evidence_of(db, followup_id)]
        payload = {"followup": followup_id, "reference": reference, "from": state.value, "note": note,
                   "evidence": evidence}  # fmt: skip
        if result is State.VERIFIED:
            audit.append(db, "followup.verified", payload, actor=auth.actor)
        else:
            audit.append(db, "followup.breached", payload, actor=auth.actor)
