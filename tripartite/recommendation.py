"""The advisory recommendation (DESIGN §3 "Recommendation"): the band of a score and the first rule that applies.

The recommendation advises; the board's vote decides. It reads the gates' verdicts first, then the
score against the catalogue's pass and conditional marks (:func:`band`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tripartite.aggregation import Points
from tripartite.criteria import Catalogue
from tripartite.gates import GateResult, GateStatus
from tripartite.models import ConditionKind, Outcome


@dataclass(frozen=True)
class Recommendation:
    """The advisory outcome (DESIGN §3 "Recommendation"); the vote decides.

    Attributes:
        outcome: approve, approve_with_conditions, reject or defer.
        conditions: suggested condition kinds (approve with conditions only).
        reason: ``gate_failed``, ``missing_evidence``, ``score_approve``, ``score_conditions``,
            ``score_reject`` or ``no_score``.
        gates: the gates behind a gate or missing-evidence reason.
        score: the score the band was read from (board score, else technical score).
    """

    outcome: Outcome
    conditions: list[ConditionKind]
    reason: str
    gates: list[str] = field(default_factory=list)
    score: float | None = None


def band(score: float, catalogue: Catalogue) -> Outcome:
    """The band of an unrounded score: approve ≥ pass mark; conditions ≥ conditional mark; else reject."""
    if score >= catalogue.pass_mark:
        return Outcome.APPROVE
    if score >= catalogue.conditional_mark:
        return Outcome.APPROVE_WITH_CONDITIONS
    return Outcome.REJECT


def recommend(
    gates: list[GateResult], score: float | None, criterion_points: Points, catalogue: Catalogue
) -> Recommendation:
    """The advisory recommendation, the first rule that applies (DESIGN §3 "Recommendation").

    1. a failed gate → its outcome, the most severe (reject before defer);
    2. an automatic gate with unknown data → defer, "missing evidence";
    3. score ≥ pass mark → approve;
    4. conditional mark ≤ score < pass mark → approve with conditions, one per weak criterion
       (aggregated points < 10) that suggests one;
    5. otherwise reject.
    """
    failed = [g for g in gates if g.status is GateStatus.FAILED]
    if failed:
        outcome = Outcome.REJECT if any(g.on_fail is Outcome.REJECT for g in failed) else Outcome.DEFER
        return Recommendation(outcome, [], "gate_failed", [g.code for g in failed], score)
    unknown = [g.code for g in gates if g.status is GateStatus.UNKNOWN]
    if unknown:
        return Recommendation(Outcome.DEFER, [], "missing_evidence", unknown, score)
    if score is None:
        return Recommendation(Outcome.DEFER, [], "no_score", [], None)
    outcome = band(score, catalogue)
    if outcome is Outcome.APPROVE:
        return Recommendation(outcome, [], "score_approve", [], score)
    if outcome is Outcome.REJECT:
        return Recommendation(outcome, [], "score_reject", [], score)
    conditions = [
        c.suggests
        for c in catalogue.criteria
        if c.suggests is not None and (points := criterion_points.get(c.code)) is not None and points < 10
    ]
    return Recommendation(outcome, conditions, "score_conditions", [], score)
