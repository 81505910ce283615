"""Nothing a person reads in the app names a design section, a member id or a code spelled in snake_case.

After the sample meeting is recorded, every main screen is walked through its widget tree (texts, tooltips,
accessible names, every role of every model shown): the register and each decided request's dossier, the
meetings list, the meeting room on each item with its results, the minutes dialog and the board settings.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QTabWidget, QWidget

from tripartite import store
from tripartite.authority import operator
from tripartite.board import read_board
from tripartite.meetings import recording
from tripartite.sample import DEMO_PINS
from tripartite.ui.mainwindow import PAGE_BOARD, PAGE_MEETINGS, MainWindow
from tripartite.ui.minutes.minutes_dialog import MinutesDialog

from ..reports.test_minutes_wording import internal_words
from .conftest import REPO
from .meeting_room.conftest import _TEXT_GETTERS

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
    out = [window.windowTitle(), window.statusBar().currentMessage()]
    widgets: list[QWidget] = []
    for top in QApplication.topLevelWidgets():
        widgets += [top, *top.findChildren(QWidget)]
    models = set()
    for widget in widgets:
        for getter in _TEXT_GETTERS:
            method = getattr(widget, getter, None)
            if callable(method):
                try:
                    value = method()
                except TypeError:
                    continue
                if isinstance(value, str) and value:
                    out.append(value)
        if isinstance(widget, QAbstractItemView | QComboBox) and widget.model() is not None:
            models.add(widget.model())
    for model in models:
        out += _model_texts(model)
    return out


def _record(path: Path) -> tuple[int, set[str], list[int]]:
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


def _problems(window: MainWindow, where: str, member_ids: set[str]) -> list[str]:
    strings = visible_texts(window)
    text = "\n".join(strings)
    words = internal_words(text, member_ids)
    return [f"{where}: {word}" for word in words]


def test_no_screen_shows_design_references_member_ids_or_codes(
    open_window, sample_file: Path, qtbot, enter_pin
) -> None:
    meeting_id, member_ids, requests = _record(sample_file)
    window: MainWindow = open_window(sample_file)
    found: list[str] = []
    for request_id in requests:
        assert window.register.select_request(request_id)
        found += _problems(window, f"register, request {request_id}", member_ids)

    window.show_page(PAGE_MEETINGS)
    page = window.meetings_page
    assert page is not None
    found += _problems(window, "meetings list", member_ids)
    room = page.open_meeting(meeting_id)
    for row in room.agenda_model.rows():
        room.select_item(row.item_id)
        qtbot.waitUntil(lambda r=row: room.current_item() == r.item_id)
        found += _problems(window, f"meeting room, item {row.position}", member_ids)

    room.chair_bar.export_button.click()
    dialog = page.findChild(MinutesDialog)
    assert dialog is not None
    enter_pin(DEMO_PINS["sec1"], "sec1")  # building the minutes is the secretary's
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=15_000)
    found += _problems(window, "minutes dialog", member_ids)
    dialog.close()

    window.show_page(PAGE_BOARD)
    board = window.board_view
    assert board is not None
    tabs = board.findChild(QTabWidget, "boardTabs")
    # Board settings is where members are kept, so its member list shows each member's id (the key that
    # meeting files and `tripartite keys trust` use); it must show no design reference or code either.
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        found += _problems(window, f"board settings, {tabs.tabText(index)}", set())
    assert found == []


def test_the_walk_would_see_an_id_or_a_code(open_window, sample_file: Path) -> None:
    window: MainWindow = open_window(sample_file)
    window.statusBar().showMessage("Saved gov1 under half_and_each_group (DESIGN §4).")
    assert _problems(window, "status", {"gov1"}) == [
        "status: §", "status: DESIGN", "status: gov1", "status: half_and_each_group"
    ]  # fmt: skip
    assert re.search("half_and_each_group", window.statusBar().currentMessage())
