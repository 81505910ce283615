"""A meeting the chair cannot attend: a stand-in named before it opens conducts it with their own PIN."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tripartite import store
from tripartite.ui.dialogs.pin_prompt import PinPrompt
from tripartite.ui.meeting_room.attendance import AttendanceDialog
from tripartite.ui.meeting_room.chair_dialogs import StandInDialog

from .conftest import PINS, Driver


def _pin_members(dialog: PinPrompt) -> list[str]:
    return [dialog.member_combo.itemData(i) for i in range(dialog.member_combo.count())]


def _prompt(dialog: PinPrompt) -> str:
    """The PIN dialog's prompt (its first line says who presides)."""
    return next(label.text() for label in dialog.findChildren(QLabel) if label.text().startswith("Presiding"))


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


def _name_stand_in(driver: Driver, dialog: StandInDialog, member: str) -> None:
    """Choose the member, confirm, then their PIN and the secretary's."""
    dialog.member_combo.setCurrentIndex(dialog.member_combo.findData(member))
    driver.qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    first = driver.dialog(PinPrompt)
    assert _pin_members(first) == [member]  # the stand-in first, with their own PIN
    driver.enter_pin(PINS[member], member)
    second = driver.dialog(PinPrompt)
    assert second is not first
    assert _pin_members(second) == ["sec1", "gov1"]  # then the secretary (or the chair) vouches for them
    driver.enter_pin(PINS["sec1"], "sec1")


def test_a_stand_in_named_with_the_secretary_takes_the_chairs_place(app_driver: Driver, qtbot) -> None:
    driver = app_driver
    room = driver.create_meeting()
    bar = room.chair_bar
    chair = _name(driver, "gov1")
    assert bar.stand_in_button.isVisible() and not bar.close_meeting_button.isVisible()
    assert bar.presiding_label.text() == f"Presiding: {chair} (chair)"

    qtbot.mouseClick(bar.stand_in_button, Qt.MouseButton.LeftButton)
    _name_stand_in(driver, driver.dialog(StandInDialog), "gov2")
    stand_in = _name(driver, "gov2")
    qtbot.waitUntil(lambda: bar.presiding_label.text() == f"Presiding: {stand_in} (stand-in for the chair)")

    # The attendance is now the stand-in's: the PIN dialog offers them, not the chair.
    qtbot.mouseClick(bar.attendance_button, Qt.MouseButton.LeftButton)
    attendance = driver.dialog(AttendanceDialog)
    qtbot.mouseClick(attendance.all_button, Qt.MouseButton.LeftButton)
    pin = driver.dialog(PinPrompt)
    assert _pin_members(pin) == ["gov2"]
    assert pin.windowTitle() == "Stand-in's PIN"
    assert _prompt(pin) == f"Presiding: {stand_in} (stand-in for the chair)\nEnter your PIN to record the attendance."
    driver.enter_pin(PINS["gov2"])
    attendance.reject()
    driver.reactivate()

    driver.add_items(["REQ-2026-0001"])
    qtbot.mouseClick(bar.open_button, Qt.MouseButton.LeftButton)
    pin = driver.dialog(PinPrompt)
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


