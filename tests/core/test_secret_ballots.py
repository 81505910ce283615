"""Secret ballots at rest (DESIGN §4): after a secret vote the file holds no member–vote link.

Not in the ballot tables, not in the events, not in the order the votes lie in the file, not in the
write-ahead log, not in a backup.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from tests.helpers import officers, set_pins, unlock
from tripartite import audit_check, board_settings, store
from tripartite.errors import DatabaseError
from tripartite.meetings import agenda, attendance, ballots, lifecycle, lookup, motions
from tripartite.meetings.errors import Sealed
from tripartite.models import Outcome, Vote

# Cast in this order; the votes differ by member so that any leak of the order would show.
CASTS = [
    ("uni3", Vote.AGAINST, "Housing not inspected."),
    ("gov1", Vote.FOR, None),
    ("emp2", Vote.ABSTAIN, None),
    ("uni1", Vote.FOR, "Training plan convinces us."),
    ("gov3", Vote.AGAINST, None),
    ("emp1", Vote.FOR, None),
    ("uni2", Vote.AGAINST, None),
    ("gov2", Vote.FOR, None),
    ("emp3", Vote.FOR, None),
]


@pytest.fixture
def secret_vote(sample_db: Database) -> tuple[Database, int]:
    """An open secret vote on REQ-2026-0015 with everyone present; nobody has cast yet."""
    db = sample_db
    set_pins(db)
    board_settings.save_rules(db, {"ballot": "secret"}, officers(db))
    meeting_id = lifecycle.create_meeting(db, "Secret session", "2026-12-11", None, unlock(db, "sec1"))
    chair = unlock(db, "gov1")
    for member, *_ in CASTS:
        attendance.set_attendance(db, meeting_id, member, True, auth=chair)
    lifecycle.open_meeting(db, meeting_id, chair)
    request = db.execute("SELECT id FROM requests WHERE reference = 'REQ-2026-0015'").fetchone()[0]
    item = agenda.add_item(db, meeting_id, request, unlock(db, "sec1"))
    return db, motions.open_motion(db, item, Outcome.APPROVE, 4, [], unlock(db, "gov1"))


def cast_all(db: Database, motion: int) -> None:
    for member, vote, comment in CASTS:
        ballots.cast(db, motion, member, vote, comment, unlock(db, member))


def test_the_tables_and_events_hold_no_member_vote_link(secret_vote: tuple[Database, int]) -> None:
    db, motion = secret_vote
    cast_all(db, motion)
    result = ballots.reveal(db, motion, unlock(db, "gov1"))
    assert result.tally["union"] == {"for": 1, "against": 2, "abstain": 0}
    assert db.execute("SELECT count(*) FROM ballots").fetchone()[0] == 0
    columns = {c.name for c in db["secret_votes"].columns}
    assert not columns & {"member_id", "cast_at", "at", "rowid"}, "an unlinked vote has no member and no time"
    assert {c.name for c in db["voters"].columns} == {"motion_id", "member_id", "cast_at"}
    assert set(ballots.voters(db, motion)) == {m for m, *_ in CASTS}, "who voted is not secret"
    for payload in (r[0] for r in db.execute("SELECT payload FROM events WHERE action = 'ballot.cast'")):
        data = json.loads(payload)
        assert "secret_votes" not in data.get("rows", {}), "a cast's event must not commit to its vote"
        assert not {"vote", "against", "for"} & set(json.dumps(data).split('"'))
    with pytest.raises(Sealed):
        ballots.revealed_ballots(db, motion)
    assert sorted(t for _, t in ballots.secret_explanations(db, motion)) == sorted(c for *_, c in CASTS if c)
    assert audit_check.verify(db).ok


def test_the_votes_lie_in_the_file_in_random_key_order_not_cast_order(
    secret_vote: tuple[Database, int], db_path: Path, tmp_path: Path
) -> None:
    db, motion = secret_vote
    cast_all(db, motion)
    ballots.reveal(db, motion, unlock(db, "gov1"))
    wal = db_path.with_name(db_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "the log that held each cast's page image is emptied"
    keys = [r[0] for r in db.execute("SELECT key FROM secret_votes WHERE motion_id = ? ORDER BY key", [motion])]
    backup = store.backup(db, tmp_path / "after.db")
    for image in (db_path.read_bytes(), backup.read_bytes()):
        offsets = [image.find(k.encode("ascii")) for k in keys]
        assert all(o >= 0 for o in offsets)
        by_place = [k for _, k in sorted(zip(offsets, keys, strict=True))]
        assert by_place in (keys, keys[::-1]), "the cells follow their random keys, not the order of the casts"


def test_no_backup_while_a_secret_vote_is_being_cast(secret_vote: tuple[Database, int], tmp_path: Path) -> None:
    db, motion = secret_vote
    ballots.cast(db, motion, "uni3", Vote.AGAINST, None, unlock(db, "uni3"))
    with pytest.raises(DatabaseError) as refused:
        store.backup(db, tmp_path / "during.db")
    assert refused.value.code == "secret_vote_in_progress"
    assert not (tmp_path / "during.db").exists()


def test_a_vote_changed_or_slipped_in_by_hand_is_caught(secret_vote: tuple[Database, int], db_path: Path) -> None:
    db, motion = secret_vote
    cast_all(db, motion)
    ballots.reveal(db, motion, unlock(db, "gov1"))
    with sqlite3.connect(db_path) as intruder:
        intruder.execute("UPDATE secret_votes SET vote = 'for' WHERE vote = 'against'")
    codes = [f.code for f in audit_check.verify(db).findings]
    assert codes == ["votes_changed"]


def test_a_vote_added_before_the_reveal_is_caught(secret_vote: tuple[Database, int], db_path: Path) -> None:
    db, motion = secret_vote
    ballots.cast(db, motion, "uni3", Vote.AGAINST, None, unlock(db, "uni3"))
    with sqlite3.connect(db_path) as intruder:
        intruder.execute(
            "INSERT INTO secret_votes (key, motion_id, constituency, vote) VALUES ('ffff', ?, 'union', 'for')", [motion]
        )
    assert [f.code for f in audit_check.verify(db).findings] == ["votes_count"]


def test_the_minutes_carry_the_explanations_by_group_never_by_name(secret_vote: tuple[Database, int]) -> None:
    from dataclasses import replace

    from tripartite.meetings.minutes import build_minutes
    from tripartite.reports.minutes_pdf import render_minutes

    db, motion = secret_vote
    cast_all(db, motion)
    ballots.reveal(db, motion, unlock(db, "gov1"))
    meeting_id = lookup.meeting_of_motion(db, motion)
    lifecycle.close_meeting(db, meeting_id, unlock(db, "gov1"))
    built = build_minutes(db, meeting_id)
    (only,) = built.items[0].motions
    assert only.votes is None
    assert sorted(only.unattributed) == [
        ("union", "Housing not inspected."),
        ("union", "Training plan convinces us."),
    ]
    import io

    import pypdf

    english = replace(built, header=replace(built.header, language="en"))  # the sample board writes Spanish
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(render_minutes(english))).pages)
    assert "Housing not inspected." in text and "each explanation is minuted with its group" in text
    for name in ("Nuria Castañeda Ríos", "Rocío Jiménez Cañete"):
        # Named as present and as voters, never next to an explanation.
        at = text.find("Housing not inspected.")
        assert name not in text[at - 80 : at]
