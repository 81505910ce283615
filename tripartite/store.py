"""The SQLite store: schema migrations, connections and backups.

Every schema change goes through :data:`migrations` (sqlite-utils ``Migrations``); old migrations are
never edited. Every connection turns on ``foreign_keys``; the file runs in WAL mode. One
:class:`~sqlite_utils.Database` per thread: workers call :func:`connect` for their own.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from sqlite_utils import Database, Migrations
from sqlite_utils.db import Table

from tripartite import audit
from tripartite.errors import DatabaseError, classify_sqlite

migrations = Migrations("tripartite")

# Text fields of a request that the register's search box looks in (FTS5).
REQUEST_FTS_COLUMNS = ("reference", "employer_name", "employer_id", "job_title", "region", "notes")


@migrations()
def m001_core(db: Database) -> None:
    """Create every table of the domain model (DESIGN §2)."""
    table(db, "board").create(
        {
            "id": int,  # always 1: one board per database
            "name": str,
            "country": str,
            "currency": str,
            "authority": str,
            "legal_basis": str,
            "decision_rule": str,
            "groups_required": int,
            "qualified_fraction": str,
            "consensus_fallback": str,
            "casting_vote": int,
            "quorum": str,
            "ballot": str,
            "secretary_votes": int,
            "signatories": str,  # JSON list of roles
            "shortage_list": str,  # JSON list of ISCO codes
            "statutory_minimum_wage": float,
            "reliance_cap": float,
            "criteria": str,
            "created_at": str,
        },
        pk="id",
        not_null={"name", "country", "authority", "decision_rule", "quorum", "ballot"},
    )
    table(db, "members").create(
        {
            "id": str,
            "name": str,
            "constituency": str,
            "role": str,
            "alternate_of": str,
            "active": int,
            "pin_hash": bytes,
            "pin_salt": bytes,
            "failed_pins": int,
            "locked_until": str,
        },
        pk="id",
        not_null={"name", "constituency", "role", "active"},
        defaults={"active": 1, "failed_pins": 0},
        foreign_keys=[("alternate_of", "members", "id")],
    )
    table(db, "requests").create(
        {
            "id": int,
            "reference": str,
            "employer_name": str,
            "employer_id": str,
            "sector_isic": str,
            "occupation_isco": str,
            "job_title": str,
            "region": str,
            "workers_requested": int,
            "duration_months": int,
            "wage_offered": float,
            "prevailing_wage": float,
            "currency": str,
            "origin_countries": str,
            "vacancy_advertised_days": int,
            "recruitment_channels": int,
            "local_applicants": int,
            "local_hired": int,
            "local_jobs_created": int,
            "local_trainees": int,
            "layoffs_last_12m": int,
            "compliance_violations_3y": int,
            "labour_dispute": int,
            "housing_provided": int,
            "housing_inspected": int,
            "fees_charged_to_workers": float,
            "integration_support": str,
            "firm_employees": int,
            "firm_foreign_employees": int,
            "submitted_on": str,
            "notes": str,
            "status": str,
            "created_at": str,
        },
        pk="id",
        not_null={
            "reference",
            "employer_name",
            "sector_isic",
            "occupation_isco",
            "region",
            "workers_requested",
            "duration_months",
            "wage_offered",
            "prevailing_wage",
            "currency",
            "status",
        },
        defaults={"status": "pending"},
    )
    table(db, "requests").create_index(["reference"], unique=True)
    table(db, "request_history").create(
        {"id": int, "request_id": int, "at": str, "from_status": str, "to_status": str, "actor": str, "note": str},
        pk="id",
        not_null={"request_id", "at", "to_status"},
        foreign_keys=[("request_id", "requests", "id")],
    )
    table(db, "criteria_catalogues").create(
        {"version": str, "name": str, "toml": str, "created_at": str}, pk="version", not_null={"toml"}
    )
    table(db, "meetings").create(
        {
            "id": int,
            "title": str,
            "date": str,
            "place": str,
            "status": str,
            "opened_at": str,
            "closed_at": str,
            "criteria_version": str,
            "rules": str,  # JSON snapshot of the rules of procedure in force
            "amends": int,
            "created_at": str,
        },
        pk="id",
        not_null={"title", "date", "status"},
        defaults={"status": "draft"},
        foreign_keys=[("criteria_version", "criteria_catalogues", "version"), ("amends", "meetings", "id")],
    )
    table(db, "attendance").create(
        {"meeting_id": int, "member_id": str, "present": int, "apologies": int, "arrived_at": str, "departed_at": str},
        pk=("meeting_id", "member_id"),
        not_null={"present"},
        foreign_keys=[("meeting_id", "meetings", "id"), ("member_id", "members", "id")],
    )
    table(db, "agenda_items").create(
        {
            "id": int,
            "meeting_id": int,
            "request_id": int,
            "position": int,
            "status": str,
            "quorum_met": int,
            "note": str,
        },
        pk="id",
        not_null={"meeting_id", "request_id", "position", "status"},
        defaults={"status": "pending"},
        foreign_keys=[("meeting_id", "meetings", "id"), ("request_id", "requests", "id")],
    )
    table(db, "agenda_items").create_index(["meeting_id", "request_id"], unique=True)
    table(db, "recusals").create(
        {"item_id": int, "member_id": str, "reason": str},
        pk=("item_id", "member_id"),
        foreign_keys=[("item_id", "agenda_items", "id"), ("member_id", "members", "id")],
    )
    table(db, "attestations").create(
        {"item_id": int, "gate": str, "answer": int, "member_id": str, "at": str},
        pk=("item_id", "gate"),
        not_null={"answer"},
        foreign_keys=[("item_id", "agenda_items", "id"), ("member_id", "members", "id")],
    )
    table(db, "scores").create(
        {"item_id": int, "member_id": str, "criterion": str, "points": int, "comment": str, "at": str},
        pk=("item_id", "member_id", "criterion"),
        not_null={"points"},
        foreign_keys=[("item_id", "agenda_items", "id"), ("member_id", "members", "id")],
    )
    table(db, "motions").create(
        {
            "id": int,
            "item_id": int,
            "round": int,
            "outcome": str,
            "workers": int,
            "proposed_by": str,
            "status": str,  # draft | open | revealed
            "adopted": int,
            "rule": str,
            "note": str,
            "casting_vote_used": int,
            "tally": str,  # JSON {constituency: {for, against, abstain}}
            "opened_at": str,
            "revealed_at": str,
        },
        pk="id",
        not_null={"item_id", "round", "outcome", "status"},
        defaults={"status": "draft"},
        foreign_keys=[("item_id", "agenda_items", "id"), ("proposed_by", "members", "id")],
    )
    table(db, "conditions").create(
        {
            "id": int,
            "motion_id": int,
            "position": int,
            "kind": str,
            "params": str,
            "due_on": str,
            "verification_note": str,
        },
        pk="id",
        not_null={"motion_id", "kind"},
        foreign_keys=[("motion_id", "motions", "id")],
    )
    table(db, "ballots").create(
        {"motion_id": int, "member_id": str, "vote": str, "comment": str, "cast_at": str},
        pk=("motion_id", "member_id"),
        not_null={"vote"},
        foreign_keys=[("motion_id", "motions", "id"), ("member_id", "members", "id")],
    )
    table(db, "decisions").create(
        {
            "item_id": int,
            "motion_id": int,
            "outcome": str,
            "workers": int,
            "rule": str,
            "quorum": str,  # JSON figures
            "tally": str,  # JSON by constituency
            "casting_vote_used": int,
            "reasons": str,
            "valid_until": str,
            "decided_at": str,
        },
        pk="item_id",
        not_null={"outcome", "rule"},
        foreign_keys=[("item_id", "agenda_items", "id"), ("motion_id", "motions", "id")],
    )
    table(db, "dissents").create(
        {"id": int, "item_id": int, "member_id": str, "text": str, "filed_at": str},
        pk="id",
        not_null={"item_id", "member_id", "text", "filed_at"},
        foreign_keys=[("item_id", "agenda_items", "id"), ("member_id", "members", "id")],
    )
    table(db, "minutes").create(
        {
            "id": int,
            "meeting_id": int,
            "kind": str,
            "amends": int,
            "sha256": str,
            "pdf": bytes,
            "created_at": str,
            "locked": int,
        },
        pk="id",
        not_null={"meeting_id", "kind", "created_at"},
        defaults={"kind": "original", "locked": 0},
        foreign_keys=[("meeting_id", "meetings", "id"), ("amends", "minutes", "id")],
    )
    table(db, "signatures").create(
        {"minutes_id": int, "role": str, "signer": str, "signed_at": str, "sha256": str},
        pk=("minutes_id", "role"),
        foreign_keys=[("minutes_id", "minutes", "id")],
    )
    table(db, "events").create(
        {"seq": int, "at": str, "actor": str, "action": str, "payload": str, "prev_hash": str, "hash": str},
        pk="seq",
        not_null={"at", "action", "payload", "prev_hash", "hash"},
    )


@migrations()
def m002_register_search(db: Database) -> None:
    """Indexes for the request register's filters, and its FTS5 text index.

    Only the two filter columns get an index: each secondary index multiplied the cost of a
    100,000-row import, while sorting by any other column scans the table in tens of milliseconds.
    The FTS table is external-content (no second copy of the text), tokenised with diacritics
    removed so "nunez" finds "Núñez". A bulk import pauses the per-row trigger through
    ``fts_paused`` and indexes its rows in one statement, inside the same transaction.
    """
    table(db, "requests").create_index(["status"])
    table(db, "requests").create_index(["occupation_isco"])
    table(db, "request_history").create_index(["request_id"])
    table(db, "agenda_items").create_index(["request_id"])
    table(db, "fts_paused").create({"since_id": int})
    cols = ", ".join(REQUEST_FTS_COLUMNS)
    new_cols = ", ".join(f"new.{c}" for c in REQUEST_FTS_COLUMNS)
    old_cols = ", ".join(f"old.{c}" for c in REQUEST_FTS_COLUMNS)
    db.execute(
        f"CREATE VIRTUAL TABLE requests_fts USING fts5({cols}, content='requests', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    db.execute(
        f"CREATE TRIGGER requests_ai AFTER INSERT ON requests WHEN NOT EXISTS (SELECT 1 FROM fts_paused) "
        f"BEGIN INSERT INTO requests_fts(rowid, {cols}) VALUES (new.id, {new_cols}); END"
    )
    db.execute(
        f"CREATE TRIGGER requests_ad AFTER DELETE ON requests BEGIN "
        f"INSERT INTO requests_fts(requests_fts, rowid, {cols}) VALUES ('delete', old.id, {old_cols}); END"
    )
    db.execute(
        f"CREATE TRIGGER requests_au AFTER UPDATE OF {cols} ON requests BEGIN "
        f"INSERT INTO requests_fts(requests_fts, rowid, {cols}) VALUES ('delete', old.id, {old_cols}); "
        f"INSERT INTO requests_fts(rowid, {cols}) VALUES (new.id, {new_cols}); END"
    )
    # Requests already in the database (a store built by m001 alone) join the index now.
    db.execute("INSERT INTO requests_fts(requests_fts) VALUES ('rebuild')")


@migrations()
def m003_sealed_ballots_and_lockouts(db: Database) -> None:
    """A per-ballot nonce, and a member's lockout count.

    The nonce salts the ballot's digest in the audit log, so the log commits to each sealed ballot
    without revealing it (a bare hash of "for" could be guessed). The lockout count makes each PIN
    lockout twice as long as the last, and survives a restart.
    """
    table(db, "ballots").add_column("nonce", str)
    table(db, "members").add_column("lockouts", int, not_null_default=0)
    table(db, "motions").create_index(["item_id"])
    table(db, "ballots").create_index(["member_id"])


@migrations()
def m004_trusted_certificates(db: Database) -> None:
    """The certificates the board trusts, per member, and each signed revision of the minutes.

    A member may hold several certificates over the years (renewals), so a certificate is keyed by its
    SHA-256 fingerprint. Each signature row keeps the signed file it produced: the board holds its own
    legal record, and the next signatory signs exactly that revision.
    """
    table(db, "trusted_certs").create(
        {
            "fingerprint": str,  # SHA-256 of the certificate (DER), hex
            "member_id": str,
            "subject": str,
            "role": str,  # the signatory role of identities made by `keys new`, else null
            "not_after": str,
            "pem": str,
            "added_at": str,
        },
        pk="fingerprint",
        not_null={"member_id", "pem", "added_at"},
        foreign_keys=[("member_id", "members", "id")],
    )
    table(db, "trusted_certs").create_index(["member_id"])
    table(db, "signatures").add_column("pdf", bytes)


@migrations()
def m005_authority_coverage_secret_ballots(db: Database) -> None:
    """Who acts and what the record covers (DESIGN §4, §6).

    PIN parameters and resets, recorded meetings and their presiding member, unlinked secret votes,
    kept import files; and a baseline event for the rows written before the log covered every table.

    - ``members.pin_params`` keeps each hash's scrypt parameters (null: the first wave's), and
      ``pin_reset_at``/``pin_reset_by`` that others reset the PIN, so the member is told at the next unlock.
    - ``meetings.recorded`` marks a meeting entered from a file; ``meetings.presiding`` the chair's stand-in.
    - ``voters`` says who voted on a secret motion; ``secret_votes`` holds the votes with no member and no
      time, keyed at random, so the file never links a member to a vote (``WITHOUT ROWID``: no insertion
      order either).
    - ``import_files`` keeps every imported file: its SHA-256 in the import's event commits to every row.
    """
    table(db, "members").add_column("pin_params", str)
    table(db, "members").add_column("pin_reset_at", str)
    table(db, "members").add_column("pin_reset_by", str)
    table(db, "meetings").add_column("recorded", int, not_null_default=0)
    table(db, "meetings").add_column("presiding", str)
    table(db, "voters").create(
        {"motion_id": int, "member_id": str, "cast_at": str},
        pk=("motion_id", "member_id"),
        not_null={"cast_at"},
        foreign_keys=[("motion_id", "motions", "id"), ("member_id", "members", "id")],
    )
    db.execute(
        "CREATE TABLE secret_votes (key TEXT PRIMARY KEY, motion_id INTEGER NOT NULL REFERENCES motions(id), "
        "constituency TEXT NOT NULL, vote TEXT NOT NULL, comment TEXT, chair INTEGER NOT NULL DEFAULT 0) "
        "WITHOUT ROWID"
    )
    db.execute("CREATE INDEX idx_secret_votes_motion ON secret_votes (motion_id)")
    table(db, "import_files").create(
        {"id": int, "name": str, "sha256": str, "size": int, "data": bytes, "imported_at": str},
        pk="id",
        not_null={"name", "sha256", "data", "imported_at"},
    )
    if db.execute("SELECT EXISTS(SELECT 1 FROM events)").fetchone()[0]:
        audit.append_baseline(db)


@contextlib.contextmanager
def bulk_requests(db: Database) -> Iterator[None]:
    """Insert many requests fast: pause the per-row FTS trigger, then index the new rows at once.

    Use inside the caller's transaction, so the pause, the rows and their index entries commit or
    roll back together.
    """
    since = db.execute("SELECT coalesce(max(id), 0) FROM requests").fetchone()[0]
    db.execute("INSERT INTO fts_paused (since_id) VALUES (?)", [since])
    yield
    cols = ", ".join(REQUEST_FTS_COLUMNS)
    db.execute(f"INSERT INTO requests_fts(rowid, {cols}) SELECT id, {cols} FROM requests WHERE id > ?", [since])
    db.execute("DELETE FROM fts_paused")


def table(db: Database, name: str) -> Table:
    """The table ``name`` of the store, typed as a table.

    sqlite-utils types ``db[name]`` as ``Table | View``, since a name may be a view; the store has no views,
    so every name is a table. Like ``db[name]``, the table need not exist yet.
    """
    return db.table(name)


def inserted_id(table: Table) -> int:
    """The integer key of the row just inserted through ``table`` (``table(db, name).insert(row)``).

    sqlite-utils types ``Table.last_pk`` as ``Any | None`` (None before an insert, a tuple for a compound
    key); the tables inserted this way have an integer ``id``.
    """
    pk = table.last_pk
    assert pk is not None, "nothing inserted yet"
    return int(pk)


def insert(db: Database, table: str, row: Mapping[str, Any], *, replace: bool = False) -> int:
    """Insert one row and return its rowid: plain SQL, for the engine's hot paths.

    sqlite-utils' ``insert`` reads the table's schema on every call; a recorded meeting writes thousands of
    rows to tables whose columns are fixed by the migrations.
    """
    columns = ", ".join(f'"{c}"' for c in row)
    marks = ", ".join("?" for _ in row)
    verb = "INSERT OR REPLACE" if replace else "INSERT"
    rowid = db.conn.execute(f'{verb} INTO "{table}" ({columns}) VALUES ({marks})', list(row.values())).lastrowid
    assert rowid is not None, "execute() always sets lastrowid"  # typeshed's None is for a fresh cursor
    return rowid


@contextlib.contextmanager
def immediate(db: Database) -> Iterator[None]:
    """A write transaction that takes the database's write lock at once (``BEGIN IMMEDIATE``).

    A deferred transaction reads first and may find, when it comes to write, that another process
    changed what it read: a PIN check counting failures would then count from a stale figure. Inside
    a transaction already open, this is a savepoint of it.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        db.conn.execute("COMMIT")


