"""Fixtures of the meeting-room tests: one pristine sample database with demo PINs per session, copied per
test; a host window like the shell's; boxes recorded instead of shown; and a driver that works the room
through its widgets only (clicks, keys, dialogs), never through the core."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QAbstractItemModel, QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from tests.helpers import VOTERS
from tripartite import sample, store
from tripartite.models import Constituency
from tripartite.ui.dialogs.pin_prompt import PinPrompt
from tripartite.ui.mainwindow import PAGE_MEETINGS, MainWindow
from tripartite.ui.meeting_room import MeetingsPage
from tripartite.ui.meeting_room.add_items import AddItemsDialog
from tripartite.ui.meeting_room.attendance import AttendanceDialog, AttendanceModel
from tripartite.ui.meeting_room.page import NewMeetingDialog
from tripartite.ui.meeting_room.pane import ConstituencyPane
from tripartite.ui.meeting_room.room import MeetingRoom
from tripartite.ui.settings import Settings

if TYPE_CHECKING:
    from tests.ui.conftest import Shown

PINS = sample.DEMO_PINS
GROUP = {m: Constituency.GOVERNMENT if m.startswith("gov") else Constituency.EMPLOYER if m.startswith("emp")
         else Constituency.UNION for m in [*VOTERS, "emp4"]}  # fmt: skip


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("meeting-template") / "demo.db"
    db = store.open_db(path)
    try:
        sample.load_sample(db, demo_pins=True)  # scrypt for 11 PINs: about 0.5 s, once per session
    finally:
        db.close()
    return path


@pytest.fixture
def demo_file(tmp_path: Path, _demo_template: Path) -> Path:
    """The sample board with demo PINs and its 48 requests (a fresh copy per test)."""
    path = tmp_path / "demo.db"
    shutil.copyfile(_demo_template, path)
    return path


class Boxes:
    """The room's view of the boxes shown (the autouse ``boxes`` fixture of tests/ui records them all)."""

    def __init__(self, shown: Shown):
        self._shown = shown

    def _texts(self, kind: str) -> list[str]:
        return [text for k, text in self._shown if k == kind]

    @property
    def warnings(self) -> list[str]:
        """The room's warnings (``boxes.warn``)."""
        return self._texts("warning")

    @property
    def infos(self) -> list[str]:
        """The information boxes."""
        return self._texts("info")

    @property
    def questions(self) -> list[str]:
        """The questions asked (``boxes.confirm``)."""
        return self._texts("question")

    @property
    def answer(self) -> bool:
        """What a question box answers."""
        return self._shown.answer

    @answer.setter
    def answer(self, value: bool) -> None:
        self._shown.answer = value


@pytest.fixture
def room_boxes(boxes: Shown) -> Boxes:
    """The boxes the room has shown, by kind."""
    return Boxes(boxes)


