"""The decision rules, quorum and seats of DESIGN §4 and §8.4, worked out by hand.

Every test writes its arithmetic in its docstring, so a board secretary can check the expected result on paper.
Tallies are written government / employer / union as (for, against, abstain).
"""

from __future__ import annotations

from fractions import Fraction

from tripartite.models import Constituency, DecisionRule, Quorum, Role, Vote
from tripartite.rules import (
    QuorumResult,
    Result,
    Rules,
    Seat,
    Tally,
    block_positions,
    decide,
    entitled,
    holds_seat,
    identifying_groups,
    quorum,
    seat_count,
    tally_votes,
    weighted,
)

GOV, EMP, UNI = Constituency.GOVERNMENT, Constituency.EMPLOYER, Constituency.UNION
FOR, AGAINST, ABSTAIN = Vote.FOR, Vote.AGAINST, Vote.ABSTAIN


def tally(gov: tuple[int, int, int] = (0, 0, 0), emp: tuple[int, int, int] = (0, 0, 0),
          uni: tuple[int, int, int] = (0, 0, 0)) -> Tally:  # fmt: skip
    """A tally from (for, against, abstain) per constituency."""
    return {
        group: {"for": f, "against": a, "abstain": ab}
        for group, (f, a, ab) in (("government", gov), ("employer", emp), ("union", uni))
    }


# A board in the shape of data/sample/board.toml: nine seats, a non-voting secretary, a member who has left
# (inactive) and an alternate who sits only when emp1 cannot attend (inactive until then).
BOARD = [
    Seat("gov1", GOV, Role.CHAIR),
    Seat("gov2", GOV),
    Seat("gov3", GOV),
    Seat("emp1", EMP),
    Seat("emp2", EMP),
    Seat("emp3", EMP),
    Seat("uni1", UNI),
    Seat("uni2", UNI),
    Seat("uni3", UNI),
    Seat("sec", GOV, Role.SECRETARY),
    Seat("gone", UNI, active=False),
    Seat("emp4", EMP, active=False, alternate_of="emp1"),
]
SEATS = {s.member_id: s.constituency for s in BOARD}


def ids(seats: list[Seat]) -> list[str]:
    return [s.member_id for s in seats]


# --- tallies ---------------------------------------------------------------------------------------------------


def test_tally_counts_votes_by_constituency_with_zeros() -> None:
    """gov1 for, gov2 against, emp1 abstain, nobody from the unions.

    government: for 1, against 1, abstain 0; employer: 0, 0, 1; union: 0, 0, 0 (present as zeros, §8.4).
    """
    got = tally_votes({"gov1": FOR, "gov2": AGAINST, "emp1": ABSTAIN}, SEATS)
    assert got == tally(gov=(1, 1, 0), emp=(0, 0, 1))
    assert tally_votes({}, SEATS) == tally()


# --- ties and the casting vote ---------------------------------------------------------------------------------

# simple_majority tie: for 2 + 1 + 0 = 3, against 1 + 1 + 1 = 3, abstain 0 + 1 + 1 = 2.
SIMPLE_TIE = tally(gov=(2, 1, 0), emp=(1, 1, 1), uni=(0, 1, 1))
SIMPLE = Rules(DecisionRule.SIMPLE_MAJORITY)
SIMPLE_CASTING = Rules(DecisionRule.SIMPLE_MAJORITY, casting_vote=True)


def test_simple_majority_tie_without_casting_vote_is_not_adopted() -> None:
    """for 3 vs against 3 (2 abstentions not counted): 3 > 3 is false, a tie; no casting vote → not adopted.

    Even the chair voting for changes nothing when the board has no casting vote.
    """
    for chair in (None, FOR, AGAINST, ABSTAIN):
        result = decide(SIMPLE_TIE, SIMPLE, chair_vote=chair)
        assert result == Result(False, DecisionRule.SIMPLE_MAJORITY, SIMPLE_TIE, False, "tie")


