"""Fixtures for the minutes: recorded meetings (sample and multilingual), signing identities, signed minutes.

Keys are made once per session (RSA-3072 key generation is slow); P-256 for most roles, RSA-3072 for the
chair, so both algorithms are exercised on every signed file.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlite_utils import Database

from tests.helpers import PASSPHRASE, ROLES
from tripartite import store
from tripartite.authority import operator
from tripartite.board import init_board, load_board
from tripartite.importer import import_requests
from tripartite.meetings import recording
from tripartite.reports import keys, service

from ..conftest import ROOT

SAMPLE = ROOT / "data" / "sample"

# Names in every script the minutes must render, and one that needs escaping.
NAMES = {
    "Javier Martín Góngora": "Ελένη Παπαδοπούλου",  # gov2, Greek
    "Íñigo Zubizarreta Olmo": "Иван Сергеевич Петров",  # emp3, Cyrillic
    "Andrés Muñoz Beltrán": "فاطمة الزهراء",  # uni2, Arabic
    "Rocío Jiménez Cañete": "王小明",  # uni1, Chinese: votes, explains and dissents
    "Lucía Peña Carbonell": "Lucía <Peña> & Carbonell",  # emp2: markup characters
}
DISSENT = "The union delegation dissents: <b>not bold</b> & the request should have been deferred."


def build_db(
    path: Path,
    *,
    board: dict[str, str] | None = None,
    meeting: dict[str, str] | None = None,
    meeting_text: str | None = None,
    language: str = "en",
) -> tuple[Database, int]:
    """A database with a board (the sample's, edited), the sample requests and one recorded meeting.

    The sample board writes its minutes in Spanish; these tests read the English words of the minutes unless
    they ask for another ``language``.
    """
    folder = path.parent
    board_text = (SAMPLE / "board.toml").read_text(encoding="utf-8")
    assert 'language = "es"' in board_text
    board_text = board_text.replace('language = "es"', f'language = "{language}"', 1)
    for old, new in (board or {}).items():
        assert old in board_text, old
        board_text = board_text.replace(old, new)
    board_file = folder / f"{path.stem}-board.toml"
    board_file.write_text(board_text, encoding="utf-8")
    text = meeting_text if meeting_text is not None else (SAMPLE / "meeting.toml").read_text(encoding="utf-8")
    for old, new in (meeting or {}).items():
        assert old in text, old
        text = text.replace(old, new)
    meeting_file = folder / f"{path.stem}-meeting.toml"
    meeting_file.write_text(text, encoding="utf-8")
    db = store.open_db(path)
    init_board(db, load_board(board_file))
    import_requests(db, SAMPLE / "requests.csv", auth=operator(db))
    result = recording.record_meeting(db, meeting_file, auth=operator(db))
    return db, int(result["meeting_id"])


def closed_at(db: Database, meeting_id: int) -> dt.datetime:
    """When the meeting closed (the dissent window runs from it)."""
    value = db.execute("SELECT closed_at FROM meetings WHERE id = ?", [meeting_id]).fetchone()[0]
    return dt.datetime.fromisoformat(value)


@pytest.fixture
def recorded(tmp_path: Path) -> Iterator[tuple[Database, int]]:
    """The sample board with the sample meeting recorded."""
    db, meeting_id = build_db(tmp_path / "sample.db")
    yield db, meeting_id
    db.close()


@pytest.fixture
def multilingual(tmp_path: Path) -> Iterator[tuple[Database, int]]:
    """The sample meeting with Greek, Cyrillic, Arabic and Chinese names, and markup in names and texts."""
    db, meeting_id = build_db(
        tmp_path / "multi.db",
        board={f'name = "{old}"': f'name = "{new}"' for old, new in NAMES.items()},
        meeting={
            "La representación sindical formula voto particular: la solicitud debió aplazarse hasta que se presentara "
            "un plan de formación.": (
                DISSENT
            ),
            'uni2 = "Por las mismas razones que mi compañera Rocío Jiménez Cañete."': 'uni2 = "نفس رأي الزميل"',
        },
    )
    yield db, meeting_id
    db.close()


@pytest.fixture(scope="session")
def identities() -> dict[str, keys.Identity]:
    """One signing identity per role: RSA-3072 for the chair, P-256 for the others."""
    return {
        role: keys.new_identity(
            f"Signer for {role}", role, PASSPHRASE, algorithm="rsa-3072" if role == "chair" else "p-256"
        )
        for role in ROLES
    }


@pytest.fixture(scope="session")
def stranger() -> keys.Identity:
    """An identity nobody trusts."""
    return keys.new_identity("Mallory Stranger", "chair", PASSPHRASE, algorithm="p-256")


@dataclass(frozen=True)
class SignedCase:
    """A recorded meeting whose minutes every role signed, through the service (database recorded)."""

    db_path: Path
    meeting_id: int
    minutes_id: int
    unsigned: bytes
    signed: bytes
    revisions: dict[str, bytes]  # the file after each role's signature


@pytest.fixture(scope="session")
def signed_case(tmp_path_factory: pytest.TempPathFactory, identities: dict[str, keys.Identity]) -> SignedCase:
    folder = tmp_path_factory.mktemp("signed")
    db, meeting_id = build_db(folder / "board.db")
    exported = service.export_minutes(db, meeting_id, folder / "minutes.pdf", auth=operator(db))
    revisions = {}
    for role in ROLES:
        done = service.sign_file(folder / "minutes.pdf", role, identities[role].p12, PASSPHRASE, db=db)
        revisions[role] = done.pdf
    db.close()
    return SignedCase(folder / "board.db", meeting_id, exported.minutes_id, exported.pdf, revisions["union"], revisions)


@pytest.fixture
def signed_db(signed_case: SignedCase, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the signed case's database, to change freely."""
    copy = tmp_path / "copy.db"
    with store.opened(signed_case.db_path) as source:
        store.backup(source, copy)
    db = store.open_db(copy)
    yield db
    db.close()


def certs(identities: dict[str, keys.Identity], *roles: str) -> list[bytes]:
    """The PEM certificates of some roles (all when none are named)."""
    return [identities[r].cert_pem for r in (roles or ROLES)]


def have_pdfsig() -> bool:
    return shutil.which("pdfsig") is not None