@pytest.fixture(autouse=True)
def _clean_clipboard(qapp: QApplication) -> Iterator[None]:
    QApplication.clipboard().clear()
    yield
    QApplication.clipboard().clear()


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, one key event per character (qtbot.keyClicks aborts on non-ASCII, a PySide6 defect)."""
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier)


class Driver:
    """Works the meetings page through its widgets, as a person at the keyboard would."""

    def __init__(self, qtbot, window: QMainWindow, page: MeetingsPage):
        self.qtbot = qtbot
        self.window = window
        self.page = page

    @property
    def room(self) -> MeetingRoom:
        assert self.page.room is not None
        return self.page.room

    def pane(self, member_or_group: str | Constituency) -> ConstituencyPane:
        group = GROUP[member_or_group] if isinstance(member_or_group, str) else member_or_group
        return self.room.findChild(ConstituencyPane, f"pane-{group.value}")

    def dialog(self, kind: type) -> QWidget:
        """The visible dialog of a kind (waits for it)."""
        found: list[QWidget] = []

        def visible() -> bool:
            found[:] = [d for d in self.window.findChildren(kind) if d.isVisible()]
            return bool(found)

        self.qtbot.waitUntil(visible, timeout=3000)
        return found[-1]

    # ----------------------------------------------------------------------------------- meeting set-up

    def create_meeting(self, title: str = "Sesión ordinaria 12/2026", date: str = "2026-12-04",
                       place: str = "Sala Tripartita") -> MeetingRoom:  # fmt: skip
        self.qtbot.mouseClick(self.page.new_button, Qt.MouseButton.LeftButton)
        dialog = self.dialog(NewMeetingDialog)
        type_text(dialog.title_edit, title)
        dialog.date_edit.setDate(QDate.fromString(date, "yyyy-MM-dd"))
        type_text(dialog.place_edit, place)
        QTest.keyClick(dialog.place_edit, Qt.Key.Key_Return)
        self.secretary_pin()  # creating a meeting is the secretary's (or the chair's)
        self.qtbot.waitUntil(lambda: self.page.room is not None)
        self.reactivate()
        return self.room

    def set_attendance(self, absent: tuple[str, ...] = ()) -> None:
        """Everyone with a seat present (one click), then untick the absent ones with Space."""
        self.qtbot.mouseClick(self.room.chair_bar.attendance_button, Qt.MouseButton.LeftButton)
        dialog = self.dialog(AttendanceDialog)
        self.qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
        self.chair_pin()  # the first change asks for it; the dialog keeps the chair's authority until it closes
        model = dialog.model
        for member in absent:
            row = next(r for r in range(model.rowCount()) if model.member_id(r) == member)
            dialog.table.setFocus()
            dialog.table.setCurrentIndex(model.index(row, AttendanceModel.PRESENT))
            QTest.keyClick(dialog.table, Qt.Key.Key_Space)
        self.attendance_text = dialog.quorum_label.text()
        dialog.reject()
        self.reactivate()

    def add_items(self, references: list[str]) -> None:
        self.qtbot.mouseClick(self.room.add_button, Qt.MouseButton.LeftButton)
        dialog = self.dialog(AddItemsDialog)
        for reference in references:
            dialog.filter_edit.setFocus()
            dialog.filter_edit.selectAll()
            type_text(dialog.filter_edit, reference)
            self.qtbot.waitUntil(
                lambda d=dialog, r=reference: d.model.rowCount() == 1 and d.model.index(0, 0).data() == r, timeout=3000
            )
            dialog.table.setFocus()
            dialog.table.setCurrentIndex(dialog.model.index(0, 0))
            QTest.keyClick(dialog.table, Qt.Key.Key_Space)
        self.qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        self.qtbot.waitUntil(lambda: not dialog.isVisible() if _alive(dialog) else True)
        self.secretary_pin()  # the agenda is the secretary's (or the chair's)
        self.reactivate()

    # ------------------------------------------------------------------------------------------ PINs

    def enter_pin(self, pin: str, member: str | None = None) -> PinPrompt:
        dialog = self.dialog(PinPrompt)
        dialog.activateWindow()  # offscreen has no window manager to activate it
        if member is not None:
            dialog.member_combo.setCurrentIndex(dialog.member_combo.findData(member))
        dialog.pin_edit.setFocus()
        QTest.keyClicks(dialog.pin_edit, pin)
        QTest.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
        if not _alive(dialog) or not dialog.isVisible():
            self.reactivate()
        return dialog

    def reactivate(self) -> None:
        """Give the main window back its activation (offscreen has no window manager to do it)."""
        self.window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window, timeout=3000)

    def chair_pin(self) -> None:
        self.enter_pin(PINS["gov1"])

    def secretary_pin(self) -> None:
        self.enter_pin(PINS["sec1"], "sec1")

    def open_vote(self) -> None:
        self.qtbot.mouseClick(self.room.chair_bar.open_button, Qt.MouseButton.LeftButton)
        self.chair_pin()
        self.qtbot.waitUntil(lambda: self.pane("gov1").unlock_button.isEnabled())

    def unlock(self, member: str) -> ConstituencyPane:
        pane = self.pane(member)
        self.qtbot.mouseClick(pane.unlock_button, Qt.MouseButton.LeftButton)
        self.enter_pin(PINS[member], member)
        self.qtbot.waitUntil(lambda: pane.is_unlocked())
        assert pane.unlocked_member() == member
        return pane

    def vote(self, member: str, vote: str, comment: str = "", scores: dict[str, int] | None = None,
             score_comments: dict[str, str] | None = None, *, cast: bool = True) -> ConstituencyPane:  # fmt: skip
        """Unlock, score with the keyboard, press the vote button with Space, type the explanation, Ctrl+Return."""
        pane = self.unlock(member)
        ballot = pane.ballot
        assert ballot is not None
        for code, points in (scores or {}).items():
            combo = ballot.score_grid.combos[code]
            combo.setFocus()
            combo.setCurrentIndex(combo.findData(points))
            if score_comments and code in score_comments:
                type_text(ballot.score_grid.comment_edits[code], score_comments[code])
        button = {"for": ballot.vote_for, "against": ballot.vote_against, "abstain": ballot.vote_abstain}[vote]
        button.setFocus()
        QTest.keyClick(button, Qt.Key.Key_Space)
        assert button.isChecked()
        if comment:
            ballot.comment_edit.setFocus()
            type_text(ballot.comment_edit, comment)
        if cast:
            QTest.keyClick(ballot.comment_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            self.qtbot.waitUntil(lambda: not pane.is_unlocked())
        return pane

    def pass_laptop(self) -> None:
        assert self.room.stack.currentIndex() == MeetingRoom.HANDOVER
        QTest.keyClick(self.room.handover.continue_button, Qt.Key.Key_Space)
        assert self.room.stack.currentIndex() == MeetingRoom.PANES

    def reveal(self) -> None:
        self.qtbot.mouseClick(self.room.chair_bar.reveal_button, Qt.MouseButton.LeftButton)
        self.chair_pin()
        self.qtbot.waitUntil(lambda: self.room.stack.currentIndex() == MeetingRoom.RESULTS)


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


@pytest.fixture
def open_page(qtbot) -> Callable[[Path], Driver]:
    """A host window like the shell's, holding a MeetingsPage on a database; returns a driver."""

    def make(db_path: Path) -> Driver:
        window = QMainWindow()
        window.setWindowTitle("Tripartite")
        page = MeetingsPage(db_path, window)
        window.setCentralWidget(page)
        window.resize(1280, 760)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):  # shortcuts (Ctrl+Return) need an active window
            window.show()
            window.activateWindow()
        return Driver(qtbot, window, page)

    return make


