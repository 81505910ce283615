"""Property tests of the rules of procedure (DESIGN §4, §8.4) over random boards, attendance and votes."""

from __future__ import annotations

from dataclasses import dataclass, replace
from fractions import Fraction
from random import Random

from hypothesis import given, settings
from hypothesis import strategies as st

from tripartite.models import Constituency, DecisionRule, Role, Vote
from tripartite.rules import Rules, Seat, Tally, decide, entitled, holds_seat, tally_votes, weighted

PROFILE = settings(max_examples=300, deadline=None)
# A member's ballot: for, against, abstain, or None when a present, entitled member did not vote (§8.4).
BALLOT = st.sampled_from([Vote.FOR, Vote.AGAINST, Vote.ABSTAIN, None])
LEANINGS = st.sampled_from([
    BALLOT,
    st.sampled_from([Vote.FOR, Vote.FOR, Vote.FOR, Vote.FOR, Vote.AGAINST, Vote.ABSTAIN, None]),
    st.sampled_from([Vote.AGAINST, Vote.AGAINST, Vote.AGAINST, Vote.FOR, Vote.ABSTAIN, None]),
])  # fmt: skip
KEYS = {"for", "against", "abstain"}
GROUPS = {c.value for c in Constituency}


@dataclass
class Sitting:
    """One item: the board, who is present and recused, and the ballots of the entitled members."""

    board: list[Seat]
    present: set[str]
    recused: set[str]
    rules: Rules
    votes: dict[str, Vote]  # entitled members only, insertion order = order of casting

    @property
    def seats(self) -> dict[str, Constituency]:
        return {s.member_id: s.constituency for s in self.board}

    @property
    def entitled_ids(self) -> set[str]:
        return {s.member_id for s in entitled(self.board, self.present, self.recused, self.rules)}

    @property
    def tally(self) -> Tally:
        return tally_votes(self.votes, self.seats)


@st.composite
def sittings(draw: st.DrawFn, rules: st.SearchStrategy[Rules] | None = None) -> Sitting:
    """1–6 members per constituency, plus sometimes a secretary, an inactive member and an inactive alternate."""
    board: list[Seat] = []
    for group in Constituency:
        for n in range(draw(st.integers(min_value=1, max_value=6))):
            role = Role.CHAIR if (group is Constituency.GOVERNMENT and n == 0) else Role.MEMBER
            board.append(Seat(f"{group.value}{n}", group, role))
    if draw(st.booleans()):
        board.append(Seat("secretary", Constituency.GOVERNMENT, Role.SECRETARY))
    if draw(st.booleans()):
        board.append(Seat("former", draw(st.sampled_from(list(Constituency))), active=False))
    if draw(st.booleans()):
        principal = draw(st.sampled_from([s for s in board if s.role is not Role.SECRETARY and s.active]))
        board.append(Seat("alternate", principal.constituency, active=False, alternate_of=principal.member_id))
    everyone = [s.member_id for s in board]
    absence = draw(st.sampled_from([2, 4, 10]))  # 1 in `absence` members is absent
    present = {m for m in everyone if draw(st.integers(min_value=1, max_value=absence)) > 1}
    recused = {m for m in everyone if draw(st.integers(min_value=0, max_value=4)) == 0}
    chosen = draw(rules) if rules is not None else Rules(secretary_votes=draw(st.booleans()))
    sitting = Sitting(board, present, recused, chosen, {})
    order = draw(st.permutations(sorted(sitting.entitled_ids)))
    ballots = draw(LEANINGS)  # some sittings lean for or against, so that adopted motions are common
    for member in order:
        ballot = draw(ballots)
        if ballot is not None:
            sitting.votes[member] = ballot
    return sitting


FALLBACKS = [r for r in DecisionRule if r is not DecisionRule.CONSENSUS]
FRACTIONS = st.sampled_from([Fraction(1, 2), Fraction(3, 5), Fraction(2, 3), Fraction(3, 4), Fraction(1)])
ANY_RULES = st.builds(
    Rules,
    decision_rule=st.sampled_from(list(DecisionRule)),
    groups_required=st.integers(min_value=1, max_value=3),
    qualified_fraction=FRACTIONS,
    consensus_fallback=st.one_of(st.none(), st.sampled_from(FALLBACKS)),
    casting_vote=st.booleans(),
    secretary_votes=st.booleans(),
)


@PROFILE
@given(sittings())
def test_group_majority_of_three_needs_every_group_for(sitting: Sitting) -> None:
    result = decide(sitting.tally, Rules(DecisionRule.GROUP_MAJORITY, groups_required=3))
    if result.adopted:
        assert all(counts["for"] > counts["against"] for counts in sitting.tally.values())


