"""The hash-chained audit log and what it covers (DESIGN §6).

Each event is ``(seq, at, actor, action, payload, prev_hash, hash)`` with
``hash = sha256(prev_hash ‖ canonical JSON of the event)``. Events are written in the same
transaction as the change they record, so a rolled-back change leaves no event either.

**Coverage.** Every table that holds a fact of the record is listed in :data:`COVERED`. Each
connection carries temporary triggers (:func:`install_capture`) that note the key of every row an
``INSERT``, ``UPDATE`` or ``DELETE`` touches; :func:`append` then puts the digest of each touched row
as it is now (or ``null`` for a deleted row) into the event's payload under ``rows``. So a row's last
event always carries its digest, whatever code path wrote it, and a write made outside the app (with
``sqlite3``, say) leaves a row that no event vouches for. The triggers are temporary: they live in the
connection, not in the file, so nobody can switch them off for the app by editing the file.

Two kinds of rows are committed differently, on purpose:

- requests imported in bulk are committed through the import file itself (kept in ``import_files``,
  its SHA-256 in the event), so a 100,000-row import costs one digest, not 100,000;
- the unlinked votes of a secret ballot (``secret_votes``) are committed at the reveal, as one digest
  over all of a motion's votes: a digest per vote in the event of its cast would tie the vote to the
  member who cast it (DESIGN §4, "Secret ballots at rest").

The checks live in :mod:`tripartite.audit_check`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from tripartite.clock import now
from tripartite.errors import BugError

GENESIS = "0" * 64

# The tables of the record. Every table the schema has is either here or in NOT_COVERED (a test checks it).
COVERED = (
    "board",
    "members",
    "criteria_catalogues",
    "import_files",  # before requests: a swapped file is named before the rows it no longer vouches for
    "requests",
    "request_history",
    "meetings",
    "attendance",
    "agenda_items",
    "recusals",
    "attestations",
    "scores",
    "motions",
    "conditions",
    "ballots",
    "voters",
    "decisions",
    "followups",
    "followup_evidence",  # each file by its SHA-256, in its row's digest
    "dissents",
    "minutes",
    "signatures",
    "trusted_certs",
)
# Tables that are not facts of the record, or are committed another way, and why.
NOT_COVERED = {
    "events": "the chain itself",
    "secret_votes": "committed at the reveal, as one digest per motion",
    "fts_paused": "a switch of the bulk importer, empty outside an import",
    "_sqlite_migrations": "schema bookkeeping of sqlite-utils",
    "requests_fts": "a search index derived from requests",
}


def canonical(obj: Any) -> str:
    """Canonical JSON: sorted keys, no spaces, UTF-8 kept (the form that is hashed)."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def event_hash(prev_hash: str, seq: int, at: str, actor: str, action: str, payload: str) -> str:
    """The hash of one event, chained to the one before it."""
    body = canonical({"seq": seq, "at": at, "actor": actor, "action": action, "payload": payload})
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def digest(values: Any) -> str:
    """SHA-256 of the canonical JSON of some values."""
    return hashlib.sha256(canonical(values).encode("utf-8")).hexdigest()


def row_digest(row: Mapping[str, Any]) -> str:
    """The digest the log keeps of a row: every non-null column, a blob by its SHA-256.

    Null columns are left out, so a migration that adds a nullable column leaves every existing
    row's digest as it was.
    """
    values = {}
    for key, value in row.items():
        if value is None:
            continue
        values[key] = "sha256:" + hashlib.sha256(value).hexdigest() if isinstance(value, bytes) else value
    return digest(values)


def row_key(values: Any) -> str:
    """How a row's primary key is written in an event: the JSON array of its values (``[3,"uni1"]``)."""
    return json.dumps(list(values), separators=(",", ":"), ensure_ascii=False)


# ------------------------------------------------------------------------------------------ capture


_KEYS: dict[str, tuple[str, ...]] = {}


def primary_key(db: Database, table: str) -> tuple[str, ...]:
    """The primary-key columns of a covered table, in key order.

    Cached by table name: every Tripartite database at one schema version has the same keys.
    """
    if table not in _KEYS:
        info = db.execute(f'PRAGMA table_info("{table}")').fetchall()
        columns = tuple(c[1] for c in sorted(info, key=lambda c: c[5]) if c[5])
        if not columns:
            raise BugError(f"covered table {table} has no primary key")
        _KEYS[table] = columns
    return _KEYS[table]


def _capture_tables(db: Database) -> None:
    db.execute("CREATE TEMP TABLE IF NOT EXISTS audit_touched (tbl TEXT NOT NULL, key TEXT NOT NULL, "
               "PRIMARY KEY (tbl, key))")  # fmt: skip
    db.execute("CREATE TEMP TABLE IF NOT EXISTS audit_paused (tbl TEXT PRIMARY KEY)")


