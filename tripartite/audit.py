"""The hash-chained audit log (DESIGN §6).

Each event is ``(seq, at, actor, action, payload, prev_hash, hash)`` with
``hash = sha256(prev_hash ‖ canonical JSON of the event)``. Events are written in the same
transaction as the change they record, so a rolled-back change leaves no event either.
"""

from __future__ import annotations

import hashlib
import json
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