def test_simple_majority_tie_chair_for_adopts_with_casting_vote() -> None:
    """for 3 vs against 3 → tie; casting vote on and the chair voted for → adopted by the casting vote."""
    result = decide(SIMPLE_TIE, SIMPLE_CASTING, chair_vote=FOR)
    assert result.adopted is True
    assert result.casting_vote_used is True
    assert result.note == "casting_vote"
    assert result.rule is DecisionRule.SIMPLE_MAJORITY


def test_simple_majority_tie_chair_against_rejects_but_casting_vote_is_used() -> None:
    """for 3 vs against 3 → tie; the chair voted against → not adopted, and the chair's vote resolved it (§8.4)."""
    result = decide(SIMPLE_TIE, SIMPLE_CASTING, chair_vote=AGAINST)
    assert result.adopted is False
    assert result.casting_vote_used is True
    assert result.note == "casting_vote"


def test_simple_majority_tie_chair_abstaining_or_absent_is_not_adopted() -> None:
    """for 3 vs against 3 → tie; the chair abstained, or was absent/recused (chair_vote None).

    §8.4: casting_vote_used is false then, and the tie is not adopted.
    """
    for chair in (ABSTAIN, None):
        result = decide(SIMPLE_TIE, SIMPLE_CASTING, chair_vote=chair)
        assert result == Result(False, DecisionRule.SIMPLE_MAJORITY, SIMPLE_TIE, False, "tie")


def test_simple_majority_no_vote_cast_is_not_a_tie() -> None:
    """Everybody abstains: for 0, against 0. 0 > 0 is false → not adopted.

    "An exact tie with at least one vote cast" needs for + against ≥ 1, so the casting vote is not used,
    even though the chair says for.
    """
    nothing = tally(gov=(0, 0, 3), emp=(0, 0, 3), uni=(0, 0, 3))
    result = decide(nothing, SIMPLE_CASTING, chair_vote=FOR)
    assert result.adopted is False
    assert result.casting_vote_used is False
    result = decide(tally(), SIMPLE_CASTING, chair_vote=FOR)
    assert result.adopted is False
    assert result.casting_vote_used is False


def test_simple_majority_one_more_for_is_adopted() -> None:
    """for 4 vs against 3: 4 > 3 → adopted, no tie, no casting vote (even with the chair voting against)."""
    result = decide(tally(gov=(2, 1, 0), emp=(2, 1, 0), uni=(0, 1, 0)), SIMPLE_CASTING, chair_vote=AGAINST)
    assert (result.adopted, result.casting_vote_used, result.note) == (True, False, None)


# group_weighted tie: government 2 for / 0 against → 2/2 for = 1, 0 against;
# employers 0 / 2 → 0 for, 1 against; unions 1 / 1 → 1/2 for, 1/2 against.
# weighted for = 1 + 0 + 1/2 = 3/2; weighted against = 0 + 1 + 1/2 = 3/2 → exact tie.
WEIGHTED_TIE = tally(gov=(2, 0, 0), emp=(0, 2, 0), uni=(1, 1, 0))
WEIGHTED = Rules(DecisionRule.GROUP_WEIGHTED)
WEIGHTED_CASTING = Rules(DecisionRule.GROUP_WEIGHTED, casting_vote=True)


def test_group_weighted_tie_arithmetic() -> None:
    """weighted for = 2/2 + 0/2 + 1/2 = 3/2; weighted against = 0/2 + 2/2 + 1/2 = 3/2."""
    assert weighted(WEIGHTED_TIE) == (Fraction(3, 2), Fraction(3, 2))


def test_group_weighted_tie_without_casting_vote_is_not_adopted() -> None:
    """3/2 vs 3/2 → tie; no casting vote → not adopted, whatever the chair voted."""
    for chair in (None, FOR, AGAINST, ABSTAIN):
        result = decide(WEIGHTED_TIE, WEIGHTED, chair_vote=chair)
        assert result == Result(False, DecisionRule.GROUP_WEIGHTED, WEIGHTED_TIE, False, "tie")


