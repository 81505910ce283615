"""Names and titles for the ids the records keep: members, meetings, requests, agenda items, motions, minutes.

The audit log, the request history and the PIN prompts store ids; people read names. Each function
reads one table (or one join) once, so a face can word a whole page of events from a few lookups.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True)
class MeetingTitle:
    """A meeting as people name it: its title and date.

    Attributes:
        title: the meeting's title.
        date: its date (ISO 8601).
    """

    title: str
    date: str


@dataclass(frozen=True)
class MotionRef:
    """Where a motion stands: its round on its agenda item.

    Attributes:
        round: the motion's round (1 for the first motion put on the item).
        item_id: the agenda item.
    """

    round: int
    item_id: int


def member_names(db: Database) -> dict[str, str]:
    """Member id → name, in board order (the order members were entered)."""
    return {str(r[0]): str(r[1]) for r in db.execute("SELECT id, name FROM members ORDER BY rowid")}


def member_name(db: Database, member_id: str) -> str | None:
    """One member's name, or None if there is no such member."""
    row = db.execute("SELECT name FROM members WHERE id = ?", [member_id]).fetchone()
    return str(row[0]) if row else None


def meeting_titles(db: Database) -> dict[int, MeetingTitle]:
    """Meeting id → its title and date."""
    return {int(r[0]): MeetingTitle(str(r[1]), str(r[2])) for r in db.execute("SELECT id, title, date FROM meetings")}


def request_references(db: Database) -> dict[int, str]:
    """Request id → its reference."""
    return {int(r[0]): str(r[1]) for r in db.execute("SELECT id, reference FROM requests")}


def item_references(db: Database) -> dict[int, str]:
    """Agenda item id → the reference of the request it puts on the agenda."""
    sql = "SELECT ai.id, r.reference FROM agenda_items ai JOIN requests r ON r.id = ai.request_id"
    return {int(r[0]): str(r[1]) for r in db.execute(sql)}


def motion_refs(db: Database) -> dict[int, MotionRef]:
    """Motion id → its round and agenda item."""
    return {int(r[0]): MotionRef(int(r[1]), int(r[2])) for r in db.execute("SELECT id, round, item_id FROM motions")}


def minutes_meetings(db: Database) -> dict[int, int]:
    """Minutes id → the meeting they record."""
    return {int(r[0]): int(r[1]) for r in db.execute("SELECT id, meeting_id FROM minutes")}
