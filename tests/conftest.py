"""Shared fixtures. Every test runs offscreen, with user folders redirected into its tmp_path."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any Qt import: plain `pytest` must work without a display (a CI runner or an SSH session has none).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlite_utils import Database

from tripartite import pins, sample, store

# PIN hashes made in tests take a millisecond instead of the 0.2 s a board's laptop pays (pins.COST): each
# hash keeps its parameters, so every check still runs the real scrypt, only cheaper. tests/core/test_pins.py
# checks the production cost itself, and bench/ measures it.
PRODUCTION_PIN_COST = pins.COST
pins.COST = pins.Cost(n=2**10, r=8, p=1)

ROOT = Path(__file__).resolve().parent.parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses Qt as ``gui`` so ``-m 'not gui'`` runs the core alone."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if {"qtbot", "qapp", "qtmodeltester"} & set(fixtures):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the real user's data, config and settings folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("TRIPARTITE_DB", str(home / "default-board.db"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A path for a fresh database file (not created yet)."""
    return tmp_path / "board.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """An empty, migrated database on disk."""
    database = store.open_db(db_path)
    yield database
    database.close()


@pytest.fixture
def sample_db(db: Database) -> Database:
    """A database holding the sample board and its 48 requests."""
    sample.load_sample(db)
    return db
