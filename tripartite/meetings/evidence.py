"""The minutes' evidence annex: the figures a court or auditor recomputes, as JSON (DESIGN §5, §6).

The annex uses the form the database keeps (codes, tallies, the frozen rules' snapshot); the signing code
recognises our minutes by :data:`EVIDENCE_FORMAT`.
"""

from __future__ import annotations

from typing import Any

from tripartite import assessment, audit
from tripartite.meetings.minutes_data import (
    Condition,
    GroupTally,
    Header,
    ItemMinutes,
    QuorumFigures,
    RulesInForce,
    Signatory,
)

# The evidence annex's format tag; the signing code recognises our minutes by it.
EVIDENCE_FORMAT = "tripartite-minutes-evidence/1"


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


def build_evidence(
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
        # The language the visible minutes are written in (DESIGN §14); the annex itself is codes and figures.
        "language": header.language,
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
