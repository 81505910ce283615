"""The assessment engine: gates, technical score, member scores, recommendation, sensitivity (DESIGN §3).

Plain Python, small on purpose, so that anyone can audit it against the design. Every rule's docstring
names the section it implements. The engine returns data and codes; the faces word them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from statistics import mean
from typing import Any

from tripartite.criteria import Catalogue, Family
from tripartite.models import ConditionKind, Constituency, Outcome

Request = Mapping[str, Any]
Points = Mapping[str, float | None]


class GateStatus(StrEnum):
    """A gate's state for one request (DESIGN §3 "Gates", §8.4 ``assess --json``)."""

    PASSED = "passed"
    FAILED = "failed"
    UNKNOWN = "unknown"  # an automatic gate whose data is missing: missing evidence
    NOT_ASSESSED = "not_assessed"  # an attestation gate nobody has answered yet, or a disabled gate


@dataclass(frozen=True)
class BoardContext:
    """The board settings the gates and criteria read (board.toml, DESIGN §8.3).

    Attributes:
        shortage_list: ISCO-08 unit groups on the shortage list (G3, P1).
        statutory_minimum_wage: the monthly minimum in the board's currency (G1), if set.
        currency: the board's currency; the statutory minimum applies only to wages in it.
        reliance_cap: the board's G9 cap; when set it enables G9, else the catalogue decides.
    """

    shortage_list: frozenset[str] = frozenset()
    statutory_minimum_wage: float | None = None
    currency: str | None = None
    reliance_cap: float | None = None

    @classmethod
    def of(cls, config: Any) -> BoardContext:
        """The context of a :class:`~tripartite.board.BoardConfig` (or None: no shortage list, no minimum)."""
        if config is None:
            return cls()
        return cls(frozenset(config.shortage_list), config.statutory_minimum_wage, config.currency, config.reliance_cap)


@dataclass(frozen=True)
class GateResult:
    """One gate's verdict, with its reason in data terms (e.g. ``wage 1,850 < prevailing 2,100``)."""

    code: str
    status: GateStatus
    reason: str
    on_fail: Outcome


@dataclass(frozen=True)
class Aggregate:
    """Member scores aggregated by constituency (DESIGN §3 "Aggregation").

    Attributes:
        member_totals: Tₘ for each counted member.
        constituency_scores: G꜀ for each constituency with a scoring member.
        missing: constituencies with no scoring member (flagged).
        board_score: the mean of the G꜀, or None without member scores.
        criterion_points: per criterion, member points → constituency mean → mean of constituencies.
        constituency_criterion_points: per constituency, its mean points per criterion.
    """

    member_totals: dict[str, float]
    constituency_scores: dict[Constituency, float]
    missing: list[Constituency]
    board_score: float | None
    criterion_points: dict[str, float]
    constituency_criterion_points: dict[Constituency, dict[str, float]]


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


@dataclass(frozen=True)
class FamilyMove:
    """The score and band when one family's weight moves by ``delta`` points and all are renormalised."""

    family: Family
    delta: int
    score: float
    band: Outcome
    band_changed: bool


@dataclass(frozen=True)
class CriticalWeight:
    """The smallest change of one criterion's weight that carries the score across the pass mark."""

    criterion: str
    delta: int
    weight: float
    score: float


@dataclass(frozen=True)
class Sensitivity:
    """How far the conclusion can be trusted (DESIGN §3 "Disagreement and sensitivity").

    Attributes:
        divergence: max G꜀ − min G꜀, or None with fewer than two constituency scores.
        split: a constituency split (divergence ≥ 20, or G꜀ on both sides of the pass mark).
        split_drivers: up to three criteria whose constituency means differ most (weighted).
        family_moves: each family weight ±10.
        profiles: the score and band under each constituency's own family weights.
        critical: the critical weight, or None if no single weight change crosses the pass mark.
        robust: True when no family move or profile changes the band.
        fragile_on: the families (and profiles, as ``profile:<constituency>``) that change it.
    """

    divergence: float | None
    split: bool
    split_drivers: list[str]
    family_moves: list[FamilyMove]
    profiles: dict[Constituency, tuple[float, Outcome]]
    critical: CriticalWeight | None
    robust: bool
    fragile_on: list[str]


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


