"""The SQLite store: connections, transactions, backups and typed access to its tables.

:func:`open_db` applies the schema's pending migrations (:mod:`tripartite.migrations`), after a backup of a
database that holds data. Every connection turns on ``foreign_keys``; the file runs in WAL mode. One
:class:`~sqlite_utils.Database` per thread: workers call :func:`connect` for their own.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.db import Table

from tripartite import audit
from tripartite.errors import DatabaseError, classify_sqlite
from tripartite.migrations import REQUEST_FTS_COLUMNS, migrations


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
        raise DatabaseError("cannot_create_folder", path=str(path.parent), reason=exc.strerror or str(exc)) from exc
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
        raise DatabaseError("file_exists", path=str(out))
    if secret_vote_open(db):
        raise DatabaseError("secret_vote_in_progress")
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
