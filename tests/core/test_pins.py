"""PINs: scrypt hashes only, and a lockout that doubles and survives a restart (DESIGN §4)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlite_utils import Database

from tripartite import pins, store

T0 = dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.UTC)


def later(seconds: float) -> dt.datetime:
    return T0 + dt.timedelta(seconds=seconds)


def test_only_a_salted_scrypt_hash_is_stored(sample_db: Database) -> None:
    pins.set_pin(sample_db, "gov1", "4821")
    pins.set_pin(sample_db, "uni1", "4821")
    rows = {r["id"]: r for r in sample_db.query("SELECT id, pin_hash, pin_salt FROM members")}
    assert b"4821" not in rows["gov1"]["pin_hash"] and len(rows["gov1"]["pin_hash"]) == 32
    assert rows["gov1"]["pin_hash"] != rows["uni1"]["pin_hash"], "same PIN, different salts, different hashes"
    assert pins.verify(sample_db, "gov1", "4821", now=T0).member_id == "gov1"
    events = " ".join(r[0] for r in sample_db.execute("SELECT payload FROM events"))
    assert "4821" not in events


@pytest.mark.parametrize("pin", ["123", "12a4", "", "١٢٣٤"])
def test_a_pin_is_at_least_four_digits(sample_db: Database, pin: str) -> None:
    with pytest.raises(pins.PinError):
        pins.set_pin(sample_db, "gov1", pin)


def test_five_failures_lock_out_for_30s_then_60s(sample_db: Database) -> None:
    pins.set_pin(sample_db, "emp1", "2468")
    for attempt in range(1, 5):
        with pytest.raises(pins.WrongPin) as wrong:
            pins.verify(sample_db, "emp1", "0000", now=later(attempt))
        assert wrong.value.remaining == 5 - attempt
    with pytest.raises(pins.LockedOut) as locked:
        pins.verify(sample_db, "emp1", "0000", now=later(5))
    assert locked.value.seconds == 30
    # While locked, even the right PIN is refused, and it is not counted as a try.
    with pytest.raises(pins.LockedOut):
        pins.verify(sample_db, "emp1", "2468", now=later(20))
    assert pins.verify(sample_db, "emp1", "2468", now=later(36)).member_id == "emp1"
    for attempt in range(5):
        with pytest.raises(pins.PinError):
            pins.verify(sample_db, "emp1", "1111", now=later(40 + attempt))
    with pytest.raises(pins.LockedOut) as again:
        pins.verify(sample_db, "emp1", "2468", now=later(50))
    assert again.value.seconds > 30  # the second lockout is 60 s, counted from the fifth failure at 44 s
    assert pins.verify(sample_db, "emp1", "2468", now=later(44 + 61)).member_id == "emp1"


def test_the_lockout_survives_a_restart(sample_db: Database, db_path: Path) -> None:
    pins.set_pin(sample_db, "uni2", "1357")
    for attempt in range(5):
        with pytest.raises(pins.PinError):
            pins.verify(sample_db, "uni2", "9999", now=later(attempt))
    sample_db.close()
    reopened = store.open_db(db_path)
    try:
        with pytest.raises(pins.LockedOut):
            pins.verify(reopened, "uni2", "1357", now=later(10))
    finally:
        reopened.close()


def test_no_pin_yet(sample_db: Database) -> None:
    with pytest.raises(pins.NoPin):
        pins.verify(sample_db, "gov2", "1234")


def test_demo_pins_work_on_the_sample_board_and_are_refused_for_real_ones(db: Database) -> None:
    from tripartite import sample

    sample.load_sample(db, demo_pins=True)
    for member, pin in sample.DEMO_PINS.items():
        assert pins.verify(db, member, pin, now=T0).member_id == member
    with pytest.raises(pins.PinError, match="demo PIN"):
        pins.set_pin(db, "gov1", "1001")
    pins.set_pin(db, "gov1", "86420")  # the board sets its own: the demo PIN now fails
    with pytest.raises(pins.WrongPin):
        pins.verify(db, "gov1", "1001", now=T0)