def _existing(db: Database) -> set[str]:
    return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def install_capture(db: Database) -> None:
    """Add this connection's capture triggers on every covered table that exists (idempotent).

    Call it after the migrations: a migration that rebuilds a table drops the triggers on it.
    """
    _capture_tables(db)
    existing = _existing(db)
    for table in COVERED:
        if table not in existing:
            continue
        columns = primary_key(db, table)
        new = ", ".join(f'NEW."{c}"' for c in columns)
        old = ", ".join(f'OLD."{c}"' for c in columns)
        when = f"WHEN NOT EXISTS (SELECT 1 FROM audit_paused WHERE tbl = '{table}')"
        note = "INSERT OR IGNORE INTO audit_touched (tbl, key) VALUES ('{t}', json_array({k}));"
        for suffix, event, body in (
            ("i", "INSERT", note.format(t=table, k=new)),
            ("u", "UPDATE", note.format(t=table, k=old) + note.format(t=table, k=new)),
            ("d", "DELETE", note.format(t=table, k=old)),
        ):
            db.execute(
                f'CREATE TEMP TRIGGER IF NOT EXISTS "audit_{table}_{suffix}" AFTER {event} ON main."{table}" '
                f"{when} BEGIN {body} END"
            )


@contextlib.contextmanager
def paused(db: Database, table: str) -> Iterator[None]:
    """Stop noting rows of one table, for a bulk write committed another way (an import, by its file).

    Use inside the caller's transaction.
    """
    db.execute("INSERT OR IGNORE INTO temp.audit_paused (tbl) VALUES (?)", [table])
    try:
        yield
    finally:
        db.execute("DELETE FROM temp.audit_paused WHERE tbl = ?", [table])


def _touched_rows(db: Database) -> dict[str, dict[str, str | None]]:
    rows: dict[str, dict[str, str | None]] = {}
    conn = db.conn  # the raw connection: this runs for every event, and sqlite-utils' wrappers cost a third of it
    for table, key in conn.execute("SELECT tbl, key FROM temp.audit_touched ORDER BY tbl, key").fetchall():
        columns = primary_key(db, table)
        where = " AND ".join(f'"{c}" IS ?' for c in columns)
        cursor = conn.execute(f'SELECT * FROM "{table}" WHERE {where}', json.loads(key))
        found = cursor.fetchone()
        names = [d[0] for d in cursor.description]
        rows.setdefault(table, {})[key] = row_digest(dict(zip(names, found, strict=True))) if found else None
    if rows:
        conn.execute("DELETE FROM temp.audit_touched")
    return rows


def current_digests(db: Database, table: str) -> dict[str, str]:
    """Every row of a covered table as the log would record it: key → digest."""
    columns = primary_key(db, table)
    return {row_key(tuple(row[c] for c in columns)): row_digest(row) for row in db.query(f'SELECT * FROM "{table}"')}


def append_baseline(db: Database) -> str:
    """Record the digest of every row of every covered table (a database written before full coverage).

    The event says that the log vouches for these rows from here on; what they held before cannot be
    proved by the log (DESIGN §6, "Coverage").
    """
    _capture_tables(db)
    db.execute("DELETE FROM temp.audit_touched")
    existing = _existing(db)
    rows = {table: current_digests(db, table) for table in COVERED if table in existing}
    return append(db, "audit.coverage_started", {"tables": sorted(rows)}, rows={t: d for t, d in rows.items() if d})


# ------------------------------------------------------------------------------------------ writing


def append(
    db: Database,
    action: str,
    payload: dict[str, Any],
    actor: str = "system",
    *,
    rows: Mapping[str, Mapping[str, str | None]] | None = None,
) -> str:
    """Append an event to the chain. Call it inside the transaction of the change it records.

    The digest of every row the transaction has touched so far joins the payload under ``rows``.

    Args:
        db: the database (with :func:`install_capture` done, as :func:`tripartite.store.open_db` does).
        action: a dotted verb such as ``requests.imported``.
        payload: JSON-serialisable details.
        actor: who acted: a member id (``gov1``), two joined (``gov1+sec1``), ``cli:secretary`` or ``system``.
        rows: digests to record beside those of the touched rows (a baseline).

    Returns:
        The new event's hash (the chain head).
    """
    touched = _touched_rows(db)
    for table, digests in (rows or {}).items():
        touched.setdefault(table, {}).update(digests)
    if touched:
        payload = {**payload, "rows": touched}
    row = db.execute("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
    at = now()
    body = canonical(payload)
    new_hash = event_hash(prev, seq, at, actor, action, body)
    db.execute(
        "INSERT INTO events (seq, at, actor, action, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [seq, at, actor, action, body, prev, new_hash],
    )
    return new_hash


@dataclass(frozen=True)
class Head:
    """The chain's head: its last event.

    Attributes:
        seq: the last event's number (0 for an empty log).
        hash: its hash (the genesis hash for an empty log).
    """

    seq: int
    hash: str

    @property
    def short(self) -> str:
        """The form a chair reads into the record of the next meeting: ``1234:1f3a9c0d2b4e5f60``."""
        return f"{self.seq}:{self.hash[:16]}"


def current_head(db: Database) -> Head:
    """The last event's number and hash."""
    row = db.execute("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    return Head(int(row[0]), str(row[1])) if row else Head(0, GENESIS)


def head(db: Database) -> str:
    """The hash of the last event, or the genesis hash for an empty log."""
    return current_head(db).hash
