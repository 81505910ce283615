"""Queries behind the request register: filtered, sorted pages of requests, all done in SQL.

Text search uses the FTS5 index (prefix match on every word typed); status and occupation filters use
plain indexes. The UI model holds only the rows it has fetched, so 100,000 requests stay instant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

# Columns the register shows, in order. Sorting is allowed on each of them.
COLUMNS: tuple[str, ...] = (
    "reference",
    "employer_name",
    "occupation_isco",
    "job_title",
    "sector_isic",
    "region",
    "workers_requested",
    "wage_offered",
    "prevailing_wage",
    "currency",
    "submitted_on",
    "status",
)
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Filter:
    """What the register shows.

    Attributes:
        text: words typed in the filter box; each must prefix-match a word of a text field.
        status: only requests with this status, or None for all.
        occupation: only this ISCO-08 unit group, or None for all.
    """

    text: str = ""
    status: str | None = None
    occupation: str | None = None


def fts_query(text: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query (each word quoted, prefix-matched, all required).

    Returns:
        The query, or None when the text holds no word at all.
    """
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def _where(flt: Filter) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    query = fts_query(flt.text)
    if query is not None:
        clauses.append("id IN (SELECT rowid FROM requests_fts WHERE requests_fts MATCH ?)")
        params.append(query)
    if flt.status:
        clauses.append("status = ?")
        params.append(flt.status)
    if flt.occupation:
        clauses.append("occupation_isco = ?")
        params.append(flt.occupation)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def count(db: Database, flt: Filter) -> int:
    """How many requests match the filter."""
    where, params = _where(flt)
    return int(db.execute(f"SELECT count(*) FROM requests{where}", params).fetchone()[0])


def page(
    db: Database,
    flt: Filter,
    *,
    order_by: str = "reference",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[tuple[object, ...]]:
    """One page of matching requests: ``(id, *COLUMNS)`` tuples in the requested order.

    Args:
        db: the database.
        flt: the filter.
        order_by: one of :data:`COLUMNS`.
        descending: sort direction.
        offset: rows to skip.
        limit: rows to return.

    Raises:
        ValueError: ``order_by`` is not a register column (a bug in the caller).
    """
    if order_by not in COLUMNS:
        raise ValueError(f"cannot sort by {order_by!r}")
    where, params = _where(flt)
    direction = "DESC" if descending else "ASC"
    # The id tie-break keeps pages stable when many rows share a sort value.
    sql = (
        f"SELECT id, {', '.join(COLUMNS)} FROM requests{where} "
        f"ORDER BY {order_by} {direction}, id {direction} LIMIT ? OFFSET ?"
    )
    return db.execute(sql, [*params, limit, offset]).fetchall()


def statuses(db: Database) -> list[tuple[str, int]]:
    """Status values present, with counts (for the status filter)."""
    return db.execute("SELECT status, count(*) FROM requests GROUP BY status ORDER BY status").fetchall()


def occupations(db: Database) -> list[str]:
    """ISCO codes present among the requests (for the occupation filter), in code order."""
    return [r[0] for r in db.execute("SELECT DISTINCT occupation_isco FROM requests ORDER BY occupation_isco")]


def request(db: Database, request_id: int) -> dict[str, Any] | None:
    """One request's full row, or None if there is no such request (deleted, or never entered)."""
    return next(iter(db.query("SELECT * FROM requests WHERE id = ?", [request_id])), None)


def requests_by_id(db: Database, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """The full rows of these requests in one read: request id → row (ids with no request are left out)."""
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    return {int(r["id"]): r for r in db.query(f"SELECT * FROM requests WHERE id IN ({marks})", list(ids))}