@contextlib.contextmanager
def read_snapshot(db: Database) -> Iterator[None]:
    """One read transaction: everything read inside sees one snapshot, never half of a write committed meanwhile.

    Nothing is written inside it; it always ends by rolling back.
    """
    db.execute("BEGIN")
    try:
        yield
    finally:
        db.execute("ROLLBACK")


def connect(path: str | Path) -> Database:
    """Open a connection for this thread, with foreign keys enforced.

    Args:
        path: the database file.

    Returns:
        A sqlite-utils Database; close it when done.

    Raises:
        DatabaseError: the file cannot be opened or is not a database.
    """
    try:
        conn = sqlite3.connect(str(path), timeout=10.0)
        db = Database(conn, execute_plugins=False)  # no plugins: skip the entry-point scan (start-up)
        db.execute("PRAGMA foreign_keys = ON")
        # Normal sync is durable in WAL mode against a process crash, which is what a meeting needs.
        db.execute("PRAGMA synchronous = NORMAL")
        # 64 MiB of page cache (the default is 2 MiB): a bulk import keeps its indexes in memory,
        # which made a 100,000-row import twice as fast.
        db.execute("PRAGMA cache_size = -65536")
        # Deleted content is overwritten with zeros, so a rewritten secret vote leaves nothing behind (DESIGN §4).
        db.execute("PRAGMA secure_delete = ON")
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'events'").fetchone():
            audit.install_capture(db)
        return db
    except sqlite3.Error as exc:
        raise classify_sqlite(exc, path) from exc


