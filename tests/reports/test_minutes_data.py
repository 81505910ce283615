"""The minutes as data (DESIGN §5): every section, the decisions, tallies and dissents, named and secret ballots."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlite_utils import Database

from tests.helpers import officers, set_pins, unlock
from tripartite import board_settings
from tripartite.authority import operator
from tripartite.criteria import Family
from tripartite.gates import GateStatus
from tripartite.meetings import agenda, attendance, ballots, lifecycle, motions
from tripartite.meetings.errors import MinutesError
from tripartite.meetings.evidence import EVIDENCE_FORMAT
from tripartite.meetings.minutes import build_minutes
from tripartite.meetings.minutes_data import Minutes, NonVoter
from tripartite.models import (
    Authority,
    BallotMode,
    ConditionKind,
    Constituency,
    DecisionRule,
    MeetingStatus,
    Outcome,
    Quorum,
    Role,
    Vote,
)

from .conftest import build_db, closed_at

G, E, U = Constituency.GOVERNMENT, Constituency.EMPLOYER, Constituency.UNION


def _minutes(db: Database, meeting_id: int, hours: float = 1) -> Minutes:
    return build_minutes(db, meeting_id, at=closed_at(db, meeting_id) + dt.timedelta(hours=hours))


def test_header_attendance_quorum_and_rules(recorded: tuple[Database, int]) -> None:
    db, meeting_id = recorded
    m = _minutes(db, meeting_id)
    h = m.header
    assert h.board_name.startswith("Comisión Laboral Tripartita")
    assert h.authority is Authority.DECIDES
    assert h.legal_basis == "Real Decreto 1155/2024, Reglamento de Extranjería, art. 65"
    assert (h.title, h.date) == ("Sesión ordinaria 11/2026", "2026-11-20")
    assert h.place and "sala 3" in h.place
    assert h.opened_at and h.closed_at and h.status is MeetingStatus.CLOSED and h.amends is None

    groups = {g.constituency: g.members for g in m.attendance}
    assert [a.member_id for a in groups[G]] == ["gov1", "gov2", "gov3", "sec1"]
    chair = groups[G][0]
    assert chair.role is Role.CHAIR and chair.present and chair.holds_seat
    secretary = groups[G][3]
    assert secretary.role is Role.SECRETARY and secretary.present and not secretary.holds_seat
    alternate = next(a for a in groups[E] if a.member_id == "emp4")
    assert alternate.alternate_of == "emp1" and alternate.alternate_of_name == "José Antonio Fernández Úbeda"
    assert not alternate.present
    assert [a.member_id for a in m.apologies] == ["uni3"]

    q = m.opening_quorum
    assert (q.met, q.seats, q.required, q.present, q.groups_missing) == (True, 9, 5, 8, ())

    r = m.rules
    assert r.decision_rule is DecisionRule.GROUP_MAJORITY and r.groups_required == 2
    assert r.ballot is BallotMode.NAMED and not r.casting_vote and r.consensus_fallback is None
    stored = db.execute("SELECT criteria_version FROM meetings WHERE id = ?", [meeting_id]).fetchone()[0]
    assert r.criteria_version == stored and r.pass_mark == 50
    assert [s.role for s in m.signatories] == ["chair", "secretary", "government", "employer", "union"]
    assert m.signatories[0].name == "María Dolores Sánchez Ortega"
    assert m.signatories[2].name is None and m.signatories[2].constituency is G


def test_recusals_and_per_item_quorum(recorded: tuple[Database, int]) -> None:
    m = _minutes(*recorded)
    assert [(r.item_position, r.reference, r.member_id) for r in m.recusals] == [(2, "REQ-2026-0015", "emp2")]
    assert m.recusals[0].reason == "Su asociación empresarial representa a la solicitante."
    second = m.items[1]
    assert second.quorum.present == 7 and second.quorum.met and "emp2" not in second.entitled
    assert [i.quorum.present for i in m.items] == [8, 7, 8, 8]


def test_each_decision_with_its_conditions(recorded: tuple[Database, int]) -> None:
    m = _minutes(*recorded)
    assert [i.request.reference for i in m.items] == [
        "REQ-2026-0001",
        "REQ-2026-0015",
        "REQ-2026-0003",
        "REQ-2026-0005",
    ]
    outcomes = [(i.decision.outcome, i.decision.workers, i.decision.motion_round) for i in m.items if i.decision]
    assert outcomes == [
        (Outcome.APPROVE, 12, 1),
        (Outcome.APPROVE_WITH_CONDITIONS, 3, 1),
        (Outcome.REJECT, 0, 1),
        (Outcome.DEFER, 0, 2),
    ]
    conditions = m.items[1].decision.conditions
    assert [c.kind for c in conditions] == [
        ConditionKind.TRAINING,
        ConditionKind.HOUSING_STANDARD,
        ConditionKind.REPORTING,
    ]
    assert conditions[0].params == {"locals": 2, "hours": 40} and conditions[0].due == "2027-06-30"
    assert conditions[2].params == {"frequency": "quarterly"} and conditions[2].due is None
    assert m.items[1].decision.rule is DecisionRule.GROUP_MAJORITY
    assert m.items[1].decision.quorum.required == 5


def test_gates_scores_and_sensitivity_are_data(recorded: tuple[Database, int]) -> None:
    m = _minutes(*recorded)
    rejected = m.items[2]
    g1 = rejected.gates[0]
    assert (g1.code, g1.status, g1.reason) == ("G1", GateStatus.FAILED, "wage 1,480 < prevailing 1,610")
    assert rejected.scores.recommendation is Outcome.REJECT and rejected.scores.recommendation_reason == "gate_failed"
    first = m.items[0].scores
    assert first.board_score == pytest.approx(89.13, abs=0.01)
    assert first.constituency_scores[U] == pytest.approx(72.83, abs=0.01)
    assert first.divergence == pytest.approx(27.17, abs=0.01) and first.split
    assert set(first.family_scores) == {G, E, U}
    assert set(first.family_scores[G]) == set(Family)
    assert first.technical_score is not None and first.robust is not None
    assert first.score_comments[0].member_id == "uni1" and first.score_comments[0].criterion == "I1"
    assert first.member_totals["emp1"] == pytest.approx(100)


def test_tallies_named_votes_and_explanations(recorded: tuple[Database, int]) -> None:
    db, meeting_id = recorded
    m = _minutes(db, meeting_id)
    second = m.items[1].motions[0]
    tally = {t.constituency: (t.votes_for, t.against, t.abstain) for t in second.tally}
    assert tally == {G: (2, 0, 1), E: (2, 0, 0), U: (0, 2, 0)}
    votes = {v.member_id: v.vote for v in second.votes}
    assert votes == {
        "gov1": Vote.FOR,
        "gov2": Vote.FOR,
        "gov3": Vote.ABSTAIN,
        "emp1": Vote.FOR,
        "emp3": Vote.FOR,
        "uni1": Vote.AGAINST,
        "uni2": Vote.AGAINST,
    }
    # The named votes come from the engine's revealed ballots, never from the table directly.
    motion_id = db.execute("SELECT id FROM motions WHERE item_id = ? AND round = 1", [m.items[1].item_id]).fetchone()[0]
    assert [(b.member_id, b.vote) for b in ballots.revealed_ballots(db, motion_id)] == [
        (v.member_id, v.vote) for v in second.votes
    ]
    assert [(r, v.member_id, v.comment) for r, v in m.items[1].explanations] == [
        (1, "uni1", "Sin plan de formación ni vivienda: las condiciones llegan tarde."),
        (1, "uni2", "Por las mismas razones que mi compañera Rocío Jiménez Cañete."),
    ]
    fourth = m.items[3]
    assert [(mo.round, mo.outcome, mo.adopted) for mo in fourth.motions] == [
        (1, Outcome.APPROVE, False),
        (2, Outcome.DEFER, True),
    ]


def test_dissents_and_the_48_hour_window(recorded: tuple[Database, int]) -> None:
    db, meeting_id = recorded
    early = _minutes(db, meeting_id, hours=1)
    dissent = early.items[1].dissents[0]
    assert (dissent.member_id, dissent.constituency) == ("uni1", U)
    assert dissent.text.startswith("La representación sindical formula voto particular")
    assert early.dissent_window.open
    assert dt.datetime.fromisoformat(early.dissent_window.closes_at) == closed_at(db, meeting_id) + dt.timedelta(
        hours=48
    )
    late = _minutes(db, meeting_id, hours=49)
    assert not late.dissent_window.open


def test_evidence_annex_data_agrees_with_the_sections(recorded: tuple[Database, int]) -> None:
    db, meeting_id = recorded
    m = _minutes(db, meeting_id)
    ev = m.evidence
    assert ev["format"] == EVIDENCE_FORMAT
    assert ev["audit_head"] == m.audit_head == db.execute("SELECT hash FROM events ORDER BY seq DESC").fetchone()[0]
    assert ev["criteria_version"] == m.rules.criteria_version
    assert ev["rules"] == json.loads(db.execute("SELECT rules FROM meetings WHERE id = ?", [meeting_id]).fetchone()[0])
    assert ev["items"][1]["motions"][0]["tally"] == {
        "government": {"for": 2, "against": 0, "abstain": 1},
        "employer": {"for": 2, "against": 0, "abstain": 0},
        "union": {"for": 0, "against": 2, "abstain": 0},
    }
    json.dumps(ev)  # plain JSON


def test_the_same_moment_gives_the_same_minutes(recorded: tuple[Database, int]) -> None:
    db, meeting_id = recorded
    at = closed_at(db, meeting_id) + dt.timedelta(hours=2)
    assert build_minutes(db, meeting_id, at=at) == build_minutes(db, meeting_id, at=at)


def test_secret_ballot_minutes_carry_tallies_only(tmp_path: Path) -> None:
    db, meeting_id = build_db(tmp_path / "secret.db", board={'ballot = "named"': 'ballot = "secret"'})
    m = _minutes(db, meeting_id)
    assert m.rules.ballot is BallotMode.SECRET
    for item in m.items:
        assert item.explanations == ()
        assert item.scores.member_totals == {} and item.scores.score_comments == ()
        for motion in item.motions:
            assert motion.votes is None
            assert {t.constituency for t in motion.tally} == {G, E, U}
    tally = {t.constituency: (t.votes_for, t.against, t.abstain) for t in m.items[1].motions[0].tally}
    assert tally == {G: (2, 0, 1), E: (2, 0, 0), U: (0, 2, 0)}
    assert "ballots" not in json.dumps(m.evidence)
    db.close()


def test_an_advisory_board_issues_opinions(tmp_path: Path) -> None:
    db, meeting_id = build_db(tmp_path / "adv.db", board={'authority = "decides"': 'authority = "advises"'})
    assert _minutes(db, meeting_id).header.authority is Authority.ADVISES
    db.close()


def test_an_item_without_quorum_is_minuted_as_such(tmp_path: Path) -> None:
    votes = 'gov1 = "for", gov2 = "for", gov3 = "for", emp1 = "for", emp2 = "abstain", emp3 = "for", '
    db, meeting_id = build_db(
        tmp_path / "nq.db",
        meeting={
            'request = "REQ-2026-0003"': 'request = "REQ-2026-0003"\nrecused = ["emp1", "emp2", "emp3"]',
            votes: 'gov1 = "for", gov2 = "for", gov3 = "for", ',
        },
    )
    item = _minutes(db, meeting_id).items[2]
    assert item.note == "no_quorum" and item.decision is None and item.motions == ()
    assert not item.quorum.met and item.quorum.groups_missing == (E,)
    db.close()


def test_unknown_meeting_and_amending_unsigned_minutes_are_refused(recorded: tuple[Database, int]) -> None:
    db, meeting_id = recorded
    with pytest.raises(MinutesError) as refused:
        build_minutes(db, 99)
    assert (refused.value.code, refused.value.params) == ("no_meeting", {"meeting": 99})
    assert not lifecycle.is_locked(db, meeting_id)
    with pytest.raises(MinutesError) as refused:
        lifecycle.create_amendment(db, meeting_id, operator(db))
    assert (refused.value.code, refused.value.params) == ("not_signed_yet", {"meeting": meeting_id})


# ---------------------------------------------------------------------- the rules frozen with the meeting

# The board's settings after the meeting: secret ballots, every group must agree, a looser quorum and a
# voting secretary. None of it may reach back into a meeting held before.
LATER_RULES = {"ballot": "secret", "groups_required": 3, "quorum": "half", "secretary_votes": True}


def test_an_old_meetings_minutes_keep_the_rules_it_was_held_under(recorded: tuple[Database, int]) -> None:
    db, meeting_id = recorded
    before = _minutes(db, meeting_id)
    set_pins(db)
    assert board_settings.save_rules(db, LATER_RULES, officers(db))
    after = _minutes(db, meeting_id)

    assert after.rules == before.rules
    assert after.rules.ballot is BallotMode.NAMED and after.rules.groups_required == 2
    # Named votes, members' totals and score comments stay minuted by name.
    second = after.items[1].motions[0]
    assert second.votes is not None and {v.member_id for v in second.votes} == {
        "gov1", "gov2", "gov3", "emp1", "emp3", "uni1", "uni2"
    }  # fmt: skip
    assert after.items[1].explanations == before.items[1].explanations
    assert after.items[0].scores.member_totals == before.items[0].scores.member_totals != {}
    assert after.items[0].scores.score_comments == before.items[0].scores.score_comments != ()
    # The secretary did not vote then: 9 seats, not 10; and the quorum rule is the one in force then.
    assert after.opening_quorum == before.opening_quorum
    assert (after.opening_quorum.seats, after.opening_quorum.rule) == (9, Quorum.HALF_AND_EACH_GROUP)
    secretary = next(a for g in after.attendance for a in g.members if a.role is Role.SECRETARY)
    assert not secretary.holds_seat
    assert [i.quorum for i in after.items] == [i.quorum for i in before.items]
    # The evidence is the same but for the audit head, which the settings change moved on.
    moved = {"audit_head": None, "audit_seq": None}
    assert {**after.evidence, **moved} == {**before.evidence, **moved}


# ------------------------------------------------------------------------------------ who did not vote

ITEM2_VOTES = (
    'votes = { gov1 = "for", gov2 = "for", gov3 = "abstain", emp1 = "for", emp3 = "for", uni1 = "against", '
    'uni2 = "against" }'
)


def test_the_entitled_members_who_did_not_vote_are_named(tmp_path: Path) -> None:
    db, meeting_id = build_db(tmp_path / "nv.db", meeting={ITEM2_VOTES: ITEM2_VOTES.replace('gov3 = "abstain", ', "")})
    m = _minutes(db, meeting_id)
    motion = m.items[1].motions[0]
    assert motion.did_not_vote == (NonVoter("gov3", "Begoña Etxeberria Aranguren", G),)
    assert motion.did_not_vote_count == 1
    # Recused members were not entitled: emp2 is not a non-voter on item 2.
    assert "emp2" not in {v.member_id for v in motion.did_not_vote}
    for item in (m.items[0], m.items[2], m.items[3]):
        assert all(mo.did_not_vote == () and mo.did_not_vote_count == 0 for mo in item.motions)
    assert m.evidence["items"][1]["motions"][0]["did_not_vote"] == ["gov3"]
    db.close()


def test_secret_ballots_name_who_did_not_vote_but_not_how_anyone_voted(tmp_path: Path) -> None:
    db, _ = build_db(tmp_path / "secret-nv.db", board={'ballot = "named"': 'ballot = "secret"'})
    voters = ["gov1", "gov2", "gov3", "emp1", "emp2", "emp3", "uni1", "uni2"]
    set_pins(db)
    meeting_id = lifecycle.create_meeting(db, "Session 12/2026", "2026-12-04", "Sala 3", unlock(db, "sec1"))
    chair = unlock(db, "gov1")
    for member in [*voters, "sec1"]:
        attendance.set_attendance(db, meeting_id, member, True, auth=chair)
    lifecycle.open_meeting(db, meeting_id, chair)
    request = db.execute("SELECT id FROM requests WHERE reference = 'REQ-2026-0002'").fetchone()[0]
    item = agenda.add_item(db, meeting_id, request, unlock(db, "sec1"))
    motion = motions.propose(db, item, Outcome.REJECT, auth=chair)
    motions.open_vote(db, motion, chair)
    for member in voters:
        if member not in ("gov2", "uni2"):
            ballots.cast(db, motion, member, Vote.FOR, None, unlock(db, member))
    ballots.reveal(db, motion, unlock(db, "gov1"), force=True)
    m = build_minutes(db, meeting_id)
    only = m.items[0].motions[0]
    assert only.votes is None
    assert [(v.member_id, v.constituency) for v in only.did_not_vote] == [("gov2", G), ("uni2", U)]
    assert only.did_not_vote_count == 2
    db.close()


def test_a_secret_ballot_recorded_from_its_tally_counts_non_voters_it_cannot_name(tmp_path: Path) -> None:
    db, meeting_id = build_db(
        tmp_path / "secret-rec.db",
        board={'ballot = "named"': 'ballot = "secret"'},
        meeting={ITEM2_VOTES: ITEM2_VOTES.replace('gov3 = "abstain", ', "")},
    )
    motion = _minutes(db, meeting_id).items[1].motions[0]
    assert motion.did_not_vote is None and motion.did_not_vote_count == 1
    db.close()


def test_each_item_carries_its_recusals_with_reasons(recorded: tuple[Database, int]) -> None:
    m = _minutes(*recorded)
    assert [(r.member_id, r.reason) for r in m.items[1].recusals] == [
        ("emp2", "Su asociación empresarial representa a la solicitante.")
    ]
    assert all(i.recusals == () for i in (m.items[0], m.items[2], m.items[3]))
