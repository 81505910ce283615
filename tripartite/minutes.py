"""The minutes of a meeting as plain data (DESIGN §5): every section, assembled from the database.

:func:`build_minutes` reads a held meeting and returns a frozen :class:`Minutes`. It holds figures,
codes and enums, never sentences: ``reports.minutes_pdf`` words them, and a test asserts on the data
before it reads the PDF. Individual votes appear only through :func:`tripartite.meeting.ballots`, which
refuses them before the reveal and always in secret-ballot mode, so secret minutes carry tallies only.

The module also holds the core side of signed minutes: :func:`is_locked` (signed minutes make a meeting
read-only) and :func:`create_amendment` (a correction is a new, linked meeting; the old record stays).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from tripartite import assessment, audit, classifications, criteria, meeting, rules
from tripartite.assessment import CriticalWeight, FamilyMove, GateStatus
from tripartite.authority import Auth
from tripartite.board import BoardConfig, read_board
from tripartite.criteria import Family
from tripartite.errors import KnownError
from tripartite.item_assessment import assess_item
from tripartite.meeting import is_locked  # the meeting's own state; kept here by its old name
from tripartite.models import (
    Authority,
    BallotMode,
    ConditionKind,
    Constituency,
    DecisionRule,
    MeetingStatus,
    Outcome,
    Quorum,
    Role,
    Vote,
)

# The evidence annex's format tag; the signing code recognises our minutes by it.
EVIDENCE_FORMAT = "tripartite-minutes-evidence/1"


class MinutesError(KnownError):
    """The minutes cannot be built or changed now (wrong meeting state, locked meeting, unknown meeting)."""


# ---------------------------------------------------------------------------------------------- data


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
    """One gate's result: status and its reason in data terms (e.g. ``wage 1,480 < prevailing 1,610``)."""

    code: str
    label: str
    status: GateStatus
    reason: str
    on_fail: Outcome


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
    status: str
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
    status: str
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


# ------------------------------------------------------------------------------------------ building


def build_minutes(db: Database, meeting_id: int, *, at: dt.datetime | None = None) -> Minutes:
    """Assemble the minutes of a meeting.

    Args:
        db: the database.
        meeting_id: the meeting.
        at: the time the minutes are prepared (default: now). The dissent window is read at it, and it
            is the only clock the minutes use, so the same ``at`` gives the same minutes.

    Returns:
        The minutes, every section as data.

    Raises:
        MinutesError: no such meeting, or the database has no board.
    """
    at = at or dt.datetime.now(dt.UTC)
    config = read_board(db)
    if config is None:
        raise MinutesError("this database has no board yet; run `tripartite init` first")
    rows = list(db.query("SELECT * FROM meetings WHERE id = ?", [meeting_id]))
    if not rows:
        raise MinutesError(f"no meeting with id {meeting_id}")
    row = rows[0]
    catalogue = _catalogue(db, row["criteria_version"])
    in_force = _rules_in_force(row, catalogue)
    # Everything below reads the rules frozen with the meeting, never the board's current settings: a
    # board that has since changed its quorum or ballot mode must not rewrite an old meeting's record.
    procedure, _ballot = meeting.frozen_rules(db, meeting_id)
    names = {m.id: m.name for m in config.members}
    groups = {m.id: m.constituency for m in config.members}
    items = tuple(_item(db, config, catalogue, in_force, item, names, groups) for item in _items(db, meeting_id))
    is_open, closes = meeting.dissent_window(db, meeting_id, at)
    current = audit.current_head(db)
    head = current.hash
    prepared_at = at.astimezone(dt.UTC).isoformat(timespec="seconds")
    header = _header(db, config, row)
    opening = _opening_quorum(db, config, meeting_id, procedure)
    signatories = _signatories(config)
    return Minutes(
        header=header,
        attendance=_attendance(db, config, meeting_id, procedure),
        opening_quorum=opening,
        rules=in_force,
        recusals=tuple(r for i in items for r in i.recusals),
        items=items,
        dissent_window=DissentWindow(is_open, closes.isoformat(timespec="seconds")),
        signatories=signatories,
        audit_head=head,
        audit_seq=current.seq,
        prepared_at=prepared_at,
        evidence=_evidence(header, in_force, opening, items, signatories, current, prepared_at),
    )


