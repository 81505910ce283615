"""Procedure and results in plain words: quorum, which rule decided and why, divergence and sensitivity.

The core returns figures and codes (DESIGN §1); these functions word them for the room. They see only
procedure data and revealed tallies, never a sealed ballot.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from tripartite import rules
from tripartite.criteria import Catalogue
from tripartite.models import Constituency, DecisionRule, Vote
from tripartite.sensitivity import Sensitivity
from tripartite.ui import labels


def _fill(template: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", str(value))
    return template


def _number(value: float, decimals: int = 1) -> str:
    return QLocale().toString(float(value), "f", decimals)


def groups(codes: list[Any]) -> str:
    """Constituency names, comma-separated."""
    return ", ".join(labels.constituency(c) for c in codes)


def quorum(result: rules.QuorumResult, procedure: rules.Rules) -> str:
    """Quorum in one sentence, naming any constituency missing."""
    if result.met:
        text = _fill(
            QCoreApplication.translate("Explain", "Quorum met: %1 present and entitled, %2 required."),
            result.present,
            result.required,
        )
        if procedure.quorum.value == "half_and_each_group":
            text += " " + QCoreApplication.translate("Explain", "Every group is represented.")
        return text
    text = _fill(
        QCoreApplication.translate("Explain", "No quorum: %1 present and entitled, %2 required."),
        result.present,
        result.required,
    )
    if result.groups_missing:
        text += " " + _fill(
            QCoreApplication.translate("Explain", "No entitled member present for: %1."), groups(result.groups_missing)
        )
    return text


def _totals(tally: rules.Tally) -> tuple[int, int, int]:
    return (
        sum(g["for"] for g in tally.values()),
        sum(g["against"] for g in tally.values()),
        sum(g["abstain"] for g in tally.values()),
    )


def _rule_sentence(rule: DecisionRule, tally: rules.Tally, procedure: rules.Rules) -> str:
    votes_for, against, _abstain = _totals(tally)
    if rule is DecisionRule.CONSENSUS:
        if against:
            return _fill(
                QCoreApplication.translate("Explain", "Consensus needs nobody against; %1 voted against."), against
            )
        if not votes_for:
            return QCoreApplication.translate("Explain", "Consensus needs at least one vote for; nobody voted for.")
        return _fill(
            QCoreApplication.translate("Explain", "Consensus: nobody voted against and %1 voted for."), votes_for
        )
    if rule is DecisionRule.SIMPLE_MAJORITY:
        return _fill(
            QCoreApplication.translate(
                "Explain", "Simple majority: %1 for, %2 against (abstentions are not votes cast)."
            ),
            votes_for,
            against,
        )
    if rule is DecisionRule.QUALIFIED_MAJORITY:
        fraction = procedure.qualified_fraction
        needed = fraction * (votes_for + against)
        return _fill(
            QCoreApplication.translate(
                "Explain", "Qualified majority of %1: %2 for out of %3 votes cast; at least %4 needed."
            ),
            f"{fraction.numerator}/{fraction.denominator}",
            votes_for,
            votes_for + against,
            _number(float(needed), 1 if needed != int(needed) else 0),
        )
    if rule is DecisionRule.GROUP_MAJORITY:
        blocks = rules.block_positions(tally)
        for_groups = [g for g, v in blocks.items() if v is Vote.FOR]
        against_groups = [g for g, v in blocks.items() if v is Vote.AGAINST]
        text = _fill(
            QCoreApplication.translate("Explain", "Group majority: %1 of 3 group blocks for (%2 required)."),
            len(for_groups),
            procedure.groups_required,
        )
        if for_groups:
            text += " " + _fill(QCoreApplication.translate("Explain", "For: %1."), groups(for_groups))
        if against_groups:
            text += " " + _fill(QCoreApplication.translate("Explain", "Against: %1."), groups(against_groups))
        undecided = [g for g, v in blocks.items() if v is None]
        if undecided:
            text += " " + _fill(QCoreApplication.translate("Explain", "No block position: %1."), groups(undecided))
        return text
    weighted_for, weighted_against = rules.weighted(tally)
    return _fill(
        QCoreApplication.translate(
            "Explain", "Group-weighted vote: each group weighs the same; weighted for %1, against %2."
        ),
        _number(float(weighted_for), 2),
        _number(float(weighted_against), 2),
    )


def decision(motion: dict[str, Any], tally: rules.Tally, procedure: rules.Rules) -> list[str]:
    """Which rule decided a revealed motion and why, sentence by sentence.

    Args:
        motion: the motion row (``adopted``, ``rule``, ``note``, ``casting_vote_used``).
        tally: its tally by constituency.
        procedure: the rules of procedure in force.
    """
    rule = DecisionRule(motion["rule"])
    note = motion["note"]
    sentences = []
    if note == "no_consensus_fallback":
        sentences.append(_rule_sentence(DecisionRule.CONSENSUS, tally, procedure))
        sentences.append(
            _fill(
                QCoreApplication.translate("Explain", "No consensus, so the fallback rule decided: %1."),
                labels.rule(rule),
            )
        )
    sentences.append(_rule_sentence(rule, tally, procedure))
    if note == "casting_vote" or motion["casting_vote_used"]:
        sentences.append(
            QCoreApplication.translate("Explain", "The votes were tied; the chair's casting vote decided.")
        )
    elif note == "tie":
        sentences.append(
            QCoreApplication.translate(
                "Explain", "The votes were tied and there is no casting vote, so the motion is not adopted."
            )
        )
    sentences.append(
        QCoreApplication.translate("Explain", "The motion is adopted.")
        if motion["adopted"]
        else QCoreApplication.translate("Explain", "The motion is not adopted.")
    )
    return sentences


def sensitivity(result: Sensitivity | None, catalogue: Catalogue) -> list[str]:
    """Divergence, split, its drivers, robustness and the critical weight in words."""
    if result is None:
        return [
            QCoreApplication.translate(
                "Explain", "No score to test: nobody scored and the dossier gives no technical score."
            )
        ]
    out = []
    if result.divergence is None:
        out.append(
            QCoreApplication.translate(
                "Explain", "Fewer than two groups scored, so there is no divergence between groups."
            )
        )
    elif result.split:
        out.append(
            _fill(
                QCoreApplication.translate("Explain", "Divergence between groups: %1 points. The groups are split."),
                _number(result.divergence),
            )
        )
    else:
        out.append(
            _fill(
                QCoreApplication.translate("Explain", "Divergence between groups: %1 points. No split."),
                _number(result.divergence),
            )
        )
    if result.split_drivers:
        names = ", ".join(f"{c} {catalogue.criterion(c).label}" for c in result.split_drivers)
        out.append(_fill(QCoreApplication.translate("Explain", "The split comes mostly from: %1."), names))
    if result.robust:
        out.append(
            QCoreApplication.translate(
                "Explain", "Robust: moving any family's weight by 10 points does not change the band."
            )
        )
    else:
        fragile = [
            _fill(
                QCoreApplication.translate("Explain", "the %1 group's own weights"),
                labels.constituency(f.split(":", 1)[1]),
            )
            if f.startswith("profile:")
            else labels.family(f).lower()
            for f in result.fragile_on
        ]
        out.append(
            _fill(
                QCoreApplication.translate("Explain", "Fragile: the band changes when these weights move: %1."),
                ", ".join(fragile),
            )
        )
    if result.critical is not None:
        critical = result.critical
        out.append(
            _fill(
                QCoreApplication.translate(
                    "Explain",
                    "Critical weight: %1 moved by %2 points (to %3) would carry the score across the pass mark.",
                ),
                f"{critical.criterion} {catalogue.criterion(critical.criterion).label}",
                f"{critical.delta:+d}",
                _number(critical.weight, 0),
            )
        )
    return out


def fraction_text(value: Fraction) -> str:
    """A fraction as ``2/3``."""
    return f"{value.numerator}/{value.denominator}"


def identifying_warning(tally: rules.Tally) -> str | None:
    """The secret-ballot warning when a tally identifies a member (a group with a single voter)."""
    lonely = rules.identifying_groups(tally)
    if not lonely:
        return None
    return _fill(
        QCoreApplication.translate(
            "Explain", "Warning: in %1 a single member voted, so this group's tally shows how that member voted."
        ),
        groups([Constituency(g) for g in lonely]),
    )
