"""Procedure in the room: quorum after recusals, no-quorum items, the motion editor, closing a vote early."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from tripartite import store
from tripartite.ui.meeting_room.chair_dialogs import AttestationDialog, RecusalDialog
from tripartite.ui.meeting_room.motion_editor import MotionDialog
from tripartite.ui.meeting_room.room import MeetingRoom

from .conftest import Boxes, Driver, type_text


def test_a_no_quorum_item_cannot_be_voted_and_says_why(driver: Driver, qtbot, room_boxes: Boxes) -> None:
    driver.create_meeting()
    driver.set_attendance(absent=("uni2", "uni3"))
    driver.add_items(["REQ-2026-0002"])
    bar = driver.room.chair_bar
    assert bar.open_button.isEnabled()  # uni1 still sits for the unions

    # uni1 declares an interest: the unions are gone for this item.
    qtbot.mouseClick(bar.recusal_button, Qt.MouseButton.LeftButton)
    dialog = driver.dialog(RecusalDialog)
    dialog.member_combo.setCurrentIndex(dialog.member_combo.findData("uni1"))
    type_text(dialog.reason_edit, "Trabaja para la subcontrata del solicitante")
    QTest.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.current.stringList() == ["None"]  # nothing recorded before the chair's PIN
    driver.chair_pin()
    assert "Trabaja para la subcontrata" in dialog.current.stringList()[0]
    dialog.reject()
    driver.reactivate()

    assert not bar.open_button.isEnabled()
    assert bar.open_button.toolTip() == "No quorum: this item cannot be voted."
    assert "No quorum" in bar.quorum_label.text() and "Unions" in bar.quorum_label.text()
    assert all(not pane.unlock_button.isEnabled() for pane in driver.room.panes.values())
    assert bar.no_quorum_button.isVisible()
    qtbot.mouseClick(bar.no_quorum_button, Qt.MouseButton.LeftButton)
    assert room_boxes.questions and "quorum" in room_boxes.questions[-1]
    driver.chair_pin()
    assert driver.room.stack.currentIndex() == MeetingRoom.RESULTS
    assert driver.room.results.headline.text() == "Not decided: no quorum"
    assert "Unions" in driver.room.results.rule_label.text()
    assert "No quorum" in driver.room.agenda_model.index(0).data()
    db = store.connect(driver.page._db_path)
    try:
        assert db.execute("SELECT status FROM agenda_items").fetchone()[0] == "no_quorum"
        assert db["motions"].count == 0
        actors = dict(db.execute("SELECT action, actor FROM events WHERE action IN ('item.recusal', 'item.no_quorum')"))
        assert actors == {"item.recusal": "gov1", "item.no_quorum": "gov1"}  # the chair, who gave the PIN
    finally:
        db.close()


def test_the_motion_editor_starts_from_the_recommendation(driver: Driver, qtbot) -> None:
    driver.create_meeting(date="2026-12-04")
    driver.set_attendance()
    driver.add_items(["REQ-2026-0015"])  # 4 workers; approve with conditions (training, integration, housing)
    bar = driver.room.chair_bar
    assert bar.motion_label.text().startswith("Approve with conditions · 4 workers")
    qtbot.mouseClick(bar.motion_button, Qt.MouseButton.LeftButton)
    dialog: MotionDialog = driver.dialog(MotionDialog)
    assert dialog.outcome_combo.currentData() == "approve_with_conditions"
    assert dialog.workers_spin.value() == 4 and dialog.workers_spin.maximum() == 4
    kinds = [c["kind"] for c in dialog.draft().conditions]
    assert kinds == ["training", "integration_support", "housing_standard"]
    assert all(c["due"] == "2027-06-04" for c in dialog.draft().conditions)
    dialog.workers_spin.setValue(3)
    QTest.keyClick(dialog._rows[2].remove_button, Qt.Key.Key_Space)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("wage_floor"))
    QTest.keyClick(dialog.add_button, Qt.Key.Key_Space)
    QTest.keyClick(dialog.ok_button, Qt.Key.Key_Space)
    driver.reactivate()
    assert bar.motion_label.text().startswith("Approve with conditions · 3 workers")
    assert "Wage floor" in bar.motion_label.text()

    driver.open_vote()
    db = store.connect(driver.page._db_path)
    try:
        (motion,) = db.query("SELECT * FROM motions")
        assert (motion["outcome"], motion["workers"], motion["status"]) == ("approve_with_conditions", 3, "open")
        conditions = [(r["kind"], json.loads(r["params"]), r["due_on"]) for r in db.query(
            "SELECT * FROM conditions ORDER BY position")]  # fmt: skip
        assert [c[0] for c in conditions] == ["training", "integration_support", "wage_floor"]
        assert {c[2] for c in conditions} == {"2027-06-04"}
        assert conditions[0][1] == {"locals": 2} and conditions[0][2] == "2027-06-04"
        assert db.execute("SELECT status FROM meetings").fetchone()[0] == "open"  # the first vote opened it
    finally:
        db.close()


def test_attestations_feed_the_gates(driver: Driver, qtbot) -> None:
    driver.create_meeting()
    driver.set_attendance()
    driver.add_items(["REQ-2026-0002"])
    assert "G6&nbsp;–" in driver.room.dossier.gates.text()
    qtbot.mouseClick(driver.room.chair_bar.attest_button, Qt.MouseButton.LeftButton)
    dialog = driver.dialog(AttestationDialog)
    dialog.combos["G6"].setCurrentIndex(1)
    dialog.combos["G7"].setCurrentIndex(2)
    dialog.accept()
    assert "G6&nbsp;–" in driver.room.dossier.gates.text()  # nothing recorded before the chair's PIN
    driver.chair_pin()
    gates = driver.room.dossier.gates.text()
    assert "G6&nbsp;✓" in gates and "G7&nbsp;✗" in gates
    assert driver.room.chair_bar.motion_label.text().startswith("Reject")  # G7 refused: reject
    db = store.connect(driver.page._db_path)
    try:
        assert {r[0] for r in db.execute("SELECT actor FROM events WHERE action = 'item.attested'")} == {"gov1"}
    finally:
        db.close()


def test_closing_a_vote_early_names_who_has_not_voted(driver: Driver, qtbot, room_boxes: Boxes) -> None:
    driver.create_meeting()
    driver.set_attendance()
    driver.add_items(["REQ-2026-0002"])
    driver.open_vote()
    for member in ("gov1", "emp1", "uni1"):
        driver.vote(member, "for")
        driver.pass_laptop()
    bar = driver.room.chair_bar
    assert bar.reveal_button.text().replace("&", "") == "Close vote and reveal…"
    room_boxes.answer = False
    qtbot.mouseClick(bar.reveal_button, Qt.MouseButton.LeftButton)
    question = room_boxes.questions[-1]
    assert "Begoña Etxeberria Aranguren" in question and "Andrés Muñoz Beltrán" in question
    assert "José Antonio" not in question  # emp1 voted
    assert not [d for d in driver.window.findChildren(QDialog) if d.isVisible()]  # no PIN asked: nothing happens
    room_boxes.answer = True
    driver.reveal()
    assert driver.room.results.headline.text().startswith("Adopted")  # 3 blocks for, 1 vote each
