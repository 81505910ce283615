"""assess_item: one item's assessment from the store, sealed before the reveal, whole after it."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from tests.helpers import open_session, unlock
from tripartite import assessment, board, criteria_toml, gates, scoring
from tripartite.gates import GateStatus
from tripartite.item_assessment import assess_item, item_attestations, meeting_catalogue
from tripartite.meetings import agenda, attendance, errors
from tripartite.models import Constituency


@pytest.fixture
def item(sample_db: Database) -> int:
    """REQ-2026-0015 on an open meeting everyone attends; uni3 recused; G6 attested; three sheets scored."""
    _, item_id = open_session(sample_db)
    agenda.recuse(sample_db, item_id, "uni3", "works for the employer", unlock(sample_db, "gov1"))
    agenda.attest(sample_db, item_id, "G6", True, unlock(sample_db, "gov1"))
    for member, points in (("gov1", 20), ("emp1", 10), ("uni1", 0), ("uni3", 20)):
        sheet = {"P2": points, "P5": points}
        scoring.save_scores(sample_db, item_id, member, sheet, None, unlock(sample_db, member))
    return item_id


def test_the_item_is_assessed_with_its_attestations_scores_and_recusals(sample_db: Database, item: int) -> None:
    assessed = assess_item(sample_db, item)
    assert assessed.request["reference"] == "REQ-2026-0015"
    assert assessed.attestations == {"G6": True} == item_attestations(sample_db, item)
    assert next(g for g in assessed.result.gates if g.code == "G6").status is GateStatus.PASSED
    assert set(assessed.scores) == {"gov1", "emp1", "uni1", "uni3"}
    assert assessed.state.recused == ["uni3"]
    agg = assessed.result.aggregate
    assert agg is not None and "uni3" not in agg.member_totals  # a recused member's sheet does not count
    assert set(agg.constituency_scores) == set(Constituency)
    assert not assessed.sealed


def test_it_is_the_same_assessment_as_the_engine_given_the_items_inputs(sample_db: Database, item: int) -> None:
    config = board.read_board(sample_db)
    assert config is not None
    state = agenda.item_state(sample_db, item, config)
    request = next(iter(sample_db.query("SELECT * FROM requests WHERE id = ?", [state.request_id])))
    expected = assessment.assess(
        request,
        meeting_catalogue(sample_db, state.meeting_id),
        gates.BoardContext.of(config),
        attestations={"G6": True},
        scores=scoring.item_scores(sample_db, item),
        members=attendance.constituencies_by_member(config),
        present=state.present,
        recused=state.recused,
    )
    assert assess_item(sample_db, item).result == expected
    assert assess_item(sample_db, item, config=config, catalogue=criteria_toml.for_board(sample_db)).result == expected


def test_a_sealed_assessment_reads_no_member_score(sample_db: Database, item: int) -> None:
    sealed = assess_item(sample_db, item, sealed=True)
    assert sealed.sealed and sealed.scores == {}
    assert sealed.result.aggregate is None
    assert sealed.result.score == sealed.result.technical_score
    assert sealed.attestations == {"G6": True}


def test_the_meetings_frozen_catalogue_is_used(sample_db: Database, item: int) -> None:
    state = agenda.item_state(sample_db, item)
    frozen = meeting_catalogue(sample_db, state.meeting_id)
    version = sample_db.execute("SELECT criteria_version FROM meetings WHERE id = ?", [state.meeting_id]).fetchone()[0]
    assert frozen.version == version
    assert assess_item(sample_db, item).catalogue == frozen


def test_no_such_item_is_a_procedure_error(sample_db: Database) -> None:
    with pytest.raises(errors.ProcedureError):
        assess_item(sample_db, 999)


def test_an_empty_database_has_no_board(db: Database) -> None:
    with pytest.raises(errors.ProcedureError) as refused:
        assess_item(db, 1)
    assert refused.value.code == "no_board"
