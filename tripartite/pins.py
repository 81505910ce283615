"""Member PINs: scrypt hashes with a per-member salt, a lockout that survives a restart, and the proof they give.

A PIN is the only proof of who sits at the shared laptop (DESIGN §4), so:

- :func:`verify` is the only way to an :class:`~tripartite.authority.Auth` for a member. Each check runs
  in an ``IMMEDIATE`` transaction, so parallel checks (another process, another window) queue up and
  count every failure: after 5 wrong PINs in a row the member is locked out for 30 s, and each further
  lockout lasts twice as long as the one before. A right PIN clears the count of failures, not the
  lockout history, so guessing in bursts of five keeps getting slower.
- scrypt's cost is chosen so that a check takes about 0.2 s on a board's laptop (measured in
  ``bench/``): a 6-digit PIN read from a stolen file then takes days of one core, not minutes, to
  guess. Each hash keeps its parameters, and a hash made with weaker ones is renewed at the next
  right PIN.
- A PIN a board sets has at least 6 digits; the sample board's published 4-digit demo PINs
  (:data:`DEMO_PINS`) are accepted only for the sample, and refused for anyone else.
- Who may set a PIN: a member changes their own with the old PIN; a first PIN is set with the chair's
  or the secretary's PIN (on a new board, the chair's and the secretary's own first PINs need none:
  there is nobody yet to vouch); a forgotten PIN is reset by the chair and the secretary together, and
  the member is told at their next unlock.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import re
from dataclasses import dataclass

from sqlite_utils import Database

from tripartite import audit, store
from tripartite.authority import Act, Auth, Kind, NotAuthorised, ResetNotice, _issue, officers, require
from tripartite.clock import now
from tripartite.errors import Refusal

MIN_DIGITS = 6
FAILURES_BEFORE_LOCKOUT = 5
FIRST_LOCKOUT_SECONDS = 30

# PINs of the sample board's members, shown on the welcome screen and in the README so that a whole vote
# can be tried at once. set_pin refuses them for a real board.
DEMO_PINS: dict[str, str] = {
    "gov1": "1001", "gov2": "1002", "gov3": "1003",
    "emp1": "2001", "emp2": "2002", "emp3": "2003", "emp4": "2004",
    "uni1": "3001", "uni2": "3002", "uni3": "3003",
    "sec1": "4001",
}  # fmt: skip


@dataclass(frozen=True)
class Cost:
    """scrypt's parameters (memory and time grow with ``n`` × ``r``)."""

    n: int
    r: int
    p: int

    @property
    def text(self) -> str:
        """As stored beside the hash."""
        return f"scrypt:n={self.n},r={self.r},p={self.p}"

    @classmethod
    def parse(cls, text: str | None) -> Cost:
        """A stored parameter text; ``None`` is a hash made before the parameters were kept."""
        if text is None:
            return LEGACY_COST
        found = re.fullmatch(r"scrypt:n=(\d+),r=(\d+),p=(\d+)", text)
        if not found:
            raise PinError("unreadable_pin_hash", stored=text)
        return cls(*(int(g) for g in found.groups()))

    def weaker_than(self, other: Cost) -> bool:
        """Whether this cost is below ``other`` in work or memory."""
        return self.n * self.r * self.p < other.n * other.r * other.p


# About 0.19 s per check on the 2-core machine of bench/ (n = 2^15 measured 0.09 s, under DESIGN's 0.1 s), 64 MiB.
COST = Cost(n=2**16, r=8, p=1)
LEGACY_COST = Cost(n=2**14, r=8, p=1)  # the first wave's hashes, renewed at the next right PIN


class PinError(Refusal):
    """A PIN was refused (codes ``demo_pin``, ``weak_pin``, ``unknown_member``…; see :mod:`tripartite.refusals`)."""


class WrongPin(PinError):
    """The PIN does not match (code ``wrong_pin``, with ``member`` and ``remaining``)."""

    @property
    def remaining(self) -> int:
        """Tries left before a lockout."""
        return int(self.params["remaining"])


class LockedOut(PinError):
    """Too many wrong PINs: the member must wait (code ``locked_out``, with ``member`` and ``seconds``)."""

    @property
    def seconds(self) -> int:
        """How long until the member may try again."""
        return int(self.params["seconds"])