def test_group_weighted_tie_resolved_by_the_chair() -> None:
    """3/2 vs 3/2 → tie; casting vote on. Chair for → adopted; chair against → not adopted; both use the vote."""
    adopted = decide(WEIGHTED_TIE, WEIGHTED_CASTING, chair_vote=FOR)
    assert (adopted.adopted, adopted.casting_vote_used, adopted.note) == (True, True, "casting_vote")
    assert adopted.rule is DecisionRule.GROUP_WEIGHTED
    rejected = decide(WEIGHTED_TIE, WEIGHTED_CASTING, chair_vote=AGAINST)
    assert (rejected.adopted, rejected.casting_vote_used, rejected.note) == (False, True, "casting_vote")


def test_group_weighted_tie_chair_abstaining_or_absent() -> None:
    """3/2 vs 3/2 → tie; the chair abstained or is absent (None) → not adopted, casting vote not used."""
    for chair in (ABSTAIN, None):
        result = decide(WEIGHTED_TIE, WEIGHTED_CASTING, chair_vote=chair)
        assert (result.adopted, result.casting_vote_used, result.note) == (False, False, "tie")


def test_group_weighted_no_vote_cast() -> None:
    """All abstain: no group cast a for/against vote, weighted 0 vs 0 → not adopted, no casting vote."""
    result = decide(tally(gov=(0, 0, 2), emp=(0, 0, 1)), WEIGHTED_CASTING, chair_vote=FOR)
    assert (result.adopted, result.casting_vote_used) == (False, False)


def test_casting_vote_does_not_apply_to_qualified_majority() -> None:
    """qualified_majority, 3 for / 3 against, casting vote on, chair for.

    3 ≥ 2/3 × 6 = 4 is false → not adopted; the casting vote is only for simple_majority and group_weighted.
    """
    rules = Rules(DecisionRule.QUALIFIED_MAJORITY, casting_vote=True)
    result = decide(SIMPLE_TIE, rules, chair_vote=FOR)
    assert result == Result(False, DecisionRule.QUALIFIED_MAJORITY, SIMPLE_TIE, False, None)


def test_casting_vote_does_not_apply_to_group_majority() -> None:
    """group_majority k=2, casting vote on, chair for.

    government 2/1 → block for; employers 1/2 → against; unions 1/1 → no block.
    Blocks for = 1 < 2 → not adopted. Heads are 4 vs 4 too, yet no casting vote is used.
    """
    rules = Rules(DecisionRule.GROUP_MAJORITY, casting_vote=True)
    votes = tally(gov=(2, 1, 0), emp=(1, 2, 0), uni=(1, 1, 0))
    result = decide(votes, rules, chair_vote=FOR)
    assert result == Result(False, DecisionRule.GROUP_MAJORITY, votes, False, None)


# --- consensus -------------------------------------------------------------------------------------------------

# 8 for, 1 against: government 3/0, employers 3/0, unions 2/1.
ONE_OBJECTION = tally(gov=(3, 0, 0), emp=(3, 0, 0), uni=(2, 1, 0))


def test_consensus_broken_by_one_objection() -> None:
    """for 3 + 3 + 2 = 8, against 0 + 0 + 1 = 1. Consensus needs against == 0 → not adopted, no fallback."""
    result = decide(ONE_OBJECTION, Rules(DecisionRule.CONSENSUS))
    assert result == Result(False, DecisionRule.CONSENSUS, ONE_OBJECTION, False, None)


def test_consensus_adopted_with_abstentions() -> None:
    """for 2 + 1 + 1 = 4, against 0, abstain 2 → nobody against and at least one for → adopted."""
    votes = tally(gov=(2, 0, 0), emp=(1, 0, 1), uni=(1, 0, 1))
    result = decide(votes, Rules(DecisionRule.CONSENSUS, consensus_fallback=DecisionRule.GROUP_MAJORITY))
    assert result == Result(True, DecisionRule.CONSENSUS, votes, False, None)


