"""The voting flow with the keyboard alone: focus order, mnemonics, accessible names."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from tripartite.ui.dialogs.pin_prompt import PinPrompt
from tripartite.ui.meeting_room.room import MeetingRoom

from .conftest import PINS, Driver


def _controls(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def _mnemonics(root: QWidget) -> list[str]:
    keys = []
    for widget in root.findChildren(QWidget):
        if widget.isVisible() and isinstance(widget, QAbstractButton | QLabel):
            match = re.search(r"&([^&\s])", widget.text())
            if match and (not isinstance(widget, QLabel) or widget.buddy() is not None):
                keys.append(match.group(1).lower())
    return keys


def _voting(driver: Driver) -> MeetingRoom:
    driver.create_meeting()
    driver.set_attendance()
    driver.add_items(["REQ-2026-0002", "REQ-2026-0001"])
    driver.open_vote()
    return driver.room


def test_tab_goes_from_the_agenda_to_the_chairs_bar_to_the_panes(driver: Driver, qtbot) -> None:
    room = _voting(driver)
    room.agenda_list.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is room.agenda_list)
    seen = []
    for _ in range(40):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is room.agenda_list:
            break
        seen.append(widget)
    in_bar = [i for i, w in enumerate(seen) if room.chair_bar.isAncestorOf(w)]
    in_panes = [i for i, w in enumerate(seen) if any(p.isAncestorOf(w) for p in room.panes.values())]
    assert in_bar and in_panes and in_bar[0] == 0
    assert max(in_bar) < min(in_panes)
    unlocks = [w.objectName() for w in seen if w.objectName() == "unlockButton"]
    assert len(unlocks) == 3


def test_every_control_has_an_accessible_name_and_mnemonics_are_unique(driver: Driver, qtbot) -> None:
    room = _voting(driver)
    unnamed = [f"{type(w).__name__}:{w.objectName()}" for w in _controls(room) if not w.accessibleName()]
    assert not unnamed
    keys = _mnemonics(driver.window)
    assert len(keys) == len(set(keys)), " ".join(sorted(keys))
    pane = driver.unlock("emp1")
    unnamed = [f"{type(w).__name__}:{w.objectName()}" for w in _controls(pane) if not w.accessibleName()]
    assert not unnamed
    keys = _mnemonics(driver.window)
    assert len(keys) == len(set(keys)), " ".join(sorted(keys))
    for name in ("scoreGrid", "voteFor", "voteAgainst", "voteAbstain", "commentEdit", "castButton"):
        assert pane.findChild(QWidget, name) is not None, name


def test_a_member_votes_without_a_mouse(driver: Driver, qtbot) -> None:
    room = _voting(driver)
    pane = room.panes[next(iter(room.panes))]  # government
    pane.unlock_button.setFocus()
    QTest.keyClick(pane.unlock_button, Qt.Key.Key_Space)
    dialog = driver.dialog(PinPrompt)
    dialog.member_combo.setCurrentIndex(dialog.member_combo.findData("gov2"))
    QTest.keyClicks(dialog.pin_edit, PINS["gov2"])
    QTest.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    driver.reactivate()
    qtbot.waitUntil(pane.is_unlocked)
    ballot = pane.ballot
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ballot.vote_for)
    QTest.keyClick(ballot.vote_for, Qt.Key.Key_Right)  # the three choices are one group: arrows move
    assert QApplication.focusWidget() is ballot.vote_against
    QTest.keyClick(ballot.vote_against, Qt.Key.Key_Space)
    assert ballot.vote_against.isChecked() and not ballot.vote_for.isChecked()
    QTest.keyClick(ballot.vote_against, Qt.Key.Key_Tab)  # Tab leaves the group for the explanation
    assert QApplication.focusWidget() is ballot.comment_edit
    QTest.keyClicks(ballot.comment_edit, "Keyboard only")
    QTest.keyClick(ballot.comment_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not pane.is_unlocked())
    assert room.stack.currentIndex() == MeetingRoom.HANDOVER
    assert room.handover.message.text() == "Ballot cast. Pass the laptop to the next member."
    qtbot.waitUntil(lambda: QApplication.focusWidget() is room.handover.continue_button)
    QTest.keyClick(room.handover.continue_button, Qt.Key.Key_Return)
    assert room.stack.currentIndex() == MeetingRoom.PANES
    assert ("gov2", "Javier Martín Góngora", True) in pane.model.members()


def test_the_name_chosen_in_a_pane_is_the_one_the_pin_dialog_asks_for(driver: Driver, qtbot) -> None:
    _voting(driver)
    pane = driver.pane("uni1")
    row = [m for m, _, _ in pane.model.members()].index("uni2")
    rect = pane.member_list.visualRect(pane.model.index(row))
    QTest.mouseClick(pane.member_list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     rect.center())  # fmt: skip
    qtbot.mouseClick(pane.unlock_button, Qt.MouseButton.LeftButton)  # the list loses the focus to the button
    assert driver.dialog(PinPrompt).member_id() == "uni2"
