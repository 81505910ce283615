"""Assembling the minutes of a meeting from the database (DESIGN §5).

:func:`build_minutes` reads a held meeting and returns a frozen :class:`~tripartite.meetings.minutes_data.Minutes`.
Individual votes appear only through :func:`tripartite.meetings.ballots.revealed_ballots`, which refuses them before
the reveal and always in secret-ballot mode, so secret minutes carry tallies only.

This module is a little over 500 lines: it is one reading of the meeting, section by section, and each
helper serves exactly one section; cutting it would put one section's reading in two places.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from sqlite_utils import Database

from tripartite import aggregation, audit, classifications, criteria, criteria_toml, rules
from tripartite.board import BoardConfig, read_board
from tripartite.criteria import Family
from tripartite.item_assessment import assess_item
from tripartite.meetings import ballots
from tripartite.meetings.agenda import ItemState, item_state
from tripartite.meetings.attendance import present_ids, seats_of
from tripartite.meetings.dissents import dissent_window
from tripartite.meetings.errors import MinutesError, Sealed
from tripartite.meetings.evidence import build_evidence
from tripartite.meetings.lookup import frozen_rules, meeting_row
from tripartite.meetings.minutes_data import (
    Amends,
    AttendanceGroup,
    Attendee,
    Condition,
    DecisionMinutes,
    Dissent,
    DissentWindow,
    GateLine,
    GroupTally,
    Header,
    ItemMinutes,
    Minutes,
    MotionMinutes,
    NamedVote,
    NonVoter,
    QuorumFigures,
    Recusal,
    RequestFacts,
    RulesInForce,
    ScoreComment,
    Scores,
    Signatory,
)
from tripartite.meetings.motions import motion_conditions
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
)


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
        raise MinutesError("no_board")
    rows = list(db.query("SELECT * FROM meetings WHERE id = ?", [meeting_id]))
    if not rows:
        raise MinutesError("no_meeting", meeting=meeting_id)
    row = rows[0]
    catalogue = _catalogue(db, row["criteria_version"])
    in_force = _rules_in_force(row, catalogue)
    # Everything below reads the rules frozen with the meeting, never the board's current settings: a
    # board that has since changed its quorum or ballot mode must not rewrite an old meeting's record.
    procedure, _ballot = frozen_rules(db, meeting_id)
    names = {m.id: m.name for m in config.members}
    groups = {m.id: m.constituency for m in config.members}
    items = tuple(_item(db, config, catalogue, in_force, item, names, groups) for item in _items(db, meeting_id))
    is_open, closes = dissent_window(db, meeting_id, at)
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
        evidence=build_evidence(header, in_force, opening, items, signatories, current, prepared_at),
    )


def _catalogue(db: Database, version: str | None) -> criteria.Catalogue:
    """The catalogue the meeting froze (by version), falling back to the board's for an old meeting."""
    stored = db.execute("SELECT toml FROM criteria_catalogues WHERE version = ?", [version]).fetchone()
    if stored is None:
        return criteria_toml.for_board(db)
    return criteria_toml.parse_catalogue(stored[0], f"catalogue {str(version)[:12]}")


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
        original = meeting_row(db, row["amends"])
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
        language=config.language,
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
    present = present_ids(db, meeting_id)
    voting = {s.member_id for s in rules.entitled(seats_of(config), present, [], procedure)}
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
    board = seats_of(config)
    entitled = rules.entitled(board, present_ids(db, meeting_id), [], procedure)
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
    state = item_state(db, item["id"], config)
    # The meeting's frozen mode alone decides, as it does in ballots.revealed_ballots(): a board that later moves to
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
        status=ItemStatus(item["status"]),
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
    state: ItemState,
    names: Mapping[str, str],
    named: bool,
) -> tuple[tuple[GateLine, ...], Scores]:
    """Gates and scores from one assessment, with the item's attestations, scores, attendance and recusals."""
    assessed = assess_item(db, item_id, config=config, catalogue=catalogue)
    result, sheets, members = assessed.result, assessed.scores, assessed.members
    gates = tuple(
        GateLine(g.code, catalogue.gate(g.code).label, g.status, g.reason, g.on_fail, g.why) for g in result.gates
    )
    agg, sens, rec = result.aggregate, result.sensitivity, result.recommendation
    comments: tuple[ScoreComment, ...] = ()
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
        family: aggregation.score_total(
            {c: p for c, p in points.items() if c in auto}, _family_weights(catalogue, family)
        )
        for family in Family
    }


def _member_families(
    catalogue: criteria.Catalogue,
    sheets: Mapping[str, Mapping[str, float]],
    members: Mapping[str, Constituency],
    state: ItemState,
) -> dict[Constituency, dict[Family, float | None]]:
    """Each constituency's score within each family, by the same rule as the board score (DESIGN §3).

    The aggregation runs once per family with that family's weights only: member totals, then the
    mean per constituency. A constituency that scored nothing in a family has None there.
    """
    by_family = {
        family: aggregation.aggregate(
            sheets, members, _family_weights(catalogue, family), present=state.present, recused=state.recused
        ).constituency_scores
        for family in Family
    }
    scored = {c for scores in by_family.values() for c in scores}
    return {c: {f: by_family[f].get(c) for f in Family} for c in Constituency if c in scored}


def _conditions(db: Database, motion_id: int) -> tuple[Condition, ...]:
    out = []
    for raw in motion_conditions(db, motion_id):
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
    revealed = row["status"] == MotionStatus.REVEALED
    votes = None
    if named and revealed:
        try:
            votes = tuple(
                NamedVote(b.member_id, names[b.member_id], groups[b.member_id], b.vote, b.comment)
                for b in ballots.revealed_ballots(db, row["id"])
            )
        except Sealed:
            votes = None  # revealed_ballots() keeps its own seal; it agrees with the frozen mode: a safeguard
    tally = _tally(row["tally"])
    did_not_vote, missing = _non_voters(db, row["id"], tally, entitled, names, groups) if revealed else ((), 0)
    unattributed = tuple(ballots.secret_explanations(db, row["id"])) if revealed and not named else ()
    return MotionMinutes(
        round=row["round"],
        outcome=Outcome(row["outcome"]),
        workers=row["workers"],
        conditions=_conditions(db, row["id"]),
        proposed_by=row["proposed_by"],
        proposed_by_name=names.get(row["proposed_by"] or ""),
        status=MotionStatus(row["status"]),
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

    Who voted comes from :func:`tripartite.meetings.ballots.voters` (never how they voted), so it holds in both
    ballot modes. When the voters on record do not account for the tally, as with a secret ballot
    recorded from a held meeting's tally, the names are unknown (None) and only the count is given.
    """
    cast = sum(t.votes_for + t.against + t.abstain for t in tally)
    missing = max(len(entitled) - cast, 0)
    voted = set(ballots.voters(db, motion_id))
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
        True,  # a decision is only ever recorded with quorum (motions.open_vote checks it)
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