# ------------------------------------------------------------------------------------------- helpers


def _num(value: float) -> str:
    """A figure as people write it: 1,850 or 1,850.5 (reasons are data, not translated prose)."""
    return f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"


def _ratio(value: float) -> str:
    return f"{value:.2f}"


def reliance(request: Request) -> float | None:
    """(firm_foreign + N) / (firm_employees + N): the firm's foreign share after admission (G9, I4)."""
    n, employees, foreign = request["workers_requested"], request["firm_employees"], request["firm_foreign_employees"]
    if employees is None or foreign is None:
        return None
    return float((foreign + n) / (employees + n))


def _reliance_floor(request: Request) -> float | None:
    """The lowest possible share when only the workforce is known (no foreign employees at all)."""
    n, employees = request["workers_requested"], request["firm_employees"]
    return None if employees is None else n / (employees + n)


# ----------------------------------------------------------------------------------------------- gates


def _gate_g1(req: Request, cat: Catalogue, ctx: BoardContext) -> tuple[GateStatus, str]:
    """G1 wage floor: wage_offered ≥ prevailing_wage, and ≥ the statutory minimum (DESIGN §3)."""
    wage, prevailing = req["wage_offered"], req["prevailing_wage"]
    if wage < prevailing:
        return GateStatus.FAILED, f"wage {_num(wage)} < prevailing {_num(prevailing)}"
    minimum = ctx.statutory_minimum_wage
    same_currency = ctx.currency is None or req.get("currency") in (None, ctx.currency)
    if minimum is not None and same_currency and wage < minimum:
        return GateStatus.FAILED, f"wage {_num(wage)} < statutory minimum {_num(minimum)}"
    return GateStatus.PASSED, f"wage {_num(wage)} ≥ prevailing {_num(prevailing)}"


def _flag_gate(field_name: str, label: str) -> Callable[[Request, Catalogue, BoardContext], tuple[GateStatus, str]]:
    def rule(req: Request, cat: Catalogue, ctx: BoardContext) -> tuple[GateStatus, str]:
        value = req[field_name]
        if value is None:
            return GateStatus.UNKNOWN, f"missing evidence: {field_name}"
        if value:
            return GateStatus.FAILED, f"{label} reported"
        return GateStatus.PASSED, f"no {label}"

    rule.__doc__ = f"A yes/no gate on {field_name}: yes fails, no passes, empty is missing evidence (DESIGN §3)."
    return rule


def _zero_gate(field_name: str, label: str) -> Callable[[Request, Catalogue, BoardContext], tuple[GateStatus, str]]:
    def rule(req: Request, cat: Catalogue, ctx: BoardContext) -> tuple[GateStatus, str]:
        value = req[field_name]
        if value is None:
            return GateStatus.UNKNOWN, f"missing evidence: {field_name}"
        if value > 0:
            return GateStatus.FAILED, f"{label} {_num(value)} > 0"
        return GateStatus.PASSED, f"{label} 0"

    rule.__doc__ = f"A count gate: {field_name} must be 0; empty is missing evidence (DESIGN §3)."
    return rule


def _gate_g3(req: Request, cat: Catalogue, ctx: BoardContext) -> tuple[GateStatus, str]:
    """G3 labour-market test: on the shortage list, or advertised ≥ the required days (DESIGN §3, §8.4)."""
    if req["occupation_isco"] in ctx.shortage_list:
        return GateStatus.PASSED, f"occupation {req['occupation_isco']} on the shortage list"
    days = req["vacancy_advertised_days"]
    if days is None:
        return GateStatus.UNKNOWN, "missing evidence: vacancy_advertised_days (occupation not on the shortage list)"
    if days >= cat.advertised_days:
        return GateStatus.PASSED, f"advertised {days} days ≥ {cat.advertised_days}"
    return GateStatus.FAILED, f"advertised {days} days < {cat.advertised_days}, occupation not on the shortage list"


