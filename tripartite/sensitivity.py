"""How far a conclusion can be trusted (DESIGN §3 "Disagreement and sensitivity").

The divergence between constituencies and what drives it, the score under each family weight moved
by ±10 and under each constituency's own weights, and the critical weight: the smallest change of
one criterion's weight that carries the score across the pass mark. Pure computation over the scores
:mod:`tripartite.aggregation` makes; :func:`tripartite.assessment.assess` attaches the result.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from statistics import mean

from tripartite.aggregation import Aggregate, Points, aggregate, score_total
from tripartite.criteria import Catalogue, Family
from tripartite.models import Constituency, Outcome
from tripartite.recommendation import band


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
