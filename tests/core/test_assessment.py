"""The assessment engine against DESIGN §3 and §8.4: worked examples, each calculated by hand.

Weights of the default catalogue (DESIGN §3), used throughout:
    P1 10  P2 5  P3 7  P4 8  P5 5     (productivity 35)
    I1 10  I2 5  I3 7  I4 6  I5 4  I6 3  (income distribution 35)
    S1 8   S2 6  S3 4  S4 5  S5 4  S6 3  (social integration 30)
    auto criteria: P1 P3 P4 I1 I3 I4 S1 S2, Σw = 10+7+8+10+7+6+8+6 = 62.

A score set's total = 100 × Σ w·p/20 / Σ w, over the criteria present in the set.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from tripartite import sample, store
from tripartite.aggregation import aggregate, score_total
from tripartite.assessment import assess, technical_points
from tripartite.board import load_board
from tripartite.criteria import Family
from tripartite.criteria_toml import load_catalogue
from tripartite.gates import BoardContext, GateResult, GateStatus, evaluate_gates
from tripartite.models import ConditionKind, Constituency, Outcome
from tripartite.recommendation import band, recommend
from tripartite.request_schema import NAMES
from tripartite.sensitivity import sensitivity

from ..conftest import ROOT

CAT = load_catalogue()
W = CAT.weights
AUTO = ("P1", "P3", "P4", "I1", "I3", "I4", "S1", "S2")
GOV, EMP, UNI = Constituency.GOVERNMENT, Constituency.EMPLOYER, Constituency.UNION

# 2221 (nursing professionals) and 7115 (carpenters) are on the test board's shortage list; 9211 is not.
CTX = BoardContext(shortage_list=frozenset({"2221", "7115"}))
CTX_CAP = BoardContext(shortage_list=frozenset({"2221", "7115"}), reliance_cap=0.10)

# A complete, neutral dossier: every gate passes and every auto criterion earns exactly 10 ("meets"):
#   P1 10: 9211 not on the list, advertised 30 ≥ 28 d and local_hired 0
#   P3 10: trainees 5 / N 10 = 0.5, > 0 and < 1
#   P4 10: jobs 2 / N 10 = 0.2, > 0 and < 0.5
#   I1 10: 2100 / 2000 = 1.05, ≥ 1.00 and < 1.20
#   I3 10: advertised 30 ≥ 28 d but on 1 channel (< 2), so "≥ 14 d" → 10
#   I4 10: (10 + 10) / (90 + 10) = 0.20, > 0.10 and ≤ 0.25
#   S1 10: 2 items
#   S2 10: housing provided, not inspected
# Technical score = 100 × (Σ w × 10/20) / 62 = 100 × 31 / 62 = 50.
NEUTRAL: dict[str, Any] = {
    "reference": "T-0001",
    "employer_name": "Explotaciones de Prueba S.L.",
    "employer_id": "B00000000",
    "sector_isic": "01",
    "occupation_isco": "9211",
    "job_title": "Peón agrícola",
    "region": "Andalucía",
    "workers_requested": 10,
    "duration_months": 12,
    "wage_offered": 2100.0,
    "prevailing_wage": 2000.0,
    "currency": "EUR",
    "origin_countries": "MA",
    "vacancy_advertised_days": 30,
    "recruitment_channels": 1,
    "local_applicants": 6,
    "local_hired": 0,
    "local_jobs_created": 2,
    "local_trainees": 5,
    "layoffs_last_12m": 0,
    "compliance_violations_3y": 0,
    "labour_dispute": 0,
    "housing_provided": 1,
    "housing_inspected": 0,
    "fees_charged_to_workers": 0.0,
    "integration_support": "language_course;orientation",
    "firm_employees": 90,
    "firm_foreign_employees": 10,
    "submitted_on": "2026-06-01",
    "notes": None,
}

# Overrides that lift every auto criterion to 20 ("exceeds"):
#   P1 20: 2221 on the shortage list        P3 20: trainees 10 / N 10 = 1.0 ≥ 1
#   P4 20: jobs 5 / N 10 = 0.5 ≥ 0.5         I1 20: 2400 / 2000 = 1.20 ≥ 1.20
#   I3 20: 30 ≥ 28 d on 2 channels          I4 20: (0 + 10) / (190 + 10) = 0.05 ≤ 0.10
#   S1 20: 4 items                          S2 20: provided and inspected
STRONG: dict[str, Any] = {
    "occupation_isco": "2221",
    "local_trainees": 10,
    "local_jobs_created": 5,
    "wage_offered": 2400.0,
    "recruitment_channels": 2,
    "firm_employees": 190,
    "firm_foreign_employees": 0,
    "integration_support": "language_course;orientation;health_info;family_support",
    "housing_inspected": 1,
}


def make_request(**overrides: Any) -> dict[str, Any]:
    """The neutral dossier with some fields changed (a typo in a field name fails loudly)."""
    unknown = set(overrides) - set(NAMES)
    assert not unknown, f"not request columns: {unknown}"
    request = {**NEUTRAL, **overrides}
    assert set(request) == set(NAMES)
    return request


def figures(reason: str) -> set[float]:
    """The numbers written in a gate's reason, thousands separators removed (1,850 → 1850.0)."""
    return {float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", reason)}


def gate(results: list[GateResult], code: str) -> GateResult:
    return next(g for g in results if g.code == code)


def tech(**points: int | None) -> dict[str, int | None]:
    """A technical point set over the auto criteria: the ones given, the others unknown."""
    return {code: points.get(code) for code in AUTO}


# ------------------------------------------------------------------------------ the neutral baseline


def test_the_neutral_dossier_meets_everything_and_scores_50():
    """Every auto criterion 10: Σ w·p/20 = 62 × 10/20 = 31; 100 × 31 / 62 = 50 → approve (50 ≥ 50)."""
    result = assess(make_request(), CAT, CTX)
    assert {c: result.technical_points[c] for c in AUTO} == dict.fromkeys(AUTO, 10)
    assert all(result.technical_points[c] is None for c in W if c not in AUTO)  # member judgement
    assert result.technical_score == pytest.approx(50.0)
    assert result.gates_failed == [] and result.gates_unknown == []
    assert result.recommendation.outcome is Outcome.APPROVE
    assert result.recommendation.reason == "score_approve"


# ----------------------------------------------------------------------- 1. strong request, unknowns


def test_strong_request_scores_100_and_is_approved():
    """Every auto criterion 20.

    P1 10×20/20 = 10, P3 7, P4 8, I1 10, I3 7, I4 6, S1 8, S2 6 → Σ w·p/20 = 62.
    Σ w = 62.  Technical score = 100 × 62 / 62 = 100 → approve.
    """
    result = assess(make_request(**STRONG), CAT, CTX)
    assert {c: result.technical_points[c] for c in AUTO} == dict.fromkeys(AUTO, 20)
    assert result.technical_score == pytest.approx(100.0)
    assert result.score == pytest.approx(100.0)
    assert result.recommendation.outcome is Outcome.APPROVE
    assert result.recommendation.conditions == []
    assert result.aggregate is None


def test_strong_request_with_unknown_data_excludes_the_unknowns():
    """integration_support and housing_provided unknown: S1 and S2 have no points.

    Known: P1 10 + P3 7 + P4 8 + I1 10 + I3 7 + I4 6 = 48 (all at 20 points, so Σ w·p/20 = 48).
    Excluded (right):  100 × 48 / 48 = 100.
    Counted as 0 (wrong): 100 × 48 / (48 + 8 + 6) = 100 × 48 / 62 = 77.42.
    """
    request = make_request(
        **{**STRONG, "integration_support": None, "housing_provided": None, "housing_inspected": None}
    )
    result = assess(request, CAT, CTX)
    assert result.technical_points["S1"] is None
    assert result.technical_points["S2"] is None
    assert result.technical_score == pytest.approx(100.0)
    assert result.technical_score != pytest.approx(100 * 48 / 62)
    assert result.recommendation.outcome is Outcome.APPROVE
    assert result.gates_unknown == []  # S1 and S2 feed no gate


def test_unknowns_counted_as_zero_would_flip_the_band():
    """The neutral dossier with S1 and S2 unknown.

    Known: P1 10, P3 7, P4 8, I1 10, I3 7, I4 6, all at 10 points: Σ w·p/20 = 48 × 10/20 = 24; Σ w = 48.
    Excluded (right):  100 × 24 / 48 = 50 → approve.
    Counted as 0 (wrong): 100 × 24 / 62 = 38.71 → reject.
    """
    result = assess(make_request(integration_support=None, housing_provided=None), CAT, CTX)
    assert result.technical_score == pytest.approx(50.0)
    assert result.recommendation.outcome is Outcome.APPROVE
    assert score_total({**result.technical_points, "S1": 0, "S2": 0}, W) == pytest.approx(100 * 24 / 62)


def test_score_total_by_hand():
    """P1 20, I1 10, S1 0: Σ w·p/20 = 10×20/20 + 10×10/20 + 8×0/20 = 10 + 5 + 0 = 15;
    Σ w = 10 + 10 + 8 = 28; total = 100 × 15 / 28 = 53.571…"""
    assert score_total({"P1": 20, "I1": 10, "S1": 0, "P2": None}, W) == pytest.approx(1500 / 28)
    assert score_total({}, W) is None
    assert score_total({"P1": None}, W) is None


# ------------------------------------------------------------------------ 2. borderline: conditions


def test_borderline_technical_score_suggests_conditions_from_weak_criteria():
    """P1 20 (2221 listed), P4 20 (jobs 5/10 = 0.5), I3 20 (30 d, 2 channels), I1 10 (1.05);
    P3 0 (no trainees), I4 0 ((10+10)/(20+10) = 0.67 > 0.25, G9 disabled), S1 0 (1 item), S2 0 (no housing).

    Σ w·p/20 = 10 + 0 + 8 + 5 + 7 + 0 + 0 + 0 = 30; Σ w = 62; score = 100 × 30 / 62 = 48.39 → 40 ≤ s < 50.
    Weak (< 10): P3 → training, I4 → quota, S1 → integration_support, S2 → housing_standard.
    I1 is 10, not below 10: no wage_floor.  P1 is strong.
    """
    request = make_request(
        occupation_isco="2221",
        local_jobs_created=5,
        recruitment_channels=2,
        local_trainees=0,
        firm_employees=20,
        firm_foreign_employees=10,
        integration_support="orientation",
        housing_provided=0,
    )
    result = assess(request, CAT, CTX)
    assert result.technical_points == {
        **dict.fromkeys(W),
        **{"P1": 20, "P3": 0, "P4": 20, "I1": 10, "I3": 20, "I4": 0, "S1": 0, "S2": 0},
    }
    assert result.technical_score == pytest.approx(100 * 30 / 62)
    rec = result.recommendation
    assert rec.outcome is Outcome.APPROVE_WITH_CONDITIONS
    assert rec.reason == "score_conditions"
    assert len(rec.conditions) == len(set(rec.conditions))
    assert set(rec.conditions) == {
        ConditionKind.TRAINING,
        ConditionKind.QUOTA,
        ConditionKind.INTEGRATION_SUPPORT,
        ConditionKind.HOUSING_STANDARD,
    }


def test_borderline_board_score_suggests_conditions_from_aggregated_member_points():
    """Member scores on P1 (w 10), I1 (10), P3 (7), S2 (6), I4 (6), S1 (8); Σ w = 47.

    gov1: P1 20, I1 10, P3 10, S2 0,  I4 10, S1 10 → Σ w·p/20 = 10 + 5 + 3.5 + 0 + 3 + 4 = 25.5 → 100×25.5/47 = 54.26
    emp1: P1 20, I1 10, P3 0,  S2 10, I4 20, S1 10 → 10 + 5 + 0 + 3 + 6 + 4 = 28.0 → 100×28/47 = 59.57
    uni1: P1 10, I1 0,  P3 10, S2 0,  I4 0,  S1 10 → 5 + 0 + 3.5 + 0 + 0 + 4 = 12.5 → 100×12.5/47 = 26.60
    One member each, so G꜀ = Tₘ.  Board = (25.5 + 28 + 12.5) × 100/47 / 3 = 6600/141 = 46.81 → conditions.
    Aggregated points: P1 (20+20+10)/3 = 16.7; I1 (10+10+0)/3 = 6.67 → wage_floor; P3 (10+0+10)/3 = 6.67 →
    training; S2 (0+10+0)/3 = 3.33 → housing_standard; I4 (10+20+0)/3 = 10, not < 10; S1 10, not < 10.
    The dossier's own technical points (all 10) do not decide: the members have scored.
    """
    scores = {
        "gov1": {"P1": 20, "I1": 10, "P3": 10, "S2": 0, "I4": 10, "S1": 10},
        "emp1": {"P1": 20, "I1": 10, "P3": 0, "S2": 10, "I4": 20, "S1": 10},
        "uni1": {"P1": 10, "I1": 0, "P3": 10, "S2": 0, "I4": 0, "S1": 10},
    }
    members = {"gov1": GOV, "emp1": EMP, "uni1": UNI}
    result = assess(make_request(), CAT, CTX, scores=scores, members=members)
    agg = result.aggregate
    assert agg is not None
    assert agg.member_totals == pytest.approx({"gov1": 2550 / 47, "emp1": 2800 / 47, "uni1": 1250 / 47})
    assert agg.board_score == pytest.approx(6600 / 141)
    assert agg.criterion_points == pytest.approx(
        {"P1": 50 / 3, "I1": 20 / 3, "P3": 20 / 3, "S2": 10 / 3, "I4": 10.0, "S1": 10.0}
    )
    rec = result.recommendation
    assert rec.outcome is Outcome.APPROVE_WITH_CONDITIONS
    assert rec.score == pytest.approx(6600 / 141)
    assert sorted(rec.conditions) == sorted(
        [ConditionKind.WAGE_FLOOR, ConditionKind.TRAINING, ConditionKind.HOUSING_STANDARD]
    )


def test_each_suggesting_criterion_maps_to_its_condition():
    """DESIGN §3: I1 → wage_floor, P3 → training, S2 → housing_standard, I4 → quota, S1 → integration_support."""
    mapping = {
        "I1": ConditionKind.WAGE_FLOOR,
        "P3": ConditionKind.TRAINING,
        "S2": ConditionKind.HOUSING_STANDARD,
        "I4": ConditionKind.QUOTA,
        "S1": ConditionKind.INTEGRATION_SUPPORT,
    }
    for code, kind in mapping.items():
        points = dict.fromkeys(W, 10.0) | {code: 9.99}
        rec = recommend([], 45.0, points, CAT)
        assert rec.conditions == [kind], code
    # P1, P4, I3 and the member-judgement criteria suggest nothing even at 0.
    points = dict.fromkeys(W, 0.0) | dict.fromkeys(mapping, 10.0)
    assert recommend([], 45.0, points, CAT).conditions == []
    # An unknown (None) criterion suggests nothing.
    assert recommend([], 45.0, dict.fromkeys(W, None), CAT).conditions == []


@pytest.mark.parametrize(
    ("score", "outcome"),
    [
        (100.0, Outcome.APPROVE),
        (50.0, Outcome.APPROVE),
        (49.999, Outcome.APPROVE_WITH_CONDITIONS),  # unrounded: 49.999 would print as 50.00
        (49.995, Outcome.APPROVE_WITH_CONDITIONS),
        (40.0, Outcome.APPROVE_WITH_CONDITIONS),
        (39.999, Outcome.REJECT),
        (0.0, Outcome.REJECT),
    ],
)
def test_bands_use_the_unrounded_score(score: float, outcome: Outcome):
    """DESIGN §8.4: approve ≥ 50; approve with conditions 40 ≤ s < 50; reject < 40, on the unrounded score."""
    assert band(score, CAT) is outcome
    assert recommend([], score, {}, CAT).outcome is outcome


def test_low_technical_score_rejects():
    """Neutral but P3 0 (no trainees), S2 0 (no housing), S1 0 (1 item):
    Σ w·p/20 = (10 + 8 + 10 + 7 + 6) × 10/20 = 41 × 0.5 = 20.5; 100 × 20.5 / 62 = 33.06 → reject."""
    request = make_request(local_trainees=0, housing_provided=0, integration_support="orientation")
    result = assess(request, CAT, CTX)
    assert result.technical_score == pytest.approx(100 * 20.5 / 62)
    assert result.recommendation.outcome is Outcome.REJECT
    assert result.recommendation.reason == "score_reject"
    assert result.recommendation.conditions == []


# ------------------------------------------------------------------------------------ 3. gates failing


@pytest.mark.parametrize(
    ("code", "overrides", "ctx", "attest", "outcome", "numbers"),
    [
        pytest.param("G1", {"wage_offered": 1800.0}, CTX, None, Outcome.REJECT, {1800, 2000}, id="G1-prevailing"),
        pytest.param(
            "G1",
            {"wage_offered": 1400.0, "prevailing_wage": 1300.0},
            BoardContext(frozenset(), statutory_minimum_wage=1500, currency="EUR"),
            None,
            Outcome.REJECT,
            {1400, 1500},
            id="G1-statutory-minimum",
        ),
        pytest.param("G2", {"labour_dispute": 1}, CTX, None, Outcome.DEFER, set(), id="G2-dispute"),
        pytest.param("G3", {"vacancy_advertised_days": 10}, CTX, None, Outcome.DEFER, {10, 28}, id="G3-10-days"),
        pytest.param("G4", {"layoffs_last_12m": 3}, CTX, None, Outcome.REJECT, {3}, id="G4-layoffs"),
        pytest.param("G5", {"compliance_violations_3y": 2}, CTX, None, Outcome.REJECT, {2}, id="G5-violations"),
        pytest.param("G6", {}, CTX, {"G6": False, "G7": True}, Outcome.REJECT, set(), id="G6-refused"),
        pytest.param("G7", {}, CTX, {"G6": True, "G7": False}, Outcome.REJECT, set(), id="G7-refused"),
        pytest.param("G8", {"fees_charged_to_workers": 250.0}, CTX, None, Outcome.REJECT, {250}, id="G8-fees"),
        # (10 + 10) / (90 + 10) = 0.20 > cap 0.10
        pytest.param("G9", {}, CTX_CAP, None, Outcome.REJECT, {0.2, 0.1}, id="G9-over-cap"),
    ],
)
def test_each_gate_failing(
    code: str,
    overrides: dict[str, Any],
    ctx: BoardContext,
    attest: dict[str, bool] | None,
    outcome: Outcome,
    numbers: set[float],
):
    result = assess(make_request(**overrides), CAT, ctx, attestations=attest)
    assert result.gates_failed == [code]
    assert result.gates_unknown == []
    failed = gate(result.gates, code)
    assert failed.status is GateStatus.FAILED
    assert failed.on_fail is outcome
    assert numbers <= figures(failed.reason), failed.reason
    rec = result.recommendation
    assert rec.outcome is outcome
    assert rec.reason == "gate_failed"
    assert rec.gates == [code]
    assert rec.conditions == []


def test_gates_pass_on_the_neutral_dossier_with_reasons():
    results = evaluate_gates(make_request(), CAT, CTX, {"G6": True, "G7": True})
    assert [g.code for g in results] == ["G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8", "G9"]
    assert {g.code: g.status for g in results} == {
        **{c: GateStatus.PASSED for c in ("G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8")},
        "G9": GateStatus.NOT_ASSESSED,  # optional: the catalogue leaves it off and CTX sets no cap
    }
    assert {2100, 2000} <= figures(gate(results, "G1").reason)


@pytest.mark.parametrize(
    ("overrides", "status"),
    [
        ({"vacancy_advertised_days": 28}, GateStatus.PASSED),  # exactly the required 28 days
        ({"vacancy_advertised_days": 27}, GateStatus.FAILED),
        ({"vacancy_advertised_days": 0, "occupation_isco": "7115"}, GateStatus.PASSED),  # on the list
    ],
)
def test_g3_boundaries(overrides: dict[str, Any], status: GateStatus):
    assert gate(evaluate_gates(make_request(**overrides), CAT, CTX), "G3").status is status


def test_g1_at_the_prevailing_wage_and_at_the_minimum_passes():
    ctx = BoardContext(frozenset(), statutory_minimum_wage=2000, currency="EUR")
    assert gate(evaluate_gates(make_request(wage_offered=2000.0), CAT, ctx), "G1").status is GateStatus.PASSED


def test_g9_at_the_cap_passes():
    """(5 + 10) / (140 + 10) = 15 / 150 = 0.10 ≤ 0.10."""
    request = make_request(firm_employees=140, firm_foreign_employees=5)
    assert gate(evaluate_gates(request, CAT, CTX_CAP), "G9").status is GateStatus.PASSED


def test_a_reject_gate_and_a_defer_gate_give_reject():
    """G2 (defer) and G4 (reject) both fail: the most severe, reject, wins; both are named."""
    result = assess(make_request(labour_dispute=1, layoffs_last_12m=4), CAT, CTX)
    assert result.gates_failed == ["G2", "G4"]
    assert result.recommendation.outcome is Outcome.REJECT
    assert result.recommendation.gates == ["G2", "G4"]


def test_a_failed_gate_dominates_a_score_of_100():
    result = assess(make_request(**STRONG, compliance_violations_3y=1), CAT, CTX)
    assert result.technical_score == pytest.approx(100.0)
    assert result.recommendation.outcome is Outcome.REJECT
    assert result.recommendation.reason == "gate_failed"
    # a defer gate likewise sets a defer on a perfect score
    result = assess(make_request(**STRONG, labour_dispute=1), CAT, CTX)
    assert result.recommendation.outcome is Outcome.DEFER


def test_a_failed_gate_dominates_a_unanimous_board_score_of_100():
    scores = {m: dict.fromkeys(W, 20) for m in ("gov1", "emp1", "uni1")}
    members = {"gov1": GOV, "emp1": EMP, "uni1": UNI}
    result = assess(make_request(fees_charged_to_workers=90.0), CAT, CTX, scores=scores, members=members)
    assert result.aggregate is not None and result.aggregate.board_score == pytest.approx(100.0)
    assert result.recommendation.outcome is Outcome.REJECT
    assert result.recommendation.gates == ["G8"]


def test_a_failed_gate_comes_before_missing_evidence():
    result = assess(make_request(layoffs_last_12m=2, compliance_violations_3y=None), CAT, CTX)
    assert result.gates_unknown == ["G5"]
    assert result.recommendation.outcome is Outcome.REJECT
    assert result.recommendation.gates == ["G4"]


# ---------------------------------------------------------------------------------- 4. missing evidence


def test_g3_unknown_off_the_shortage_list_defers_for_missing_evidence():
    result = assess(make_request(vacancy_advertised_days=None), CAT, CTX)
    assert gate(result.gates, "G3").status is GateStatus.UNKNOWN
    assert result.gates_unknown == ["G3"]
    assert result.gates_failed == []
    rec = result.recommendation
    assert rec.outcome is Outcome.DEFER
    assert rec.reason == "missing_evidence"
    assert rec.gates == ["G3"]


def test_g3_passes_on_the_shortage_list_without_advertised_days():
    """DESIGN §8.4: on the list, the advertised days cannot change G3 or P1.

    P1 20 (listed), I3 unknown (no days); the others 10.  Σ w = 62 − 7 = 55;
    Σ w·p/20 = 10 + (55 − 10) × 0.5 = 32.5; score = 100 × 32.5 / 55 = 59.09 → approve.
    """
    result = assess(make_request(vacancy_advertised_days=None, occupation_isco="2221"), CAT, CTX)
    assert gate(result.gates, "G3").status is GateStatus.PASSED
    assert result.gates_unknown == []
    assert result.technical_points["P1"] == 20
    assert result.technical_points["I3"] is None
    assert result.technical_score == pytest.approx(100 * 32.5 / 55)
    assert result.recommendation.outcome is Outcome.APPROVE


@pytest.mark.parametrize(
    ("field", "code"),
    [
        ("labour_dispute", "G2"),
        ("layoffs_last_12m", "G4"),
        ("compliance_violations_3y", "G5"),
        ("fees_charged_to_workers", "G8"),
    ],
)
def test_each_automatic_gate_without_data_is_missing_evidence(field: str, code: str):
    result = assess(make_request(**{field: None}), CAT, CTX)
    assert result.gates_unknown == [code]
    assert result.recommendation.outcome is Outcome.DEFER
    assert result.recommendation.reason == "missing_evidence"
    assert result.recommendation.gates == [code]


def test_g9_without_workforce_data_is_missing_evidence_when_enabled_only():
    request = make_request(firm_employees=None, firm_foreign_employees=None)
    assert assess(request, CAT, CTX_CAP).gates_unknown == ["G9"]
    assert gate(evaluate_gates(request, CAT, CTX), "G9").status is GateStatus.NOT_ASSESSED
    assert assess(request, CAT, CTX).gates_unknown == []


def test_unanswered_attestations_are_not_assessed_and_do_not_block():
    result = assess(make_request(), CAT, CTX)
    assert gate(result.gates, "G6").status is GateStatus.NOT_ASSESSED
    assert gate(result.gates, "G7").status is GateStatus.NOT_ASSESSED
    assert result.gates_failed == [] and result.gates_unknown == []
    assert result.recommendation.outcome is Outcome.APPROVE
    # one answered, one not
    result = assess(make_request(), CAT, CTX, attestations={"G6": True})
    assert gate(result.gates, "G6").status is GateStatus.PASSED
    assert gate(result.gates, "G7").status is GateStatus.NOT_ASSESSED
    assert result.recommendation.outcome is Outcome.APPROVE


# ---------------------------------------------------------------------------- 5. partial data (§8.4)


@pytest.mark.parametrize(
    ("code", "overrides", "points"),
    [
        # P1: shortage list decides alone; a short advert or a local hire decides 0; otherwise unknown
        ("P1", {"occupation_isco": "2221", "vacancy_advertised_days": None, "local_hired": None}, 20),
        ("P1", {"vacancy_advertised_days": None, "local_hired": 0}, None),
        ("P1", {"vacancy_advertised_days": 30, "local_hired": None}, None),
        ("P1", {"vacancy_advertised_days": 10, "local_hired": None}, 0),
        ("P1", {"vacancy_advertised_days": None, "local_hired": 3}, 0),
        ("P1", {"vacancy_advertised_days": 28, "local_hired": 0}, 10),
        ("P1", {"vacancy_advertised_days": 30, "local_hired": 1}, 0),
        # I3: days alone decide below 28 (≥ 14 → 10, else 0); at ≥ 28 the channels decide 20 or 10
        ("I3", {"vacancy_advertised_days": None, "recruitment_channels": 3}, None),
        ("I3", {"vacancy_advertised_days": 30, "recruitment_channels": None}, None),
        ("I3", {"vacancy_advertised_days": 20, "recruitment_channels": None}, 10),
        ("I3", {"vacancy_advertised_days": 14, "recruitment_channels": None}, 10),
        ("I3", {"vacancy_advertised_days": 13, "recruitment_channels": None}, 0),
        ("I3", {"vacancy_advertised_days": 28, "recruitment_channels": 2}, 20),
        ("I3", {"vacancy_advertised_days": 28, "recruitment_channels": 1}, 10),
        # I4: only the workforce known; share ≥ N / (E + N) (no foreign employee at all)
        # 10 / (20 + 10) = 0.33 > 0.25 → 0 whatever the foreign count
        ("I4", {"firm_employees": 20, "firm_foreign_employees": None}, 0),
        # 10 / (40 + 10) = 0.20: 10 or 0 depending on the foreign count → unknown
        ("I4", {"firm_employees": 40, "firm_foreign_employees": None}, None),
        # 10 / (190 + 10) = 0.05: 20, 10 or 0 → unknown
        ("I4", {"firm_employees": 190, "firm_foreign_employees": None}, None),
        ("I4", {"firm_employees": None, "firm_foreign_employees": 3}, None),
        # (15 + 10) / (90 + 10) = 0.25 ≤ 0.25 → 10; (0 + 10) / (90 + 10) = 0.10 ≤ 0.10 → 20
        ("I4", {"firm_foreign_employees": 15}, 10),
        ("I4", {"firm_foreign_employees": 0}, 20),
        ("I4", {"firm_foreign_employees": 16}, 0),  # 26 / 100 = 0.26
        # S2: not provided decides 0; provided needs the inspection to say 10 or 20
        ("S2", {"housing_provided": 0, "housing_inspected": None}, 0),
        ("S2", {"housing_provided": 1, "housing_inspected": None}, None),
        ("S2", {"housing_provided": None, "housing_inspected": 1}, None),
        ("S2", {"housing_provided": 1, "housing_inspected": 1}, 20),
        # S1: unknown is not "no support"
        ("S1", {"integration_support": None}, None),
        ("S1", {"integration_support": "orientation"}, 0),
        ("S1", {"integration_support": "orientation;health_info;family_support"}, 10),
        ("S1", {"integration_support": "orientation;health_info;family_support;skills_recognition"}, 20),
        # P3, P4: ratio to N = 10 workers; unknown stays unknown
        ("P3", {"local_trainees": None}, None),
        ("P3", {"local_trainees": 0}, 0),
        ("P3", {"local_trainees": 9}, 10),
        ("P3", {"local_trainees": 10}, 20),
        ("P4", {"local_jobs_created": None}, None),
        ("P4", {"local_jobs_created": 4}, 10),
        ("P4", {"local_jobs_created": 5}, 20),
        # I1: 2399 / 2000 = 1.1995 → 10; 2400 / 2000 = 1.20 → 20; 2000 / 2000 = 1.00 → 10
        ("I1", {"wage_offered": 2399.0}, 10),
        ("I1", {"wage_offered": 2400.0}, 20),
        ("I1", {"wage_offered": 2000.0}, 10),
    ],
)
def test_technical_points_on_partial_data(code: str, overrides: dict[str, Any], points: int | None):
    assert technical_points(make_request(**overrides), CAT, CTX)[code] == points


@pytest.mark.parametrize(
    ("employees", "status"),
    [
        (40, GateStatus.FAILED),  # 10 / 50 = 0.20 > 0.10 even with no foreign employee
        (90, GateStatus.UNKNOWN),  # 10 / 100 = 0.10 ≤ 0.10: the foreign count decides
        (190, GateStatus.UNKNOWN),  # 10 / 200 = 0.05
    ],
)
def test_g9_with_the_workforce_known_and_the_foreign_count_unknown(employees: int, status: GateStatus):
    request = make_request(firm_employees=employees, firm_foreign_employees=None)
    result = assess(request, CAT, CTX_CAP)
    assert gate(result.gates, "G9").status is status
    expected = Outcome.REJECT if status is GateStatus.FAILED else Outcome.DEFER
    assert result.recommendation.outcome is expected


# ------------------------------------------------------------------------- 6. member scores and split

# Five criteria with Σ w = P1 10 + I1 10 + P4 8 + S1 8 + I5 4 = 40, so Tₘ = 100 × Σ w·p/20 / 40 = Σ w·p / 8.
SPLIT_SCORES = {
    "gov1": {"P1": 20, "I1": 20, "P4": 20, "S1": 20, "I5": 20},  # 800/8 = 100
    "gov2": {"P1": 20, "I1": 20, "P4": 10, "S1": 10, "I5": 20},  # (200+200+80+80+80)/8 = 640/8 = 80
    "emp1": {"P1": 20, "I1": 10, "P4": 20, "S1": 10, "I5": 10},  # (200+100+160+80+40)/8 = 580/8 = 72.5
    "uni1": {"P1": 10, "I1": 0, "P4": 10, "S1": 0, "I5": 0},  # (100+0+80+0+0)/8 = 180/8 = 22.5
    "uni2": {"P1": 0, "I1": 0, "P4": 10, "S1": 0, "I5": 0},  # (0+0+80+0+0)/8 = 80/8 = 10
}
SPLIT_MEMBERS = {"gov1": GOV, "gov2": GOV, "emp1": EMP, "uni1": UNI, "uni2": UNI}


def test_constituency_split_by_hand():
    """Member totals (Tₘ = Σ w·p / 8, see SPLIT_SCORES): gov1 100, gov2 80, emp1 72.5, uni1 22.5, uni2 10.

    G_gov = (100 + 80)/2 = 90;  G_emp = 72.5;  G_uni = (22.5 + 10)/2 = 16.25.
    Board = (90 + 72.5 + 16.25)/3 = 178.75/3 = 59.583 → approve.
    D = 90 − 16.25 = 73.75 ≥ 20 → split.
    Constituency means per criterion (gov / emp / uni), spread, weight × spread:
      P1 20 / 20 / 5  → 15 × 10 = 150       I1 20 / 10 / 0 → 20 × 10 = 200
      P4 15 / 20 / 10 → 10 × 8 = 80         S1 15 / 10 / 0 → 15 × 8 = 120
      I5 20 / 10 / 0  → 20 × 4 = 80
    Drivers: I1 (200), P1 (150), S1 (120).  I5 has the widest spread with I1 (20 points) but a small
    weight: unweighted, the drivers would read I1, I5, P1.
    Board per criterion: P1 45/3 = 15; I1 30/3 = 10; P4 45/3 = 15; S1 25/3 = 8.33; I5 30/3 = 10.
    """
    result = assess(make_request(), CAT, CTX, scores=SPLIT_SCORES, members=SPLIT_MEMBERS)
    agg = result.aggregate
    assert agg is not None
    assert agg.member_totals == pytest.approx({"gov1": 100, "gov2": 80, "emp1": 72.5, "uni1": 22.5, "uni2": 10})
    assert agg.constituency_scores == pytest.approx({GOV: 90, EMP: 72.5, UNI: 16.25})
    assert agg.missing == []
    assert agg.board_score == pytest.approx(178.75 / 3)
    assert agg.criterion_points == pytest.approx({"P1": 15, "I1": 10, "P4": 15, "S1": 25 / 3, "I5": 10})
    assert agg.constituency_criterion_points[UNI] == pytest.approx({"P1": 5, "I1": 0, "P4": 10, "S1": 0, "I5": 0})
    assert result.score == pytest.approx(178.75 / 3)
    assert result.recommendation.outcome is Outcome.APPROVE
    sens = result.sensitivity
    assert sens is not None
    assert sens.divergence == pytest.approx(73.75)
    assert sens.split is True
    assert sens.split_drivers == ["I1", "P1", "S1"]


def test_split_across_the_pass_mark_with_small_divergence():
    """Members score P1 and I1 (Σ w = 20): Tₘ = 100 × (10·a/20 + 10·b/20)/20 = 2.5 × (a + b).
    (10, 10) → 50;  (20, 10) → 75;  (10, 0) → 25.
    gov1 50, gov2 50, gov3 75 → G_gov = 175/3 = 58.33;  emp1 50 → G_emp = 50;
    uni1 50, uni2 50, uni3 25 → G_uni = 125/3 = 41.67.
    D = 175/3 − 125/3 = 50/3 = 16.67 < 20, but G_gov ≥ 50 > G_uni → split.
    Board = (175/3 + 150/3 + 125/3)/3 = 150/3 = 50.
    """
    mid, high, low = {"P1": 10, "I1": 10}, {"P1": 20, "I1": 10}, {"P1": 10, "I1": 0}
    scores = {"gov1": mid, "gov2": mid, "gov3": high, "emp1": mid, "uni1": mid, "uni2": mid, "uni3": low}
    members = {m: {"g": GOV, "e": EMP, "u": UNI}[m[0]] for m in scores}
    agg = aggregate(scores, members, W)
    assert agg.constituency_scores == pytest.approx({GOV: 175 / 3, EMP: 50, UNI: 125 / 3})
    assert agg.board_score == pytest.approx(50.0)
    sens = sensitivity(CAT, {}, agg, scores, members)
    assert sens is not None
    assert sens.divergence == pytest.approx(50 / 3)
    assert sens.divergence < 20
    assert sens.split is True


def test_divergence_of_exactly_20_is_a_split_and_below_20_on_one_side_is_not():
    """gov1 P3 20, S6 0: 100 × 7 / (7 + 3) = 70.  P1 10 alone: 50.  P1 20, S2 0: 100 × 10 / 16 = 62.5.

    70 / 50 / 50: D = 20 ≥ 20 → split (all G꜀ ≥ 50: only the divergence flags it).
    70 / 62.5 / 62.5: D = 7.5, all ≥ 50 → no split.
    """
    scores = {"gov1": {"P3": 20, "S6": 0}, "emp1": {"P1": 10}, "uni1": {"P1": 10}}
    members = {"gov1": GOV, "emp1": EMP, "uni1": UNI}
    agg = aggregate(scores, members, W)
    sens = sensitivity(CAT, {}, agg, scores, members)
    assert sens is not None
    assert agg.constituency_scores == pytest.approx({GOV: 70, EMP: 50, UNI: 50})
    assert sens.divergence == pytest.approx(20)
    assert sens.split is True
    scores = {"gov1": {"P3": 20, "S6": 0}, "emp1": {"P1": 20, "S2": 0}, "uni1": {"P1": 20, "S2": 0}}
    members = {"gov1": GOV, "emp1": EMP, "uni1": UNI}
    agg = aggregate(scores, members, W)
    sens = sensitivity(CAT, {}, agg, scores, members)
    assert sens is not None
    assert agg.constituency_scores == pytest.approx({GOV: 70, EMP: 62.5, UNI: 62.5})
    assert sens.divergence == pytest.approx(7.5)
    assert sens.split is False


# ------------------------------------------------------------------------------------- 7. sensitivity


def test_fragile_result_band_changes_under_family_moves():
    """Technical set P1 20 (w 10), I1 10 (w 10), S1 0 (w 8): base = 100 × (10 + 5 + 0)/28 = 53.57 → approve.

    Family weights: productivity 35, income 35, social 30.  A move of ±10 scales the family's criteria by
    (35 ± 10)/35 (social: (30 ± 10)/30); renormalising to 100 changes no ratio, so it leaves the score as is.
      productivity −10: P1 = 10 × 25/35 = 50/7 → 100 × (50/7 + 5)/(50/7 + 18) = 100 × 85/176 = 48.30 → conditions
      productivity +10: P1 = 90/7 → 100 × (90/7 + 5)/(90/7 + 18) = 100 × 125/216 = 57.87 → approve
      income −10:       I1 = 50/7 → 100 × (10 + 25/7)/(10 + 50/7 + 8) = 100 × 95/176 = 53.98 → approve
      income +10:       I1 = 90/7 → 100 × (10 + 45/7)/(10 + 90/7 + 8) = 100 × 115/216 = 53.24 → approve
      social −10:       S1 = 8 × 20/30 = 16/3 → 100 × 15/(20 + 16/3) = 4500/76 = 59.21 → approve
      social +10:       S1 = 8 × 40/30 = 32/3 → 100 × 15/(20 + 32/3) = 4500/92 = 48.91 → conditions
    Fragile on productivity and social integration.
    Critical weight: Σ w·(p/20 − ½) = 10·½ + 10·0 + 8·(−½) = 1, so one weight must move by more than 2:
    P1 − 3 → 100 × (7 + 5)/(7 + 10 + 8) = 48 (− 2 gives 100 × 13/26 = 50, still approve), or S1 + 3 →
    100 × 15/31 = 48.39; the smallest change is 3 points.
    """
    sens = sensitivity(CAT, tech(P1=20, I1=10, S1=0))
    assert sens is not None
    expected = {
        (Family.PRODUCTIVITY, -10): (8500 / 176, Outcome.APPROVE_WITH_CONDITIONS),
        (Family.PRODUCTIVITY, 10): (12500 / 216, Outcome.APPROVE),
        (Family.INCOME_DISTRIBUTION, -10): (9500 / 176, Outcome.APPROVE),
        (Family.INCOME_DISTRIBUTION, 10): (11500 / 216, Outcome.APPROVE),
        (Family.SOCIAL_INTEGRATION, -10): (4500 / 76, Outcome.APPROVE),
        (Family.SOCIAL_INTEGRATION, 10): (4500 / 92, Outcome.APPROVE_WITH_CONDITIONS),
    }
    got = {(m.family, m.delta): (m.score, m.band) for m in sens.family_moves}
    assert set(got) == set(expected)
    for key, (score, moved_band) in expected.items():
        assert got[key][0] == pytest.approx(score), key
        assert got[key][1] is moved_band, key
    assert {(m.family, m.delta) for m in sens.family_moves if m.band_changed} == {
        (Family.PRODUCTIVITY, -10),
        (Family.SOCIAL_INTEGRATION, 10),
    }
    assert sens.robust is False
    assert sorted(sens.fragile_on) == ["productivity", "social_integration"]
    assert sens.critical is not None
    assert abs(sens.critical.delta) == 3
    assert (sens.critical.criterion, sens.critical.delta) in {("P1", -3), ("S1", 3)}
    assert sens.critical.score < 50
    assert sens.divergence is None and sens.split is False  # no member scores


def test_robust_result_and_its_critical_weight():
    """Technical set P1 20 (w 10), I1 20 (w 10), S1 0 (w 8): base = 100 × 20/28 = 71.43 → approve.

      productivity −10: P1 = 50/7 → 100 × (50/7 + 10)/(50/7 + 18) = 100 × 120/176 = 68.18
      productivity +10: P1 = 90/7 → 100 × (90/7 + 10)/(90/7 + 18) = 100 × 160/216 = 74.07
      income ±10: the same two figures, by symmetry (68.18, 74.07)
      social −10: S1 = 16/3 → 100 × 20/(20 + 16/3) = 6000/76 = 78.95
      social +10: S1 = 32/3 → 100 × 20/(20 + 32/3) = 6000/92 = 65.22
    All ≥ 50: robust.
    Critical weight: Σ w·(p/20 − ½) = 5 + 5 − 4 = 6, so a weight must move by more than 12.  P1 or I1 cannot
    fall that far (weight 10; at 0 the score is 100 × 10/18 = 55.6).  S1 + 12 = 20 gives 100 × 20/40 = 50,
    still approve; S1 + 13 = 21 gives 100 × 20/41 = 48.78 → the critical weight is S1, +13.
    """
    sens = sensitivity(CAT, tech(P1=20, I1=20, S1=0))
    assert sens is not None
    got = {(m.family.value, m.delta): m.score for m in sens.family_moves}
    assert got == pytest.approx({
        ("productivity", -10): 12000 / 176, ("productivity", 10): 16000 / 216,
        ("income_distribution", -10): 12000 / 176, ("income_distribution", 10): 16000 / 216,
        ("social_integration", -10): 6000 / 76, ("social_integration", 10): 6000 / 92,
    })  # fmt: skip
    assert not any(m.band_changed for m in sens.family_moves)
    assert sens.robust is True
    assert sens.fragile_on == []
    assert sens.critical is not None
    assert (sens.critical.criterion, sens.critical.delta) == ("S1", 13)
    assert sens.critical.weight == pytest.approx(21)
    assert sens.critical.score == pytest.approx(2000 / 41)


def test_critical_weight_crossing_upwards():
    """P3 20 (w 7), S2 20 (w 6), I4 20 (w 6), I3 0 (w 7): base = 100 × 19/26 = 73.08 → approve.

    Σ w·(p/20 − ½) = 3.5 + 3 + 3 − 3.5 = 6 → a move of more than 12 points is needed.  No 20-point weight can
    fall by 13 (max 7).  I3 + 12 = 19: 100 × 19/38 = 50 (still approve); I3 + 13 = 20: 100 × 19/39 = 48.72.
    Critical: I3, +13.

    From below: P3 20 (w 7), S1 0 (w 8): base = 100 × 7/15 = 46.67 → conditions.  Σ w·(p/20 − ½) = 3.5 − 4
    = −0.5; reaching 50 is enough to cross, so 1 point: P3 + 1 = 8 → 100 × 8/16 = 50, or S1 − 1 = 7 →
    100 × 7/14 = 50.
    """
    sens = sensitivity(CAT, tech(P3=20, S2=20, I4=20, I3=0))
    assert sens is not None and sens.critical is not None
    assert (sens.critical.criterion, sens.critical.delta) == ("I3", 13)
    assert sens.critical.score == pytest.approx(1900 / 39)
    sens = sensitivity(CAT, tech(P3=20, S1=0))
    assert sens is not None and sens.critical is not None
    assert abs(sens.critical.delta) == 1
    assert (sens.critical.criterion, sens.critical.delta) in {("P3", 1), ("S1", -1)}
    assert sens.critical.score == pytest.approx(50.0)


def test_no_critical_weight_when_no_single_change_crosses():
    """P1 20, P3 10, P4 10: only P1 moves the score (10-point criteria sit on the mark); even P1 = 0 leaves
    100 × (3.5 + 4)/15 = 50 → approve.  No single weight change crosses: critical is None."""
    sens = sensitivity(CAT, tech(P1=20, P3=10, P4=10))
    assert sens is not None
    assert sens.critical is None


def test_sensitivity_is_none_without_any_score():
    assert sensitivity(CAT, tech()) is None


# ------------------------------------------------------------------------ 8. equal constituency weight

# I4 20 (w 6), I5 10 (w 4): 100 × (6 + 2)/10 = 80.  I4 0, I5 10: 100 × 2/10 = 20.
AT_80 = {"I4": 20, "I5": 10}
AT_20 = {"I4": 0, "I5": 10}


def test_each_constituency_weighs_the_same_whatever_its_seats():
    """3 government members at 80, 1 union member at 20, no employer score.

    G_gov = (80 + 80 + 80)/3 = 80;  G_uni = 20;  employer missing.
    Board = (80 + 20)/2 = 50 — not the member mean (3 × 80 + 20)/4 = 65.
    D = 80 − 20 = 60 → split.
    """
    scores = {"gov1": AT_80, "gov2": AT_80, "gov3": AT_80, "uni1": AT_20}
    members = {"gov1": GOV, "gov2": GOV, "gov3": GOV, "uni1": UNI, "emp1": EMP}
    result = assess(make_request(), CAT, CTX, scores=scores, members=members)
    agg = result.aggregate
    assert agg is not None
    assert agg.member_totals == pytest.approx({"gov1": 80, "gov2": 80, "gov3": 80, "uni1": 20})
    assert agg.constituency_scores == pytest.approx({GOV: 80, UNI: 20})
    assert agg.missing == [EMP]
    assert agg.board_score == pytest.approx(50.0)
    assert agg.board_score != pytest.approx(65.0)
    assert result.score == pytest.approx(50.0)
    assert result.recommendation.outcome is Outcome.APPROVE
    assert result.sensitivity is not None
    assert result.sensitivity.divergence == pytest.approx(60)
    assert result.sensitivity.split is True


def test_one_constituency_alone_has_no_divergence():
    """Only government scores: board = G_gov = 80; employer and union missing; D null (§8.4)."""
    scores = {"gov1": AT_80, "gov2": AT_80}
    members = {"gov1": GOV, "gov2": GOV, "emp1": EMP, "uni1": UNI}
    agg = aggregate(scores, members, W)
    assert agg.board_score == pytest.approx(80)
    assert agg.missing == [EMP, UNI]
    sens = sensitivity(CAT, {}, agg, scores, members)
    assert sens is not None
    assert sens.divergence is None
    assert sens.split is False
    assert sens.split_drivers == []


def test_without_member_scores_the_board_score_is_null_and_the_technical_score_decides():
    members = {"gov1": GOV, "emp1": EMP, "uni1": UNI}
    agg = aggregate({"gov1": {}, "emp1": {"P1": None}}, members, W)
    assert agg.board_score is None
    assert agg.member_totals == {}
    assert agg.missing == [GOV, EMP, UNI]
    result = assess(make_request(), CAT, CTX, scores={"gov1": {}}, members=members)
    assert result.score == pytest.approx(50.0)  # the technical score
    assert result.recommendation.outcome is Outcome.APPROVE


def test_a_present_member_who_scored_nothing_does_not_count():
    """emp1 is present but scored nothing: the employer constituency is missing, not a 0."""
    scores = {"gov1": AT_80, "emp1": {}, "uni1": AT_20}
    agg = aggregate(scores, {"gov1": GOV, "emp1": EMP, "uni1": UNI}, W)
    assert agg.missing == [EMP]
    assert agg.board_score == pytest.approx(50)


def test_unscored_criteria_carry_no_weight_in_a_member_total():
    """gov1 scores P1 20 only: 100 × 10/10 = 100 (not 100 × 10/100 = 10)."""
    agg = aggregate({"gov1": {"P1": 20}}, {"gov1": GOV}, W)
    assert agg.member_totals["gov1"] == pytest.approx(100)


# ----------------------------------------------------------------------- 9. recused and absent members


def test_recused_and_absent_members_scores_are_ignored():
    """gov1 80, emp1 80, uni1 20 count: board = (80 + 80 + 20)/3 = 60.

    gov2 (recused) scored all 0 and uni2 (absent) scored all 20; counting them would give
    G_gov = (80 + 0)/2 = 40 and G_uni = (20 + 100)/2 = 60.
    """
    zeros, twenties = dict.fromkeys(W, 0), dict.fromkeys(W, 20)
    scores = {"gov1": AT_80, "gov2": zeros, "emp1": AT_80, "uni1": AT_20, "uni2": twenties}
    members = {"gov1": GOV, "gov2": GOV, "emp1": EMP, "uni1": UNI, "uni2": UNI}
    present = ["gov1", "gov2", "emp1", "uni1"]
    agg = aggregate(scores, members, W, present=present, recused=["gov2"])
    assert set(agg.member_totals) == {"gov1", "emp1", "uni1"}
    assert agg.constituency_scores == pytest.approx({GOV: 80, EMP: 80, UNI: 20})
    assert agg.board_score == pytest.approx(60)
    assert agg.criterion_points == pytest.approx({"I4": 40 / 3, "I5": 10})
    result = assess(make_request(), CAT, CTX, scores=scores, members=members, present=present, recused=["gov2"])
    assert result.score == pytest.approx(60)
    assert result.aggregate is not None
    assert result.aggregate.constituency_scores == pytest.approx({GOV: 80, EMP: 80, UNI: 20})
    # a recused member is ignored even when everyone is present
    agg = aggregate(scores, members, W, recused=["gov2", "uni2"])
    assert agg.board_score == pytest.approx(60)
    # a constituency whose only scorer is recused goes missing
    agg = aggregate(scores, members, W, present=present, recused=["emp1"])
    assert agg.missing == [EMP]


# ------------------------------------------------------------------------------- the real sample board


@pytest.fixture(scope="module")
def sample_rows(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    db = store.open_db(tmp_path_factory.mktemp("sample") / "b.db")
    try:
        sample.load_sample(db)
        return {row["reference"]: row for row in db.query("select * from requests")}
    finally:
        db.close()


@pytest.fixture(scope="module")
def sample_ctx() -> BoardContext:
    return BoardContext.of(load_board(ROOT / "data" / "sample" / "board.toml"))


def test_the_sample_board_context(sample_ctx: BoardContext):
    assert sample_ctx.shortage_list == frozenset({"2221", "3221", "7115", "8342", "6121"})
    assert sample_ctx.statutory_minimum_wage == 1184
    assert sample_ctx.reliance_cap == pytest.approx(0.10)


# Each checked by hand against data/sample/requests.csv (board: minimum 1,184 EUR, reliance cap 0.10).
SAMPLE_GATE_FAILURES = [
    ("REQ-2026-0003", ["G1"], Outcome.REJECT),  # wage 1,480 < prevailing 1,610
    ("REQ-2026-0008", ["G2"], Outcome.DEFER),  # labour_dispute true
    ("REQ-2026-0013", ["G4"], Outcome.REJECT),  # 7 layoffs
    ("REQ-2026-0019", ["G5"], Outcome.REJECT),  # 2 violations
    ("REQ-2026-0024", ["G8"], Outcome.REJECT),  # fees 850
    ("REQ-2026-0030", ["G3"], Outcome.DEFER),  # 9112 not listed, advertised 10 < 28 days
    ("REQ-2026-0036", ["G9"], Outcome.REJECT),  # (70 + 40)/(180 + 40) = 0.50 > 0.10
    ("REQ-2026-0041", ["G2", "G4"], Outcome.REJECT),  # dispute (defer) and 12 layoffs (reject)
]

SAMPLE_MISSING = [
    ("REQ-2026-0005", ["G3"]),  # 8332 not listed, advertised days empty
    ("REQ-2026-0011", ["G4", "G5"]),  # layoffs and violations empty
    ("REQ-2026-0016", ["G8"]),  # fees empty
    ("REQ-2026-0022", ["G9"]),  # firm workforce empty
    ("REQ-2026-0027", ["G2"]),  # labour_dispute empty
    ("REQ-2026-0033", ["G4"]),  # layoffs empty; 2221 listed, so G3 passes without days
    ("REQ-2026-0039", ["G2", "G3", "G4", "G5", "G8", "G9"]),  # only the required columns
    ("REQ-2026-0046", ["G8", "G9"]),  # fees empty; foreign count empty, 3/(300+3) = 0.01 ≤ 0.10 decides nothing
]

# Technical scores: every auto criterion 20 except P1 (0 when a local was hired, 10 when advertised ≥ 28 d with
# no local hire, 20 when listed): P1 0 → 100 × 52/62 = 83.87; P1 10 → 100 × 57/62 = 91.94; P1 20 → 100.
SAMPLE_APPROVALS = [
    ("REQ-2026-0001", 0),  # 9211, 4 locals hired
    ("REQ-2026-0006", 20),  # 2221 listed
    ("REQ-2026-0010", 10),  # 8160, 35 d, none hired
    ("REQ-2026-0014", 0),  # 5322, 2 hired
    ("REQ-2026-0018", 0),  # 2512, 1 hired
    ("REQ-2026-0021", 10),  # 6222, 30 d, none hired
    ("REQ-2026-0026", 20),  # 6121 listed
    ("REQ-2026-0031", 0),  # 7411, 1 hired
    ("REQ-2026-0035", 20),  # 7115 listed
    ("REQ-2026-0044", 0),  # 7212, 1 hired
]


@pytest.mark.parametrize(("reference", "gates", "outcome"), SAMPLE_GATE_FAILURES)
def test_sample_gate_failures(
    sample_rows: dict[str, dict[str, Any]], sample_ctx: BoardContext, reference: str, gates: list[str], outcome: Outcome
):
    result = assess(sample_rows[reference], CAT, sample_ctx)
    assert result.reference == reference
    assert result.gates_failed == gates
    assert result.recommendation.outcome is outcome
    assert result.recommendation.reason == "gate_failed"
    assert result.recommendation.gates == gates


@pytest.mark.parametrize(("reference", "gates"), SAMPLE_MISSING)
def test_sample_missing_evidence(
    sample_rows: dict[str, dict[str, Any]], sample_ctx: BoardContext, reference: str, gates: list[str]
):
    result = assess(sample_rows[reference], CAT, sample_ctx)
    assert result.gates_failed == []
    assert result.gates_unknown == gates
    assert result.recommendation.outcome is Outcome.DEFER
    assert result.recommendation.reason == "missing_evidence"
    assert result.recommendation.gates == gates


@pytest.mark.parametrize(("reference", "p1"), SAMPLE_APPROVALS)
def test_sample_strong_approvals(
    sample_rows: dict[str, dict[str, Any]], sample_ctx: BoardContext, reference: str, p1: int
):
    result = assess(sample_rows[reference], CAT, sample_ctx)
    assert result.gates_failed == [] and result.gates_unknown == []
    assert {c: result.technical_points[c] for c in AUTO} == {**dict.fromkeys(AUTO, 20), "P1": p1}
    assert result.technical_score == pytest.approx(100 * (52 + 10 * p1 / 20) / 62)
    assert result.recommendation.outcome is Outcome.APPROVE
    assert result.recommendation.reason == "score_approve"


def test_sample_g1_reason_names_both_wages(sample_rows: dict[str, dict[str, Any]], sample_ctx: BoardContext):
    result = assess(sample_rows["REQ-2026-0003"], CAT, sample_ctx)
    assert {1480, 1610} <= figures(gate(result.gates, "G1").reason)