def _gate_g9(req: Request, cat: Catalogue, ctx: BoardContext) -> tuple[GateStatus, str]:
    """G9 reliance cap: (firm_foreign + N) / (firm_employees + N) ≤ cap (DESIGN §3).

    With the workforce known but not its foreign share, the gate still fails when even a firm with no
    foreign employee would exceed the cap (DESIGN §8.4: decided when the known fields decide it).
    """
    cap = ctx.reliance_cap if ctx.reliance_cap is not None else cat.gate("G9").cap or 0.10
    share = reliance(req)
    if share is None:
        floor = _reliance_floor(req)
        if floor is not None and floor > cap:
            return GateStatus.FAILED, f"share at least {_ratio(floor)} > cap {_ratio(cap)}"
        return GateStatus.UNKNOWN, "missing evidence: firm_employees, firm_foreign_employees"
    if share > cap:
        return GateStatus.FAILED, f"foreign share {_ratio(share)} > cap {_ratio(cap)}"
    return GateStatus.PASSED, f"foreign share {_ratio(share)} ≤ cap {_ratio(cap)}"


_GATE_RULES: dict[str, Callable[[Request, Catalogue, BoardContext], tuple[GateStatus, str]]] = {
    "G1": _gate_g1,
    "G2": _flag_gate("labour_dispute", "labour dispute"),
    "G3": _gate_g3,
    "G4": _zero_gate("layoffs_last_12m", "layoffs"),
    "G5": _zero_gate("compliance_violations_3y", "violations"),
    "G8": _zero_gate("fees_charged_to_workers", "fees charged to workers"),
    "G9": _gate_g9,
}


def _gate_enabled(code: str, cat: Catalogue, ctx: BoardContext) -> bool:
    """G9 is on when the board sets a reliance cap; otherwise the catalogue's flag decides (DESIGN §8.3)."""
    if code == "G9" and ctx.reliance_cap is not None:
        return True
    return cat.gate(code).enabled


def evaluate_gates(
    request: Request, catalogue: Catalogue, ctx: BoardContext, attestations: Mapping[str, bool] | None = None
) -> list[GateResult]:
    """Every gate of the catalogue for one request (DESIGN §3 "Gates").

    Attestation gates (G6, G7) count only once answered: until then they are *not assessed*, which
    neither passes nor blocks. A disabled gate is also *not assessed*.
    """
    attestations = attestations or {}
    results = []
    for gate in catalogue.gates:
        if not _gate_enabled(gate.code, catalogue, ctx):
            results.append(GateResult(gate.code, GateStatus.NOT_ASSESSED, "disabled", gate.on_fail))
        elif gate.kind == "attestation":
            answer = attestations.get(gate.code)
            if answer is None:
                results.append(GateResult(gate.code, GateStatus.NOT_ASSESSED, "not yet attested", gate.on_fail))
            elif answer:
                results.append(GateResult(gate.code, GateStatus.PASSED, "attested by the board", gate.on_fail))
            else:
                results.append(GateResult(gate.code, GateStatus.FAILED, "attestation refused", gate.on_fail))
        else:
            status, reason = _GATE_RULES[gate.code](request, catalogue, ctx)
            results.append(GateResult(gate.code, status, reason, gate.on_fail))
    return results


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
        floor = _reliance_floor(req)
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


def score_total(points: Points, weights: Mapping[str, float]) -> float | None:
    """100 × Σ wⱼ·pⱼ/20 / Σ wⱼ over the criteria present in the set (DESIGN §3 "Aggregation").

    An unscored criterion (None or absent) neither counts as 0 nor carries weight.

    Returns:
        The total on 0–100, or None when nothing is scored.
    """
    scored = [(weights[c], p) for c, p in points.items() if p is not None and c in weights]
    total_weight = sum(w for w, _ in scored)
    if not total_weight:
        return None
    # Clamped: the division can land a rounding step outside 0–100 (e.g. 100.00000000000001).
    return min(100.0, max(0.0, 100 * sum(w * p / 20 for w, p in scored) / total_weight))


# ----------------------------------------------------------------------------------------- aggregation