def open_db(path: str | Path) -> Database:
    """Open (creating if needed) and migrate a Tripartite database.

    A database that already holds data is backed up next to itself before any pending migration.

    Args:
        path: the database file; its folder is created if missing.

    Returns:
        A migrated connection with foreign keys on.

    Raises:
        DatabaseError: the file cannot be opened, is damaged or is not a database.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"{path.parent}: cannot create the folder ({exc.strerror})") from exc
    db = connect(path)
    try:
        applied = migrations.applied(db)
        pending = migrations.pending(db)
        # A copy taken while a secret ballot is being cast would keep its votes in the order they came.
        if pending and applied and not secret_vote_open(db):
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            backup(db, path.with_name(f"{path.name}.before-{pending[0].name}-{stamp}.bak"))
        if pending:
            migrations.apply(db)
        if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            db.enable_wal()
        audit.install_capture(db)
    except sqlite3.Error as exc:
        db.close()
        raise classify_sqlite(exc, path) from exc
    return db


def forget_wal(db: Database) -> bool:
    """Fold the write-ahead log into the file and empty it, so it holds no earlier page images.

    Called after a secret ballot's reveal: the pages written at each cast showed the votes in the order
    they came (DESIGN §4, "Secret ballots at rest"). Another connection still reading an old snapshot
    keeps the log from being emptied; then it is emptied at the next call.

    Returns:
        Whether the log is now empty.
    """
    if db.conn.in_transaction:
        return False
    busy, _log, _done = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return not busy


def secret_vote_open(db: Database) -> bool:
    """Whether a secret ballot is being cast now (its votes so far are not yet reshuffled)."""
    return bool(
        db.execute(
            "SELECT EXISTS(SELECT 1 FROM motions mo JOIN agenda_items ai ON ai.id = mo.item_id "
            "JOIN meetings m ON m.id = ai.meeting_id WHERE mo.status = 'open' "
            "AND json_extract(m.rules, '$.ballot') = 'secret')"
        ).fetchone()[0]
    )


def backup(db: Database, out: str | Path) -> Path:
    """Copy the database to ``out`` through SQLite's online backup API (consistent even mid-use).

    Args:
        db: an open database.
        out: the backup file; it must not exist yet.

    Returns:
        The backup's path.

    Raises:
        DatabaseError: ``out`` exists or cannot be written, or a secret ballot is being cast (a copy
            taken then would keep the votes in the order they came).
    """
    out = Path(out)
    if out.exists():
        raise DatabaseError(f"{out}: already exists; choose another name")
    if secret_vote_open(db):
        raise DatabaseError("a secret ballot is being cast; back up after its reveal")
    try:
        with contextlib.closing(sqlite3.connect(str(out))) as target:
            db.conn.backup(target)
    except sqlite3.Error as exc:
        out.unlink(missing_ok=True)
        raise classify_sqlite(exc, out) from exc
    return out


@contextlib.contextmanager
def opened(path: str | Path) -> Iterator[Database]:
    """Context manager: :func:`open_db`, then close."""
    db = open_db(path)
    try:
        yield db
    finally:
        db.close()


def has_board(db: Database) -> bool:
    """Whether the database has a board yet (before ``init``, or the first-run dialog, it has none)."""
    return bool(db.execute("SELECT EXISTS(SELECT 1 FROM board)").fetchone()[0])


def is_empty(db: Database) -> bool:
    """Whether the database has neither a board nor any request (the first-start state)."""
    has_board = db.execute("SELECT EXISTS(SELECT 1 FROM board)").fetchone()[0]
    has_requests = db.execute("SELECT EXISTS(SELECT 1 FROM requests)").fetchone()[0]
    return not has_board and not has_requests
