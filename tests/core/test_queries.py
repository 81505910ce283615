"""The core's read functions the faces use instead of SQL: the room's read model, histories, names, pages."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from tests.helpers import open_session, set_pins, unlock
from tripartite import audit_log, names, register, request_history, room_model, roster, store, stored_minutes
from tripartite.meetings import agenda, ballots, dissents, errors, lookup, motions
from tripartite.models import Outcome, Vote

VOTERS = ["gov1", "gov2", "gov3", "emp1", "emp2", "emp3", "uni1", "uni2", "uni3"]


@pytest.fixture
def decided(sample_db: Database) -> tuple[Database, int, int, int]:
    """REQ-2026-0015 decided (approve, 4 workers) at an open meeting, with a recusal, an attestation, a dissent."""
    meeting_id, item = open_session(sample_db)
    agenda.recuse(sample_db, item, "uni3", "works for the employer", unlock(sample_db, "gov1"))
    agenda.attest(sample_db, item, "G6", True, unlock(sample_db, "gov1"))
    motion = motions.propose(sample_db, item, Outcome.APPROVE, 4, None, auth=unlock(sample_db, "gov1"))
    motions.open_vote(sample_db, motion, unlock(sample_db, "gov1"))
    for member in VOTERS[:8]:
        ballots.cast(sample_db, motion, member, Vote.FOR, None, unlock(sample_db, member))
    ballots.reveal(sample_db, motion, unlock(sample_db, "gov1"))
    dissents.file_dissent(sample_db, item, "uni1", "We dissent.", unlock(sample_db, "uni1"))
    rid = sample_db.execute("SELECT request_id FROM agenda_items WHERE id = ?", [item]).fetchone()[0]
    return sample_db, meeting_id, item, rid


def test_the_room_reads_a_meeting_its_agenda_and_a_decided_item(decided: tuple[Database, int, int, int]) -> None:
    db, meeting_id, item, rid = decided
    [listed] = room_model.meetings(db)
    assert (listed["id"], listed["title"], listed["items"]) == (meeting_id, "Session 12/2026", 1)
    opened = room_model.OpenMeeting(meeting_id, "Session 12/2026", "2026-12-04", "open")
    assert room_model.open_meetings(db) == [opened]
    [row] = room_model.agenda(db, meeting_id)
    assert (row.item_id, row.request_id, row.reference, row.status, row.outcome) == (
        item, rid, "REQ-2026-0015", "decided", "approve"
    )  # fmt: skip
    assert room_model.open_votes(db) == 0
    assert room_model.recusals(db, item) == {"uni3": "works for the employer"}
    [motion] = room_model.motions(db, item)
    assert room_model.latest_motion(db, item) == motion
    assert room_model.tally_of(motion)["government"] == {"for": 3, "against": 0, "abstain": 0}
    decision = room_model.decision(db, item)
    assert decision is not None and decision["outcome"] == "approve"
    assert [d["text"] for d in room_model.dissents(db, item)] == ["We dissent."]
    attendance = room_model.attendance(db, meeting_id)
    assert [a["member_id"] for a in attendance] == list(names.member_names(db))  # every member, in board order
    assert sorted(a["member_id"] for a in attendance if a["present"]) == sorted([*VOTERS, "sec1"])


def test_the_items_context_is_sealed_technical_data(decided: tuple[Database, int, int, int]) -> None:
    db, meeting_id, item, _ = decided
    config = room_model.board(db)
    ctx = room_model.item_context(db, item, config, room_model.assess_item(db, item).catalogue)
    assert ctx.assessment.aggregate is None  # no member score before the reveal, whatever is stored
    assert ctx.attestations == {"G6": True}
    assert ctx.recusals == {"uni3": "works for the employer"}
    assert ctx.in_force.procedure == lookup.frozen_rules(db, meeting_id)[0]


def test_pending_requests_are_filtered_and_counted(sample_db: Database) -> None:
    rows, total = room_model.pending_requests(sample_db, "", 5)
    assert len(rows) == 5 and total >= 5
    assert all(r["status"] in ("pending", "deferred") for r in rows)
    assert room_model.pending_requests(sample_db, "no-such-word-anywhere") == ([], 0)


def test_a_database_without_a_board_is_refused_by_code(db: Database) -> None:
    with pytest.raises(errors.ProcedureError) as refused:
        room_model.board(db)
    assert refused.value.code == "no_board"
    assert not store.has_board(db)


def test_the_request_history_reads_status_changes_and_public_events(decided: tuple[Database, int, int, int]) -> None:
    db, meeting_id, _, rid = decided
    events = request_history.request_history(db, rid)
    kinds = [e.kind for e in events]
    assert kinds[0] == request_history.REGISTERED
    assert {"agenda.item_added", "item.recusal", "item.attested", "motion.proposed", "decision.recorded",
            "dissent.filed", request_history.STATUS} <= set(kinds)  # fmt: skip
    assert not any(k.startswith("ballot") for k in kinds)  # never a sealed ballot
    added = next(e for e in events if e.kind == "agenda.item_added")
    assert added.meeting_id == meeting_id
    recusal = next(e for e in events if e.kind == "item.recusal")
    assert (recusal.member_id, recusal.text) == ("uni3", "works for the employer")
    assert next(e for e in events if e.kind == "item.attested").answer is True
    assert next(e for e in events if e.kind == "decision.recorded").outcome == "approve"
    assert next(e for e in events if e.kind == "dissent.filed").text == "We dissent."
    on_agenda = next(e for e in events if e.kind == request_history.STATUS and e.new_status == "on_agenda")
    assert (on_agenda.note_kind, on_agenda.meeting_id) == (request_history.NOTE_MEETING, meeting_id)
    assert [e.at for e in events] == sorted(e.at for e in events)
    assert request_history.request_history(db, 999_999) == []


def test_names_for_ids(decided: tuple[Database, int, int, int]) -> None:
    db, meeting_id, item, rid = decided
    members = names.member_names(db)
    assert list(members)[:3] == ["gov1", "gov2", "gov3"]  # board order
    assert names.member_name(db, "gov1") == members["gov1"] and names.member_name(db, "nobody") is None
    assert names.meeting_titles(db)[meeting_id] == names.MeetingTitle("Session 12/2026", "2026-12-04")
    assert names.request_references(db)[rid] == "REQ-2026-0015"
    assert names.item_references(db) == {item: "REQ-2026-0015"}
    assert list(names.motion_refs(db).values()) == [names.MotionRef(1, item)]
    assert names.minutes_meetings(db) == {}


def test_the_roster_never_reads_the_pin_hash(sample_db: Database) -> None:
    set_pins(sample_db, ["gov1"])
    listed = roster.roster(sample_db)
    assert [m.id for m in listed] == [r[0] for r in sample_db.execute("SELECT id FROM members ORDER BY rowid")]
    by_id = {m.id: m for m in listed}
    assert by_id["gov1"].has_pin and not by_id["gov2"].has_pin
    assert not hasattr(by_id["gov1"], "pin_hash")
    sample_db.execute("UPDATE members SET active = 0 WHERE id = 'gov3'")
    assert "gov3" not in {m.id for m in roster.roster(sample_db, active_only=True)}


def test_audit_log_pages_filter_and_go_back(decided: tuple[Database, int, int, int]) -> None:
    db, *_ = decided
    newest = audit_log.events_page(db, audit_log.EventQuery(), limit=5)
    assert len(newest) == 5 and [e.seq for e in newest] == sorted((e.seq for e in newest), reverse=True)
    older = audit_log.events_page(db, audit_log.EventQuery(), before=newest[-1].seq, limit=5)
    assert older and older[0].seq < newest[-1].seq
    motions = audit_log.events_page(db, audit_log.EventQuery(prefixes=("motion.",)))
    assert motions and all(e.action.startswith("motion.") for e in motions)
    by_uni1 = audit_log.events_page(db, audit_log.EventQuery(member="uni1"))
    assert by_uni1 and all("uni1" in e.actor for e in by_uni1)
    dissent = audit_log.events_page(db, audit_log.EventQuery(text="We dissent"))
    assert [e.action for e in dissent] == ["dissent.filed"]
    assert audit_log.events_page(db, audit_log.EventQuery(since="2999-01-01")) == []


def test_stored_minutes_and_their_signatures(decided: tuple[Database, int, int, int]) -> None:
    db, meeting_id, *_ = decided
    assert stored_minutes.stored_minutes(db, 1) is None
    db["minutes"].insert({"id": 1, "meeting_id": meeting_id, "pdf": b"%PDF-", "created_at": "2026-12-04T13:00:00"})
    stored = stored_minutes.stored_minutes(db, 1)
    assert stored == stored_minutes.StoredMinutes(1, meeting_id, "Session 12/2026", False, b"%PDF-")
    assert not stored_minutes.signing_started(db, 1) and stored_minutes.signatures(db, 1) == []
    db["signatures"].insert({"minutes_id": 1, "role": "chair", "signer": "A. Chair", "signed_at": None})
    assert stored_minutes.signing_started(db, 1)
    assert stored_minutes.signatures(db, 1) == [stored_minutes.Signature("chair", "A. Chair", None)]


def test_request_rows_by_id(sample_db: Database) -> None:
    ids = [r[0] for r in sample_db.execute("SELECT id FROM requests ORDER BY id LIMIT 3")]
    rows = register.requests_by_id(sample_db, [*ids, 999_999])
    assert sorted(rows) == ids and rows[ids[0]] == register.request(sample_db, ids[0])
    assert register.request(sample_db, 999_999) is None and register.requests_by_id(sample_db, []) == {}


def test_a_read_snapshot_writes_nothing(sample_db: Database) -> None:
    with store.read_snapshot(sample_db):
        assert sample_db.conn.in_transaction
        count = sample_db.execute("SELECT count(*) FROM requests").fetchone()[0]
    assert not sample_db.conn.in_transaction
    assert count == sample_db.execute("SELECT count(*) FROM requests").fetchone()[0]
    assert store.has_board(sample_db)