def test_consensus_fallback_group_majority_decides() -> None:
    """One objection breaks consensus; the fallback group_majority (k=2) then decides.

    Blocks: government 3 > 0 → for; employers 3 > 0 → for; unions 2 > 1 → for. 3 blocks for ≥ 2 → adopted.
    The result names the fallback rule and notes no_consensus_fallback (§8.4).
    """
    rules = Rules(DecisionRule.CONSENSUS, consensus_fallback=DecisionRule.GROUP_MAJORITY)
    result = decide(ONE_OBJECTION, rules)
    assert result.adopted is True
    assert result.rule is DecisionRule.GROUP_MAJORITY
    assert result.note == "no_consensus_fallback"
    assert result.casting_vote_used is False


def test_consensus_fallback_can_also_reject() -> None:
    """Fallback group_majority with k=3: government 3/0 for, employers 0/2 against, unions 1/0 for.

    Consensus fails (against = 2); blocks for = 2 < 3 → not adopted by the fallback either, still named and noted.
    """
    votes = tally(gov=(3, 0, 0), emp=(0, 2, 0), uni=(1, 0, 0))
    rules = Rules(DecisionRule.CONSENSUS, groups_required=3, consensus_fallback=DecisionRule.GROUP_MAJORITY)
    result = decide(votes, rules)
    assert (result.adopted, result.rule, result.note) == (False, DecisionRule.GROUP_MAJORITY, "no_consensus_fallback")


def test_consensus_with_only_abstentions_is_not_adopted() -> None:
    """for 0, against 0, abstain 6: nobody against, but nobody for either → not adopted."""
    votes = tally(gov=(0, 0, 2), emp=(0, 0, 2), uni=(0, 0, 2))
    result = decide(votes, Rules(DecisionRule.CONSENSUS))
    assert result == Result(False, DecisionRule.CONSENSUS, votes, False, None)


# --- qualified majority ----------------------------------------------------------------------------------------

QUALIFIED = Rules(DecisionRule.QUALIFIED_MAJORITY)


def test_qualified_majority_exactly_two_thirds_is_adopted() -> None:
    """for 4, against 2: cast = 6, 2/3 × 6 = 4, 4 ≥ 4 → adopted (≥, not >)."""
    result = decide(tally(gov=(2, 0, 0), emp=(1, 1, 0), uni=(1, 1, 0)), QUALIFIED)
    assert result.adopted is True
    assert result.rule is DecisionRule.QUALIFIED_MAJORITY


def test_qualified_majority_three_to_two_is_not_enough() -> None:
    """for 3, against 2: cast = 5, 2/3 × 5 = 10/3 ≈ 3.33, 3 < 10/3 → not adopted (a simple majority would pass)."""
    votes = tally(gov=(2, 0, 0), emp=(1, 1, 0), uni=(0, 1, 0))
    assert decide(votes, QUALIFIED).adopted is False
    assert decide(votes, SIMPLE).adopted is True


def test_qualified_majority_ignores_abstentions() -> None:
    """for 4, against 2, abstain 10: cast = 4 + 2 = 6 (abstentions excluded), 4 ≥ 2/3 × 6 = 4 → adopted.

    Counting abstentions would need 4 ≥ 2/3 × 16 ≈ 10.67, which fails.
    """
    votes = tally(gov=(2, 0, 3), emp=(1, 1, 4), uni=(1, 1, 3))
    assert decide(votes, QUALIFIED).adopted is True


def test_qualified_majority_with_no_vote_cast_is_not_adopted() -> None:
    """for 0, against 0: 0 ≥ 2/3 × 0 holds arithmetically, but §8.4 says no vote cast → not adopted."""
    assert decide(tally(), QUALIFIED).adopted is False
    assert decide(tally(gov=(0, 0, 3), emp=(0, 0, 1), uni=(0, 0, 2)), QUALIFIED).adopted is False


