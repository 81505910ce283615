"""The chair's stand-in: named when the meeting opens, with the secretary's PIN; then it conducts the meeting."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tripartite import store
from tripartite.ui.meeting_room.open_meeting import OpenMeetingDialog
from tripartite.ui.meeting_room.pin_dialog import PinDialog

from ..test_mainwindow import _unnamed
from .conftest import PINS, Driver


def _events(driver: Driver, *actions: str) -> list[tuple[str, str, dict]]:
    db = store.connect(driver.page._db_path)
    try:
        marks = ",".join("?" for _ in actions)
        rows = db.execute(f"SELECT action, actor, payload FROM events WHERE action IN ({marks}) ORDER BY seq", actions)
        return [(action, actor, json.loads(payload)) for action, actor, payload in rows]
    finally:
        db.close()


def _name(driver: Driver, member: str) -> str:
    return str(driver.room._db.execute("SELECT name FROM members WHERE id = ?", [member]).fetchone()[0])


def _pin_members(dialog: PinDialog) -> list[str]:
    return [dialog.member_combo.itemData(i) for i in range(dialog.member_combo.count())]


def _open_with_stand_in(driver: Driver, dialog: OpenMeetingDialog, stand_in: str) -> None:
    """Choose the stand-in, press Open meeting, then the stand-in's PIN and the secretary's."""
    assert dialog.stand_in_radio.isChecked()
    dialog.stand_in_combo.setCurrentIndex(dialog.stand_in_combo.findData(stand_in))
    driver.qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    first = driver.dialog(PinDialog)
    assert _pin_members(first) == [stand_in]  # the stand-in types their own PIN first
    driver.enter_pin(PINS[stand_in])
    second = driver.dialog(PinDialog)
    assert second is not first
    assert _pin_members(second) == ["sec1", "gov1"]  # then the secretary (or the chair) vouches
    driver.enter_pin(PINS["sec1"], "sec1")


def test_with_the_chair_absent_a_stand_in_opens_the_meeting_and_then_conducts_it(driver: Driver, qtbot) -> None:
    driver.create_meeting()
    driver.set_attendance(absent=("gov1",))
    driver.add_items(["REQ-2026-0002"])
    bar = driver.room.chair_bar
    assert "not marked present" in bar.presiding_label.text()
    assert bar.open_meeting_button.isVisible() and not bar.close_meeting_button.isVisible()

    qtbot.mouseClick(bar.open_meeting_button, Qt.MouseButton.LeftButton)
    dialog = driver.dialog(OpenMeetingDialog)
    assert _unnamed(dialog) == []
    assert not dialog.chair_radio.isEnabled()  # an absent chair cannot preside
    assert dialog.chair_note.text() == "The chair is not marked present."
    candidates = [dialog.stand_in_combo.itemData(i) for i in range(dialog.stand_in_combo.count())]
    assert candidates == ["gov2", "gov3", "emp1", "emp2", "emp3", "uni1", "uni2", "uni3"]  # no chair, no secretary
    assert dialog.stand_in() == "gov2"  # the chair's own side first
    _open_with_stand_in(driver, dialog, "gov2")
    qtbot.waitUntil(lambda: not dialog.isVisible() if _alive(dialog) else True)
    driver.reactivate()

    stand_in = _name(driver, "gov2")
    assert bar.presiding_label.text() == f"Presiding: {stand_in} (stand-in for the chair)"
    assert bar.close_meeting_button.isVisible() and not bar.open_meeting_button.isVisible()
    (opened,) = _events(driver, "meeting.opened")
    assert opened[1] == "gov2+sec1" and opened[2]["presiding"] == "gov2"

    # The chair's PIN no longer opens a vote: the dialog asks the stand-in, and 1001 is a wrong PIN for them.
    qtbot.mouseClick(bar.open_button, Qt.MouseButton.LeftButton)
    pin = driver.dialog(PinDialog)
    assert pin.windowTitle() == "Stand-in's PIN"
    assert _pin_members(pin) == ["gov2"]
    prompt = next(label.text() for label in pin.findChildren(QLabel) if label.text().startswith("Presiding"))
    assert prompt.startswith(f"Presiding: {stand_in} (stand-in for the chair)\nEnter your PIN to put this motion")
    driver.enter_pin(PINS["gov1"])
    assert pin.message.text() == "Wrong PIN: 4 tries left"
    assert not driver.pane("gov2").unlock_button.isEnabled()
    assert _events(driver, "vote.opened") == []
    # The stand-in's does.
    pin.pin_edit.clear()
    driver.enter_pin(PINS["gov2"])
    qtbot.waitUntil(lambda: driver.pane("gov2").unlock_button.isEnabled())
    actors = {action: actor for action, actor, _ in _events(driver, "motion.proposed", "vote.opened")}
    assert actors == {"motion.proposed": "gov2", "vote.opened": "gov2"}

    # So does the reveal: every ballot in, the stand-in's PIN.
    for member in ("gov2", "gov3", "emp1", "emp2", "emp3", "uni1", "uni2", "uni3"):
        driver.vote(member, "for")
        driver.pass_laptop()
    qtbot.mouseClick(bar.reveal_button, Qt.MouseButton.LeftButton)
    assert _pin_members(driver.dialog(PinDialog)) == ["gov2"]
    driver.enter_pin(PINS["gov2"])
    qtbot.waitUntil(lambda: _events(driver, "motion.revealed") != [])
    assert _events(driver, "motion.revealed")[0][1] == "gov2"


def test_the_first_open_vote_asks_who_presides_when_the_chair_is_absent(driver: Driver, qtbot) -> None:
    driver.create_meeting()
    driver.set_attendance(absent=("gov1",))
    driver.add_items(["REQ-2026-0002"])
    bar = driver.room.chair_bar
    qtbot.mouseClick(bar.open_button, Qt.MouseButton.LeftButton)
    dialog = driver.dialog(OpenMeetingDialog)  # not the absent chair's PIN
    _open_with_stand_in(driver, dialog, "emp1")
    # The vote that asked goes on, with the new stand-in's PIN.
    pin = driver.dialog(PinDialog)
    assert _pin_members(pin) == ["emp1"] and pin.windowTitle() == "Stand-in's PIN"
    driver.enter_pin(PINS["emp1"])
    qtbot.waitUntil(lambda: driver.pane("gov2").unlock_button.isEnabled())
    assert driver.room.title.text().endswith("Open")
    assert bar.presiding_label.text() == f"Presiding: {_name(driver, 'emp1')} (stand-in for the chair)"
    assert [actor for _, actor, _ in _events(driver, "meeting.opened", "vote.opened")] == ["emp1+sec1", "emp1"]


def test_with_the_chair_present_the_meeting_opens_with_the_chairs_pin(driver: Driver, qtbot) -> None:
    driver.create_meeting()
    driver.set_attendance()
    bar = driver.room.chair_bar
    chair = _name(driver, "gov1")
    assert bar.presiding_label.text() == f"Presiding: {chair} (chair)"
    qtbot.mouseClick(bar.open_meeting_button, Qt.MouseButton.LeftButton)
    dialog = driver.dialog(OpenMeetingDialog)
    assert dialog.chair_radio.isChecked() and dialog.stand_in() is None
    assert not dialog.stand_in_combo.isEnabled()  # until "A stand-in" is chosen
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    pin = driver.dialog(PinDialog)
    assert pin.windowTitle() == "Chair's PIN" and _pin_members(pin) == ["gov1"]
    driver.chair_pin()
    qtbot.waitUntil(lambda: driver.room.title.text().endswith("Open"))
    assert bar.presiding_label.text() == f"Presiding: {chair} (chair)"
    (opened,) = _events(driver, "meeting.opened")
    assert opened[1] == "gov1" and opened[2]["presiding"] == "gov1"


def _alive(widget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
