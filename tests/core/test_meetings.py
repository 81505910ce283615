"""The meeting engine: sealed ballots, chair authority, the reveal, rounds, decisions and dissents."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlite_utils import Database

from tests.helpers import VOTERS, officers, open_session, set_pins, unlock
from tripartite import audit_check, board_settings, pins
from tripartite.authority import NotAuthorised
from tripartite.meetings import agenda, attendance, ballots, dissents, lifecycle, motions
from tripartite.meetings.errors import ProcedureError, Sealed
from tripartite.models import Outcome, Vote


@pytest.fixture
def session(sample_db: Database) -> tuple[Database, int, int]:
    """An open meeting with everyone present and REQ-2026-0015 (4 workers requested) on the agenda."""
    meeting_id, item = open_session(sample_db)
    return sample_db, meeting_id, item


def propose(db: Database, item: int, outcome: Outcome, workers: int | None = None, conditions=None) -> int:
    return motions.propose(db, item, outcome, workers, conditions, auth=unlock(db, "gov1"))


def vote_all(db: Database, motion: int, votes: dict[str, Vote]) -> None:
    for member, vote in votes.items():
        ballots.cast(db, motion, member, vote, f"{member} explains", unlock(db, member))


def test_ballots_stay_sealed_until_the_reveal(session: tuple[Database, int, int]) -> None:
    db, _, item = session
    motion = propose(db, item, Outcome.APPROVE, 4)
    motions.open_vote(db, motion, unlock(db, "gov1"))
    ballots.cast(db, motion, "uni1", Vote.AGAINST, "Wage too low", unlock(db, "uni1"))
    with pytest.raises(Sealed):
        ballots.revealed_ballots(db, motion)
    assert ballots.voters(db, motion) == ["uni1"]  # who has voted, and nothing else
    cast_event = db.execute("SELECT payload FROM events WHERE action = 'ballot.cast'").fetchone()[0]
    assert "against" not in cast_event and "Wage" not in cast_event
    vote_all(db, motion, {m: Vote.FOR for m in VOTERS if m != "uni1"})
    result = ballots.reveal(db, motion, unlock(db, "gov1"))
    assert result.adopted  # government and employers for: 2 of 3 blocks
    revealed = {b.member_id: (b.vote, b.comment) for b in ballots.revealed_ballots(db, motion)}
    assert revealed["uni1"] == (Vote.AGAINST, "Wage too low")
    with pytest.raises(ProcedureError) as refused:
        ballots.cast(db, motion, "uni1", Vote.FOR, None, unlock(db, "uni1"))  # frozen after the reveal
    assert refused.value.code == "vote_not_open"


def test_only_the_member_casts_their_ballot_once(session: tuple[Database, int, int]) -> None:
    db, _, item = session
    motion = propose(db, item, Outcome.APPROVE, 2)
    motions.open_vote(db, motion, unlock(db, "gov1"))
    with pytest.raises(NotAuthorised) as refused:
        ballots.cast(db, motion, "emp1", Vote.FOR, None, unlock(db, "gov2"))
    assert refused.value.code == "not_yours"
    ballots.cast(db, motion, "emp1", Vote.FOR, None, unlock(db, "emp1"))
    with pytest.raises(ProcedureError) as refused:
        ballots.cast(db, motion, "emp1", Vote.AGAINST, None, unlock(db, "emp1"))
    assert (refused.value.code, refused.value.params) == ("already_voted", {"member": "emp1"})
    with pytest.raises(ProcedureError) as refused:
        ballots.cast(db, motion, "sec1", Vote.FOR, None, unlock(db, "sec1"))
    assert (refused.value.code, refused.value.params) == ("not_entitled", {"member": "sec1"})


def test_chair_actions_need_the_chairs_pin(session: tuple[Database, int, int]) -> None:
    db, _, item = session
    motion = propose(db, item, Outcome.REJECT)
    with pytest.raises(NotAuthorised) as refused:
        motions.open_vote(db, motion, unlock(db, "gov2"))
    assert refused.value.code == "needs_chair"
    with pytest.raises(pins.WrongPin):
        motions.open_vote(db, motion, pins.verify(db, "gov1", "999999"))
    motions.open_vote(db, motion, unlock(db, "gov1"))
    ballots.cast(db, motion, "emp1", Vote.FOR, None, unlock(db, "emp1"))
    with pytest.raises(ProcedureError) as refused:
        ballots.reveal(db, motion, unlock(db, "gov1"))
    assert refused.value.code == "votes_missing"
    with pytest.raises(NotAuthorised) as refused:
        ballots.reveal(db, motion, unlock(db, "emp1"), force=True)
    assert refused.value.code == "needs_chair"
    result = ballots.reveal(db, motion, unlock(db, "gov1"), force=True)  # the chair closes the vote
    assert not result.adopted and result.tally["employer"]["for"] == 1


def test_a_second_round_decides_after_the_first_fails(session: tuple[Database, int, int]) -> None:
    db, _, item = session
    first = propose(db, item, Outcome.APPROVE, 4)
    motions.open_vote(db, first, unlock(db, "gov1"))
    vote_all(db, first, {m: (Vote.FOR if m.startswith("emp") else Vote.AGAINST) for m in VOTERS})
    assert not ballots.reveal(db, first, unlock(db, "gov1")).adopted
    conditions = [{"kind": "training", "locals": 2, "due": "2027-06-30"}, {"kind": "quota", "workers": 2}]
    second = propose(db, item, Outcome.APPROVE_WITH_CONDITIONS, 2, conditions)
    motions.open_vote(db, second, unlock(db, "gov1"))
    vote_all(db, second, {m: (Vote.AGAINST if m.startswith("uni") else Vote.FOR) for m in VOTERS})
    assert ballots.reveal(db, second, unlock(db, "gov1")).adopted
    (decision,) = db.query("SELECT * FROM decisions WHERE item_id = ?", [item])
    assert (decision["motion_id"], decision["outcome"], decision["workers"]) == (second, "approve_with_conditions", 2)
    assert motions.motion_conditions(db, second)[0] == {"kind": "training", "locals": 2, "due": "2027-06-30"}
    status = db.execute("SELECT status FROM requests WHERE reference = 'REQ-2026-0015'").fetchone()[0]
    assert status == "decided"
    with pytest.raises(ProcedureError) as refused:
        propose(db, item, Outcome.REJECT)
    assert refused.value.code == "item_closed"
    assert audit_check.verify(db).ok


def test_workers_and_conditions_are_checked(session: tuple[Database, int, int]) -> None:
    db, _, item = session
    with pytest.raises(ProcedureError) as refused:
        propose(db, item, Outcome.APPROVE, 5)
    assert (refused.value.code, refused.value.params) == ("bad_workers", {"requested": 4})
    with pytest.raises(ProcedureError) as refused:
        propose(db, item, Outcome.APPROVE_WITH_CONDITIONS, 4, [{"kind": "wage_floor", "amount": -1}])
    assert (refused.value.code, refused.value.params) == (
        "bad_condition",
        {"kind": "wage_floor", "key": "amount", "problem": "not_positive", "value": -1},
    )
    with pytest.raises(ProcedureError) as refused:
        propose(db, item, Outcome.APPROVE_WITH_CONDITIONS, 4, [{"kind": "free_lunch"}])
    assert refused.value.code == "bad_condition"


def test_recusal_can_break_quorum(session: tuple[Database, int, int]) -> None:
    db, meeting_id, item = session
    for member in ("uni2", "uni3"):
        attendance.set_attendance(db, meeting_id, member, False, apologies=True, auth=unlock(db, "gov1"))
    agenda.recuse(db, item, "uni1", "Works for the applicant's subcontractor", unlock(db, "gov1"))
    state = agenda.item_state(db, item)
    assert not state.quorum.met and [g.value for g in state.quorum.groups_missing] == ["union"]
    motion = propose(db, item, Outcome.APPROVE, 4)
    with pytest.raises(ProcedureError) as refused:
        motions.open_vote(db, motion, unlock(db, "gov1"))
    assert refused.value.code == "no_quorum"


def test_dissents_within_48_hours(session: tuple[Database, int, int], monkeypatch: pytest.MonkeyPatch) -> None:
    db, meeting_id, item = session
    motion = propose(db, item, Outcome.APPROVE, 4)
    motions.open_vote(db, motion, unlock(db, "gov1"))
    vote_all(db, motion, {m: (Vote.AGAINST if m.startswith("uni") else Vote.FOR) for m in VOTERS})
    ballots.reveal(db, motion, unlock(db, "gov1"))
    closed = dt.datetime(2026, 12, 4, 13, 0, tzinfo=dt.UTC)
    lifecycle.close_meeting(db, meeting_id, unlock(db, "gov1"), at=closed.isoformat())
    assert dissents.dissent_window(db, meeting_id, closed + dt.timedelta(hours=47)) == (
        True,
        closed + dt.timedelta(hours=48),
    )
    monkeypatch.setattr(dissents, "_now", lambda: closed + dt.timedelta(hours=47))
    with pytest.raises(NotAuthorised) as refused:
        dissents.file_dissent(db, item, "uni1", "In their name.", unlock(db, "sec1"))
    assert refused.value.code == "not_yours"
    dissents.file_dissent(db, item, "uni1", "We dissent.", unlock(db, "uni1"))
    monkeypatch.setattr(dissents, "_now", lambda: closed + dt.timedelta(hours=49))
    with pytest.raises(ProcedureError) as refused:
        dissents.file_dissent(db, item, "uni2", "Too late.", unlock(db, "uni2"))
    assert refused.value.code == "dissent_closed"
    assert db["dissents"].count == 1


def test_secret_ballots_are_never_exposed(session: tuple[Database, int, int]) -> None:
    db, _, _ = session
    board_settings.save_rules(db, {"ballot": "secret"}, officers(db))  # its next meeting votes in secret
    meeting_id = lifecycle.create_meeting(db, "Secret session", "2026-12-11", None, unlock(db, "sec1"))
    for member in VOTERS:
        attendance.set_attendance(db, meeting_id, member, True, auth=unlock(db, "gov1"))
    request = db.execute("SELECT id FROM requests WHERE reference = 'REQ-2026-0016'").fetchone()[0]
    item = agenda.add_item(db, meeting_id, request, unlock(db, "sec1"))
    motion = propose(db, item, Outcome.APPROVE, 4)
    motions.open_vote(db, motion, unlock(db, "gov1"))
    vote_all(db, motion, dict.fromkeys(VOTERS, Vote.FOR))
    result = ballots.reveal(db, motion, unlock(db, "gov1"))
    assert result.adopted and result.tally["union"]["for"] == 3
    with pytest.raises(Sealed):
        ballots.revealed_ballots(db, motion)
    revealed = db.execute("SELECT payload FROM events WHERE action = 'motion.revealed'").fetchone()[0]
    assert '"ballots"' not in revealed and "explains" not in revealed


def test_a_refused_vote_leaves_no_stray_motion(session: tuple[Database, int, int]) -> None:
    db, meeting_id, item = session
    for member in ("uni1", "uni2", "uni3"):
        attendance.set_attendance(db, meeting_id, member, False, auth=unlock(db, "gov1"))
    with pytest.raises(ProcedureError) as refused:
        motions.open_motion(db, item, Outcome.APPROVE, 4, [], unlock(db, "gov1"))
    assert refused.value.code == "no_quorum"
    assert db["motions"].count == 0
    for member in ("uni1", "uni2", "uni3"):
        attendance.set_attendance(db, meeting_id, member, True, auth=unlock(db, "gov1"))
    motion = motions.open_motion(db, item, Outcome.APPROVE, 4, [], unlock(db, "gov1"))
    assert db["motions"].get(motion)["status"] == "open"


def test_the_rules_in_force_are_those_frozen_with_the_meeting(session: tuple[Database, int, int]) -> None:
    db, _, item = session
    motion = motions.open_motion(db, item, Outcome.APPROVE, 4, [], unlock(db, "gov1"))
    vote_all(db, motion, {m: (Vote.FOR if m.startswith("emp") else Vote.AGAINST) for m in VOTERS})
    # The board changes its settings mid-meeting: the meeting keeps its own rules and ballot mode.
    board_settings.save_rules(db, {"decision_rule": "consensus", "ballot": "secret"}, officers(db))
    result = ballots.reveal(db, motion, unlock(db, "gov1"))
    assert result.rule.value == "group_majority" and not result.adopted
    assert len(ballots.revealed_ballots(db, motion)) == 9  # still a named vote


def test_an_attestation_can_be_taken_back_before_the_vote(session: tuple[Database, int, int]) -> None:
    db, _, item = session
    with pytest.raises(NotAuthorised) as refused:
        agenda.attest(db, item, "G6", False, unlock(db, "sec1"))
    assert refused.value.code == "needs_chair"
    agenda.attest(db, item, "G6", False, unlock(db, "gov1"))
    agenda.clear_attestation(db, item, "G6", unlock(db, "gov1"))
    assert db["attestations"].count == 0
    actors = {r[0] for r in db.execute("SELECT actor FROM events WHERE action LIKE 'item.attest%'")}
    assert actors == {"gov1"}, "the events name the chair, not a generic secretary"


def test_a_stand_in_presides_when_named_at_the_opening(sample_db: Database) -> None:
    set_pins(sample_db)
    meeting_id = lifecycle.create_meeting(sample_db, "Session", "2026-12-05", None, unlock(sample_db, "sec1"))
    for member in ["gov2", "gov3", "emp1", "emp2", "uni1", "uni2", "sec1"]:
        attendance.set_attendance(sample_db, meeting_id, member, True, auth=unlock(sample_db, "gov1"))
    with pytest.raises(NotAuthorised) as refused:
        lifecycle.open_meeting(sample_db, meeting_id, unlock(sample_db, "gov2"), presiding="gov2")
    assert refused.value.code == "stand_in_needs_pins"
    from tripartite.authority import joint

    lifecycle.open_meeting(
        sample_db, meeting_id, joint(unlock(sample_db, "gov2"), unlock(sample_db, "sec1")), presiding="gov2"
    )
    request = sample_db.execute("SELECT id FROM requests WHERE reference = 'REQ-2026-0015'").fetchone()[0]
    item = agenda.add_item(sample_db, meeting_id, request, unlock(sample_db, "sec1"))
    with pytest.raises(NotAuthorised) as refused:
        motions.open_motion(sample_db, item, Outcome.REJECT, 0, [], unlock(sample_db, "gov1"))
    assert refused.value.code == "needs_chair"
    motion = motions.open_motion(sample_db, item, Outcome.REJECT, 0, [], unlock(sample_db, "gov2"))
    assert sample_db["motions"].get(motion)["status"] == "open"
    (actor,) = sample_db.execute("SELECT actor FROM events WHERE action = 'vote.opened'").fetchone()
    assert actor == "gov2"


def test_a_stand_in_named_before_the_opening_takes_the_attendance_and_opens(sample_db: Database) -> None:
    # The chair is away: the secretary and the member who will preside name the stand-in, who then does
    # everything the chair would, from the attendance on.
    from tripartite.authority import joint

    set_pins(sample_db)
    meeting_id = lifecycle.create_meeting(sample_db, "Session", "2026-12-05", None, unlock(sample_db, "sec1"))
    with pytest.raises(NotAuthorised) as refused:
        attendance.name_stand_in(sample_db, meeting_id, "gov2", unlock(sample_db, "gov2"))
    assert refused.value.code == "stand_in_needs_pins"
    with pytest.raises(ProcedureError) as refused:
        attendance.name_stand_in(
            sample_db, meeting_id, "sec1", joint(unlock(sample_db, "sec1"), unlock(sample_db, "gov1"))
        )
    assert (refused.value.code, refused.value.params) == ("stand_in_not_member", {"member": "sec1"})
    attendance.name_stand_in(sample_db, meeting_id, "gov2", joint(unlock(sample_db, "gov2"), unlock(sample_db, "sec1")))
    with pytest.raises(NotAuthorised) as refused:
        attendance.set_attendance(sample_db, meeting_id, "gov3", True, auth=unlock(sample_db, "gov1"))
    assert refused.value.code == "needs_chair"
    with pytest.raises(ProcedureError) as refused:
        lifecycle.open_meeting(sample_db, meeting_id, unlock(sample_db, "gov2"))
    assert (refused.value.code, refused.value.params) == ("stand_in_absent", {"member": "gov2"})
    for member in ["gov2", "gov3", "emp1", "emp2", "uni1", "uni2", "sec1"]:
        attendance.set_attendance(sample_db, meeting_id, member, True, auth=unlock(sample_db, "gov2"))
    lifecycle.open_meeting(sample_db, meeting_id, unlock(sample_db, "gov2"))
    events = list(sample_db.query("SELECT action, actor, payload FROM events WHERE action LIKE 'meeting.%'"))
    named = next(e for e in events if e["action"] == "meeting.stand_in")
    opened = next(e for e in events if e["action"] == "meeting.opened")
    assert set(named["actor"].split("+")) == {"gov2", "sec1"}
    assert json.loads(opened["payload"])["presiding"] == "gov2" and opened["actor"] == "gov2"
    with pytest.raises(ProcedureError):  # once open, who presides is settled
        attendance.name_stand_in(sample_db, meeting_id, None, unlock(sample_db, "sec1"))


def test_the_secretary_gives_a_draft_meeting_back_to_the_chair(sample_db: Database) -> None:
    from tripartite.authority import joint, presiding

    set_pins(sample_db)
    meeting_id = lifecycle.create_meeting(sample_db, "Session", "2026-12-05", None, unlock(sample_db, "sec1"))
    attendance.name_stand_in(sample_db, meeting_id, "emp1", joint(unlock(sample_db, "emp1"), unlock(sample_db, "sec1")))
    assert presiding(sample_db, meeting_id) == "emp1"
    attendance.name_stand_in(sample_db, meeting_id, None, unlock(sample_db, "sec1"))
    assert presiding(sample_db, meeting_id) == "gov1"
    attendance.set_attendance(sample_db, meeting_id, "gov3", True, auth=unlock(sample_db, "gov1"))
