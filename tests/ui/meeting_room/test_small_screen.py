"""The meeting on a board's 1024×700 laptop: everything in the window, the agenda never collapsed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize
from PySide6.QtWidgets import QMainWindow, QWidget

from tripartite.ui.mainwindow import PAGE_REQUESTS

from .conftest import Driver

LAPTOP = QSize(1024, 700)


def _fits(size: QSize) -> bool:
    return size.width() <= LAPTOP.width() and size.height() <= LAPTOP.height()


def _settle() -> None:
    """Run the layout passes Qt has queued (nested layouts need a few), as the event loop would."""
    for _ in range(4):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def _inside(widget: QWidget, window: QMainWindow) -> bool:
    """Shown, and wholly inside the window (not cut off at its right or bottom edge)."""
    return widget.isVisible() and window.rect().contains(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))


def test_the_whole_meeting_fits_a_1024_by_700_laptop(app_driver: Driver, qtbot) -> None:
    window = app_driver.window
    window.show_page(PAGE_REQUESTS)
    assert _fits(window.minimumSizeHint())
    window.show_page(1)
    room = app_driver.create_meeting()
    app_driver.set_attendance()
    app_driver.add_items(["REQ-2026-0015", "REQ-2026-0001"])
    bar = room.chair_bar
    _settle()
    assert _inside(bar.open_button, window)
    assert _fits(window.minimumSizeHint()) and _fits(room.minimumSizeHint())

    app_driver.open_vote()
    _settle()
    assert all(_inside(p.unlock_button, window) for p in room.panes.values())

    pane = app_driver.unlock("emp2")
    ballot = pane.ballot
    assert ballot is not None
    _settle()
    assert _fits(window.minimumSizeHint()) and _fits(room.minimumSizeHint())
    assert window.size() == LAPTOP  # the window did not grow past the screen to make room
    for widget in (*room.panes.values(), ballot.cast_button, ballot.vote_for, ballot.vote_abstain, ballot.comment_edit,
                   bar.reveal_button, room.agenda_list, room.dossier):  # fmt: skip
        assert _inside(widget, window), widget.objectName()
    for other in (p for p in room.panes.values() if p is not pane):
        assert _inside(other.unlock_button, window)  # the others can still be unlocked (it locks this one)
    # The agenda keeps its column while the unlocked pane takes the room it needs.
    assert room.agenda_list.width() >= room.agenda_list.minimumWidth() > 100


def test_results_on_the_laptop_read_in_one_column_with_nothing_cut(app_driver: Driver, qtbot) -> None:
    window = app_driver.window
    app_driver.create_meeting()
    app_driver.set_attendance()
    app_driver.add_items(["REQ-2026-0001"])
    app_driver.open_vote()
    for member in ("gov1", "gov2", "gov3", "emp1", "emp2", "emp3", "uni1", "uni2", "uni3"):
        app_driver.vote(member, "for", "Conforme con el informe técnico y las condiciones propuestas." * 2)
        app_driver.pass_laptop()
    app_driver.reveal()
    results = app_driver.room.results
    _settle()
    # Side by side, the tallies scrolled sideways, an explanation wrapped a word to a line and the chart lost
    # its family names; in one column each part has the page's width and the page scrolls instead.
    assert results.is_stacked()
    for table in (results.tally_view, results.ballot_view):
        assert not table.horizontalScrollBar().isVisible(), table.objectName()
        assert not table.verticalScrollBar().isVisible(), table.objectName()
    assert results.ballot_view.horizontalHeader().sectionSize(3) > 200  # the explanation column
    assert results.findChild(QWidget, "resultsChart").width() > 600
    window.resize(1600, 900)
    _settle()
    assert not results.is_stacked()
