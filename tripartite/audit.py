"""The hash-chained audit log (DESIGN §6).

Each event is ``(seq, at, actor, action, payload, prev_hash, hash)`` with
``hash = sha256(prev_hash ‖ canonical JSON of the event)``. Events are written in the same
transaction as the change they record, so a rolled-back change leaves no event either.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from tripartite.store import now

GENESIS = "0" * 64


def canonical(obj: Any) -> str:
    """Canonical JSON: sorted keys, no spaces, UTF-8 kept (the form that is hashed)."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _hash(prev_hash: str, seq: int, at: str, actor: str, action: str, payload: str) -> str:
    body = canonical({"seq": seq, "at": at, "actor": actor, "action": action, "payload": payload})
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def digest(values: dict[str, Any]) -> str:
    """SHA-256 of the canonical JSON of some values."""
    return hashlib.sha256(canonical(values).encode("utf-8")).hexdigest()


# The columns of each table whose rows the log commits to. A ballot's nonce salts its digest, so the
# log proves the sealed ballot unchanged without revealing it (a bare hash of "for" could be guessed).
DIGESTED: dict[str, tuple[str, ...]] = {
    "ballots": ("motion_id", "member_id", "vote", "comment", "cast_at", "nonce"),
    "decisions": (
        "item_id",
        "motion_id",
        "outcome",
        "workers",
        "rule",
        "quorum",
        "tally",
        "casting_vote_used",
        "reasons",
        "valid_until",
        "decided_at",
    ),
    # The file itself is committed to through its SHA-256 (checked against the blob by verify_records).
    "minutes": ("id", "meeting_id", "kind", "amends", "sha256", "created_at"),
    "signatures": ("minutes_id", "role", "signer", "signed_at", "sha256"),
}


def row_digest(table: str, row: Mapping[str, Any]) -> str:
    """The digest the log keeps of a row of ``table`` (see :data:`DIGESTED`)."""
    return digest({k: row[k] for k in DIGESTED[table]})


