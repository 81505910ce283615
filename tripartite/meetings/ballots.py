"""Sealed ballots, the reveal, the tally and the decision it settles (DESIGN §4.3, §4.4).

Ballots are sealed by the API: until a motion is revealed, :func:`revealed_ballots` raises and only :func:`voters`
(who has voted) is available. In secret-ballot mode individual ballots are never exposed, only the tallies.
The reveal applies the board's rule frozen with the meeting; the first adopted motion decides its item.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from tripartite import audit, followup, rules, store
from tripartite.authority import Act, Auth, require
from tripartite.board import BoardConfig
from tripartite.clock import now
from tripartite.meetings._common import board_of, conduct, motion_row, set_request_status
from tripartite.meetings.agenda import ItemState, item_state
from tripartite.meetings.errors import ProcedureError, Sealed
from tripartite.meetings.lifecycle import require_item_unlocked, require_unlocked
from tripartite.meetings.lookup import frozen_rules, meeting_of_motion
from tripartite.meetings.motions import motion_conditions
from tripartite.models import BallotMode, Constituency, ItemStatus, MotionStatus, Outcome, RequestStatus, Vote


@dataclass(frozen=True)
class Ballot:
    """A revealed ballot."""

    member_id: str
    vote: Vote
    comment: str | None
    cast_at: str


def cast(
    db: Database,
    motion_id: int,
    member_id: str,
    vote: Vote,
    comment: str | None,
    auth: Auth,
    *,
    state: ItemState | None = None,
) -> None:
    """Cast one member's sealed ballot. It cannot be changed once cast.

    In a secret ballot the file never links the member to the vote (DESIGN §4): ``voters`` says who
    voted, and ``secret_votes`` keeps the vote under a random key with the constituency (the tallies are
    by constituency), no member and no time; the event says only who voted. The chair's vote carries a
    mark when the rules give the chair a casting vote, since the rule must know it.

    Raises:
        ProcedureError: the vote is not open, the member is not entitled or has voted already.
        NotAuthorised: the authority is not the member's own PIN (or the recording of this meeting).
    """
    motion = motion_row(db, motion_id)
    # A bulk recording passes the item's state, unchanged while its motion is open (recusals are closed).
    state = state if state is not None and state.item_id == motion["item_id"] else item_state(db, motion["item_id"])
    require(db, auth, Act.OWN, member=member_id, meeting_id=state.meeting_id)
    require_unlocked(db, state.meeting_id)
    if motion["status"] != MotionStatus.OPEN:
        raise ProcedureError("vote_not_open")
    seats = {s.member_id: s.constituency for s in state.entitled}
    if member_id not in seats:
        raise ProcedureError("not_entitled", member=member_id)
    if db.execute(
        "SELECT EXISTS(SELECT 1 FROM ballots WHERE motion_id = ?1 AND member_id = ?2) "
        "OR EXISTS(SELECT 1 FROM voters WHERE motion_id = ?1 AND member_id = ?2)",
        [motion_id, member_id],
    ).fetchone()[0]:
        raise ProcedureError("already_voted", member=member_id)
    procedure, mode = state.procedure, state.mode
    text = (comment or "").strip() or None
    with db.atomic():
        if mode is BallotMode.SECRET:
            db.execute(
                "INSERT INTO voters (motion_id, member_id, cast_at) VALUES (?, ?, ?)", [motion_id, member_id, now()]
            )
            db.execute(
                "INSERT INTO secret_votes (key, motion_id, constituency, vote, comment, chair) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    secrets.token_hex(16),
                    motion_id,
                    seats[member_id].value,
                    Vote(vote).value,
                    text,
                    int(procedure.casting_vote and member_id == state.chair),
                ],
            )
        else:
            # The nonce salts the row's digest in the event: the digest of a vote cannot be guessed.
            db.execute(
                "INSERT INTO ballots (motion_id, member_id, vote, comment, cast_at, nonce) VALUES (?, ?, ?, ?, ?, ?)",
                [motion_id, member_id, Vote(vote).value, text, now(), os.urandom(16).hex()],
            )
        audit.append(db, "ballot.cast", {"motion": motion_id, "member": member_id}, actor=auth.actor)


def voters(db: Database, motion_id: int) -> list[str]:
    """Who has voted on a motion: the only thing shown before the reveal (DESIGN §4.3)."""
    return [
        r[0]
        for r in db.execute(
            "SELECT v.member_id FROM (SELECT member_id FROM ballots WHERE motion_id = ?1 "
            "UNION SELECT member_id FROM voters WHERE motion_id = ?1) v JOIN members m ON m.id = v.member_id "
            "ORDER BY m.rowid",
            [motion_id],
        )
    ]


def revealed_ballots(db: Database, motion_id: int) -> list[Ballot]:
    """The revealed ballots of a motion, in board order.

    Raises:
        Sealed: before the reveal, and always in secret-ballot mode.
    """
    motion = motion_row(db, motion_id)
    if motion["status"] != MotionStatus.REVEALED or _ballot_mode(db, motion) is BallotMode.SECRET:
        raise Sealed("sealed", motion=motion_id)
    return [
        Ballot(r["member_id"], Vote(r["vote"]), r["comment"], r["cast_at"])
        for r in db.query(
            "SELECT b.* FROM ballots b JOIN members m ON m.id = b.member_id WHERE b.motion_id = ? ORDER BY m.rowid",
            [motion_id],
        )
    ]


def secret_explanations(db: Database, motion_id: int) -> list[tuple[Constituency, str]]:
    """A revealed secret ballot's explanations of vote: by constituency only, in key order (no one's name).

    Raises:
        Sealed: before the reveal.
    """
    motion = motion_row(db, motion_id)
    if motion["status"] != MotionStatus.REVEALED:
        raise Sealed("sealed", motion=motion_id)
    return [
        (Constituency(c), str(t))
        for c, t in db.execute(
            "SELECT constituency, comment FROM secret_votes WHERE motion_id = ? AND comment IS NOT NULL ORDER BY key",
            [motion_id],
        )
    ]


def _ballot_mode(db: Database, motion: Mapping[str, Any]) -> BallotMode:
    meeting_id = db.execute("SELECT meeting_id FROM agenda_items WHERE id = ?", [motion["item_id"]]).fetchone()[0]
    return frozen_rules(db, meeting_id)[1]


def reveal(
    db: Database, motion_id: int, auth: Auth, *, force: bool = False, config: BoardConfig | None = None
) -> rules.Result:
    """Reveal a motion's ballots and apply the board's rule (the chair; DESIGN §4.4).

    The reveal happens when every present, entitled member has cast; before that the chair may close
    the vote (``force=True``). An adopted motion decides its item.
    """
    config = config or board_of(db)
    meeting_id = meeting_of_motion(db, motion_id)
    conduct(db, auth, meeting_id)
    motion = motion_row(db, motion_id)
    require_item_unlocked(db, motion["item_id"])
    if motion["status"] != MotionStatus.OPEN:
        raise ProcedureError("vote_not_open")
    state = item_state(db, motion["item_id"], config)
    cast_by = set(voters(db, motion_id))
    missing = [s.member_id for s in state.entitled if s.member_id not in cast_by]
    if missing and not force:
        raise ProcedureError("votes_missing", missing=tuple(missing))
    if frozen_rules(db, meeting_id)[1] is BallotMode.SECRET:
        tally = rules.empty_tally()
        chair_vote = None
        for group, vote, chair in db.execute(
            "SELECT constituency, vote, chair FROM secret_votes WHERE motion_id = ?", [motion_id]
        ):
            tally[group][vote] += 1
            chair_vote = Vote(vote) if chair else chair_vote
        return _settle(db, config, motion, state, tally, chair_vote, auth, secret_votes=True)
    votes = {
        r[0]: Vote(r[1]) for r in db.execute("SELECT member_id, vote FROM ballots WHERE motion_id = ?", [motion_id])
    }
    seats = {s.member_id: s.constituency for s in state.entitled}
    tally = rules.tally_votes({m: v for m, v in votes.items() if m in seats}, seats)
    chair_vote = votes.get(state.chair) if state.chair else None
    return _settle(db, config, motion, state, tally, chair_vote, auth)


def reveal_tally(
    db: Database,
    motion_id: int,
    tally: rules.Tally,
    auth: Auth,
    *,
    chair_vote: Vote | None = None,
    config: BoardConfig | None = None,
) -> rules.Result:
    """Settle a secret-ballot motion from its per-constituency tally (a recorded meeting: identities discarded)."""
    meeting_id = meeting_of_motion(db, motion_id)
    if not auth.recorded:
        raise ProcedureError("recorded_only")
    conduct(db, auth, meeting_id)
    config = config or board_of(db)
    motion = motion_row(db, motion_id)
    require_item_unlocked(db, motion["item_id"])
    if motion["status"] != MotionStatus.OPEN:
        raise ProcedureError("vote_not_open")
    state = item_state(db, motion["item_id"], config)
    full = rules.empty_tally()
    for group, counts in tally.items():
        full[group].update(counts)
    return _settle(db, config, motion, state, full, chair_vote, auth)


def _reshuffle_secret_votes(db: Database, motion_id: int) -> tuple[str, int]:
    """Write a secret motion's votes again in key order, and return the digest the reveal commits to.

    Cells are stored in the page in the order they were written, which is the order of the casts; written
    again in the order of their random keys, with deleted content zeroed (``secure_delete``), they keep
    nothing of that order.
    """
    from tripartite.audit_check import votes_digest  # the digest is the checker's to define

    rows = db.execute(
        "SELECT key, motion_id, constituency, vote, comment, chair FROM secret_votes WHERE motion_id = ? ORDER BY key",
        [motion_id],
    ).fetchall()
    db.execute("DELETE FROM secret_votes WHERE motion_id = ?", [motion_id])
    db.conn.executemany(
        "INSERT INTO secret_votes (key, motion_id, constituency, vote, comment, chair) VALUES (?, ?, ?, ?, ?, ?)", rows
    )
    return votes_digest(db, motion_id), len(rows)


def _settle(
    db: Database,
    config: BoardConfig,
    motion: dict[str, Any],
    state: ItemState,
    tally: rules.Tally,
    chair_vote: Vote | None,
    auth: Auth,
    *,
    secret_votes: bool = False,
) -> rules.Result:
    meeting_id = meeting_of_motion(db, motion["id"])
    procedure, mode = frozen_rules(db, meeting_id)
    result = rules.decide(tally, procedure, chair_vote)
    revealed_at = now()
    payload: dict[str, Any] = {
        "motion": motion["id"],
        "adopted": result.adopted,
        "rule": result.rule.value,
        "tally": tally,
        "note": result.note,
        "casting_vote_used": result.casting_vote_used,
    }
    if mode is BallotMode.NAMED:
        payload["ballots"] = [
            {"member": b["member_id"], "vote": b["vote"], "comment": b["comment"]}
            for b in db.query(
                "SELECT member_id, vote, comment FROM ballots WHERE motion_id = ? ORDER BY member_id", [motion["id"]]
            )
        ]
    with db.atomic():
        if secret_votes:
            payload["votes_digest"], payload["votes"] = _reshuffle_secret_votes(db, motion["id"])
        db.execute(
            "UPDATE motions SET status = ?, adopted = ?, rule = ?, note = ?, casting_vote_used = ?, "
            "tally = ?, revealed_at = ? WHERE id = ?",
            [
                MotionStatus.REVEALED.value,
                int(result.adopted),
                result.rule.value,
                result.note,
                int(result.casting_vote_used),
                json.dumps(tally, sort_keys=True),
                revealed_at,
                motion["id"],
            ],
        )
        db.execute("UPDATE agenda_items SET quorum_met = 1 WHERE id = ?", [motion["item_id"]])
        audit.append(db, "motion.revealed", payload, actor=auth.actor)
        if result.adopted:
            _decide(db, motion, state, result, auth)
    if secret_votes:
        store.forget_wal(db)  # the casts' page images in the WAL held the order of the votes
    return result


def _decide(db: Database, motion: dict[str, Any], state: ItemState, result: rules.Result, auth: Auth) -> None:
    """The first adopted motion decides its item; the request's status follows (DESIGN §2)."""
    quorum = {
        "seats": state.quorum.seats,
        "required": state.quorum.required,
        "present": state.quorum.present,
        "groups_missing": [g.value for g in state.quorum.groups_missing],
    }
    row = {
        "item_id": motion["item_id"],
        "motion_id": motion["id"],
        "outcome": motion["outcome"],
        "workers": motion["workers"],
        "rule": result.rule.value,
        "quorum": json.dumps(quorum, sort_keys=True),
        "tally": json.dumps(result.tally, sort_keys=True),
        "casting_vote_used": int(result.casting_vote_used),
        "reasons": None,
        "valid_until": None,
        "decided_at": now(),
    }
    store.insert(db, "decisions", row)
    db.execute("UPDATE agenda_items SET status = ? WHERE id = ?", [ItemStatus.DECIDED.value, motion["item_id"]])
    outcome = Outcome(motion["outcome"])
    status = RequestStatus.DEFERRED if outcome is Outcome.DEFER else RequestStatus.DECIDED
    set_request_status(db, state.request_id, status, auth.actor, f"decision: {outcome.value}")
    followups = followup.create_for_decision(db, motion["item_id"])
    audit.append(
        db,
        "decision.recorded",
        {
            "item": motion["item_id"],
            "motion": motion["id"],
            "outcome": outcome.value,
            "workers": motion["workers"],
            "conditions": motion_conditions(db, motion["id"]),
            "rule": result.rule.value,
            **({"followups": followups} if followups else {}),
        },
        actor=auth.actor,
    )
