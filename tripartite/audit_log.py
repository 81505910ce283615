"""Reading the audit log as a list: filtered pages of events, newest first (DESIGN §6, §7).

:mod:`tripartite.audit` writes and chains the events; this module only reads them, so that a face
can browse a log of any length a page at a time. Filters run in SQL on the indexed ``seq``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True)
class EventQuery:
    """Which events a page keeps (every filter given must hold).

    Attributes:
        prefixes: action prefixes (``motion.``, ``pin.``); an event matching any of them is kept. Empty: any action.
        member: a member id, kept as the actor alone or joined with another (``a+b``).
        since: the first moment kept (ISO 8601; a date keeps that whole day).
        text: words found in the action, the payload or the actor.
        text_members: ids of the members whose name contains ``text``: their events are kept too.
    """

    prefixes: tuple[str, ...] = ()
    member: str | None = None
    since: str | None = None
    text: str = ""
    text_members: tuple[str, ...] = ()


@dataclass(frozen=True)
class LoggedEvent:
    """One event as stored.

    Attributes:
        seq: its number in the chain.
        at: when (ISO 8601, UTC).
        actor: who acted (an id, two joined by ``+``, or a face such as ``cli``).
        action: the action code.
        payload: its JSON payload, as stored (a face words it; a damaged one stays readable).
    """

    seq: int
    at: str
    actor: str
    action: str
    payload: str


def _where(query: EventQuery) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if query.prefixes:
        clauses.append("(" + " OR ".join("action LIKE ?" for _ in query.prefixes) + ")")
        params += [p + "%" for p in query.prefixes]
    if query.member:
        clauses.append("(actor = ? OR actor LIKE ? OR actor LIKE ?)")
        params += [query.member, query.member + "+%", "%+" + query.member]
    if query.since:
        clauses.append("at >= ?")
        params.append(query.since)
    text = query.text.strip()
    if text:
        # A name typed finds the events naming that member, as actor or in the payload, by id.
        patterns = [("action", f"%{text}%"), ("payload", f"%{text}%"), ("actor", f"%{text}%")]
        patterns += [("payload", f'%"{m}"%') for m in query.text_members]
        patterns += [("actor", f"%{m}%") for m in query.text_members]
        clauses.append("(" + " OR ".join(f"{column} LIKE ?" for column, _ in patterns) + ")")
        params += [pattern for _, pattern in patterns]
    return (" AND ".join(clauses) or "1"), params


def events_page(db: Database, query: EventQuery, *, before: int | None = None, limit: int = 200) -> list[LoggedEvent]:
    """The newest events the query keeps, older than ``before`` if given.

    Args:
        db: the database.
        query: the filters.
        before: an event number; only older events are read (the next page of a list).
        limit: the most events returned; fewer means the log has no older match.
    """
    where, params = _where(query)
    if before is not None:
        where, params = f"({where}) AND seq < ?", [*params, before]
    sql = f"SELECT seq, at, actor, action, payload FROM events WHERE {where} ORDER BY seq DESC LIMIT ?"
    return [LoggedEvent(*r) for r in db.execute(sql, [*params, limit])]