def append(db: Database, action: str, payload: dict[str, Any], actor: str = "system") -> str:
    """Append an event to the chain. Call it inside the transaction of the change it records.

    Args:
        db: the database.
        action: a dotted verb such as ``requests.imported``.
        payload: JSON-serialisable details.
        actor: the member id, or ``system``/``cli``.

    Returns:
        The new event's hash (the chain head).
    """
    row = db.execute("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
    at = now()
    body = canonical(payload)
    digest = _hash(prev, seq, at, actor, action, body)
    db.execute(
        "INSERT INTO events (seq, at, actor, action, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [seq, at, actor, action, body, prev, digest],
    )
    return digest


def head(db: Database) -> str:
    """The hash of the last event, or the genesis hash for an empty log."""
    row = db.execute("SELECT hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    return row[0] if row else GENESIS


@dataclass(frozen=True)
class ChainBreak:
    """The first event whose stored hash does not match its recomputation.

    Attributes:
        seq: the event's sequence number.
        reason: ``prev_hash`` (it does not point at the previous event), ``hash`` (content changed)
            or ``gap`` (a sequence number is missing).
    """

    seq: int
    reason: str


def verify_chain(db: Database) -> ChainBreak | None:
    """Recompute the chain from the first event.

    Returns:
        None when every event is intact, else the first break.
    """
    prev, expected_seq = GENESIS, 1
    for seq, at, actor, action, payload, prev_hash, digest in db.execute(
        "SELECT seq, at, actor, action, payload, prev_hash, hash FROM events ORDER BY seq"
    ):
        if seq != expected_seq:
            return ChainBreak(expected_seq, "gap")
        if prev_hash != prev:
            return ChainBreak(seq, "prev_hash")
        if _hash(prev_hash, seq, at, actor, action, payload) != digest:
            return ChainBreak(seq, "hash")
        prev, expected_seq = digest, seq + 1
    return None


@dataclass(frozen=True)
class RecordMismatch:
    """A table row that does not match the audit log.

    Attributes:
        table: ``ballots``, ``decisions``, ``conditions`` or ``motions``.
        key: which row, in words (e.g. ``motion 3, member uni1``).
        reason: ``changed`` (the row differs from its event), ``no_event`` (a row the app never wrote)
            or ``missing`` (an event whose row was deleted).
        seq: the event it was checked against, if any.
    """

    table: str
    key: str
    reason: str
    seq: int | None = None


def _latest(db: Database, action: str, key: tuple[str, ...]) -> dict[tuple[Any, ...], tuple[int, dict[str, Any]]]:
    out: dict[tuple[Any, ...], tuple[int, dict[str, Any]]] = {}
    for seq, payload in db.execute("SELECT seq, payload FROM events WHERE action = ? ORDER BY seq", [action]):
        data = json.loads(payload)
        out[tuple(data[k] for k in key)] = (seq, data)
    return out


def verify_records(db: Database) -> RecordMismatch | None:
    """Check that ballots, revealed motions, decisions, minutes and signatures match their last events (DESIGN §6).

    Returns:
        None when every row matches, else the first mismatch (ballots, then motions, then decisions,
        then minutes and their signatures).
    """

    def rows_match(checks: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], str], ...]) -> RecordMismatch | None:
        for table, action, event_key, row_key, label in checks:
            events = _latest(db, action, event_key)
            seen = set()
            for row in db.query(f"SELECT * FROM {table} ORDER BY {', '.join(row_key)}"):
                key = tuple(row[k] for k in row_key)
                seen.add(key)
                if key not in events:
                    return RecordMismatch(table, label.format(*key), "no_event")
                seq, data = events[key]
                if data["digest"] != row_digest(table, row):
                    return RecordMismatch(table, label.format(*key), "changed", seq)
                # Minutes and signatures keep the file: it must still hash to the digest the log committed to.
                if row.get("pdf") is not None and hashlib.sha256(row["pdf"]).hexdigest() != row["sha256"]:
                    return RecordMismatch(table, label.format(*key), "changed", seq)
            for key, (seq, _) in events.items():
                if key not in seen:
                    return RecordMismatch(table, label.format(*key), "missing", seq)
        return None

    checks = (
        ("ballots", "ballot.cast", ("motion", "member"), ("motion_id", "member_id"), "motion {}, member {}"),
        ("decisions", "decision.recorded", ("item",), ("item_id",), "item {}"),
    )
    mismatch = rows_match(checks)
    if mismatch is not None:
        return mismatch
    from tripartite.conditions import of_motion  # conditions does not import audit; keep the log module light

    decided = _latest(db, "decision.recorded", ("item",))
    for item_id, motion_id in db.execute("SELECT item_id, motion_id FROM decisions ORDER BY item_id"):
        seq, data = decided[(item_id,)]
        if of_motion(db, motion_id) != data["conditions"]:
            return RecordMismatch("conditions", f"decision on item {item_id}", "changed", seq)
    revealed = _latest(db, "motion.revealed", ("motion",))
    for row in db.query("SELECT * FROM motions WHERE status = 'revealed' ORDER BY id"):
        if (row["id"],) not in revealed:
            return RecordMismatch("motions", f"motion {row['id']}", "no_event")
        seq, data = revealed[(row["id"],)]
        stored = (
            bool(row["adopted"]),
            row["rule"],
            json.loads(row["tally"]),
            row["note"],
            bool(row["casting_vote_used"]),
        )
        if stored != (data["adopted"], data["rule"], data["tally"], data["note"], data["casting_vote_used"]):
            return RecordMismatch("motions", f"motion {row['id']}", "changed", seq)
    mismatch = rows_match(
        (
            ("minutes", "minutes.built", ("minutes",), ("id",), "minutes {}"),
            ("signatures", "minutes.signed", ("minutes", "role"), ("minutes_id", "role"), "minutes {}, role {}"),
        )
    )
    if mismatch is not None:
        return mismatch
    # Locked minutes (and so a read-only meeting) come only from the last signature: never set by hand.
    locks = _latest(db, "minutes.locked", ("minutes",))
    for row in db.query("SELECT id, locked FROM minutes ORDER BY id"):
        if bool(row["locked"]) != ((row["id"],) in locks):
            seq = locks.get((row["id"],), (None, None))[0]
            return RecordMismatch("minutes", f"minutes {row['id']}", "changed" if seq else "no_event", seq)
    return None
