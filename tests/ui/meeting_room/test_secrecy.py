"""Secrecy before the reveal (DESIGN §4.3, issue 5 point 7): nothing of another member's ballot anywhere."""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from .conftest import Driver, every_string, type_text, vote_word_counts

SECRET = "A-secret-7f3c"
B_TEXT = "B-draft-91d2 ñandú"


def _walk_has_no(driver: Driver, *needles: str) -> list[str]:
    strings = every_string(driver.window)
    for needle in needles:
        hits = [s for s in strings if needle in s]
        assert not hits, f"{needle!r} visible in {hits}"
    return strings


def test_nothing_of_a_cast_ballot_shows_while_the_next_member_votes(driver: Driver, qtbot, caplog, capfd) -> None:
    caplog.set_level(logging.DEBUG)
    driver.create_meeting()
    driver.set_attendance()
    driver.add_items(["REQ-2026-0002"])
    driver.open_vote()

    # Reference states before A votes: B unlocked, then everything locked.
    b_pane = driver.unlock("uni1")
    before_unlocked = vote_word_counts(every_string(driver.window))
    QTest.keyClick(b_pane.ballot.lock_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not b_pane.is_unlocked())
    before_locked = vote_word_counts(every_string(driver.window))

    # A abstains with a unique explanation and scores that depart from the data (with their own comment).
    driver.vote("gov2", "abstain", SECRET, {"P1": 0}, {"P1": SECRET + "-score"})
    driver.pass_laptop()

    # B unlocks: walk everything.
    b_pane = driver.unlock("uni1")
    after = _walk_has_no(driver, SECRET, "gov2 abst", "Javier Martín Góngora: abst")
    assert vote_word_counts(after) == before_unlocked  # A's vote appears nowhere, not even as a word
    ballot = b_pane.ballot
    assert ballot is not None and ballot.chosen_vote() is None and ballot.explanation() == ""

    # B types, copies to the clipboard, then the pane locks: fields, undo history and clipboard are wiped.
    comment_edit: QPlainTextEdit = ballot.comment_edit
    comment_edit.setFocus()
    type_text(comment_edit, B_TEXT)
    QTest.keyClick(comment_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(comment_edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == B_TEXT
    assert comment_edit.document().isUndoAvailable()
    QTest.keyClick(ballot.lock_button, Qt.Key.Key_Space)
    assert not b_pane.is_unlocked()
    if shiboken6.isValid(comment_edit):  # wiped at once, destroyed at the next turn of the event loop
        assert comment_edit.toPlainText() == ""
        assert not comment_edit.document().isUndoAvailable() and not comment_edit.document().isRedoAvailable()
    assert QApplication.clipboard().text() == ""
    qtbot.waitUntil(lambda: not driver.room.findChildren(QWidget, "commentEdit"))
    assert not driver.room.findChildren(QWidget, "scoreGrid")
    locked = _walk_has_no(driver, SECRET, B_TEXT, "B-draft")
    assert vote_word_counts(locked) == before_locked

    # Nothing in the logs or on the console either.
    out, err = capfd.readouterr()
    assert SECRET not in caplog.text and SECRET not in out and SECRET not in err


def test_a_pane_locks_when_another_unlocks(driver: Driver, qtbot) -> None:
    driver.create_meeting()
    driver.set_attendance()
    driver.add_items(["REQ-2026-0002"])
    driver.open_vote()
    employers = driver.unlock("emp2")
    employers.ballot.comment_edit.setFocus()
    type_text(employers.ballot.comment_edit, "half-written")
    unions = driver.unlock("uni2")
    assert unions.is_unlocked() and not employers.is_unlocked()
    qtbot.waitUntil(lambda: len(driver.room.findChildren(QWidget, "commentEdit")) == 1)
    assert "half-written" not in "\n".join(every_string(driver.window))


def test_an_idle_pane_locks_itself(driver: Driver, qtbot, monkeypatch) -> None:
    from tripartite.ui.meeting_room.pane import ConstituencyPane

    monkeypatch.setattr(ConstituencyPane, "TICK_MS", 3_600_000)  # only the ticks the test gives count
    driver.create_meeting()
    driver.set_attendance()
    driver.add_items(["REQ-2026-0002"])
    driver.open_vote()
    pane = driver.unlock("gov3")
    type_text(pane.ballot.comment_edit, "idle words")
    for _ in range(ConstituencyPane.IDLE_SECONDS):
        pane._on_idle_timeout()  # one idle second
    assert not pane.is_unlocked()
    qtbot.waitUntil(lambda: not driver.room.findChildren(QWidget, "privateBallot"))
    assert "idle words" not in "\n".join(every_string(driver.window))
    assert pane.unlock_button.isEnabled()  # gov3 did not vote: the pane can open again