def aggregate(
    scores: Mapping[str, Mapping[str, float]],
    members: Mapping[str, Constituency],
    weights: Mapping[str, float],
    *,
    present: Iterable[str] | None = None,
    recused: Iterable[str] = (),
) -> Aggregate:
    """Member totals → constituency scores → board score, and the same per criterion (DESIGN §3).

    Args:
        scores: member id → {criterion code → points}.
        members: member id → constituency.
        weights: criterion code → weight.
        present: ids of present members (None: everyone in ``members``).
        recused: ids recused for this item; their scores never count.
    """
    counted_ids = set(members) if present is None else set(present) & set(members)
    counted_ids -= set(recused)
    totals: dict[str, float] = {}
    by_group: dict[Constituency, list[str]] = {c: [] for c in Constituency}
    for member_id in sorted(counted_ids):
        member_points = {c: p for c, p in scores.get(member_id, {}).items() if c in weights and p is not None}
        total = score_total(member_points, weights)
        if total is not None:
            totals[member_id] = total
            by_group[members[member_id]].append(member_id)
    groups = {c: mean(totals[m] for m in ids) for c, ids in by_group.items() if ids}
    missing = [c for c in Constituency if c not in groups]
    per_group_criteria: dict[Constituency, dict[str, float]] = {}
    for group, ids in by_group.items():
        if not ids:
            continue
        means: dict[str, float] = {}
        for code in weights:
            values = [scores[m][code] for m in ids if scores[m].get(code) is not None]
            if values:
                means[code] = mean(values)
        per_group_criteria[group] = means
    criterion_points = {}
    for code in weights:
        values = [g[code] for g in per_group_criteria.values() if code in g]
        if values:
            criterion_points[code] = mean(values)
    board = mean(groups.values()) if groups else None
    return Aggregate(totals, groups, missing, board, criterion_points, per_group_criteria)


# -------------------------------------------------------------------------------------- recommendation


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


# ----------------------------------------------------------------------------------------- sensitivity

# A score function: weights → score. Member sets and the technical set share the one below.
ScoreFn = Callable[[Mapping[str, float]], float | None]


def _scorer(
    technical: Points, agg_input: tuple[Mapping[str, Mapping[str, float]], Mapping[str, Constituency], set[str]] | None
) -> ScoreFn:
    """The score under other weights: the board score when members scored, else the technical score."""
    if agg_input is None:
        return lambda weights: score_total(technical, weights)
    scores, members, counted = agg_input
    return lambda weights: aggregate(scores, members, weights, present=counted).board_score


def _moved(weights: Mapping[str, float], catalogue: Catalogue, family: Family, delta: float) -> dict[str, float]:
    """Family weight moved by ``delta`` points, spread over its criteria in proportion, then renormalised to 100."""
    family_total = sum(weights[c.code] for c in catalogue.criteria if c.family is family)
    factor = max(family_total + delta, 0) / family_total if family_total else 1.0
    moved = {c.code: weights[c.code] * (factor if c.family is family else 1.0) for c in catalogue.criteria}
    total = sum(moved.values())
    return {code: 100 * w / total for code, w in moved.items()} if total else moved


def _profile_weights(catalogue: Catalogue, profile: Mapping[Family, float]) -> dict[str, float]:
    """Criterion weights rescaled so each family totals the profile's weight."""
    family_totals = catalogue.family_weights()
    return {
        c.code: c.weight * profile[c.family] / family_totals[c.family] if family_totals[c.family] else 0.0
        for c in catalogue.criteria
    }


OneWeightFn = Callable[[str, float], float | None]


def _one_weight_scorer(
    sets: list[tuple[Constituency | None, Mapping[str, float | None]]], weights: Mapping[str, float]
) -> OneWeightFn:
    """The score when only one criterion's weight changes, in time linear in the score sets.

    Each set's total is N/D with N = Σ wⱼ·pⱼ/20 and D = Σ wⱼ over its scored criteria; changing wⱼ by Δ
    adds Δ·pⱼ/20 to N and Δ to D if the set scored j. Same rule as :func:`aggregate`: sets → their
    group's mean → the mean of the groups (one group for the technical score).
    """
    prepared = []
    for group, points in sets:
        scored = {c: p for c, p in points.items() if p is not None and c in weights}
        numerator = sum(weights[c] * p / 20 for c, p in scored.items())
        prepared.append((group, numerator, sum(weights[c] for c in scored), scored))

    def score(code: str, new_weight: float) -> float | None:
        delta = new_weight - weights[code]
        by_group: dict[Constituency | None, list[float]] = {}
        for group, numerator, denominator, scored in prepared:
            if code in scored:
                numerator, denominator = numerator + delta * scored[code] / 20, denominator + delta
            if denominator > 0:
                by_group.setdefault(group, []).append(100 * numerator / denominator)
        return mean(mean(v) for v in by_group.values()) if by_group else None

    return score


