"""The PIN dialog: masked digits, wrong PINs counted, a lockout that says for how long."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from tripartite.ui.dialogs.pin_prompt import PinPrompt

from .conftest import PINS, Driver


def _open_unions_pin(driver: Driver) -> PinPrompt:
    driver.create_meeting()
    driver.set_attendance()
    driver.add_items(["REQ-2026-0002"])
    driver.open_vote()
    pane = driver.pane("uni1")
    QTest.keyClick(pane.unlock_button, Qt.Key.Key_Space)
    return driver.dialog(PinPrompt)


def test_five_wrong_pins_lock_the_member_out_and_say_for_how_long(driver: Driver, qtbot) -> None:
    dialog = _open_unions_pin(driver)
    assert dialog.pin_edit.objectName() == "pinEdit"
    assert dialog.pin_edit.echoMode() == QLineEdit.EchoMode.Password
    QTest.keyClicks(dialog.pin_edit, "12ab34")  # digits only
    assert dialog.pin_edit.text() == "1234"
    dialog.pin_edit.clear()
    messages = []
    for _ in range(5):
        QTest.keyClicks(dialog.pin_edit, "0000")
        QTest.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
        assert dialog.pin_edit.text() == ""  # emptied after every try
        messages.append(dialog.message.text())
    assert messages[:4] == ["Wrong PIN: 4 tries left", "Wrong PIN: 3 tries left", "Wrong PIN: 2 tries left",
                            "Wrong PIN: 1 try left"]  # fmt: skip
    assert messages[4].startswith("Locked out for 30 s")
    assert not dialog.pin_edit.isEnabled() and not dialog.ok_button.isEnabled()
    # Even the right PIN is refused during the lockout, and the dialog stays.
    dialog._on_countdown()  # one second passes
    assert dialog.message.text().startswith("Locked out for 29 s")
    assert dialog.isVisible() and not driver.pane("uni1").is_unlocked()


def test_enter_in_the_pin_field_unlocks(driver: Driver, qtbot) -> None:
    dialog = _open_unions_pin(driver)
    dialog.member_combo.setCurrentIndex(dialog.member_combo.findData("uni2"))
    QTest.keyClicks(dialog.pin_edit, PINS["uni2"])
    QTest.keyClick(dialog.pin_edit, Qt.Key.Key_Enter)
    pane = driver.pane("uni2")
    qtbot.waitUntil(pane.is_unlocked)
    assert pane.unlocked_member() == "uni2"
    assert pane.ballot.findChild(QLineEdit, "pinEdit") is None


def test_a_member_cannot_unlock_with_another_members_pin(driver: Driver) -> None:
    dialog = _open_unions_pin(driver)
    dialog.member_combo.setCurrentIndex(dialog.member_combo.findData("uni1"))
    QTest.keyClicks(dialog.pin_edit, PINS["uni2"])
    QTest.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert dialog.message.text() == "Wrong PIN: 4 tries left"
    assert not driver.pane("uni1").is_unlocked()


def _settle() -> None:
    for _ in range(4):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def _fits(label) -> bool:
    """Every line of the label's text is shown (nothing cut off at its bottom).

    Measured at the label's real width: a wrapped QLabel's sizeHint is a width-free guess (two lines even for
    "Wrong PIN: 4 tries left"), so it says nothing about what is cut off.
    """
    return label.heightForWidth(label.width()) <= label.height()


def test_the_pin_dialog_keeps_still_for_a_wrong_pin_and_grows_for_a_long_message(driver: Driver) -> None:
    dialog = _open_unions_pin(driver)
    driver.qtbot.waitExposed(dialog)
    _settle()
    before = (dialog.geometry(), dialog.pin_edit.geometry(), dialog.ok_button.geometry())
    QTest.keyClicks(dialog.pin_edit, "0000")
    QTest.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert dialog.message.text() == "Wrong PIN: 4 tries left"
    _settle()
    assert (dialog.geometry(), dialog.pin_edit.geometry(), dialog.ok_button.geometry()) == before
    assert _fits(dialog.message)
    for _ in range(4):
        QTest.keyClicks(dialog.pin_edit, "0000")
        QTest.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert dialog.message.text() == "Locked out for 30 s after too many wrong PINs."
    _settle()
    assert _fits(dialog.message)
    dialog.show_message("This member has no PIN yet. The secretary sets one in the board settings. " * 3)
    _settle()
    assert _fits(dialog.message)  # a long message wraps and the dialog grows to show all of it
    assert dialog.width() >= before[0].width()  # grown, never shrunk