def _catalogue(db: Database, version: str | None) -> criteria.Catalogue:
    """The catalogue the meeting froze (by version), falling back to the board's for an old meeting."""
    stored = db.execute("SELECT toml FROM criteria_catalogues WHERE version = ?", [version]).fetchone()
    if stored is None:
        return criteria.for_board(db)
    return criteria.parse_catalogue(stored[0], f"catalogue {str(version)[:12]}")


def _rules_in_force(row: Mapping[str, Any], catalogue: criteria.Catalogue) -> RulesInForce:
    snapshot = json.loads(row["rules"] or "{}")
    fallback = snapshot.get("consensus_fallback")
    return RulesInForce(
        decision_rule=DecisionRule(snapshot.get("decision_rule", DecisionRule.GROUP_MAJORITY)),
        groups_required=int(snapshot.get("groups_required", 2)),
        qualified_fraction=str(snapshot.get("qualified_fraction", "2/3")),
        consensus_fallback=DecisionRule(fallback) if fallback else None,
        casting_vote=bool(snapshot.get("casting_vote", False)),
        quorum=Quorum(snapshot.get("quorum", Quorum.HALF_AND_EACH_GROUP)),
        ballot=BallotMode(snapshot.get("ballot", BallotMode.NAMED)),
        secretary_votes=bool(snapshot.get("secretary_votes", False)),
        criteria_version=catalogue.version,
        criteria_name=catalogue.name,
        pass_mark=catalogue.pass_mark,
        conditional_mark=catalogue.conditional_mark,
    )


def _header(db: Database, config: BoardConfig, row: Mapping[str, Any]) -> Header:
    snapshot = json.loads(row["rules"] or "{}")
    amends = None
    if row["amends"] is not None:
        original = meeting.meeting_row(db, row["amends"])
        signed = db.execute(
            "SELECT id, sha256 FROM minutes WHERE meeting_id = ? ORDER BY locked DESC, id DESC LIMIT 1",
            [row["amends"]],
        ).fetchone()
        amends = Amends(
            original["id"],
            original["title"],
            original["date"],
            signed[0] if signed else None,
            _final_sha(db, signed[0]) if signed else None,
        )
    return Header(
        board_name=config.name,
        country=config.country,
        authority=Authority(snapshot.get("authority", config.authority)),
        legal_basis=config.legal_basis,
        meeting_id=row["id"],
        title=row["title"],
        date=row["date"],
        place=row["place"],
        opened_at=row["opened_at"],
        closed_at=row["closed_at"],
        status=MeetingStatus(row["status"]),
        amends=amends,
        recorded=bool(row.get("recorded")),
    )


def _final_sha(db: Database, minutes_id: int) -> str | None:
    """The SHA-256 of the latest revision of a minutes document: its last signature, else the unsigned file."""
    last = db.execute(
        "SELECT sha256 FROM signatures WHERE minutes_id = ? ORDER BY signed_at DESC, rowid DESC LIMIT 1", [minutes_id]
    ).fetchone()
    if last:
        return str(last[0])
    row = db.execute("SELECT sha256 FROM minutes WHERE id = ?", [minutes_id]).fetchone()
    return row[0] if row else None


