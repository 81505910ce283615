"""Private helpers the lifecycle's modules share: the board, its chair, one row, conduct, a request's status."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from tripartite.authority import Act, Auth, require
from tripartite.board import BoardConfig, read_board
from tripartite.clock import now
from tripartite.meetings.errors import ProcedureError
from tripartite.models import RequestStatus, Role


def board_of(db: Database) -> BoardConfig:
    """The board (ProcedureError ``no_board`` if the database has none yet)."""
    config = read_board(db)
    if config is None:
        raise ProcedureError("no_board", "this database has no board yet; run `tripartite init` first")
    return config


def chair_of(config: BoardConfig) -> str | None:
    """The active chair's id, if the board has one."""
    return next((m.id for m in config.members if m.role is Role.CHAIR and m.active), None)


def conduct(db: Database, auth: Auth, meeting_id: int) -> None:
    """The meeting's conduct needs the presiding member's PIN (the chair, or the stand-in), or its recording."""
    require(db, auth, Act.CONDUCT, meeting_id=meeting_id)


def one_row(db: Database, sql: str, params: Iterable[Any]) -> dict[str, Any]:
    """The first row of a query (ProcedureError ``not_found`` if none)."""
    rows = list(db.query(sql, list(params)))
    if not rows:
        raise ProcedureError("not_found", "no such record")
    return rows[0]


def set_request_status(db: Database, request_id: int, status: RequestStatus, actor: str, note: str) -> None:
    """Move a request to ``status`` and write the step into its history (the caller holds the transaction)."""
    old = db.execute("SELECT status FROM requests WHERE id = ?", [request_id]).fetchone()[0]
    db.execute("UPDATE requests SET status = ? WHERE id = ?", [status.value, request_id])
    db.execute(
        "INSERT INTO request_history (request_id, at, from_status, to_status, actor, note) VALUES (?, ?, ?, ?, ?, ?)",
        [request_id, now(), old, status.value, actor, note],
    )


def motion_row(db: Database, motion_id: int) -> dict[str, Any]:
    """A motion's row (ProcedureError ``not_found`` if none)."""
    return one_row(db, "SELECT * FROM motions WHERE id = ?", [motion_id])