def test_qualified_majority_three_quarters() -> None:
    """qualified_fraction = 3/4.

    6 for, 2 against: 3/4 × 8 = 6, 6 ≥ 6 → adopted.
    5 for, 2 against: 3/4 × 7 = 21/4 = 5.25, 5 < 5.25 → not adopted (though 5 ≥ 2/3 × 7 ≈ 4.67 passes at 2/3).
    """
    three_quarters = Rules(DecisionRule.QUALIFIED_MAJORITY, qualified_fraction=Fraction(3, 4))
    assert decide(tally(gov=(3, 0, 0), emp=(2, 1, 0), uni=(1, 1, 0)), three_quarters).adopted is True
    five_two = tally(gov=(3, 0, 0), emp=(1, 1, 0), uni=(1, 1, 0))
    assert decide(five_two, three_quarters).adopted is False
    assert decide(five_two, QUALIFIED).adopted is True


# --- group majority --------------------------------------------------------------------------------------------


def test_group_majority_two_groups_versus_three() -> None:
    """government 2/1 → for; employers 2/0 → for; unions 0/3 → against.

    Blocks for = 2. k = 2: 2 ≥ 2 → adopted. k = 3: 2 < 3 → not adopted (every group must agree).
    (Heads are 4 for vs 4 against: the groups decide, not the heads.)
    """
    votes = tally(gov=(2, 1, 0), emp=(2, 0, 0), uni=(0, 3, 0))
    assert block_positions(votes) == {"government": FOR, "employer": FOR, "union": AGAINST}
    assert decide(votes, Rules(DecisionRule.GROUP_MAJORITY, groups_required=2)).adopted is True
    assert decide(votes, Rules(DecisionRule.GROUP_MAJORITY, groups_required=3)).adopted is False


def test_group_majority_a_split_group_has_no_block() -> None:
    """government 1/1 → for == against → no block (abstentions do not break it); employers 2/0 → for;
    unions 0/2 → against. Blocks for = 1 < 2 → not adopted.
    """
    votes = tally(gov=(1, 1, 1), emp=(2, 0, 0), uni=(0, 2, 0))
    assert block_positions(votes) == {"government": None, "employer": FOR, "union": AGAINST}
    assert decide(votes, Rules(DecisionRule.GROUP_MAJORITY)).adopted is False


def test_group_majority_both_social_partners_without_government() -> None:
    """government 0/3 → against; employers 2/0 → for; unions 2/1 → for.

    Blocks for = 2 (employer + union) ≥ 2 → adopted: k counts any groups, government is not required (§8.4).
    """
    votes = tally(gov=(0, 3, 0), emp=(2, 0, 0), uni=(2, 1, 0))
    result = decide(votes, Rules(DecisionRule.GROUP_MAJORITY))
    assert result.adopted is True
    assert result.rule is DecisionRule.GROUP_MAJORITY


def test_group_majority_absent_group_has_no_block() -> None:
    """government 1/0 → for; employers nobody voted → 0/0 → no block; unions 0/0/2 → no block.

    Blocks for = 1: k = 1 → adopted; k = 2 → not adopted.
    """
    votes = tally(gov=(1, 0, 0), uni=(0, 0, 2))
    assert decide(votes, Rules(DecisionRule.GROUP_MAJORITY, groups_required=1)).adopted is True
    assert decide(votes, Rules(DecisionRule.GROUP_MAJORITY, groups_required=2)).adopted is False


# --- group weighted --------------------------------------------------------------------------------------------


