"""Scores from points and weights (DESIGN §3 "Aggregation"): a set's total, and member scores by constituency.

:func:`score_total` turns one set of points (the dossier's, or one member's) into a total on 0–100;
:func:`aggregate` takes member totals to constituency scores and the board score, and the same per
criterion. The recommendation, the sensitivity analysis and the faces' charts all score through here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from statistics import mean

from tripartite.models import Constituency

Points = Mapping[str, float | None]


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