def _critical(
    base: float, weights: Mapping[str, float], catalogue: Catalogue, score_one: OneWeightFn
) -> CriticalWeight | None:
    """The smallest whole-point change of one weight (others kept) that crosses the pass mark (DESIGN §3).

    Searches outward from the current weight, one point at a time, each criterion up to ±100 points
    (a weight cannot go below 0). Ties go to the catalogue's order.
    """
    above = base >= catalogue.pass_mark
    best: CriticalWeight | None = None
    for criterion in catalogue.criteria:
        code = criterion.code
        for step in range(1, 101):
            if best is not None and step >= abs(best.delta):
                break
            found = None
            for delta in (-step, step):
                new_weight = weights[code] + delta
                if new_weight < 0:
                    continue
                score = score_one(code, new_weight)
                if score is not None and (score >= catalogue.pass_mark) != above:
                    found = CriticalWeight(code, delta, new_weight, score)
                    break
            if found:
                best = found
                break
    return best


def sensitivity(
    catalogue: Catalogue,
    technical: Points,
    agg: Aggregate | None = None,
    scores: Mapping[str, Mapping[str, float]] | None = None,
    members: Mapping[str, Constituency] | None = None,
) -> Sensitivity | None:
    """Divergence, split, its drivers, ±10 family moves, profiles, critical weight (DESIGN §3).

    Args:
        catalogue: the catalogue in force.
        technical: the technical points (used when no member scored).
        agg: the aggregate of member scores, if any.
        scores: the member scores behind ``agg``.
        members: member id → constituency behind ``agg``.

    Returns:
        None when there is no score at all to test.
    """
    weights = catalogue.weights
    use_members = agg is not None and agg.board_score is not None and scores is not None and members is not None
    agg_input = (scores, members, set(agg.member_totals)) if use_members else None  # type: ignore[union-attr]
    score_fn = _scorer(technical, agg_input)  # type: ignore[arg-type]
    base = score_fn(weights)
    if base is None:
        return None
    base_band = band(base, catalogue)

    divergence, split, drivers = None, False, []
    if agg is not None and len(agg.constituency_scores) >= 2:
        values = list(agg.constituency_scores.values())
        divergence = max(values) - min(values)
        sides = {v >= catalogue.pass_mark for v in values}
        split = divergence >= 20 or len(sides) > 1
        spreads = []
        for criterion in catalogue.criteria:
            means = [g[criterion.code] for g in agg.constituency_criterion_points.values() if criterion.code in g]
            if len(means) >= 2 and max(means) > min(means):
                spreads.append((criterion.weight * (max(means) - min(means)), criterion.code))
        drivers = [code for _, code in sorted(spreads, key=lambda s: (-s[0], s[1]))[:3]]

    moves = []
    for family in Family:
        for delta in (-10, 10):
            score = score_fn(_moved(weights, catalogue, family, delta))
            if score is None:
                continue
            moved_band = band(score, catalogue)
            moves.append(FamilyMove(family, delta, score, moved_band, moved_band is not base_band))
    profiles = {}
    for group, profile in catalogue.profiles.items():
        score = score_fn(_profile_weights(catalogue, profile))
        if score is not None:
            profiles[group] = (score, band(score, catalogue))
    fragile = sorted({m.family.value for m in moves if m.band_changed})
    fragile += [f"profile:{g.value}" for g, (_, b) in profiles.items() if b is not base_band]
    # The weight search re-scores hundreds of times: use the linear form instead of a full aggregate.
    members_sets = [(members[m], scores[m]) for m in sorted(agg.member_totals)] if use_members else []  # type: ignore[index,union-attr]
    sets: list[tuple[Constituency | None, Mapping[str, float | None]]] = members_sets or [(None, technical)]
    critical = _critical(base, weights, catalogue, _one_weight_scorer(sets, weights))
    return Sensitivity(divergence, split, drivers, moves, profiles, critical, not fragile, fragile)


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
