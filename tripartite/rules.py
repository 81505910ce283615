"""Rules of procedure: seats, quorum and the five decision rules, exactly as DESIGN §4 and §8.4 define them.

Pure functions over plain data, so that every rule can be checked by hand. Fractions, not floats, keep
ties exact (group_weighted splits a group's weight among its voters).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from tripartite.models import Constituency, DecisionRule, Quorum, Role, Vote

Tally = dict[str, dict[str, int]]


@dataclass(frozen=True)
class Rules:
    """The board's rules of procedure that decide a motion (DESIGN §4)."""

    decision_rule: DecisionRule = DecisionRule.GROUP_MAJORITY
    groups_required: int = 2
    qualified_fraction: Fraction = Fraction(2, 3)
    consensus_fallback: DecisionRule | None = None
    casting_vote: bool = False
    quorum: Quorum = Quorum.HALF_AND_EACH_GROUP
    secretary_votes: bool = False

    @classmethod
    def of(cls, config: Any) -> Rules:
        """The rules of a :class:`~tripartite.board.BoardConfig`."""
        return cls(
            decision_rule=config.decision_rule,
            groups_required=config.groups_required,
            qualified_fraction=Fraction(config.qualified_fraction),
            consensus_fallback=config.consensus_fallback,
            casting_vote=config.casting_vote,
            quorum=config.quorum,
            secretary_votes=config.secretary_votes,
        )


@dataclass(frozen=True)
class Seat:
    """A board member as the rules see them."""

    member_id: str
    constituency: Constituency
    role: Role = Role.MEMBER
    active: bool = True
    alternate_of: str | None = None


def holds_seat(seat: Seat, rules: Rules) -> bool:
    """Seats are the active voting members; the secretary is not one unless ``secretary_votes`` (DESIGN §4)."""
    return seat.active and (seat.role is not Role.SECRETARY or rules.secretary_votes)


def seat_count(board: Iterable[Seat], rules: Rules) -> int:
    """How many seats the board has (the quorum's denominator)."""
    return sum(1 for s in board if holds_seat(s, rules))


def entitled(board: Iterable[Seat], present: Iterable[str], recused: Iterable[str], rules: Rules) -> list[Seat]:
    """Those present who hold a seat and are not recused, in board order (DESIGN §4, §8.4).

    An alternate who is present while the member they stand in for is absent takes that member's seat
    (choice recorded in the README: the design names alternates but not their seat).
    """
    board = list(board)
    here = set(present)
    out = set(recused)
    by_id = {s.member_id: s for s in board}
    chosen = []
    filled: set[str] = set()  # absent principals whose seat an alternate already took
    for seat in board:
        if seat.member_id not in here or seat.member_id in out:
            continue
        principal = by_id.get(seat.alternate_of or "")
        stands_in = (
            principal is not None
            and principal.member_id not in here
            and holds_seat(principal, rules)
            and principal.member_id not in filled
        )
        if holds_seat(seat, rules):
            chosen.append(seat)
        elif stands_in and principal is not None:  # stands_in implies a principal; mypy cannot tell
            filled.add(principal.member_id)
            chosen.append(seat)
    return chosen


@dataclass(frozen=True)
class QuorumResult:
    """Quorum for one item, after recusals (DESIGN §4).

    Attributes:
        met: whether the item can be decided.
        seats: the board's seats.
        required: ceil(seats / 2).
        present: present, entitled members.
        groups_missing: constituencies with no present, entitled member (``half_and_each_group`` only).
    """

    met: bool
    seats: int
    required: int
    present: int
    groups_missing: list[Constituency] = field(default_factory=list)


def quorum(seats: int, present_entitled: Iterable[Seat], rules: Rules) -> QuorumResult:
    """``half``: present, entitled ≥ ceil(seats/2); ``half_and_each_group`` also needs every constituency."""
    members = list(present_entitled)
    required = math.ceil(seats / 2)
    missing: list[Constituency] = []
    if rules.quorum is Quorum.HALF_AND_EACH_GROUP:
        groups = {s.constituency for s in members}
        missing = [c for c in Constituency if c not in groups]
    return QuorumResult(len(members) >= required and not missing, seats, required, len(members), missing)


@dataclass(frozen=True)
class Result:
    """The outcome of one vote on a motion.

    Attributes:
        adopted: whether the motion carries.
        rule: the rule that decided (the fallback's name when it decided).
        tally: {constituency: {for, against, abstain}} with all three constituencies.
        casting_vote_used: the chair's vote resolved a tie (adopted or not).
        note: ``no_consensus_fallback``, ``casting_vote``, ``tie`` or None.
    """

    adopted: bool
    rule: DecisionRule
    tally: Tally
    casting_vote_used: bool = False
    note: str | None = None


def empty_tally() -> Tally:
    """A tally with every constituency at zero."""
    return {c.value: {v.value: 0 for v in Vote} for c in Constituency}


def tally_votes(votes: Mapping[str, Vote], seats: Mapping[str, Constituency]) -> Tally:
    """Count votes by constituency. Every voter must be an entitled seat (the caller checks)."""
    tally = empty_tally()
    for member_id, vote in votes.items():
        tally[seats[member_id].value][Vote(vote).value] += 1
    return tally


def _totals(tally: Tally) -> tuple[int, int]:
    return sum(g["for"] for g in tally.values()), sum(g["against"] for g in tally.values())