def test_with_the_chair_absent_gov2_presides_and_the_chairs_pin_no_longer_opens_a_vote(
    driver: Driver, qtbot
) -> None:
    driver.create_meeting()
    driver.set_attendance(absent=("gov1",))
    driver.add_items(["REQ-2026-0002"])
    bar = driver.room.chair_bar
    assert bar.presiding_label.text() == "The chair is not marked present: Stand-in… names who presides."

    qtbot.mouseClick(bar.stand_in_button, Qt.MouseButton.LeftButton)
    _name_stand_in(driver, driver.dialog(StandInDialog), "gov2")
    stand_in = _name(driver, "gov2")
    qtbot.waitUntil(lambda: bar.presiding_label.text() == f"Presiding: {stand_in} (stand-in for the chair)")
    (named,) = _events(driver, "meeting.stand_in")
    assert named[1] == "gov2+sec1" and named[2]["presiding"] == "gov2"

    # The chair's PIN no longer opens a vote: the dialog asks the stand-in, and 1001 is a wrong PIN for them.
    qtbot.mouseClick(bar.open_button, Qt.MouseButton.LeftButton)
    pin = driver.dialog(PinPrompt)
    assert pin.windowTitle() == "Stand-in's PIN" and _pin_members(pin) == ["gov2"]
    assert _prompt(pin).startswith(f"Presiding: {stand_in} (stand-in for the chair)\nEnter your PIN to put this motion")
    driver.enter_pin(PINS["gov1"])
    assert pin.message.text() == "Wrong PIN: 4 tries left"
    assert not driver.pane("gov2").unlock_button.isEnabled()
    assert _events(driver, "meeting.opened", "vote.opened") == []
    # The stand-in's does, and opens the meeting with it.
    driver.enter_pin(PINS["gov2"])
    qtbot.waitUntil(lambda: driver.pane("gov2").unlock_button.isEnabled())
    actors = {action: actor for action, actor, _ in _events(driver, "meeting.opened", "motion.proposed", "vote.opened")}
    assert actors == {"meeting.opened": "gov2", "motion.proposed": "gov2", "vote.opened": "gov2"}
    assert _events(driver, "meeting.opened")[0][2]["presiding"] == "gov2"

    # So does the reveal: every ballot in, the stand-in's PIN, and the event names them.
    for member in ("gov2", "gov3", "emp1", "emp2", "emp3", "uni1", "uni2", "uni3"):
        driver.vote(member, "for")
        driver.pass_laptop()
    qtbot.mouseClick(bar.reveal_button, Qt.MouseButton.LeftButton)
    assert _pin_members(driver.dialog(PinPrompt)) == ["gov2"]
    driver.enter_pin(PINS["gov2"])
    qtbot.waitUntil(lambda: _events(driver, "motion.revealed") != [])
    assert _events(driver, "motion.revealed")[0][1] == "gov2"


def test_the_first_open_vote_asks_who_presides_when_the_chair_is_absent(driver: Driver, qtbot) -> None:
    driver.create_meeting()
    driver.set_attendance(absent=("gov1", "gov2"))
    driver.add_items(["REQ-2026-0002"])
    bar = driver.room.chair_bar
    qtbot.mouseClick(bar.open_button, Qt.MouseButton.LeftButton)
    dialog = driver.dialog(StandInDialog)  # not the absent chair's PIN
    assert dialog.chosen() == "gov3"  # a member present, from the chair's own side first
    _name_stand_in(driver, dialog, "gov3")
    # The vote that asked goes on, with the new stand-in's PIN.
    pin = driver.dialog(PinPrompt)
    assert _pin_members(pin) == ["gov3"] and pin.windowTitle() == "Stand-in's PIN"
    driver.enter_pin(PINS["gov3"])
    qtbot.waitUntil(lambda: driver.pane("gov3").unlock_button.isEnabled())
    assert driver.room.title.text().endswith("Open")
    assert bar.presiding_label.text() == f"Presiding: {_name(driver, 'gov3')} (stand-in for the chair)"
    assert [actor for _, actor, _ in _events(driver, "meeting.stand_in", "meeting.opened", "vote.opened")] == [
        "gov3+sec1",
        "gov3",
        "gov3",
    ]


def test_with_the_chair_present_their_pin_opens_the_vote_as_before(driver: Driver, qtbot) -> None:
    driver.create_meeting()
    bar = driver.room.chair_bar
    chair = _name(driver, "gov1")
    assert bar.presiding_label.text() == f"Presiding: {chair} (chair)"  # before any attendance: no alarm
    driver.set_attendance()
    driver.add_items(["REQ-2026-0002"])
    qtbot.mouseClick(bar.open_button, Qt.MouseButton.LeftButton)
    pin = driver.dialog(PinPrompt)
    assert pin.windowTitle() == "Chair's PIN" and _pin_members(pin) == ["gov1"]
    assert _prompt(pin).startswith(f"Presiding: {chair} (chair)\n")
    driver.chair_pin()
    qtbot.waitUntil(lambda: driver.pane("gov1").unlock_button.isEnabled())
    assert bar.presiding_label.text() == f"Presiding: {chair} (chair)"
    assert _events(driver, "meeting.stand_in") == []