def _attendance(
    db: Database, config: BoardConfig, meeting_id: int, procedure: rules.Rules
) -> tuple[AttendanceGroup, ...]:
    """Everyone with a seat, plus alternates and anyone present; former members who stayed away are left out.

    Who holds a seat follows the meeting's frozen rules (``secretary_votes``), not the board's current ones.
    """
    present = meeting.present_ids(db, meeting_id)
    voting = {s.member_id for s in rules.entitled(meeting.seats_of(config), present, [], procedure)}
    names = {m.id: m.name for m in config.members}
    rows = {r["member_id"]: r for r in db.query("SELECT * FROM attendance WHERE meeting_id = ?", [meeting_id])}
    groups: dict[Constituency, list[Attendee]] = {c: [] for c in Constituency}
    for member in config.members:
        row = rows.get(member.id, {})
        is_present = bool(row.get("present"))
        if not (member.active or member.alternate_of or is_present):
            continue
        holds = member.id in voting or (not is_present and rules.holds_seat(_seat(member), procedure))
        groups[member.constituency].append(
            Attendee(
                member_id=member.id,
                name=member.name,
                constituency=member.constituency,
                role=member.role,
                present=is_present,
                apologies=bool(row.get("apologies")),
                arrived_at=row.get("arrived_at"),
                departed_at=row.get("departed_at"),
                alternate_of=member.alternate_of,
                alternate_of_name=names.get(member.alternate_of or ""),
                holds_seat=holds,
            )
        )
    return tuple(AttendanceGroup(c, tuple(groups[c])) for c in Constituency)


def _seat(member: Any) -> rules.Seat:
    return rules.Seat(member.id, member.constituency, member.role, member.active, member.alternate_of)


def _figures(result: rules.QuorumResult, rule: Quorum) -> QuorumFigures:
    return QuorumFigures(rule, result.met, result.seats, result.required, result.present, tuple(result.groups_missing))


def _opening_quorum(db: Database, config: BoardConfig, meeting_id: int, procedure: rules.Rules) -> QuorumFigures:
    """Quorum at the opening under the meeting's frozen rules: the members present, before any recusal."""
    board = meeting.seats_of(config)
    entitled = rules.entitled(board, meeting.present_ids(db, meeting_id), [], procedure)
    return _figures(rules.quorum(rules.seat_count(board, procedure), entitled, procedure), procedure.quorum)


def _items(db: Database, meeting_id: int) -> list[dict[str, Any]]:
    return list(db.query("SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY position", [meeting_id]))


def _item(
    db: Database,
    config: BoardConfig,
    catalogue: criteria.Catalogue,
    in_force: RulesInForce,
    item: Mapping[str, Any],
    names: Mapping[str, str],
    groups: Mapping[str, Constituency],
) -> ItemMinutes:
    request = next(iter(db.query("SELECT * FROM requests WHERE id = ?", [item["request_id"]])))
    state = meeting.item_state(db, item["id"], config)
    # The meeting's frozen mode alone decides, as it does in meeting.ballots(): a board that later moves to
    # secret ballots does not unname the votes of a meeting held by name (nor the reverse).
    named = in_force.ballot is BallotMode.NAMED
    recusals = tuple(
        Recusal(item["position"], request["reference"], r["member_id"], names[r["member_id"]],
                groups[r["member_id"]], r["reason"] or None)
        for r in db.query(
            "SELECT r.* FROM recusals r JOIN members m ON m.id = r.member_id WHERE r.item_id = ? ORDER BY m.rowid",
            [item["id"]],
        )
    )  # fmt: skip
    entitled = [s.member_id for s in state.entitled]
    motions = tuple(
        _motion(db, m, names, groups, named, entitled)
        for m in db.query("SELECT * FROM motions WHERE item_id = ? ORDER BY round", [item["id"]])
    )
    decision = _decision(db, item["id"], motions, in_force.quorum)
    gates, scores = _assessment(db, config, catalogue, item["id"], state, names, named)
    return ItemMinutes(
        position=item["position"],
        item_id=item["id"],
        status=item["status"],
        note=item["note"],
        request=_facts(request),
        gates=gates,
        scores=scores,
        quorum=decision.quorum if decision else _figures(state.quorum, in_force.quorum),
        entitled=tuple(entitled),
        recusals=recusals,
        motions=motions,
        decision=decision,
        dissents=_dissents(db, item["id"], names, groups),
    )