def _tie_break(rule: DecisionRule, tally: Tally, rules: Rules, chair_vote: Vote | None) -> Result:
    """An exact tie with at least one vote cast: the chair's casting vote, if the board has one (DESIGN §4)."""
    if rules.casting_vote and chair_vote in (Vote.FOR, Vote.AGAINST):
        return Result(chair_vote is Vote.FOR, rule, tally, True, "casting_vote")
    return Result(False, rule, tally, False, "tie")


def _simple(tally: Tally, rules: Rules, chair_vote: Vote | None) -> Result:
    """simple_majority: for > against; abstentions are not votes cast."""
    votes_for, against = _totals(tally)
    if votes_for == against and votes_for > 0:
        return _tie_break(DecisionRule.SIMPLE_MAJORITY, tally, rules, chair_vote)
    return Result(votes_for > against, DecisionRule.SIMPLE_MAJORITY, tally)


def _qualified(tally: Tally, rules: Rules) -> Result:
    """qualified_majority: for ≥ fraction × (for + against); with no vote cast it is not adopted."""
    votes_for, against = _totals(tally)
    cast = votes_for + against
    return Result(cast > 0 and votes_for >= rules.qualified_fraction * cast, DecisionRule.QUALIFIED_MAJORITY, tally)


def block_positions(tally: Tally) -> dict[str, Vote | None]:
    """Each constituency's block: for if its for > against, against if against > for, else none."""
    out: dict[str, Vote | None] = {}
    for group, counts in tally.items():
        if counts["for"] > counts["against"]:
            out[group] = Vote.FOR
        elif counts["against"] > counts["for"]:
            out[group] = Vote.AGAINST
        else:
            out[group] = None
    return out


def _group_majority(tally: Tally, rules: Rules) -> Result:
    """group_majority: adopted iff at least ``groups_required`` blocks are for, whichever they are."""
    blocks_for = sum(1 for v in block_positions(tally).values() if v is Vote.FOR)
    return Result(blocks_for >= rules.groups_required, DecisionRule.GROUP_MAJORITY, tally)


def weighted(tally: Tally) -> tuple[Fraction, Fraction]:
    """group_weighted sums: each group's weight 1 split among its members who voted for or against."""
    weighted_for, weighted_against = Fraction(0), Fraction(0)
    for counts in tally.values():
        cast = counts["for"] + counts["against"]
        if cast:
            weighted_for += Fraction(counts["for"], cast)
            weighted_against += Fraction(counts["against"], cast)
    return weighted_for, weighted_against


def _group_weighted(tally: Tally, rules: Rules, chair_vote: Vote | None) -> Result:
    """group_weighted: adopted iff weighted for > weighted against, across the groups that cast votes."""
    weighted_for, weighted_against = weighted(tally)
    if weighted_for == weighted_against and weighted_for > 0:
        return _tie_break(DecisionRule.GROUP_WEIGHTED, tally, rules, chair_vote)
    return Result(weighted_for > weighted_against, DecisionRule.GROUP_WEIGHTED, tally)


def _consensus(tally: Tally) -> Result:
    """consensus: nobody entitled votes against, and at least one votes for."""
    votes_for, against = _totals(tally)
    return Result(against == 0 and votes_for > 0, DecisionRule.CONSENSUS, tally)


def apply_rule(rule: DecisionRule, tally: Tally, rules: Rules, chair_vote: Vote | None = None) -> Result:
    """Decide a motion from its tally under one rule (no fallback)."""
    if rule is DecisionRule.CONSENSUS:
        return _consensus(tally)
    if rule is DecisionRule.SIMPLE_MAJORITY:
        return _simple(tally, rules, chair_vote)
    if rule is DecisionRule.QUALIFIED_MAJORITY:
        return _qualified(tally, rules)
    if rule is DecisionRule.GROUP_MAJORITY:
        return _group_majority(tally, rules)
    return _group_weighted(tally, rules, chair_vote)


def decide(tally: Tally, rules: Rules, chair_vote: Vote | None = None) -> Result:
    """Decide a motion under the board's rule, with the consensus fallback (DESIGN §4, §8.4).

    Args:
        tally: the votes of the present, entitled members by constituency.
        rules: the rules of procedure.
        chair_vote: the chair's own vote if the chair is present and entitled (for the casting vote).

    Returns:
        The result; when consensus fails and a fallback decides, ``rule`` is the fallback's name and
        ``note`` is ``no_consensus_fallback``.
    """
    result = apply_rule(rules.decision_rule, tally, rules, chair_vote)
    if rules.decision_rule is DecisionRule.CONSENSUS and not result.adopted and rules.consensus_fallback:
        fallback = apply_rule(rules.consensus_fallback, tally, rules, chair_vote)
        return Result(fallback.adopted, fallback.rule, tally, fallback.casting_vote_used, "no_consensus_fallback")
    return result


def identifying_groups(tally: Tally) -> list[str]:
    """Constituencies whose secret-ballot tally reveals how one person voted: a group with a single voter.

    (DESIGN §4, shared-laptop voting step 5, names the 1-member group. A unanimous group also reveals
    its members' votes, but that is the group speaking as one, which tripartite practice minutes anyway.)
    """
    return [group for group, counts in tally.items() if sum(counts.values()) == 1]
