"""Member PINs: scrypt hashes with a per-member salt, and a lockout that survives a restart (DESIGN §4).

After 5 wrong PINs in a row a member is locked out for 30 s; each further lockout lasts twice as long
as the one before. A right PIN clears the count of failures, not the lockout history, so guessing in
bursts of five keeps getting slower.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import re
from dataclasses import dataclass

from sqlite_utils import Database

from tripartite import audit
from tripartite.errors import KnownError

FAILURES_BEFORE_LOCKOUT = 5
FIRST_LOCKOUT_SECONDS = 30
# scrypt cost: about 50 ms per check here, slow enough against guessing, quick enough at a meeting.
_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}


class PinError(KnownError):
    """A PIN was refused."""


class WrongPin(PinError):
    """The PIN does not match.

    Attributes:
        remaining: tries left before a lockout.
    """

    def __init__(self, member_id: str, remaining: int):
        super().__init__(f"wrong PIN for {member_id}; {remaining} tries left before a lockout")
        self.member_id, self.remaining = member_id, remaining


class LockedOut(PinError):
    """Too many wrong PINs: the member must wait.

    Attributes:
        seconds: how long until the member may try again.
    """

    def __init__(self, member_id: str, seconds: int):
        super().__init__(f"{member_id} is locked out for {seconds} s after too many wrong PINs")
        self.member_id, self.seconds = member_id, seconds


class NoPin(PinError):
    """The member has not set a PIN yet."""


@dataclass(frozen=True)
class Auth:
    """Proof that a member unlocked with their PIN, or that the secretary is entering a held meeting.

    Attributes:
        member_id: the member who proved their PIN, or None for a recorded meeting.
        recorded: True when a held meeting is entered from a file (no PINs on paper).
    """

    member_id: str | None
    recorded: bool = False

    @classmethod
    def for_record(cls) -> Auth:
        """The authority of a secretary entering a meeting already held (DESIGN §4 "analog meeting")."""
        return cls(None, recorded=True)


def valid_pin(pin: str) -> bool:
    """A PIN is at least 4 digits, digits only."""
    return bool(re.fullmatch(r"[0-9]{4,}", pin))


def _hash(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(pin.encode("ascii"), salt=salt, **_SCRYPT)


def set_pin(db: Database, member_id: str, pin: str, *, actor: str | None = None, demo: bool = False) -> None:
    """Set or change a member's PIN; only its scrypt hash and salt are stored.

    Args:
        db: the database.
        member_id: whose PIN.
        pin: the new PIN.
        actor: who sets it, for the audit log.
        demo: the sample board's published demo PINs are accepted only with this flag.

    Raises:
        PinError: the PIN is not at least 4 digits, is a published demo PIN, or the member does not exist.
    """
    if not valid_pin(pin):
        raise PinError("a PIN is at least 4 digits, digits only")
    if not demo and pin in _published_pins():
        raise PinError("that PIN is published as a demo PIN; choose another")
    salt = os.urandom(16)
    with db.atomic():
        # A new PIN (the secretary resetting a forgotten one) also lifts a lockout.
        changed = db.execute(
            "UPDATE members SET pin_hash = ?, pin_salt = ?, failed_pins = 0, locked_until = NULL WHERE id = ?",
            [_hash(pin, salt), salt, member_id],
        ).rowcount
        if not changed:
            raise PinError(f"no member with id {member_id}")
        audit.append(db, "member.pin_set", {"member": member_id}, actor=actor or member_id)


def _published_pins() -> set[str]:
    from tripartite.sample import DEMO_PINS  # sample imports pins: import here to avoid the cycle

    return set(DEMO_PINS.values())


def has_pin(db: Database, member_id: str) -> bool:
    """Whether the member has set a PIN."""
    row = db.execute("SELECT pin_hash IS NOT NULL FROM members WHERE id = ?", [member_id]).fetchone()
    return bool(row and row[0])


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def verify(db: Database, member_id: str, pin: str, *, now: dt.datetime | None = None) -> Auth:
    """Check a member's PIN, counting failures and locking out as DESIGN §4 says.

    Args:
        db: the database.
        member_id: who claims to be at the keyboard.
        pin: what they typed.
        now: the current time (tests pass it to step over lockouts).

    Returns:
        An :class:`Auth` for the member.

    Raises:
        LockedOut: the member is locked out; nothing was checked.
        WrongPin: wrong PIN (the failure is counted, and may start a lockout).
        NoPin: the member has no PIN yet.
    """
    now = now or _now()
    row = db.execute(
        "SELECT pin_hash, pin_salt, failed_pins, lockouts, locked_until FROM members WHERE id = ?", [member_id]
    ).fetchone()
    if row is None:
        raise PinError(f"no member with id {member_id}")
    pin_hash, salt, failures, lockouts, locked_until = row
    if locked_until:
        wait = (dt.datetime.fromisoformat(locked_until) - now).total_seconds()
        if wait > 0:
            raise LockedOut(member_id, int(wait) + 1)
    if pin_hash is None:
        raise NoPin(f"{member_id} has no PIN yet; set one first")
    if hmac.compare_digest(_hash(pin, salt), pin_hash):
        if failures:
            db.execute("UPDATE members SET failed_pins = 0 WHERE id = ?", [member_id])
        return Auth(member_id)
    failures += 1
    with db.atomic():
        if failures >= FAILURES_BEFORE_LOCKOUT:
            seconds = FIRST_LOCKOUT_SECONDS * 2**lockouts
            until = (now + dt.timedelta(seconds=seconds)).isoformat(timespec="seconds")
            db.execute(
                "UPDATE members SET failed_pins = 0, lockouts = lockouts + 1, locked_until = ? WHERE id = ?",
                [until, member_id],
            )
            audit.append(db, "member.locked_out", {"member": member_id, "seconds": seconds}, actor=member_id)
        else:
            db.execute("UPDATE members SET failed_pins = ? WHERE id = ?", [failures, member_id])
            audit.append(db, "member.pin_failed", {"member": member_id, "failures": failures}, actor=member_id)
    if failures >= FAILURES_BEFORE_LOCKOUT:
        raise LockedOut(member_id, seconds)
    raise WrongPin(member_id, FAILURES_BEFORE_LOCKOUT - failures)
