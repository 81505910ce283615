"""Enter a meeting already held, from a TOML file, through the same engine (DESIGN §4, §8.3, §8.4).

The file is checked whole first (:mod:`tripartite.meetings.meeting_file`): with any problem, nothing is
recorded. A valid file is recorded in one transaction, through the same functions as a live meeting,
so a crash leaves either the whole meeting or none of it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from tripartite import aggregation, assessment, authority, criteria, criteria_toml, rules, scoring, tomlfile
from tripartite.authority import Auth
from tripartite.board import BoardConfig, read_board
from tripartite.errors import InputError, Problem
from tripartite.gates import BoardContext
from tripartite.meetings import agenda, attendance, ballots, dissents, lifecycle, motions
from tripartite.meetings.meeting_file import Plan, check_file
from tripartite.models import BallotMode, Role


def record_meeting(
    db: Database,
    path: str | Path,
    *,
    auth: Auth,
    display_name: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """Validate and record a held meeting.

    Args:
        db: the database (it must hold a board).
        path: the meeting TOML file.
        auth: who records it: the command line's operator, or the secretary or the chair by PIN. The
            meeting's own acts are then done under :func:`tripartite.authority.recording`, valid for it only.
        display_name: how problems name the file.
        progress: optional ``(done, total)`` callback, per item.

    Returns:
        The ``meeting record --json`` object: ``meeting_id``, ``items`` and ``warnings`` (DESIGN §8.3).

    Raises:
        InputError: every problem in the file; nothing was recorded.
    """
    name = display_name or str(path)
    raw, text = tomlfile.read(path, name)
    config = read_board(db)
    if config is None:
        raise InputError([Problem(name, 0, "", "rule_conflict", params={"reason": "the database has no board yet"})])
    catalogue = criteria_toml.for_board(db)
    plan = check_file(raw, text, name, db, config, catalogue)
    return _write(db, config, catalogue, plan, progress, auth)


def _write(
    db: Database,
    config: BoardConfig,
    catalogue: criteria.Catalogue,
    plan: Plan,
    progress: Callable[[int, int], None] | None,
    by: Auth,
) -> dict[str, Any]:
    ctx = BoardContext.of(config)
    members = attendance.constituencies_by_member(config)
    secret = config.ballot is BallotMode.SECRET
    chair = next((m.id for m in config.members if m.role is Role.CHAIR and m.active), None)
    results = []
    with db.atomic():
        meeting_id = lifecycle.create_meeting(db, plan.title, plan.date, plan.place, by, recorded=True)
        auth = authority.recording(db, meeting_id, by)
        for member_id in plan.present:
            attendance.set_attendance(db, meeting_id, member_id, True, auth=auth)
        for member_id in plan.apologies:
            if member_id not in plan.present:
                attendance.set_attendance(db, meeting_id, member_id, False, apologies=True, auth=auth)
        lifecycle.open_meeting(db, meeting_id, auth)
        for done, item in enumerate(plan.items, start=1):
            item_id = agenda.add_item(db, meeting_id, item.request["id"], auth)
            for member_id in item.recused:
                agenda.recuse(db, item_id, member_id, item.reasons.get(member_id, ""), auth)
            for gate, answer in item.attest.items():
                agenda.attest(db, item_id, gate, answer, auth)
            for member_id, sheet in item.scores.items():
                scoring.save_scores(db, item_id, member_id, sheet, item.comments.get(member_id), auth)
            state = agenda.item_state(db, item_id, config)
            outcome = assessment.assess(
                item.request,
                catalogue,
                ctx,
                attestations=item.attest,
                scores=item.scores,
                members=members,
                present=plan.present,
                recused=item.recused,
                with_sensitivity=False,
            )
            motions_json: list[dict[str, Any]] = []
            decision = None
            if not state.quorum.met:
                agenda.mark_no_quorum(db, item_id, auth)
            else:
                for motion in item.motions:
                    motion_id = motions.propose(
                        db,
                        item_id,
                        motion.outcome,
                        motion.workers,
                        motion.conditions,
                        auth=auth,
                        proposed_by=motion.proposed_by,
                    )
                    motions.open_vote(db, motion_id, auth, config=config)
                    entitled = {s.member_id: s.constituency for s in state.entitled}
                    if secret:
                        # Identities are discarded on record: only the tally is kept (DESIGN §8.4).
                        tally = motion.tally or rules.tally_votes(motion.votes, entitled)
                        chair_vote = motion.votes.get(chair) if chair is not None and chair == state.chair else None
                        result = ballots.reveal_tally(db, motion_id, tally, auth, chair_vote=chair_vote, config=config)
                    else:
                        for member_id, vote in motion.votes.items():
                            ballots.cast(
                                db, motion_id, member_id, vote, motion.comments.get(member_id), auth, state=state
                            )
                        result = ballots.reveal(db, motion_id, auth, force=True, config=config)
                    motions_json.append(
                        {
                            "outcome": motion.outcome.value,
                            "adopted": result.adopted,
                            "rule": result.rule.value,
                            "tally": result.tally,
                            "casting_vote_used": result.casting_vote_used,
                            "note": result.note,
                        }
                    )
                    if result.adopted:
                        workers = db.execute("SELECT workers FROM motions WHERE id = ?", [motion_id]).fetchone()[0]
                        decision = {
                            "outcome": motion.outcome.value,
                            "workers": workers,
                            "conditions": motions.motion_conditions(db, motion_id),
                        }
                        break
                for member_id, text in item.dissents:
                    if decision is not None:
                        dissents.file_dissent(db, item_id, member_id, text, auth)
            agg = outcome.aggregate
            rec = outcome.recommendation
            results.append(
                {
                    "request": item.reference,
                    "quorum_met": state.quorum.met,
                    "present": plan.present,
                    "entitled": [s.member_id for s in state.entitled],
                    "recused": item.recused,
                    "motions": motions_json,
                    "decision": decision,
                    "note": None if state.quorum.met else "no_quorum",
                    "board_score": assessment.rounded(agg.board_score if agg else None),
                    "constituency_scores": {c.value: assessment.rounded(v) for c, v in agg.constituency_scores.items()}
                    if agg
                    else {},
                    "divergence": _divergence(agg),
                    "recommendation": {
                        "outcome": rec.outcome.value,
                        "conditions": [c.value for c in rec.conditions],
                        "reason": rec.reason,
                    },
                    "gates_failed": outcome.gates_failed,
                }
            )
            if progress:
                progress(done, len(plan.items))
        lifecycle.close_meeting(db, meeting_id, auth)
    return {"meeting_id": meeting_id, "items": results, "warnings": plan.warnings}


def _divergence(agg: aggregation.Aggregate | None) -> float | None:
    """Max G꜀ − min G꜀, null with fewer than two constituency scores (DESIGN §8.4)."""
    if agg is None or len(agg.constituency_scores) < 2:
        return None
    return assessment.rounded(max(agg.constituency_scores.values()) - min(agg.constituency_scores.values()))