@PROFILE
@given(sittings(), st.sampled_from([Fraction(3, 5), Fraction(2, 3), Fraction(3, 4), Fraction(1)]), BALLOT)
def test_qualified_majority_implies_simple_majority(sitting: Sitting, fraction: Fraction, chair: Vote | None) -> None:
    # Holds for any qualified_fraction > 1/2 (at exactly 1/2 a 2–2 tie would pass qualified and not simple).
    qualified = decide(sitting.tally, Rules(DecisionRule.QUALIFIED_MAJORITY, qualified_fraction=fraction), chair)
    simple = decide(sitting.tally, Rules(DecisionRule.SIMPLE_MAJORITY, casting_vote=False), chair)
    if qualified.adopted:
        assert simple.adopted


@PROFILE
@given(sittings(), st.data())
def test_recused_and_absent_members_never_change_a_tally(sitting: Sitting, data: st.DataObject) -> None:
    """What is tested, precisely.

    Let E = entitled(board, present, recused). The sitting's votes V come only from E. Add arbitrary ballots X for
    every member outside E (absent, recused, secretary without a vote, inactive, resting alternate), merged in any
    order, then keep only the ballots whose member is in entitled(...). Then:
    1. E contains no absent and no recused member, and every member of E holds a seat or is an alternate for
       an absent seat holder;
    2. the tally of the filtered ballots equals the tally of V alone, group by group and key by key.
    """
    board_ids = {s.member_id for s in sitting.board}
    inside = sitting.entitled_ids
    assert inside <= sitting.present
    assert not inside & sitting.recused
    by_id = {s.member_id: s for s in sitting.board}
    for member in inside:
        seat = by_id[member]
        principal = by_id.get(seat.alternate_of or "")
        assert holds_seat(seat, sitting.rules) or (
            principal is not None and principal.member_id not in sitting.present
            and holds_seat(principal, sitting.rules)
        )  # fmt: skip

    outsiders = sorted(board_ids - inside)
    extra = {m: data.draw(st.sampled_from(list(Vote)), label=m) for m in outsiders}
    merged_items = data.draw(st.permutations([*sitting.votes.items(), *extra.items()]), label="merged")
    filtered = {m: v for m, v in merged_items if m in inside}

    assert tally_votes(filtered, sitting.seats) == sitting.tally


@PROFILE
@given(sittings(), ANY_RULES, BALLOT, st.randoms(use_true_random=False))
def test_ballot_order_never_matters(sitting: Sitting, rules: Rules, chair: Vote | None, rnd: Random) -> None:
    items = list(sitting.votes.items())
    rnd.shuffle(items)
    shuffled = dict(items)
    assert tally_votes(shuffled, sitting.seats) == sitting.tally
    for rule in DecisionRule:
        these = replace(rules, decision_rule=rule)
        assert decide(tally_votes(shuffled, sitting.seats), these, chair) == decide(sitting.tally, these, chair)


@PROFILE
@given(sittings(), ANY_RULES, BALLOT)
def test_decide_never_raises_and_tally_is_complete(sitting: Sitting, rules: Rules, chair: Vote | None) -> None:
    result = decide(sitting.tally, rules, chair)
    assert isinstance(result.adopted, bool)
    assert set(result.tally) == GROUPS
    for counts in result.tally.values():
        assert set(counts) == KEYS
        assert all(isinstance(n, int) and n >= 0 for n in counts.values())
    assert sum(sum(c.values()) for c in result.tally.values()) == len(sitting.votes)
    assert result.note in (None, "tie", "casting_vote", "no_consensus_fallback")
    if result.casting_vote_used:
        assert rules.casting_vote and chair in (Vote.FOR, Vote.AGAINST)
        assert result.rule in (DecisionRule.SIMPLE_MAJORITY, DecisionRule.GROUP_WEIGHTED)
    if result.note == "no_consensus_fallback":
        assert rules.decision_rule is DecisionRule.CONSENSUS and result.rule is rules.consensus_fallback
    elif result.note is None or result.note in ("tie", "casting_vote"):
        assert result.rule is rules.decision_rule


@PROFILE
@given(sittings())
def test_group_weighted_total_weight_is_the_number_of_voting_groups(sitting: Sitting) -> None:
    weighted_for, weighted_against = weighted(sitting.tally)
    voting_groups = sum(1 for c in sitting.tally.values() if c["for"] + c["against"] > 0)
    assert weighted_for + weighted_against == voting_groups
    assert 0 <= weighted_for <= voting_groups
