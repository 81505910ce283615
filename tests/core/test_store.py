"""The store: a second open, WAL and foreign keys, typed errors, backups (the schema: test_migrations.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from tripartite import store
from tripartite.errors import BugError, DatabaseError, classify_sqlite
from tripartite.migrations import migrations


def test_second_open_applies_nothing_and_keeps_data(sample_db: Database, db_path: Path) -> None:
    sample_db.close()
    again = store.open_db(db_path)
    try:
        assert again["requests"].count == 48
        assert not migrations.pending(again)
        assert not list(db_path.parent.glob("*.bak"))  # no backup when nothing is pending
    finally:
        again.close()


def test_wal_mode_and_foreign_keys_on_every_connection(db: Database, db_path: Path) -> None:
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    worker = store.connect(db_path)
    try:
        assert worker.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        with pytest.raises(sqlite3.IntegrityError):
            worker.execute("INSERT INTO request_history (request_id, at, to_status) VALUES (999, 'x', 'pending')")
    finally:
        worker.close()


def test_a_file_that_is_not_a_database_is_a_known_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"These are meeting notes, not a database." * 100)
    with pytest.raises(DatabaseError) as refused:
        store.open_db(bogus)
    assert refused.value.code == "not_a_database"
    assert refused.value.params["path"] == str(bogus)


def test_sqlite_errors_are_split_by_blame() -> None:
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13  # type: ignore[attr-defined]
    refused = classify_sqlite(full, "board.db")
    assert isinstance(refused, DatabaseError) and refused.code == "disk_full"
    assert refused.params == {"path": "board.db", "detail": "database or disk is full"}
    syntax = sqlite3.OperationalError("near 'SELEC': syntax error")
    syntax.sqlite_errorcode = 1  # type: ignore[attr-defined]
    assert isinstance(classify_sqlite(syntax), BugError)


def test_backup_is_a_consistent_copy(sample_db: Database, tmp_path: Path) -> None:
    out = store.backup(sample_db, tmp_path / "copy.db")
    copy = Database(out)
    try:
        assert copy["requests"].count == 48
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        copy.close()
    with pytest.raises(DatabaseError) as exists:
        store.backup(sample_db, out)
    assert exists.value.code == "file_exists" and exists.value.params == {"path": str(out)}