def _facts(request: Mapping[str, Any]) -> RequestFacts:
    origins = tuple(c for c in (request["origin_countries"] or "").split(";") if c)
    return RequestFacts(
        reference=request["reference"],
        employer_name=request["employer_name"],
        employer_id=request["employer_id"] or None,
        sector_isic=request["sector_isic"],
        occupation_isco=request["occupation_isco"],
        occupation_title=classifications.isco_titles().get(request["occupation_isco"]),
        job_title=request["job_title"] or None,
        region=request["region"],
        workers_requested=request["workers_requested"],
        duration_months=request["duration_months"],
        wage_offered=request["wage_offered"],
        prevailing_wage=request["prevailing_wage"],
        currency=request["currency"],
        origin_countries=origins,
        submitted_on=request["submitted_on"] or None,
    )


def _assessment(
    db: Database,
    config: BoardConfig,
    catalogue: criteria.Catalogue,
    item_id: int,
    state: meeting.ItemState,
    names: Mapping[str, str],
    named: bool,
) -> tuple[tuple[GateLine, ...], Scores]:
    """Gates and scores from one assessment, with the item's attestations, scores, attendance and recusals."""
    assessed = assess_item(db, item_id, config=config, catalogue=catalogue)
    result, sheets, members = assessed.result, assessed.scores, assessed.members
    gates = tuple(GateLine(g.code, catalogue.gate(g.code).label, g.status, g.reason, g.on_fail) for g in result.gates)
    agg, sens, rec = result.aggregate, result.sensitivity, result.recommendation
    comments = ()
    if named:
        comments = tuple(
            ScoreComment(r["member_id"], names[r["member_id"]], r["criterion"], r["comment"])
            for r in db.query(
                "SELECT s.member_id, s.criterion, s.comment FROM scores s JOIN members m ON m.id = s.member_id "
                "WHERE s.item_id = ? AND s.comment IS NOT NULL AND s.comment != '' ORDER BY m.rowid, s.criterion",
                [item_id],
            )
        )
    scores = Scores(
        technical_score=result.technical_score,
        technical_family_scores=_technical_families(catalogue, result.technical_points),
        board_score=agg.board_score if agg else None,
        constituency_scores=dict(agg.constituency_scores) if agg else {},
        missing_constituencies=tuple(agg.missing) if agg else tuple(Constituency),
        family_scores=_member_families(catalogue, sheets, members, state) if agg else {},
        member_totals=dict(agg.member_totals) if agg and named else {},
        divergence=sens.divergence if sens else None,
        split=bool(sens and sens.split),
        split_drivers=tuple(sens.split_drivers) if sens else (),
        robust=sens.robust if sens else None,
        fragile_on=tuple(sens.fragile_on) if sens else (),
        family_moves=tuple(sens.family_moves) if sens else (),
        critical=sens.critical if sens else None,
        recommendation=rec.outcome,
        recommended_conditions=tuple(rec.conditions),
        recommendation_reason=rec.reason,
        recommendation_gates=tuple(rec.gates),
        score_comments=comments,
    )
    return gates, scores


def _family_weights(catalogue: criteria.Catalogue, family: Family) -> dict[str, float]:
    return {c.code: c.weight for c in catalogue.criteria if c.family is family}


def _technical_families(catalogue: criteria.Catalogue, points: Mapping[str, int | None]) -> dict[Family, float | None]:
    """The technical score within each family, over its automatic criteria whose data is known."""
    auto = {c.code for c in catalogue.criteria if c.auto}
    return {
        family: assessment.score_total(
            {c: p for c, p in points.items() if c in auto}, _family_weights(catalogue, family)
        )
        for family in Family
    }


def _member_families(
    catalogue: criteria.Catalogue,
    sheets: Mapping[str, Mapping[str, float]],
    members: Mapping[str, Constituency],
    state: meeting.ItemState,
) -> dict[Constituency, dict[Family, float | None]]:
    """Each constituency's score within each family, by the same rule as the board score (DESIGN §3).

    The aggregation runs once per family with that family's weights only: member totals, then the
    mean per constituency. A constituency that scored nothing in a family has None there.
    """
    by_family = {
        family: assessment.aggregate(
            sheets, members, _family_weights(catalogue, family), present=state.present, recused=state.recused
        ).constituency_scores
        for family in Family
    }
    scored = {c for scores in by_family.values() for c in scores}
    return {c: {f: by_family[f].get(c) for f in Family} for c in Constituency if c in scored}


