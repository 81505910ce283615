"""The assessment of one request (DESIGN §3): the technical score, and :func:`assess`, which puts it all together.

Plain Python, small on purpose, so that anyone can audit it against the design. Every rule's docstring
names the section it implements. The engine returns data and codes; the faces word them. Its parts
each have a module: the gates (:mod:`tripartite.gates`), the scores and their aggregation
(:mod:`tripartite.aggregation`), the recommendation (:mod:`tripartite.recommendation`) and the
sensitivity analysis (:mod:`tripartite.sensitivity`); this module holds the dossier's points per
criterion and the facade.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from tripartite.aggregation import Aggregate, aggregate, score_total
from tripartite.criteria import Catalogue
from tripartite.gates import BoardContext, GateResult, GateStatus, Request, evaluate_gates, reliance, reliance_floor
from tripartite.models import Constituency
from tripartite.recommendation import Recommendation, recommend
from tripartite.sensitivity import Sensitivity, sensitivity


@dataclass(frozen=True)
class Assessment:
    """Everything the board sees about one request."""

    reference: str
    gates: list[GateResult]
    technical_points: dict[str, int | None]
    technical_score: float | None
    aggregate: Aggregate | None
    recommendation: Recommendation
    sensitivity: Sensitivity | None

    @property
    def gates_failed(self) -> list[str]:
        """Codes of the failed gates."""
        return [g.code for g in self.gates if g.status is GateStatus.FAILED]

    @property
    def gates_unknown(self) -> list[str]:
        """Codes of the automatic gates with missing evidence."""
        return [g.code for g in self.gates if g.status is GateStatus.UNKNOWN]

    @property
    def score(self) -> float | None:
        """The board score, or the technical score when no member has scored."""
        return self.recommendation.score


# ------------------------------------------------------------------------------------- technical score


def _band(value: float, upper: float, lower: float, *, strict_lower: bool) -> int:
    """20 at or above ``upper``; 10 above (or at, unless strict) ``lower``; else 0."""
    if value >= upper:
        return 20
    if value > lower or (not strict_lower and value >= lower):
        return 10
    return 0


def _crit_p1(req: Request, cat: Catalogue, ctx: BoardContext) -> int | None:
    """P1 shortage evidence: 20 on the shortage list; else 10 if advertised ≥ 28 d and local_hired == 0; else 0.

    Decided on partial data where the known fields settle it (DESIGN §8.4).
    """
    if req["occupation_isco"] in ctx.shortage_list:
        return 20
    days, hired = req["vacancy_advertised_days"], req["local_hired"]
    if (days is not None and days < cat.advertised_days) or (hired is not None and hired > 0):
        return 0
    if days is None or hired is None:
        return None
    return 10


def _per_worker(field_name: str, code: str) -> Callable[[Request, Catalogue, BoardContext], int | None]:
    def rule(req: Request, cat: Catalogue, ctx: BoardContext) -> int | None:
        value = req[field_name]
        if value is None:
            return None
        upper, lower = cat.criterion(code).bands or (1.0, 0.0)
        return _band(value / req["workers_requested"], upper, lower, strict_lower=True)

    rule.__doc__ = f"{code}: {field_name} / N against the catalogue's bands: ≥ upper → 20, > lower → 10 (DESIGN §3)."
    return rule


def _crit_i1(req: Request, cat: Catalogue, ctx: BoardContext) -> int | None:
    """I1 wage level: wage_offered / prevailing_wage ≥ 1.20 → 20, ≥ 1.00 → 10, else 0 (DESIGN §3)."""
    upper, lower = cat.criterion("I1").bands or (1.2, 1.0)
    return _band(req["wage_offered"] / req["prevailing_wage"], upper, lower, strict_lower=False)


def _crit_i3(req: Request, cat: Catalogue, ctx: BoardContext) -> int | None:
    """I3 local recruitment: advertised ≥ 28 d on ≥ 2 channels → 20, advertised ≥ 14 d → 10, else 0 (DESIGN §3)."""
    criterion = cat.criterion("I3")
    days, channels = req["vacancy_advertised_days"], req["recruitment_channels"]
    if days is None:
        return None
    if days >= cat.advertised_days:
        if channels is None:
            return None  # 20 or 10: the channels decide
        return 20 if channels >= (criterion.channels or 2) else 10
    return 10 if days >= (criterion.short_days if criterion.short_days is not None else 14) else 0


def _crit_i4(req: Request, cat: Catalogue, ctx: BoardContext) -> int | None:
    """I4 reliance: (foreign + N) / (employees + N) ≤ 0.10 → 20, ≤ 0.25 → 10, else 0 (DESIGN §3, §8.4)."""
    low, high = cat.criterion("I4").bands or (0.10, 0.25)
    share = reliance(req)
    if share is None:
        floor = reliance_floor(req)
        return 0 if floor is not None and floor > high else None
    return 20 if share <= low else 10 if share <= high else 0


def _crit_s1(req: Request, cat: Catalogue, ctx: BoardContext) -> int | None:
    """S1 integration support: ≥ 4 items → 20, 2–3 → 10, else 0; an empty cell is unknown (DESIGN §3, §8.2)."""
    value = req["integration_support"]
    if not value:
        return None
    upper, lower = cat.criterion("S1").bands or (4, 2)
    return _band(len([i for i in value.split(";") if i]), upper, lower, strict_lower=False)


def _crit_s2(req: Request, cat: Catalogue, ctx: BoardContext) -> int | None:
    """S2 housing: provided and inspected → 20, provided → 10, else 0 (DESIGN §3, §8.4)."""
    provided, inspected = req["housing_provided"], req["housing_inspected"]
    if provided is None:
        return None
    if not provided:
        return 0
    if inspected is None:
        return None
    return 20 if inspected else 10


_CRITERION_RULES: dict[str, Callable[[Request, Catalogue, BoardContext], int | None]] = {
    "P1": _crit_p1,
    "P3": _per_worker("local_trainees", "P3"),
    "P4": _per_worker("local_jobs_created", "P4"),
    "I1": _crit_i1,
    "I3": _crit_i3,
    "I4": _crit_i4,
    "S1": _crit_s1,
    "S2": _crit_s2,
}


def technical_points(request: Request, catalogue: Catalogue, ctx: BoardContext) -> dict[str, int | None]:
    """Points per criterion from the dossier: None for member-judgement criteria and unknown data."""
    return {c.code: _CRITERION_RULES[c.code](request, catalogue, ctx) if c.auto else None for c in catalogue.criteria}


# ---------------------------------------------------------------------------------------------- facade


def assess(
    request: Request,
    catalogue: Catalogue,
    ctx: BoardContext,
    *,
    attestations: Mapping[str, bool] | None = None,
    scores: Mapping[str, Mapping[str, float]] | None = None,
    members: Mapping[str, Constituency] | None = None,
    present: Iterable[str] | None = None,
    recused: Iterable[str] = (),
    with_sensitivity: bool = True,
) -> Assessment:
    """Assess one request: gates, technical score, member aggregation, recommendation, sensitivity.

    Without member scores, the recommendation reads the technical score and technical points.
    ``with_sensitivity=False`` skips the weight search, which a bulk recording does not report.
    """
    gates = evaluate_gates(request, catalogue, ctx, attestations)
    points = technical_points(request, catalogue, ctx)
    auto_points = {c.code: points[c.code] for c in catalogue.criteria if c.auto}
    technical = score_total(auto_points, catalogue.weights)
    agg = None
    if scores and members:
        agg = aggregate(scores, members, catalogue.weights, present=present, recused=recused)
    score: float | None
    criterion_points: dict[str, float | None]
    if agg is not None and agg.board_score is not None:
        score, criterion_points = agg.board_score, dict(agg.criterion_points)
    else:
        score, criterion_points = technical, dict(points)
    recommendation = recommend(gates, score, criterion_points, catalogue)
    sens = sensitivity(catalogue, auto_points, agg, scores, members) if with_sensitivity else None
    return Assessment(str(request["reference"]), gates, points, technical, agg, recommendation, sens)


def rounded(value: float | None) -> float | None:
    """A score for JSON: two decimals (DESIGN §8.4), None kept; never NaN."""
    if value is None or math.isnan(value):
        return None
    return round(value, 2)