class NoPin(PinError):
    """The member has not set a PIN yet (code ``no_pin``)."""


def valid_pin(pin: str, *, demo: bool = False) -> bool:
    """A PIN is at least :data:`MIN_DIGITS` ASCII digits (a published demo PIN, only with ``demo``)."""
    if demo and pin in DEMO_PINS.values():
        return True
    return bool(re.fullmatch(rf"[0-9]{{{MIN_DIGITS},}}", pin))


def _hash(pin: str, salt: bytes, cost: Cost) -> bytes:
    # scrypt needs 128·r·n bytes; the default ceiling (32 MiB) is below what COST uses.
    return hashlib.scrypt(
        pin.encode("ascii"), salt=salt, n=cost.n, r=cost.r, p=cost.p, dklen=32, maxmem=256 * cost.r * cost.n
    )


def has_pin(db: Database, member_id: str) -> bool:
    """Whether the member has set a PIN."""
    row = db.execute("SELECT pin_hash IS NOT NULL FROM members WHERE id = ?", [member_id]).fetchone()
    return bool(row and row[0])


def _check_new_pin(pin: str) -> None:
    if pin in DEMO_PINS.values():
        raise PinError("demo_pin")
    if not valid_pin(pin):
        raise PinError("weak_pin", min_digits=MIN_DIGITS)


def _member_exists(db: Database, member_id: str) -> None:
    if not db.execute("SELECT 1 FROM members WHERE id = ?", [member_id]).fetchone():
        raise PinError("unknown_member", member=member_id)


def _store_pin(db: Database, member_id: str, pin: str, *, reset_by: str | None = None) -> None:
    """Write a new hash, lifting any lockout; the caller writes the audit event in the same transaction."""
    salt = os.urandom(16)
    db.execute(
        "UPDATE members SET pin_hash = ?, pin_salt = ?, pin_params = ?, failed_pins = 0, locked_until = NULL, "
        "pin_reset_at = ?, pin_reset_by = ? WHERE id = ?",
        [_hash(pin, salt, COST), salt, COST.text, now() if reset_by else None, reset_by, member_id],
    )


def set_pin(db: Database, member_id: str, pin: str, auth: Auth | None = None) -> None:
    """Set a member's first PIN, or reset a forgotten one; only its scrypt hash and salt are stored.

    Args:
        db: the database.
        member_id: whose PIN.
        pin: the new PIN, typed by the member.
        auth: for a first PIN, the chair's or the secretary's PIN (none for the first officer PINs of a new
            board); for a reset, the chair and the secretary together (:func:`tripartite.authority.joint`).

    Raises:
        PinError: the PIN is too short, published as a demo PIN, or the member does not exist.
        NotAuthorised: the authority given does not allow it.
    """
    _check_new_pin(pin)
    _member_exists(db, member_id)
    resetting = has_pin(db, member_id)
    with store.immediate(db):
        if resetting:
            if auth is None:
                raise NotAuthorised("reset_needs_both")
            if auth.kind is Kind.PIN and set(auth.members) == {member_id}:
                raise NotAuthorised("use_change")
            require(db, auth, Act.RESET_PIN, member=member_id)
            _store_pin(db, member_id, pin, reset_by=auth.actor)
            audit.append(db, "member.pin_reset", {"member": member_id}, actor=auth.actor)
            return
        if auth is None:
            chair, secretary = officers(db)
            if member_id not in (chair, secretary) or any(has_pin(db, m) for m in (chair, secretary) if m):
                raise NotAuthorised("first_pin_needs_officer")
            actor = member_id  # a new board's first officer: nobody yet to vouch for them
        else:
            require(db, auth, Act.SETTINGS)
            actor = auth.actor
        _store_pin(db, member_id, pin)
        audit.append(db, "member.pin_set", {"member": member_id}, actor=actor)


def change_pin(db: Database, member_id: str, old_pin: str, new_pin: str) -> None:
    """A member changes their own PIN, proving the old one (a wrong old PIN counts as a failure).

    Raises:
        PinError: the old PIN is wrong (or the member locked out), or the new one is not acceptable.
    """
    _check_new_pin(new_pin)
    auth = verify(db, member_id, old_pin)
    with store.immediate(db):
        require(db, auth, Act.OWN, member=member_id)
        _store_pin(db, member_id, new_pin)
        audit.append(db, "member.pin_changed", {"member": member_id}, actor=auth.actor)


