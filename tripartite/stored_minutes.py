"""Stored minutes as they stand: the row built for a meeting, and who has signed it.

``reports.service`` builds, stores and signs the minutes; the faces read their state through these
functions, never through the ``minutes`` and ``signatures`` tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database


@dataclass(frozen=True)
class StoredMinutes:
    """One ``minutes`` row with its meeting's title.

    Attributes:
        minutes_id: the row.
        meeting_id: the meeting they record.
        title: the meeting's title.
        locked: every role has signed; the meeting is read-only.
        unsigned_pdf: the file as built, before any signature (its boxes are the roles that must sign).
    """

    minutes_id: int
    meeting_id: int
    title: str
    locked: bool
    unsigned_pdf: bytes = field(repr=False)


@dataclass(frozen=True)
class Signature:
    """Who signed one role, and when they say they did.

    Attributes:
        role: the signatory role (a box of the file).
        signer: the signer's name as the certificate gives it.
        signed_at: the signing time the signer claims (UTC ISO 8601), if any.
    """

    role: str
    signer: str
    signed_at: str | None


def stored_minutes(db: Database, minutes_id: int) -> StoredMinutes | None:
    """The stored minutes, or None if there is no such row."""
    row = db.execute(
        "SELECT m.meeting_id, m.locked, m.pdf, g.title FROM minutes m JOIN meetings g ON g.id = m.meeting_id "
        "WHERE m.id = ?",
        [minutes_id],
    ).fetchone()
    if row is None:
        return None
    meeting_id, locked, unsigned, title = row
    return StoredMinutes(minutes_id, int(meeting_id), str(title), bool(locked), bytes(unsigned))


def signatures(db: Database, minutes_id: int) -> list[Signature]:
    """The signatures recorded on the minutes, in the order they were made."""
    sql = "SELECT role, signer, signed_at FROM signatures WHERE minutes_id = ? ORDER BY rowid"
    return [Signature(str(r[0]), str(r[1]), r[2]) for r in db.execute(sql, [minutes_id])]


def signing_started(db: Database, minutes_id: int) -> bool:
    """Whether anyone has signed the minutes (or they are locked): from then on they are never rebuilt."""
    row = db.execute(
        "SELECT locked OR EXISTS(SELECT 1 FROM signatures WHERE minutes_id = m.id) FROM minutes m WHERE id = ?",
        [minutes_id],
    ).fetchone()
    return bool(row and row[0])
