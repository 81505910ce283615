"""Questions before what cannot be taken back: quitting during a vote, and a vote on unassessed gates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tripartite import store
from tripartite.ui.dialogs.pin_prompt import PinPrompt
from tripartite.ui.meeting_room.chair_dialogs import AttestationDialog

from .conftest import Boxes, Driver, type_text


def _motions(driver: Driver) -> int:
    db = store.connect(driver.page._db_path)
    try:
        return int(db["motions"].count)
    finally:
        db.close()


def test_quitting_during_an_open_vote_asks_first(app_driver: Driver, boxes) -> None:
    window = app_driver.window
    app_driver.create_meeting()
    app_driver.set_attendance()
    app_driver.add_items(["REQ-2026-0002"])
    assert not window.vote_in_progress()
    app_driver.open_vote()
    pane = app_driver.unlock("uni2")
    type_text(pane.ballot.comment_edit, "a ballot being written")

    boxes.answer = False  # "No": stay
    asked = len(boxes)  # the room asked to open the vote on unassessed gates
    window.quit_action.trigger()  # File › Quit
    window.close()  # the window's close button
    questions = [text for kind, text in boxes[asked:] if kind == "question"]
    assert len(questions) == 2 and all(q.startswith("A vote is open.") and "Quit anyway?" in q for q in questions)
    assert window.isVisible() and pane.is_unlocked()  # nothing lost by asking
    assert pane.ballot.explanation() == "a ballot being written"

    boxes.answer = True
    window.close()
    assert not window.isVisible()
    assert not pane.is_unlocked()  # the ballot being written is wiped, not left behind


def test_a_window_without_an_open_vote_closes_without_asking(open_window, sample_file, boxes) -> None:
    window = open_window(sample_file)
    window.close()
    assert not window.isVisible()
    assert [kind for kind, _ in boxes] == []


def test_a_vote_on_unassessed_gates_opens_only_after_a_warning(driver: Driver, room_boxes: Boxes, qtbot) -> None:
    driver.create_meeting()
    driver.set_attendance()
    driver.add_items(["REQ-2026-0002"])  # G6 and G7 not answered yet
    bar = driver.room.chair_bar
    room_boxes.answer = False
    qtbot.mouseClick(bar.open_button, Qt.MouseButton.LeftButton)
    assert room_boxes.questions[-1].startswith(
        "The genuineness and equal-treatment gates are not assessed for this item. Open the vote anyway?"
    )
    assert not [d for d in driver.window.findChildren(QDialog) if d.isVisible()]  # no PIN asked
    assert _motions(driver) == 0

    qtbot.mouseClick(bar.attest_button, Qt.MouseButton.LeftButton)
    dialog = driver.dialog(AttestationDialog)
    dialog.combos["G6"].setCurrentIndex(1)  # yes
    dialog.accept()
    driver.chair_pin()
    asked = len(room_boxes.questions)
    qtbot.mouseClick(bar.open_button, Qt.MouseButton.LeftButton)
    assert room_boxes.questions[-1].startswith("The gate G7 (Equal treatment and social security) is not assessed")
    assert _motions(driver) == 0 and len(room_boxes.questions) == asked + 1

    room_boxes.answer = True  # the chair opens it anyway, knowingly
    qtbot.mouseClick(bar.open_button, Qt.MouseButton.LeftButton)
    driver.chair_pin()
    qtbot.waitUntil(lambda: driver.pane("uni1").unlock_button.isEnabled())
    assert _motions(driver) == 1


def test_a_vote_on_assessed_gates_asks_nothing(driver: Driver, room_boxes: Boxes, qtbot) -> None:
    driver.create_meeting()
    driver.set_attendance()
    driver.add_items(["REQ-2026-0002"])
    qtbot.mouseClick(driver.room.chair_bar.attest_button, Qt.MouseButton.LeftButton)
    dialog = driver.dialog(AttestationDialog)
    dialog.combos["G6"].setCurrentIndex(1)
    dialog.combos["G7"].setCurrentIndex(1)
    dialog.accept()
    driver.chair_pin()
    asked = len(room_boxes.questions)
    qtbot.mouseClick(driver.room.chair_bar.open_button, Qt.MouseButton.LeftButton)
    assert driver.dialog(PinPrompt).windowTitle() == "Chair's PIN"
    assert len(room_boxes.questions) == asked