def test_group_weighted_unequal_attendance() -> None:
    """Three government members present (2 for, 1 against), one employer (for), two unionists (both against).

    government: weight 1 split over 3 → for 2/3, against 1/3; employers: 1/1 → for 1;
    unions: 2/2 → against 1. weighted for = 2/3 + 1 + 0 = 5/3; against = 1/3 + 0 + 1 = 4/3.
    5/3 > 4/3 → adopted.
    Counting heads instead: for 2 + 1 = 3, against 1 + 2 = 3 → a tie, not adopted under simple_majority.
    """
    votes = tally_votes({"gov1": FOR, "gov2": FOR, "gov3": AGAINST, "emp1": FOR, "uni1": AGAINST, "uni2": AGAINST},
                        SEATS)  # fmt: skip
    assert votes == tally(gov=(2, 1, 0), emp=(1, 0, 0), uni=(0, 2, 0))
    assert weighted(votes) == (Fraction(5, 3), Fraction(4, 3))
    result = decide(votes, WEIGHTED)
    assert (result.adopted, result.rule, result.note) == (True, DecisionRule.GROUP_WEIGHTED, None)
    heads = decide(votes, SIMPLE)
    assert (heads.adopted, heads.note) == (False, "tie")


def test_group_weighted_abstaining_group_contributes_nothing() -> None:
    """government 2 for / 1 against → 2/3, 1/3; employers all 3 abstain → nothing (not 0 for and 1 against);
    unions 0/2 → against 1. weighted for = 2/3, against = 1/3 + 1 = 4/3 → not adopted.

    Total weight 2/3 + 4/3 = 2: only the two groups that cast for/against votes carry weight.
    """
    votes = tally(gov=(2, 1, 0), emp=(0, 0, 3), uni=(0, 2, 0))
    assert weighted(votes) == (Fraction(2, 3), Fraction(4, 3))
    assert sum(weighted(votes)) == 2
    assert decide(votes, WEIGHTED).adopted is False


def test_group_weighted_abstaining_group_does_not_dilute_a_win() -> None:
    """government 1/0 → for 1; employers abstain 2 → nothing; unions 1/2 → for 1/3, against 2/3.

    weighted for = 1 + 1/3 = 4/3; against = 2/3 → adopted.
    """
    votes = tally(gov=(1, 0, 0), emp=(0, 0, 2), uni=(1, 2, 0))
    assert weighted(votes) == (Fraction(4, 3), Fraction(2, 3))
    assert decide(votes, WEIGHTED).adopted is True


# --- seats and quorum ------------------------------------------------------------------------------------------

HALF = Rules(quorum=Quorum.HALF)
EACH = Rules(quorum=Quorum.HALF_AND_EACH_GROUP)


def test_nine_seats_require_five() -> None:
    """Seats: 3 government + 3 employer + 3 union = 9 (secretary, inactive member and resting alternate excluded).

    required = ceil(9 / 2) = ceil(4.5) = 5.
    """
    assert seat_count(BOARD, EACH) == 9
    assert quorum(9, [], EACH).required == 5
    assert quorum(9, [], HALF).required == 5
    assert quorum(10, [], HALF).required == 5  # ceil(10 / 2) = 5
    assert quorum(8, [], HALF).required == 4  # ceil(8 / 2) = 4


def test_half_is_met_with_five_present() -> None:
    """Present gov1, gov2, emp1, emp2, uni1: 5 entitled ≥ 5 → met under half, and every group is there too."""
    present = entitled(BOARD, ["gov1", "gov2", "emp1", "emp2", "uni1"], [], HALF)
    assert quorum(9, present, HALF) == QuorumResult(True, 9, 5, 5, [])
    assert quorum(9, present, EACH).met is True


def test_half_not_met_with_four_present() -> None:
    """Present gov1, gov2, emp1, uni1: 4 < 5 → not met, even though every group is there."""
    present = entitled(BOARD, ["gov1", "gov2", "emp1", "uni1"], [], HALF)
    assert quorum(9, present, HALF).met is False
    result = quorum(9, present, EACH)
    assert (result.met, result.present, result.groups_missing) == (False, 4, [])


def test_each_group_fails_when_the_unions_are_absent() -> None:
    """Present gov1, gov2, gov3, emp1, emp2: 5 ≥ 5 → half met; no union member present → half_and_each_group fails."""
    present = entitled(BOARD, ["gov1", "gov2", "gov3", "emp1", "emp2"], [], EACH)
    assert quorum(9, present, HALF).met is True
    result = quorum(9, present, EACH)
    assert result.met is False
    assert result.present == 5
    assert result.groups_missing == [UNI]


