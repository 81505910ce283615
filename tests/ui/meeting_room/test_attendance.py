"""Attendance: what ticking and unticking record, apologies only for the absent, and the chair's PIN first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tripartite import store
from tripartite.ui.dialogs.pin_prompt import PinPrompt
from tripartite.ui.meeting_room.attendance import AttendanceDialog, AttendanceModel

from .conftest import Driver


def _row(driver: Driver, member: str) -> dict[str, Any]:
    db = store.connect(driver.page._db_path)
    try:
        (row,) = db.query("SELECT present, apologies, arrived_at, departed_at FROM attendance WHERE member_id = ?",
                          [member])  # fmt: skip
        return row
    finally:
        db.close()


def _actors(driver: Driver) -> set[str]:
    db = store.connect(driver.page._db_path)
    try:
        return {r[0] for r in db.execute("SELECT actor FROM events WHERE action = 'attendance.set'")}
    finally:
        db.close()


def _open(driver: Driver) -> AttendanceDialog:
    driver.qtbot.mouseClick(driver.room.chair_bar.attendance_button, Qt.MouseButton.LeftButton)
    return driver.dialog(AttendanceDialog)


def _space(dialog: AttendanceDialog, member: str, column: int) -> None:
    model = dialog.model
    row = next(r for r in range(model.rowCount()) if model.member_id(r) == member)
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(model.index(row, column))
    QTest.keyClick(dialog.table, Qt.Key.Key_Space)


def _pin_dialogs(driver: Driver) -> list[PinPrompt]:
    return [d for d in driver.window.findChildren(PinPrompt) if d.isVisible()]


def test_unticking_present_before_the_opening_just_means_absent(driver: Driver) -> None:
    driver.create_meeting()
    dialog = _open(driver)
    _space(dialog, "uni3", AttendanceModel.PRESENT)
    assert not _row(driver, "uni3")["present"]  # nothing until the chair's PIN
    driver.chair_pin()
    row = _row(driver, "uni3")
    assert row["present"] and row["arrived_at"] is not None and row["departed_at"] is None
    _space(dialog, "uni3", AttendanceModel.PRESENT)  # a slip corrected: no second PIN in the same dialog
    assert not _pin_dialogs(driver)
    assert _row(driver, "uni3") == {"present": 0, "apologies": 0, "arrived_at": None, "departed_at": None}
    model = dialog.model
    row = next(r for r in range(model.rowCount()) if model.member_id(r) == "uni3")
    assert model.data(model.index(row, AttendanceModel.ARRIVED)) == ""  # and the table shows no arrival
    assert _actors(driver) == {"gov1"}  # the chair, who gave the PIN, not "secretary"


def test_unticking_present_in_an_open_meeting_records_a_departure(driver: Driver) -> None:
    driver.create_meeting()
    driver.set_attendance()
    driver.add_items(["REQ-2026-0002"])
    driver.open_vote()  # the first vote opens the meeting
    arrived = _row(driver, "emp3")["arrived_at"]
    dialog = _open(driver)
    _space(dialog, "emp3", AttendanceModel.PRESENT)
    driver.chair_pin()
    row = _row(driver, "emp3")
    assert not row["present"]
    assert row["arrived_at"] == arrived and row["departed_at"] is not None
    assert row["departed_at"].startswith("2026-12-04T")  # the meeting's date, the time it happened
    assert _actors(driver) == {"gov1"}


def test_apologies_are_for_absent_members_only_and_it_says_so(driver: Driver) -> None:
    driver.create_meeting()
    dialog = _open(driver)
    driver.qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    driver.chair_pin()
    model = dialog.model
    row = next(r for r in range(model.rowCount()) if model.member_id(r) == "gov2")
    apologies = model.index(row, AttendanceModel.APOLOGIES)
    assert not model.flags(apologies) & Qt.ItemFlag.ItemIsEnabled  # greyed out for a present member
    explanation = "Apologies are for absent members: untick Present first."
    assert model.data(apologies, Qt.ItemDataRole.ToolTipRole) == explanation
    assert not model.setData(apologies, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert dialog.problem_label.text() == explanation
    assert _row(driver, "gov2")["apologies"] == 0

    _space(dialog, "gov2", AttendanceModel.PRESENT)  # absent now (before the opening: no times)
    assert model.flags(apologies) & Qt.ItemFlag.ItemIsUserCheckable
    _space(dialog, "gov2", AttendanceModel.APOLOGIES)
    assert _row(driver, "gov2") == {"present": 0, "apologies": 1, "arrived_at": None, "departed_at": None}


def test_nothing_is_recorded_without_the_chairs_pin(driver: Driver) -> None:
    driver.create_meeting()
    dialog = _open(driver)
    driver.qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    pin = driver.dialog(PinPrompt)
    assert pin.windowTitle() == "Chair's PIN" and pin.member_id() == "gov1"
    pin.reject()
    assert not any(_row(driver, m)["present"] for m in ("gov1", "emp1", "uni1"))
    assert _actors(driver) == set()