def set_demo_pins(db: Database) -> None:
    """Give every member of the freshly loaded sample board its published demo PIN (the sample loader only).

    Raises:
        PinError: a member already has a PIN (this is not a fresh sample board).
    """
    with store.immediate(db):
        if db.execute("SELECT count(*) FROM members WHERE pin_hash IS NOT NULL").fetchone()[0]:
            raise PinError("demo_pins_fresh_only")
        for member_id, pin in DEMO_PINS.items():
            _member_exists(db, member_id)
            _store_pin(db, member_id, pin)
        audit.append(db, "member.demo_pins_set", {"members": sorted(DEMO_PINS)}, actor="system")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def verify(db: Database, member_id: str, pin: str) -> Auth:
    """Check a member's PIN, counting failures and locking out as DESIGN §4 says.

    Args:
        db: the database.
        member_id: who claims to be at the keyboard.
        pin: what they typed.

    Returns:
        The member's :class:`~tripartite.authority.Auth`; its ``notice`` says whether their PIN was reset
        by others since their last unlock.

    Raises:
        LockedOut: the member is locked out; nothing was checked.
        WrongPin: wrong PIN (the failure is counted, and may start a lockout).
        NoPin: the member has no PIN yet.
    """
    refusal: PinError | None = None
    notice: ResetNotice | None = None
    with store.immediate(db):
        row = db.execute(
            "SELECT pin_hash, pin_salt, pin_params, failed_pins, lockouts, locked_until, pin_reset_at, pin_reset_by "
            "FROM members WHERE id = ?",
            [member_id],
        ).fetchone()
        if row is None:
            raise PinError("unknown_member", member=member_id)
        pin_hash, salt, params, failures, lockouts, locked_until, reset_at, reset_by = row
        now = _now()
        if locked_until:
            wait = (dt.datetime.fromisoformat(locked_until) - now).total_seconds()
            if wait > 0:
                raise LockedOut("locked_out", member=member_id, seconds=int(wait) + 1)
        if pin_hash is None:
            raise NoPin("no_pin", member=member_id)
        cost = Cost.parse(params)
        if hmac.compare_digest(_hash(pin, salt, cost), pin_hash):
            changes: dict[str, bool] = {}
            if failures:
                db.execute("UPDATE members SET failed_pins = 0 WHERE id = ?", [member_id])
                changes["failures_cleared"] = True
            if cost.weaker_than(COST):
                fresh = os.urandom(16)
                db.execute(
                    "UPDATE members SET pin_hash = ?, pin_salt = ?, pin_params = ? WHERE id = ?",
                    [_hash(pin, fresh, COST), fresh, COST.text, member_id],
                )
                changes["rehashed"] = True
            if reset_at:
                notice = ResetNotice(reset_at, reset_by or "")
                db.execute("UPDATE members SET pin_reset_at = NULL, pin_reset_by = NULL WHERE id = ?", [member_id])
                changes["reset_seen"] = True
            if changes:
                audit.append(db, "member.pin_accepted", {"member": member_id, **changes}, actor=member_id)
        else:
            failures += 1
            if failures >= FAILURES_BEFORE_LOCKOUT:
                seconds = FIRST_LOCKOUT_SECONDS * 2**lockouts
                until = (now + dt.timedelta(seconds=seconds)).isoformat(timespec="seconds")
                db.execute(
                    "UPDATE members SET failed_pins = 0, lockouts = lockouts + 1, locked_until = ? WHERE id = ?",
                    [until, member_id],
                )
                audit.append(db, "member.locked_out", {"member": member_id, "seconds": seconds}, actor=member_id)
                refusal = LockedOut("locked_out", member=member_id, seconds=seconds)
            else:
                db.execute("UPDATE members SET failed_pins = ? WHERE id = ?", [failures, member_id])
                audit.append(db, "member.pin_failed", {"member": member_id, "failures": failures}, actor=member_id)
                refusal = WrongPin("wrong_pin", member=member_id, remaining=FAILURES_BEFORE_LOCKOUT - failures)
    if refusal is not None:
        raise refusal  # after the commit: the failure stays counted
    return _issue(db, Kind.PIN, (member_id,), notice=notice)