def test_each_group_fails_when_the_only_union_member_is_recused() -> None:
    """Present gov1, gov2, gov3, emp1, emp2, uni1 (6); uni1 recused → entitled 5.

    half: 5 ≥ 5 → met. half_and_each_group: no entitled union member → not met (recusal is checked per item).
    """
    present = ["gov1", "gov2", "gov3", "emp1", "emp2", "uni1"]
    here = entitled(BOARD, present, ["uni1"], EACH)
    assert ids(here) == ["gov1", "gov2", "gov3", "emp1", "emp2"]
    assert quorum(9, here, HALF).met is True
    result = quorum(9, here, EACH)
    assert (result.met, result.present, result.groups_missing) == (False, 5, [UNI])
    # Without the recusal the same people make quorum under both readings: 6 ≥ 5 and all three groups.
    assert quorum(9, entitled(BOARD, present, [], EACH), EACH).met is True


def test_recusal_can_break_half_quorum() -> None:
    """Present gov1, gov2, emp1, emp2, uni1 (5); emp2 recused → entitled 4 < 5 → not met, even under half."""
    here = entitled(BOARD, ["gov1", "gov2", "emp1", "emp2", "uni1"], ["emp2"], HALF)
    assert quorum(9, here, HALF).met is False


def test_secretary_is_not_a_seat_and_does_not_count() -> None:
    """secretary_votes = false: seats stay 9 (required 5). Present gov1, emp1, uni1, uni2 and the secretary.

    The secretary is present but not entitled: 4 entitled < 5 → not met.
    With secretary_votes = true the secretary holds a seat: seats 10, required ceil(10/2) = 5, entitled 5 → met.
    """
    present = ["gov1", "emp1", "uni1", "uni2", "sec"]
    secretary = next(s for s in BOARD if s.role is Role.SECRETARY)
    assert holds_seat(secretary, EACH) is False
    here = entitled(BOARD, present, [], EACH)
    assert "sec" not in ids(here)
    assert quorum(seat_count(BOARD, EACH), here, EACH).met is False

    voting = Rules(secretary_votes=True)
    assert holds_seat(secretary, voting) is True
    assert seat_count(BOARD, voting) == 10
    here = entitled(BOARD, present, [], voting)
    assert "sec" in ids(here)
    result = quorum(seat_count(BOARD, voting), here, voting)
    assert (result.met, result.seats, result.required, result.present) == (True, 10, 5, 5)


def test_inactive_member_is_not_a_seat() -> None:
    """'gone' (union, inactive) holds no seat: seats stay 9, and being present does not make them entitled.

    Present gov1, gov2, emp1, emp2, gone: entitled 4 < 5, and no union → not met.
    """
    gone = next(s for s in BOARD if s.member_id == "gone")
    assert holds_seat(gone, EACH) is False
    here = entitled(BOARD, ["gov1", "gov2", "emp1", "emp2", "gone"], [], EACH)
    assert ids(here) == ["gov1", "gov2", "emp1", "emp2"]
    result = quorum(9, here, EACH)
    assert (result.met, result.present, result.groups_missing) == (False, 4, [UNI])


def test_alternate_sits_when_the_principal_is_absent() -> None:
    """emp1 absent, their alternate emp4 present: emp4 takes emp1's seat (employer).

    Present gov1, gov2, emp4, uni1, uni2: entitled 5 ≥ 5 and all three groups → met. Seats stay 9.
    """
    here = entitled(BOARD, ["gov1", "gov2", "emp4", "uni1", "uni2"], [], EACH)
    assert ids(here) == ["gov1", "gov2", "uni1", "uni2", "emp4"]  # board order: emp4 is listed last
    assert next(s for s in here if s.member_id == "emp4").constituency is EMP
    assert seat_count(BOARD, EACH) == 9
    result = quorum(9, here, EACH)
    assert (result.met, result.present, result.groups_missing) == (True, 5, [])