def _conditions(db: Database, motion_id: int) -> tuple[Condition, ...]:
    out = []
    for raw in meeting.motion_conditions(db, motion_id):
        params = {k: v for k, v in raw.items() if k not in ("kind", "due", "verification")}
        out.append(Condition(ConditionKind(raw["kind"]), params, raw.get("due"), raw.get("verification")))
    return tuple(out)


def _tally(raw: str | None) -> tuple[GroupTally, ...]:
    """A stored tally (JSON), with every constituency present and zeros where nobody voted."""
    counts = rules.empty_tally()
    for group, votes in json.loads(raw or "{}").items():
        counts[group].update(votes)
    return tuple(
        GroupTally(c, counts[c.value]["for"], counts[c.value]["against"], counts[c.value]["abstain"])
        for c in Constituency
    )


def _motion(
    db: Database,
    row: Mapping[str, Any],
    names: Mapping[str, str],
    groups: Mapping[str, Constituency],
    named: bool,
    entitled: list[str],
) -> MotionMinutes:
    revealed = row["status"] == "revealed"
    votes = None
    if named and revealed:
        try:
            votes = tuple(
                NamedVote(b.member_id, names[b.member_id], groups[b.member_id], b.vote, b.comment)
                for b in meeting.ballots(db, row["id"])
            )
        except meeting.Sealed:
            votes = None  # ballots() keeps its own seal; it agrees with the frozen mode, so this is a safeguard
    tally = _tally(row["tally"])
    did_not_vote, missing = _non_voters(db, row["id"], tally, entitled, names, groups) if revealed else ((), 0)
    unattributed = tuple(meeting.secret_explanations(db, row["id"])) if revealed and not named else ()
    return MotionMinutes(
        round=row["round"],
        outcome=Outcome(row["outcome"]),
        workers=row["workers"],
        conditions=_conditions(db, row["id"]),
        proposed_by=row["proposed_by"],
        proposed_by_name=names.get(row["proposed_by"] or ""),
        status=row["status"],
        adopted=bool(row["adopted"]) if revealed else None,
        rule=DecisionRule(row["rule"]) if row["rule"] else None,
        note=row["note"],
        casting_vote_used=bool(row["casting_vote_used"]),
        tally=tally,
        votes=votes,
        did_not_vote=did_not_vote,
        did_not_vote_count=missing,
        unattributed=unattributed,
    )


def _non_voters(
    db: Database,
    motion_id: int,
    tally: tuple[GroupTally, ...],
    entitled: list[str],
    names: Mapping[str, str],
    groups: Mapping[str, Constituency],
) -> tuple[tuple[NonVoter, ...] | None, int]:
    """The entitled members who cast no ballot on a revealed motion, and how many they are.

    Who voted comes from :func:`tripartite.meeting.voters` (never how they voted), so it holds in both
    ballot modes. When the voters on record do not account for the tally, as with a secret ballot
    recorded from a held meeting's tally, the names are unknown (None) and only the count is given.
    """
    cast = sum(t.votes_for + t.against + t.abstain for t in tally)
    missing = max(len(entitled) - cast, 0)
    voted = set(meeting.voters(db, motion_id))
    if len(voted.intersection(entitled)) != cast:
        return None, missing
    return tuple(NonVoter(m, names[m], groups[m]) for m in entitled if m not in voted), missing


def _decision(
    db: Database, item_id: int, motions: tuple[MotionMinutes, ...], quorum_rule: Quorum
) -> DecisionMinutes | None:
    sql = "SELECT d.*, m.round FROM decisions d JOIN motions m ON m.id = d.motion_id WHERE d.item_id = ?"
    rows = list(db.query(sql, [item_id]))
    if not rows:
        return None
    row = rows[0]
    quorum = json.loads(row["quorum"] or "{}")
    figures = QuorumFigures(
        quorum_rule,
        True,  # a decision is only ever recorded with quorum (meeting.open_vote checks it)
        int(quorum.get("seats", 0)),
        int(quorum.get("required", 0)),
        int(quorum.get("present", 0)),
        tuple(Constituency(g) for g in quorum.get("groups_missing", [])),
    )
    motion = next(m for m in motions if m.round == row["round"])
    return DecisionMinutes(
        motion_round=row["round"],
        outcome=Outcome(row["outcome"]),
        workers=row["workers"],
        conditions=motion.conditions,
        rule=DecisionRule(row["rule"]),
        casting_vote_used=bool(row["casting_vote_used"]),
        reasons=row["reasons"],
        valid_until=row["valid_until"],
        quorum=figures,
        tally=_tally(row["tally"]),
        decided_at=row["decided_at"],
    )


