"""A meeting the chair cannot attend: a stand-in named before it opens conducts it with their own PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tripartite import store
from tripartite.ui.meeting_room.attendance import AttendanceDialog
from tripartite.ui.meeting_room.chair_dialogs import StandInDialog
from tripartite.ui.meeting_room.pin_dialog import PinDialog

from .conftest import PINS, Driver


def _pin_members(dialog: PinDialog) -> list[str]:
    return [dialog.member_combo.itemData(i) for i in range(dialog.member_combo.count())]


def test_a_stand_in_named_with_the_secretary_takes_the_chairs_place(app_driver: Driver, qtbot) -> None:
    driver = app_driver
    room = driver.create_meeting()
    bar = room.chair_bar
    assert bar.stand_in_button.isVisible() and not bar.close_meeting_button.isVisible()
    assert bar.title_label.text() == "Chair"

    qtbot.mouseClick(bar.stand_in_button, Qt.MouseButton.LeftButton)
    dialog = driver.dialog(StandInDialog)
    dialog.member_combo.setCurrentIndex(dialog.member_combo.findData("gov2"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    first = driver.dialog(PinDialog)
    assert _pin_members(first) == ["gov2"]  # the stand-in first, with their own PIN
    driver.enter_pin(PINS["gov2"], "gov2")
    second = driver.dialog(PinDialog)
    assert "gov2" not in _pin_members(second) and "sec1" in _pin_members(second)
    driver.enter_pin(PINS["sec1"], "sec1")
    qtbot.waitUntil(lambda: bar.title_label.text() == "Acting chair")
    assert "Javier Martín Góngora" in bar.title_label.toolTip()

    # The attendance is now the stand-in's: the PIN dialog offers them, not the chair.
    qtbot.mouseClick(bar.attendance_button, Qt.MouseButton.LeftButton)
    attendance = driver.dialog(AttendanceDialog)
    qtbot.mouseClick(attendance.all_button, Qt.MouseButton.LeftButton)
    pin = driver.dialog(PinDialog)
    assert _pin_members(pin) == ["gov2"]
    driver.enter_pin(PINS["gov2"])
    attendance.reject()
    driver.reactivate()

    driver.add_items(["REQ-2026-0001"])
    qtbot.mouseClick(bar.open_button, Qt.MouseButton.LeftButton)
    pin = driver.dialog(PinDialog)
    assert _pin_members(pin) == ["gov2"]
    driver.enter_pin(PINS["gov2"])
    qtbot.waitUntil(lambda: driver.pane("gov1").unlock_button.isEnabled())
    assert not bar.stand_in_button.isVisible()  # who presides is settled once the meeting is open

    db = store.connect(driver.page._db_path)
    try:
        actors = dict(db.execute("SELECT action, actor FROM events WHERE action IN ('meeting.opened', 'vote.opened')"))
        named = db.execute("SELECT actor FROM events WHERE action = 'meeting.stand_in'").fetchone()[0]
    finally:
        db.close()
    assert actors == {"meeting.opened": "gov2", "vote.opened": "gov2"}
    assert set(named.split("+")) == {"gov2", "sec1"}