def test_alternate_and_principal_both_present_only_the_principal_sits() -> None:
    """emp1 and emp4 (emp1's alternate) both present: only emp1 is entitled.

    Present gov1, emp1, emp4, uni1, uni2: entitled gov1, emp1, uni1, uni2 = 4 < 5 → not met.
    """
    here = entitled(BOARD, ["gov1", "emp1", "emp4", "uni1", "uni2"], [], EACH)
    assert ids(here) == ["gov1", "emp1", "uni1", "uni2"]
    assert quorum(9, here, EACH).met is False


def test_recused_alternate_does_not_sit() -> None:
    """emp1 absent, emp4 present but recused on this item → emp4 is not entitled."""
    assert "emp4" not in ids(entitled(BOARD, ["gov1", "emp4", "uni1"], ["emp4"], EACH))


# --- rounds ----------------------------------------------------------------------------------------------------


def first_adopted(rounds: list[Tally], rules: Rules) -> tuple[int | None, list[Result]]:
    """Decide the motions in order and stop at the first adopted one (DESIGN §2, §8.3).

    Returns the 1-based round that decided (None if none did) and the results of the rounds that were voted.
    """
    results = []
    for number, votes in enumerate(rounds, start=1):
        results.append(decide(votes, rules))
        if results[-1].adopted:
            return number, results
    return None, results


def test_second_round_adopted_after_the_first_fails() -> None:
    """group_majority, k = 2.

    Round 1 (approve 10 workers): government 1/2 → against; employers 3/0 → for; unions 0/3 → against.
    Blocks for = 1 < 2 → not adopted.
    Round 2 (approve with conditions, 8 workers): government 2/1 → for; employers 3/0 → for; unions 1/2 → against.
    Blocks for = 2 ≥ 2 → adopted, and it decides the item.
    Round 3 (would also pass) is never voted on: a motion after an adopted one is not taken.
    """
    rounds = [
        tally(gov=(1, 2, 0), emp=(3, 0, 0), uni=(0, 3, 0)),
        tally(gov=(2, 1, 0), emp=(3, 0, 0), uni=(1, 2, 0)),
        tally(gov=(3, 0, 0), emp=(3, 0, 0), uni=(3, 0, 0)),
    ]
    decided_by, results = first_adopted(rounds, Rules(DecisionRule.GROUP_MAJORITY))
    assert results[0].adopted is False
    assert results[1].adopted is True
    assert decided_by == 2
    assert len(results) == 2


def test_no_round_adopted() -> None:
    """simple_majority: round 1 for 2 vs against 4; round 2 for 3 vs against 3 (tie) → nothing adopted."""
    rounds = [tally(gov=(2, 1, 0), uni=(0, 3, 0)), SIMPLE_TIE]
    decided_by, results = first_adopted(rounds, SIMPLE)
    assert decided_by is None
    assert [r.adopted for r in results] == [False, False]
    assert results[1].note == "tie"


# --- secret ballot ---------------------------------------------------------------------------------------------


def test_identifying_groups_flags_a_single_voter() -> None:
    """government: 1 voter (for) → identifies them; employers: 3 voters (2/1) → not;
    unions: nobody voted → nothing to reveal, not flagged.
    """
    assert identifying_groups(tally(gov=(1, 0, 0), emp=(2, 1, 0))) == ["government"]


def test_identifying_groups_counts_a_lone_abstainer() -> None:
    """unions: one voter who abstained (0/0/1) → their ballot is known → flagged; government 1/1 → 2 voters."""
    assert identifying_groups(tally(gov=(1, 1, 0), emp=(0, 0, 2), uni=(0, 0, 1))) == ["union"]
    assert identifying_groups(tally(gov=(1, 0, 0), emp=(0, 1, 0), uni=(0, 0, 1))) == ["government", "employer", "union"]
    assert identifying_groups(tally()) == []
