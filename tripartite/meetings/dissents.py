"""Written dissents: the 48-hour window from the meeting's close, and filing one on a decided item (DESIGN §2)."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from tripartite import audit, store
from tripartite.authority import Act, Auth, require
from tripartite.meetings._common import one_row
from tripartite.meetings.agenda import item_state
from tripartite.meetings.errors import ProcedureError
from tripartite.meetings.lifecycle import require_item_unlocked
from tripartite.meetings.lookup import meeting_of_item, meeting_row
from tripartite.models import ItemStatus

DISSENT_WINDOW = dt.timedelta(hours=48)


def dissent_window(db: Database, meeting_id: int, at: dt.datetime | None = None) -> tuple[bool, dt.datetime]:
    """Whether written dissents may still be filed (48 h from the meeting's close), and when that ends.

    A meeting that has not closed yet counts from now: the window cannot have started closing.
    """
    at = at or dt.datetime.now(dt.UTC)
    row = meeting_row(db, meeting_id)
    start = dt.datetime.fromisoformat(row["closed_at"]) if row["closed_at"] else at
    if start.tzinfo is None:
        start = start.replace(tzinfo=dt.UTC)
    closes = start + DISSENT_WINDOW
    return at <= closes, closes


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def file_dissent(db: Database, item_id: int, member_id: str, text: str, auth: Auth) -> int:
    """File a member's written dissent on a decided item, within 48 h of the meeting (DESIGN §2).

    The time filed is the clock's, never the caller's: a late dissent cannot be dated back into the window.

    Raises:
        ProcedureError: the window has closed, the item is not decided, or the member did not sit on it.
        NotAuthorised: the authority is not the member's own PIN (or the recording of the meeting).
    """
    meeting_id = meeting_of_item(db, item_id)
    require(db, auth, Act.OWN, member=member_id, meeting_id=meeting_id)
    require_item_unlocked(db, item_id)
    at = _now()
    item = one_row(db, "SELECT * FROM agenda_items WHERE id = ?", [item_id])
    is_open, closes = dissent_window(db, item["meeting_id"], at)
    if not is_open:
        raise ProcedureError(
            "dissent_closed", f"the window for dissents closed at {closes.isoformat(timespec='minutes')}"
        )
    if item["status"] != ItemStatus.DECIDED:
        raise ProcedureError("not_decided", "a dissent is filed against a decision")
    if member_id not in {s.member_id for s in item_state(db, item_id).entitled}:
        raise ProcedureError("not_entitled", f"{member_id} did not sit on this item")
    if not text.strip():
        raise ProcedureError("empty", "a dissent needs its text")
    with db.atomic():
        dissent_id = store.insert(
            db,
            "dissents",
            {
                "item_id": item_id,
                "member_id": member_id,
                "text": text.strip(),
                "filed_at": at.isoformat(timespec="seconds"),
            },
        )
        audit.append(
            db, "dissent.filed", {"item": item_id, "member": member_id, "text": text.strip()}, actor=auth.actor
        )
    return int(dissent_id)