def _dissents(
    db: Database, item_id: int, names: Mapping[str, str], groups: Mapping[str, Constituency]
) -> tuple[Dissent, ...]:
    return tuple(
        Dissent(r["member_id"], names[r["member_id"]], groups[r["member_id"]], r["text"], r["filed_at"])
        for r in db.query("SELECT * FROM dissents WHERE item_id = ? ORDER BY filed_at, id", [item_id])
    )


def _signatories(config: BoardConfig) -> tuple[Signatory, ...]:
    """One block per signatory role: the chair and secretary by name; each constituency by its group."""
    out = []
    for role in config.signatories:
        if role in (Role.CHAIR, Role.SECRETARY):
            member = next((m for m in config.members if m.role.value == role and m.active), None)
            out.append(
                Signatory(role, member.id if member else None, member.name if member else None,
                          member.constituency if member else None)
            )  # fmt: skip
        else:
            out.append(Signatory(role, None, None, Constituency(role)))
    return tuple(out)


# ------------------------------------------------------------------------------------------ evidence


def _quorum_json(q: QuorumFigures) -> dict[str, Any]:
    return {
        "met": q.met,
        "seats": q.seats,
        "required": q.required,
        "present": q.present,
        "groups_missing": [g.value for g in q.groups_missing],
    }


def _tally_json(tally: tuple[GroupTally, ...]) -> dict[str, dict[str, int]]:
    return {t.constituency.value: {"for": t.votes_for, "against": t.against, "abstain": t.abstain} for t in tally}


def _condition_json(c: Condition) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": c.kind.value, **c.params}
    if c.due:
        out["due"] = c.due
    if c.verification:
        out["verification"] = c.verification
    return out


def _item_json(item: ItemMinutes) -> dict[str, Any]:
    decision = item.decision
    return {
        "position": item.position,
        "request": item.request.reference,
        "status": item.status,
        "note": item.note,
        "quorum": _quorum_json(item.quorum),
        "entitled": list(item.entitled),
        "recused": [r.member_id for r in item.recusals],
        "technical_score": assessment.rounded(item.scores.technical_score),
        "board_score": assessment.rounded(item.scores.board_score),
        "constituency_scores": {c.value: assessment.rounded(v) for c, v in item.scores.constituency_scores.items()},
        "motions": [
            {
                "round": m.round,
                "outcome": m.outcome.value,
                "workers": m.workers,
                "conditions": [_condition_json(c) for c in m.conditions],
                "adopted": m.adopted,
                "rule": m.rule.value if m.rule else None,
                "note": m.note,
                "casting_vote_used": m.casting_vote_used,
                "tally": _tally_json(m.tally),
                "did_not_vote": None if m.did_not_vote is None else [v.member_id for v in m.did_not_vote],
            }
            for m in item.motions
        ],
        "decision": None
        if decision is None
        else {
            "round": decision.motion_round,
            "outcome": decision.outcome.value,
            "workers": decision.workers,
            "conditions": [_condition_json(c) for c in decision.conditions],
            "rule": decision.rule.value,
            "casting_vote_used": decision.casting_vote_used,
            "tally": _tally_json(decision.tally),
        },
        "dissents": [{"member": d.member_id, "filed_at": d.filed_at} for d in item.dissents],
    }


