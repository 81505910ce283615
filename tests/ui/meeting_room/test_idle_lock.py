"""The idle lock warns first: its last 15 seconds are counted down, and activity in the pane restarts the minute.

The idle timer's ticks are given by the tests (its interval is stretched to an hour), never waited for.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tripartite.ui.meeting_room.pane import ConstituencyPane
from tripartite.ui.meeting_room.private_ballot import PrivateBallot

from .conftest import Driver, type_text

DRAFT = "Borrador a medias"


@pytest.fixture
def idle_pane(driver: Driver, monkeypatch: pytest.MonkeyPatch) -> ConstituencyPane:
    """gov3's pane, unlocked with a half-written explanation, whose idle seconds pass only when a test says so."""
    monkeypatch.setattr(ConstituencyPane, "TICK_MS", 3_600_000)
    driver.create_meeting()
    driver.set_attendance()
    driver.add_items(["REQ-2026-0002"])
    driver.open_vote()
    pane = driver.unlock("gov3")
    pane.ballot.comment_edit.setFocus()
    type_text(pane.ballot.comment_edit, DRAFT)
    return pane


def _settle() -> None:
    for _ in range(4):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def _idle(pane: ConstituencyPane, seconds: int) -> None:
    for _ in range(seconds):
        pane._on_idle_timeout()


def test_the_last_15_seconds_are_counted_down_then_the_pane_locks(idle_pane: ConstituencyPane) -> None:
    ballot = idle_pane.ballot
    assert isinstance(ballot, PrivateBallot)
    warning = ballot.idle_warning
    _idle(idle_pane, 44)
    assert not warning.isVisible()  # 16 s left: no countdown yet
    _settle()
    geometry = {w: w.geometry() for w in (ballot.cast_button, ballot.lock_button, ballot.comment_edit)}
    _idle(idle_pane, 1)
    assert warning.isVisible() and warning.text() == "Locking in 15 s — touch any key to keep working"
    _idle(idle_pane, 3)
    assert warning.text() == "Locking in 12 s — touch any key to keep working"
    _settle()
    assert {w: w.geometry() for w in geometry} == geometry  # the countdown appears without moving Cast
    assert ballot.explanation() == DRAFT  # still there while the countdown runs
    _idle(idle_pane, 11)
    assert warning.text() == "Locking in 1 s — touch any key to keep working"
    assert idle_pane.is_unlocked()
    _idle(idle_pane, 1)
    assert not idle_pane.is_unlocked()


def _key(ballot: PrivateBallot) -> None:
    QTest.keyClick(ballot.comment_edit, Qt.Key.Key_Shift)


def _click(ballot: PrivateBallot) -> None:
    QTest.mouseClick(ballot.vote_title, Qt.MouseButton.LeftButton)


def _wheel(ballot: PrivateBallot) -> None:
    grid = ballot.score_grid
    event = QWheelEvent(QPointF(5, 5), QPointF(grid.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)  # fmt: skip
    QApplication.sendEvent(grid, event)


def _focus(ballot: PrivateBallot) -> None:
    ballot.vote_against.setFocus(Qt.FocusReason.TabFocusReason)


@pytest.mark.parametrize("activity", [_key, _click, _wheel, _focus], ids=["key", "click", "wheel", "focus"])
def test_any_activity_in_the_pane_restarts_the_minute(
    idle_pane: ConstituencyPane, qtbot, activity: Callable[[PrivateBallot], None]
) -> None:
    ballot = idle_pane.ballot
    assert isinstance(ballot, PrivateBallot)
    _idle(idle_pane, 50)
    assert ballot.idle_warning.text().startswith("Locking in 10 s")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ballot.comment_edit)
    activity(ballot)
    assert not ballot.idle_warning.isVisible()
    assert idle_pane.idle_seconds_left() == ConstituencyPane.IDLE_SECONDS
    _idle(idle_pane, 44)
    assert not ballot.idle_warning.isVisible()  # a whole minute again, not what was left
    _idle(idle_pane, 15)
    assert idle_pane.is_unlocked() and ballot.explanation() == DRAFT
