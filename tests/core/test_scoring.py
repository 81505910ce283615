"""Member score sheets: validation, the comment rule, storage per member and item."""

from __future__ import annotations

import json

import pytest
from sqlite_utils import Database

from tests.helpers import set_pins, unlock
from tripartite import aggregation, assessment, audit_check, scoring
from tripartite.board import read_board
from tripartite.criteria_toml import load_catalogue
from tripartite.gates import BoardContext
from tripartite.meetings import agenda, lifecycle
from tripartite.models import Constituency


@pytest.fixture
def item(sample_db: Database) -> int:
    """An agenda item for REQ-2026-0015 on a draft meeting, everyone with a PIN."""
    set_pins(sample_db)
    secretary = unlock(sample_db, "sec1")
    meeting_id = lifecycle.create_meeting(sample_db, "Test session", "2026-11-20", None, secretary)
    request = sample_db.execute("SELECT id FROM requests WHERE reference = 'REQ-2026-0015'").fetchone()[0]
    return agenda.add_item(sample_db, meeting_id, request, secretary)


def technical(db: Database) -> dict[str, int | None]:
    (row,) = db.query("SELECT * FROM requests WHERE reference = 'REQ-2026-0015'")
    return assessment.technical_points(row, load_catalogue(), BoardContext.of(read_board(db)))


def test_a_departure_from_the_technical_score_needs_a_comment(sample_db: Database) -> None:
    catalogue = load_catalogue()
    tech = technical(sample_db)
    assert tech["I1"] == 10 and tech["P2"] is None
    sheet = {"I1": 20, "P2": 10, "S2": tech["S2"]}
    problems = scoring.check_scores(sheet, {}, tech, catalogue)
    assert problems == [scoring.ScoreProblem("I1", "comment_required", 20)]
    assert scoring.check_scores(sheet, {"I1": "Sector agreement pays more."}, tech, catalogue) == []
    assert scoring.check_scores(sheet, {}, tech, catalogue, require_comments=False) == []


def test_points_and_codes_are_checked() -> None:
    catalogue = load_catalogue()
    problems = scoring.check_scores({"P1": 15, "X9": 10, "P2": True}, {}, {}, catalogue)
    assert [(p.criterion, p.code) for p in problems] == [
        ("P1", "bad_points"),
        ("X9", "unknown_criterion"),
        ("P2", "bad_points"),
    ]


def test_scores_are_stored_per_member_and_item_and_feed_the_aggregate(sample_db: Database, item: int) -> None:
    scoring.save_scores(
        sample_db, item, "gov1", {"P1": 10, "I1": 10}, {"P1": "On the list soon."}, unlock(sample_db, "gov1")
    )
    scoring.save_scores(sample_db, item, "uni1", {"P1": 0, "I1": 0}, None, unlock(sample_db, "uni1"))
    scoring.save_scores(sample_db, item, "gov1", {"P1": 20, "I1": 10}, None, unlock(sample_db, "gov1"))  # replaces
    sheets = scoring.item_scores(sample_db, item)
    assert sheets == {"gov1": {"I1": 10, "P1": 20}, "uni1": {"I1": 0, "P1": 0}}
    members = {m["id"]: Constituency(m["constituency"]) for m in sample_db.query("SELECT * FROM members")}
    agg = aggregation.aggregate(sheets, members, load_catalogue().weights)
    assert agg.constituency_scores == {Constituency.GOVERNMENT: 75.0, Constituency.UNION: 0.0}
    assert agg.missing == [Constituency.EMPLOYER]
    assert audit_check.verify(sample_db).ok
    payloads = [json.loads(r[0]) for r in sample_db.execute("SELECT payload FROM events WHERE action = 'scores.saved'")]
    # The event names the criteria scored; the points are committed only as the rows' digests.
    words = [json.dumps({k: v for k, v in p.items() if k != "rows"}) for p in payloads]
    assert all('"points"' not in w and "20" not in w for w in words), "events never carry private points"


def test_only_the_member_scores_their_own_sheet(sample_db: Database, item: int) -> None:
    from tripartite.authority import NotAuthorised

    with pytest.raises(NotAuthorised) as refused:
        scoring.save_scores(sample_db, item, "uni1", {"P1": 0}, None, unlock(sample_db, "gov1"))
    assert refused.value.code == "not_yours"
    assert scoring.item_scores(sample_db, item) == {}


def test_the_fast_weight_search_scores_as_aggregate_does() -> None:
    """The critical-weight search uses a linear shortcut; it must agree with the full aggregation."""
    import random

    from tripartite.sensitivity import _one_weight_scorer

    rng = random.Random(4)
    catalogue = load_catalogue()
    weights = catalogue.weights
    groups = list(Constituency)
    for _ in range(50):
        members = {f"m{i}": rng.choice(groups) for i in range(rng.randint(1, 8))}
        scores = {
            m: {c: rng.choice([0, 10, 20]) for c in rng.sample(list(weights), rng.randint(1, 17))} for m in members
        }
        fast = _one_weight_scorer([(members[m], scores[m]) for m in members], weights)
        code = rng.choice(list(weights))
        new_weight = rng.randint(0, 60)
        full = aggregation.aggregate(scores, members, {**weights, code: new_weight}).board_score
        quick = fast(code, new_weight)
        assert (full is None and quick is None) or quick == pytest.approx(full)