def _evidence(
    header: Header,
    in_force: RulesInForce,
    opening: QuorumFigures,
    items: tuple[ItemMinutes, ...],
    signatories: tuple[Signatory, ...],
    head: audit.Head,
    prepared_at: str,
) -> dict[str, Any]:
    """The evidence annex: the figures a court or auditor recomputes, in the form the database keeps them."""
    amends = header.amends
    return {
        "format": EVIDENCE_FORMAT,
        "board": {"name": header.board_name, "country": header.country, "authority": header.authority.value},
        "meeting": {
            "id": header.meeting_id,
            "title": header.title,
            "date": header.date,
            "place": header.place,
            "opened_at": header.opened_at,
            "closed_at": header.closed_at,
            "amends": None
            if amends is None
            else {"meeting": amends.meeting_id, "minutes": amends.minutes_id, "sha256": amends.minutes_sha256},
        },
        "criteria_version": in_force.criteria_version,
        # The same keys and values as the meeting's frozen snapshot (meetings.rules).
        "rules": {
            "decision_rule": in_force.decision_rule.value,
            "groups_required": in_force.groups_required,
            "qualified_fraction": in_force.qualified_fraction,
            "consensus_fallback": in_force.consensus_fallback.value if in_force.consensus_fallback else None,
            "casting_vote": in_force.casting_vote,
            "quorum": in_force.quorum.value,
            "ballot": in_force.ballot.value,
            "secretary_votes": in_force.secretary_votes,
            "authority": header.authority.value,
        },
        # The chain's head when the minutes were built: once signed, an anchor outside the file (DESIGN §6).
        "audit_head": head.hash,
        "audit_seq": head.seq,
        "prepared_at": prepared_at,
        "opening_quorum": _quorum_json(opening),
        "items": [_item_json(i) for i in items],
        "signatories": [s.role for s in signatories],
    }


# -------------------------------------------------------------------------------------- locking, amending


def require_unlocked(db: Database, meeting_id: int) -> None:
    """Raise :class:`MinutesError` when the meeting is locked by signed minutes.

    Raises:
        MinutesError: the minutes are signed; only an amendment can correct the record.
    """
    if is_locked(db, meeting_id):
        raise MinutesError(
            f"the minutes of meeting {meeting_id} are signed, so the meeting is read-only; "
            "create an amendment to correct it"
        )


def create_amendment(
    db: Database,
    meeting_id: int,
    auth: Auth,
    *,
    title: str | None = None,
    date: str | None = None,
    place: str | None = None,
) -> int:
    """Open a new meeting that corrects a meeting whose minutes are signed; the original record stays.

    Args:
        db: the database.
        meeting_id: the signed meeting to amend.
        title: the amendment's title (default: "Amendment to <original title>").
        date: its date (default: today, UTC).
        place: its place (default: the original's).
        auth: the secretary's or the chair's PIN (or the command line's operator).

    Returns:
        The new meeting's id; it is a draft linked to the original by ``meetings.amends``.

    Raises:
        MinutesError: no such meeting, or its minutes are not signed yet (rebuild them instead).
    """
    rows = list(db.query("SELECT * FROM meetings WHERE id = ?", [meeting_id]))
    if not rows:
        raise MinutesError(f"no meeting with id {meeting_id}")
    original = rows[0]
    if not is_locked(db, meeting_id):
        raise MinutesError(
            f"the minutes of meeting {meeting_id} are not signed yet; correct the meeting and build them again"
        )
    signed = db.execute(
        "SELECT id FROM minutes WHERE meeting_id = ? AND locked = 1 ORDER BY id DESC LIMIT 1", [meeting_id]
    ).fetchone()
    with db.atomic():
        new_id = meeting.create_meeting(
            db,
            title or f"Amendment to {original['title']}",
            date or dt.datetime.now(dt.UTC).date().isoformat(),
            place if place is not None else original["place"],
            auth,
        )
        db.execute("UPDATE meetings SET amends = ? WHERE id = ?", [meeting_id, new_id])
        audit.append(
            db,
            "meeting.amendment_created",
            {"meeting": new_id, "amends": meeting_id, "minutes": signed[0] if signed else None},
            actor=auth.actor,
        )
    return new_id
