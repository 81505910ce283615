"""The minutes of a meeting as plain data (DESIGN §5): one frozen dataclass per section.

They hold figures, codes and enums, never sentences: ``reports.minutes_pdf`` words them, and a test
asserts on the data before it reads the PDF. :func:`tripartite.meetings.minutes.build_minutes` fills them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from tripartite.criteria import Family
from tripartite.gates import GateReason, GateStatus
from tripartite.models import (
    Authority,
    BallotMode,
    ConditionKind,
    Constituency,
    DecisionRule,
    ItemStatus,
    MeetingStatus,
    MotionStatus,
    Outcome,
    Quorum,
    Role,
    Vote,
)
from tripartite.sensitivity import CriticalWeight, FamilyMove


@dataclass(frozen=True)
class Amends:
    """The meeting (and its signed minutes) that an amendment corrects."""

    meeting_id: int
    title: str
    date: str
    minutes_id: int | None
    minutes_sha256: str | None


@dataclass(frozen=True)
class Header:
    """Section 1: who decides, under which law, and when and where the session sat.

    Attributes:
        authority: ``decides`` (the board issues decisions) or ``advises`` (it issues opinions).
        opened_at: when the meeting was opened (UTC ISO 8601), if it was.
        closed_at: when it was closed.
        recorded: entered afterwards from the session's own record (``meeting record``): then the two
            stamps are when it was entered, not when the board sat.
        language: the language the minutes are written in (the board's, ``tripartite.languages``).
    """

    board_name: str
    country: str
    authority: Authority
    legal_basis: str | None
    meeting_id: int
    title: str
    date: str
    place: str | None
    opened_at: str | None
    closed_at: str | None
    status: MeetingStatus
    amends: Amends | None
    recorded: bool = False
    language: str = "en"


@dataclass(frozen=True)
class Attendee:
    """One member's attendance.

    Attributes:
        holds_seat: whether the member votes (a seat, or an alternate standing in for an absent one).
        alternate_of: the member this one stands in for, if an alternate.
    """

    member_id: str
    name: str
    constituency: Constituency
    role: Role
    present: bool
    apologies: bool
    arrived_at: str | None
    departed_at: str | None
    alternate_of: str | None
    alternate_of_name: str | None
    holds_seat: bool


@dataclass(frozen=True)
class AttendanceGroup:
    """Section 2: the members of one constituency."""

    constituency: Constituency
    members: tuple[Attendee, ...]


@dataclass(frozen=True)
class QuorumFigures:
    """Quorum, at the opening or for one item after its recusals (DESIGN §4)."""

    rule: Quorum
    met: bool
    seats: int
    required: int
    present: int
    groups_missing: tuple[Constituency, ...]


@dataclass(frozen=True)
class RulesInForce:
    """Section 4: the rules of procedure frozen when the meeting was created, and the criteria catalogue."""

    decision_rule: DecisionRule
    groups_required: int
    qualified_fraction: str
    consensus_fallback: DecisionRule | None
    casting_vote: bool
    quorum: Quorum
    ballot: BallotMode
    secretary_votes: bool
    criteria_version: str
    criteria_name: str
    pass_mark: float
    conditional_mark: float


@dataclass(frozen=True)
class Recusal:
    """Section 5: a declaration of interest that took a member off an item."""

    item_position: int
    reference: str
    member_id: str
    name: str
    constituency: Constituency
    reason: str | None


@dataclass(frozen=True)
class RequestFacts:
    """The request's key facts, as minuted."""

    reference: str
    employer_name: str
    employer_id: str | None
    sector_isic: str
    occupation_isco: str
    occupation_title: str | None
    job_title: str | None
    region: str
    workers_requested: int
    duration_months: int
    wage_offered: float
    prevailing_wage: float
    currency: str
    origin_countries: tuple[str, ...]
    submitted_on: str | None


@dataclass(frozen=True)
class GateLine:
    """One gate's result: status and its reason in data terms (e.g. ``wage 1,480 < prevailing 1,610``).

    ``why`` is the same reason as a code and its facts, for minutes printed in another language.
    """

    code: str
    label: str
    status: GateStatus
    reason: str
    on_fail: Outcome
    why: GateReason | None = None


@dataclass(frozen=True)
class ScoreComment:
    """A member's comment on a criterion score (named ballots only)."""

    member_id: str
    name: str
    criterion: str
    comment: str


@dataclass(frozen=True)
class Scores:
    """The technical score, the members' scores and how far the conclusion can be trusted (DESIGN §3).

    Attributes:
        technical_score: from the dossier, over the automatic criteria whose data is known.
        technical_family_scores: the technical score within each family (None when unknown).
        board_score: the mean of the constituency scores, or None without member scores.
        constituency_scores: G꜀ per constituency that scored.
        missing_constituencies: constituencies with no scoring member (flagged).
        family_scores: per constituency, its score within each family (the chart's bars).
        member_totals: Tₘ per member (named ballots only; empty in secret mode).
        divergence: max G꜀ − min G꜀, None with fewer than two.
        split: a constituency split (divergence ≥ 20 or G꜀ on both sides of the pass mark).
        split_drivers: the criteria behind the split.
        robust: no ±10 family move changes the band (None without any score).
        fragile_on: the families (or ``profile:<constituency>``) that change it.
        family_moves: each family weight ±10.
        critical: the critical weight, if any.
        recommendation: the advisory outcome; the vote decides.
        recommended_conditions: condition kinds the assessment suggests.
        recommendation_reason: ``gate_failed``, ``missing_evidence``, ``score_*`` or ``no_score``.
        recommendation_gates: the gates behind a gate or missing-evidence reason.
        score_comments: members' comments on their scores (named ballots only).
    """

    technical_score: float | None
    technical_family_scores: Mapping[Family, float | None]
    board_score: float | None
    constituency_scores: Mapping[Constituency, float]
    missing_constituencies: tuple[Constituency, ...]
    family_scores: Mapping[Constituency, Mapping[Family, float | None]]
    member_totals: Mapping[str, float]
    divergence: float | None
    split: bool
    split_drivers: tuple[str, ...]
    robust: bool | None
    fragile_on: tuple[str, ...]
    family_moves: tuple[FamilyMove, ...]
    critical: CriticalWeight | None
    recommendation: Outcome
    recommended_conditions: tuple[ConditionKind, ...]
    recommendation_reason: str
    recommendation_gates: tuple[str, ...]
    score_comments: tuple[ScoreComment, ...]


@dataclass(frozen=True)
class Condition:
    """A condition attached to an approval, with what it takes to monitor it (DESIGN §2)."""

    kind: ConditionKind
    params: Mapping[str, Any]
    due: str | None
    verification: str | None


@dataclass(frozen=True)
class GroupTally:
    """One constituency's votes on a motion."""

    constituency: Constituency
    votes_for: int
    against: int
    abstain: int


@dataclass(frozen=True)
class NamedVote:
    """A revealed ballot, minuted by name (named ballots only), with the member's explanation of vote."""

    member_id: str
    name: str
    constituency: Constituency
    vote: Vote
    comment: str | None


@dataclass(frozen=True)
class NonVoter:
    """A member entitled to vote on a motion who cast no ballot.

    Who voted is never secret, only how: non-voters are minuted by name in both ballot modes.
    """

    member_id: str
    name: str
    constituency: Constituency


@dataclass(frozen=True)
class MotionMinutes:
    """A motion put to the vote, its tally and the rule that settled it.

    Attributes:
        adopted: None while it was never revealed.
        note: ``no_consensus_fallback``, ``casting_vote`` or ``tie``, else None.
        votes: each member's vote in named mode; None in secret mode (tallies only).
        did_not_vote: the entitled members who cast no ballot, in board order (empty before the reveal).
            None when the record does not say who voted: a secret ballot recorded from a held meeting
            keeps its tally only.
        did_not_vote_count: how many entitled members cast no ballot (known even when their names are not).
        unattributed: a secret ballot's explanations of vote, each by constituency only (never by name).
    """

    round: int
    outcome: Outcome
    workers: int
    conditions: tuple[Condition, ...]
    proposed_by: str | None
    proposed_by_name: str | None
    status: MotionStatus
    adopted: bool | None
    rule: DecisionRule | None
    note: str | None
    casting_vote_used: bool
    tally: tuple[GroupTally, ...]
    votes: tuple[NamedVote, ...] | None
    did_not_vote: tuple[NonVoter, ...] | None
    did_not_vote_count: int
    unattributed: tuple[tuple[Constituency, str], ...] = ()


@dataclass(frozen=True)
class DecisionMinutes:
    """The item's decision (or opinion, for an advisory board): the first adopted motion."""

    motion_round: int
    outcome: Outcome
    workers: int
    conditions: tuple[Condition, ...]
    rule: DecisionRule
    casting_vote_used: bool
    reasons: str | None
    valid_until: str | None
    quorum: QuorumFigures
    tally: tuple[GroupTally, ...]
    decided_at: str | None


@dataclass(frozen=True)
class Dissent:
    """A member's written dissent, filed within 48 hours of the meeting."""

    member_id: str
    name: str
    constituency: Constituency
    text: str
    filed_at: str


@dataclass(frozen=True)
class ItemMinutes:
    """Section 6: one agenda item.

    Attributes:
        status: ``decided``, ``no_quorum`` or ``pending`` (voted on, nothing adopted).
        note: ``no_quorum`` when the item could not be decided for want of quorum.
        entitled: the member ids who could vote on the item.
    """

    position: int
    item_id: int
    status: ItemStatus
    note: str | None
    request: RequestFacts
    gates: tuple[GateLine, ...]
    scores: Scores
    quorum: QuorumFigures
    entitled: tuple[str, ...]
    recusals: tuple[Recusal, ...]
    motions: tuple[MotionMinutes, ...]
    decision: DecisionMinutes | None
    dissents: tuple[Dissent, ...]

    @property
    def explanations(self) -> tuple[tuple[int, NamedVote], ...]:
        """Explanations of vote: ``(motion round, ballot)`` for every ballot with a comment (named mode)."""
        return tuple((m.round, v) for m in self.motions for v in (m.votes or ()) if v.comment)


@dataclass(frozen=True)
class DissentWindow:
    """Whether written dissents may still be filed (48 hours from the close) at the time of the minutes."""

    open: bool
    closes_at: str


@dataclass(frozen=True)
class Signatory:
    """A signature block: the role, and the member expected to sign when the role is a person's."""

    role: str
    member_id: str | None
    name: str | None
    constituency: Constituency | None


@dataclass(frozen=True)
class Minutes:
    """Every section of the minutes (DESIGN §5), as data.

    Attributes:
        prepared_at: when the minutes were assembled (UTC ISO 8601); the dissent window is read at it.
        evidence: the evidence annex, JSON-ready: tallies, quorum figures, rules, criteria version and
            the audit chain head.
    """

    header: Header
    attendance: tuple[AttendanceGroup, ...]
    opening_quorum: QuorumFigures
    rules: RulesInForce
    recusals: tuple[Recusal, ...]
    items: tuple[ItemMinutes, ...]
    dissent_window: DissentWindow
    signatories: tuple[Signatory, ...]
    audit_head: str
    audit_seq: int
    prepared_at: str
    evidence: Mapping[str, Any]

    @property
    def apologies(self) -> tuple[Attendee, ...]:
        """Members who sent apologies."""
        return tuple(a for g in self.attendance for a in g.members if a.apologies and not a.present)
