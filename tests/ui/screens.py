"""A walk through the app's screens after the sample meeting is recorded, for tests that read every screen.

:func:`walk` yields a name for each place as it stands there: the register on each decided request's
dossier, the meetings list, the meeting room on each item with its results, the minutes dialog and each
tab of the board settings. :func:`visible_texts` is what a person or a screen reader gets at that moment.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QTabWidget

from tripartite import store
from tripartite.authority import operator
from tripartite.board import read_board
from tripartite.meetings import recording
from tripartite.sample import DEMO_PINS
from tripartite.ui.mainwindow import PAGE_BOARD, PAGE_MEETINGS, MainWindow
from tripartite.ui.minutes.minutes_dialog import MinutesDialog

from .conftest import REPO
from .meeting_room.conftest import widget_texts

# What a model shows a person or a screen reader (not the data it keeps for the program, like user roles).
_SHOWN = (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.WhatsThisRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.AccessibleDescriptionRole,
)  # fmt: skip


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent if parent is not None else QModelIndex()
    flat = isinstance(model, QAbstractListModel)
    tree = not flat and not isinstance(model, QAbstractTableModel)
    columns = 1 if flat else model.columnCount(parent)
    out: list[str] = []
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent) if not flat else model.index(row, 0)
            out += [v for role in _SHOWN if isinstance(v := model.data(index, role), str) and v]
            if tree and model.hasChildren(index):
                out += _model_texts(model, index)
    for section in range(columns):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(section, Qt.Orientation.Horizontal, role)
            if isinstance(value, str) and value:
                out.append(value)
    return out


def visible_texts(window: MainWindow) -> list[str]:
    """Every text the app shows a person or a screen reader now: widgets' texts, tooltips and accessible names,
    the window title and status bar, and what each model shows in its views and combo boxes."""
    texts, models = widget_texts()
    out = [window.windowTitle(), window.statusBar().currentMessage(), *texts]
    for model in models:
        out += _model_texts(model)
    return out


def record_sample_meeting(path: Path) -> tuple[int, set[str], list[int]]:
    """Record the sample meeting; returns its id, the board's member ids and the requests on its agenda."""
    db = store.open_db(path)
    try:
        recorded = recording.record_meeting(db, REPO / "data" / "sample" / "meeting.toml", auth=operator(db))
        meeting_id = int(recorded["meeting_id"])
        config = read_board(db)
        assert config is not None
        requests = [r[0] for r in db.execute(
            "SELECT request_id FROM agenda_items WHERE meeting_id = ? ORDER BY position", [meeting_id])]  # fmt: skip
        return meeting_id, {m.id for m in config.members}, requests
    finally:
        db.close()


def walk(window: MainWindow, meeting_id: int, requests: list[int], qtbot, enter_pin: Callable) -> Iterator[str]:
    """Stand on each main screen in turn, yielding its name (the caller reads the screen before going on)."""
    for request_id in requests:
        assert window.register.select_request(request_id)
        yield f"register, request {request_id}"

    window.show_page(PAGE_MEETINGS)
    page = window.meetings_page
    assert page is not None
    yield "meetings list"
    room = page.open_meeting(meeting_id)
    for row in room.agenda_model.rows():
        room.select_item(row.item_id)
        qtbot.waitUntil(lambda r=row: room.current_item() == r.item_id)
        yield f"meeting room, item {row.position}"

    room.chair_bar.export_button.click()
    dialog = page.findChild(MinutesDialog)
    assert dialog is not None
    enter_pin(DEMO_PINS["sec1"], "sec1")  # building the minutes is the secretary's
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=15_000)
    yield "minutes dialog"
    dialog.close()

    window.show_page(PAGE_BOARD)
    board = window.board_view
    assert board is not None
    tabs = board.findChild(QTabWidget, "boardTabs")
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        yield f"board settings, {tabs.tabText(index)}"
