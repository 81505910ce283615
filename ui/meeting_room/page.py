"""The Meetings page: the list of meetings, "New meeting…", and the meeting room of the one opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tripartite import store
from tripartite.authority import Auth
from tripartite.errors import KnownError
from tripartite.meetings import lifecycle
from tripartite.ui import authorize, boxes, refusal_words, style
from tripartite.ui.dialogs import form_parts
from tripartite.ui.meeting_room.models import MeetingListModel
from tripartite.ui.meeting_room.room import MeetingRoom
from tripartite.ui.meeting_room.style import scale_font


class NewMeetingDialog(QDialog):
    """Title, date and place of a new meeting.

    Args:
        parent: the meetings page.
    """

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("newMeetingDialog")
        self.setWindowTitle(self.tr("New meeting"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("meetingTitleEdit")
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("Ordinary session 11/2026"))
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setObjectName("meetingDateEdit")
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.place_edit = QLineEdit(self)
        self.place_edit.setObjectName("meetingPlaceEdit")
        self.place_edit.setAccessibleName(self.tr("Place"))
        self.problem_label = style.problem_label(self)
        form = form_parts.labelled_form(
            self,
            (self.tr("&Title:"), self.title_edit),
            (self.tr("&Date:"), self.date_edit),
            (self.tr("&Place:"), self.place_edit),
        )
        buttons, _ok = form_parts.ok_cancel(
            self, self.tr("&Create"), ok_name=self.tr("Create the meeting"), object_name="createMeetingButton"
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        self.resize(460, 200)

    def values(self) -> tuple[str, str, str | None]:
        """Title, ISO date and place (None when empty)."""
        return (
            self.title_edit.text().strip(),
            self.date_edit.date().toString("yyyy-MM-dd"),
            self.place_edit.text().strip() or None,
        )

    def accept(self) -> None:
        """Close only with a title."""
        if not self.values()[0]:
            self.problem_label.setText(self.tr("A meeting needs a title."))
            self.title_edit.setFocus()
            return
        super().accept()


class MeetingsPage(QWidget):
    """Meetings: the list, and the meeting room for the selected one.

    Signals:
        requests_changed: request statuses changed (an item was added or decided); the register reloads.

    Args:
        db_path: the board's database; this page keeps one connection to it for the GUI thread.
        parent: the main window's page stack.
    """

    requests_changed = Signal()

    def __init__(self, db_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("meetingsPage")
        self._db_path = Path(db_path)
        self._db = store.open_db(self._db_path)
        self.destroyed.connect(self._db.close)
        self.room: MeetingRoom | None = None
        self._new_dialog: NewMeetingDialog | None = None

        self.model = MeetingListModel(self._db, self)
        heading = QLabel(self.tr("Meetings"), self)
        scale_font(heading, 1.4, bold=True)
        self.table = QTableView(self)
        self.table.setObjectName("meetingTable")
        self.table.setAccessibleName(self.tr("Meetings"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        scale_font(self.table, 1.1)
        self.table.activated.connect(self._on_activated)
        self.new_button = QPushButton(self.tr("&New meeting…"), self)
        self.new_button.setObjectName("newMeetingButton")
        self.new_button.setAccessibleName(self.tr("New meeting"))
        self.new_button.clicked.connect(self.new_meeting)
        self.open_button = QPushButton(self.tr("&Open meeting room"), self)
        self.open_button.setObjectName("openMeetingButton")
        self.open_button.setAccessibleName(self.tr("Open the meeting room"))
        self.open_button.clicked.connect(self._on_open_clicked)
        self.empty_label = QLabel(self.tr("No meetings yet. Create one with New meeting…"), self)
        self.empty_label.setObjectName("noMeetings")
        self.empty_label.setStyleSheet("color: #555;")
        buttons = QHBoxLayout()
        buttons.addWidget(heading)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        list_page = QWidget(self)
        list_layout = QVBoxLayout(list_page)
        list_layout.addLayout(buttons)
        list_layout.addWidget(self.empty_label)
        list_layout.addWidget(self.table, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._update_list_state()

    def reload(self) -> None:
        """Read meetings and agendas again (after the register added an item to an agenda)."""
        self.model.reload()
        self._update_list_state()
        if self.room is not None:
            self.room.refresh()

    def _update_list_state(self) -> None:
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        self.open_button.setEnabled(not empty)
        if not empty and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def new_meeting(self) -> None:
        """Ask for a new meeting's title, date and place, create it and open its room."""
        dialog = NewMeetingDialog(self)
        dialog.accepted.connect(self._on_new_accepted)
        self._new_dialog = dialog
        dialog.open()

    def _on_new_accepted(self) -> None:
        if self._new_dialog is None:
            return
        authorize.ask(
            self,
            self._db,
            authorize.Need.OFFICER,
            self.tr("The secretary or the chair creates the meeting."),
            self._create_meeting,
            ok_text=self.tr("&Create"),
        )

    def _create_meeting(self, auth: Auth) -> None:
        if self._new_dialog is None:
            return
        title, date, place = self._new_dialog.values()
        try:
            meeting_id = lifecycle.create_meeting(self._db, title, date, place, auth)
        except KnownError as exc:
            boxes.warn(self, refusal_words.say(exc))
            return
        self.model.reload()
        self._update_list_state()
        self.open_meeting(meeting_id)

    def _on_open_clicked(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_meeting(self.model.meeting_id(index.row()))

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_meeting(self.model.meeting_id(index.row()))

    def open_meeting(self, meeting_id: int) -> MeetingRoom:
        """Show the meeting room of a meeting."""
        self._close_room()
        try:
            room = MeetingRoom(self._db, meeting_id, self)
        except KnownError as exc:
            boxes.warn(self, refusal_words.say(exc))
            raise
        room.requests_changed.connect(self._on_room_requests_changed)
        room.back_requested.connect(self.show_list)
        room.minutes_requested.connect(self._on_minutes_requested)
        self.room = room
        self.stack.addWidget(room)
        self.stack.setCurrentWidget(room)
        room.agenda_list.setFocus()
        return room

    def show_list(self) -> None:
        """Leave the room for the list of meetings."""
        self._close_room()
        self.model.reload()
        self._update_list_state()
        self.stack.setCurrentIndex(0)
        self.table.setFocus()

    def _close_room(self) -> None:
        room, self.room = self.room, None
        if room is not None:
            room.lock_all()
            self.stack.removeWidget(room)
            room.hide()
            room.deleteLater()

    def _on_room_requests_changed(self) -> None:
        self.model.reload()
        self.requests_changed.emit()

    def _on_minutes_requested(self, meeting_id: int) -> None:
        # Imported here: the minutes dialog (QtPdf, and pyHanko on its pool) costs nothing until it is asked for.
        from tripartite.ui.minutes import MinutesDialog

        dialog = MinutesDialog(self._db_path, meeting_id, self)
        dialog.minutes_changed.connect(self.reload)  # signed minutes make the meeting read-only
        dialog.open()
