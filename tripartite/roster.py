"""The board's members as the board page and the certificate dialog list them, with their PIN state.

:func:`tripartite.board.read_board` gives the members as configured; this adds what only the store
knows about each (whether a PIN is set, a lockout after wrong PINs) without ever reading the PIN hash.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True)
class MemberListing:
    """One member, as listed.

    Attributes:
        id: the member's id.
        name: full name.
        constituency: ``government``, ``employer`` or ``union``.
        role: ``chair``, ``secretary`` or ``member``.
        active: whether the member holds a seat now.
        alternate_of: the member this one stands in for, if an alternate.
        has_pin: whether a PIN is set.
        locked_until: the end of a lockout after wrong PINs (ISO 8601, UTC), if one was set.
    """

    id: str
    name: str
    constituency: str
    role: str
    active: bool
    alternate_of: str | None
    has_pin: bool
    locked_until: str | None


def roster(db: Database, *, active_only: bool = False) -> list[MemberListing]:
    """The board's members in board order (the order they were entered).

    Args:
        db: the database.
        active_only: list only the members who hold a seat now.
    """
    where = "WHERE active = 1 " if active_only else ""
    rows = db.execute(
        "SELECT id, name, constituency, role, active, alternate_of, pin_hash IS NOT NULL, locked_until "
        f"FROM members {where}ORDER BY rowid"
    )
    return [
        MemberListing(str(i), str(n), str(c), str(r), bool(a), alt or None, bool(p), lock or None)
        for i, n, c, r, a, alt, p, lock in rows
    ]