@pytest.fixture
def driver(open_page: Callable[[Path], Driver], demo_file: Path) -> Driver:
    """A page on a fresh demo database."""
    return open_page(demo_file)


@pytest.fixture
def app_driver(qtbot, demo_file: Path, settings: Settings) -> Driver:
    """The app's own main window on a fresh demo database, on its Meetings page, at 1024×700 (a board's laptop)."""
    window = MainWindow(demo_file, settings=settings)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.waitUntil(window.is_ready)
    window.show_page(PAGE_MEETINGS)
    assert window.meetings_page is not None
    return Driver(qtbot, window, window.meetings_page)


# Roles read from every model: the standard ones and a band of user roles.
_ROLES = [*range(0, 40), *range(int(Qt.ItemDataRole.UserRole), int(Qt.ItemDataRole.UserRole) + 16)]
_TEXT_GETTERS = ("text", "toolTip", "accessibleName", "accessibleDescription", "placeholderText", "windowTitle",
                 "statusTip", "whatsThis", "toPlainText", "currentText", "specialValueText", "title")  # fmt: skip


def _model_strings(model, parent=None) -> list[str]:
    from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex

    parent = parent if parent is not None else QModelIndex()
    flat = isinstance(model, QAbstractListModel)  # its columnCount and hasChildren are private
    tree = not flat and not isinstance(model, QAbstractTableModel)  # only a tree model has children
    out: list[str] = []
    for row in range(model.rowCount(parent)):
        for column in range(1 if flat else model.columnCount(parent)):
            index = model.index(row, column, parent) if not flat else model.index(row, 0)
            for role in _ROLES:
                value = model.data(index, role)
                if isinstance(value, str) and value:
                    out.append(value)
            if tree and model.hasChildren(index):
                out += _model_strings(model, index)
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        columns = 1 if flat else model.columnCount(parent)
        count = columns if orientation == Qt.Orientation.Horizontal else model.rowCount(parent)
        for section in range(count):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(section, orientation, role)
                if isinstance(value, str) and value:
                    out.append(value)
    return out


def widget_texts() -> tuple[list[str], set[QAbstractItemModel]]:
    """The texts every widget of every top-level window gives (:data:`_TEXT_GETTERS`), and the models shown
    in its views and combo boxes, for the caller to read the roles it is after."""
    from PySide6.QtWidgets import QAbstractItemView, QComboBox

    out: list[str] = []
    models: set[QAbstractItemModel] = set()
    for top in QApplication.topLevelWidgets():
        for widget in [top, *top.findChildren(QWidget)]:
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
    return out, models


def every_string(window: QMainWindow) -> list[str]:
    """Every text a person, a screen reader or another program could read from the app right now.

    Widget texts, tooltips, accessible names and descriptions, placeholders, plain text of text edits,
    every role of every item of every model shown in a view (and in combo boxes), the window titles,
    the status bar, and the clipboard.
    """
    from PySide6.QtCore import QCoreApplication, QEvent

    # A turn of the event loop, as on a real laptop: widgets scheduled for deletion go now.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    texts, models = widget_texts()
    out = [window.windowTitle(), window.statusBar().currentMessage(), QApplication.clipboard().text(), *texts]
    for model in models:
        out += _model_strings(model)
    return out


def vote_word_counts(strings: list[str]) -> dict[str, int]:
    """How often each vote word appears across the strings (as a word, any case)."""
    import re

    return {
        word: sum(len(re.findall(rf"\b{word}\b", s, flags=re.IGNORECASE)) for s in strings)
        for word in ("for", "against", "abstain", "abstained", "abstention")
    }
