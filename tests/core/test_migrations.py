"""The schema's migrations: every table of the design, applied in order, and a late one on an older database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from tripartite import store
from tripartite.migrations import migrations

DESIGN_TABLES = {
    "board",
    "members",
    "requests",
    "request_history",
    "criteria_catalogues",
    "meetings",
    "attendance",
    "agenda_items",
    "recusals",
    "attestations",
    "scores",
    "motions",
    "conditions",
    "ballots",
    "decisions",
    "dissents",
    "minutes",
    "signatures",
    "events",
    "followups",
    "followup_evidence",
}



def test_migrations_create_every_table_on_an_empty_database(db: Database) -> None:
    assert set(db.table_names()) >= DESIGN_TABLES
    assert "requests_fts" in db.table_names()
    assert [m.name for m in migrations.applied(db)] == [
        "m001_core",
        "m002_register_search",
        "m003_sealed_ballots_and_lockouts",
        "m004_trusted_certificates",
        "m005_authority_coverage_secret_ballots",
        "m006_board_language",
        "m007_conditions_followup",
    ]
    indexed = {tuple(i.columns) for i in db["requests"].indexes}
    assert {("reference",), ("status",), ("occupation_isco",)} <= indexed



def test_m002_on_a_database_built_by_m001_indexes_existing_requests(db_path: Path) -> None:
    old = store.connect(db_path)
    migrations.apply(old, stop_before="m002_register_search")
    old["requests"].insert(
        {
            "reference": "OLD-1",
            "employer_name": "Panadería Ñandú",
            "sector_isic": "C",
            "occupation_isco": "7512",
            "region": "Galicia",
            "workers_requested": 1,
            "duration_months": 6,
            "wage_offered": 1500,
            "prevailing_wage": 1400,
            "currency": "EUR",
        }
    )
    old.close()

    migrated = store.open_db(db_path)
    try:
        found = migrated.execute("SELECT rowid FROM requests_fts WHERE requests_fts MATCH 'nandu'").fetchall()
        assert found == [(1,)]
        backups = list(db_path.parent.glob("board.db.before-m002_register_search-*.bak"))
        assert len(backups) == 1, "a database with data is backed up before a migration"
        with sqlite3.connect(backups[0]) as raw:
            assert raw.execute("SELECT reference FROM requests").fetchall() == [("OLD-1",)]
    finally:
        migrated.close()
