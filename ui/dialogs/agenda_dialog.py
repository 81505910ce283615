"""Choose the meeting whose agenda gets the selected requests: a draft or open one, or a new meeting."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from tripartite import room_model
from tripartite.ui import a11y

_NEW = -1


@dataclass(frozen=True)
class AgendaChoice:
    """Where to put the requests.

    Attributes:
        meeting_id: an existing draft or open meeting, or None for a new one.
        title: the new meeting's title.
        date: the new meeting's date (ISO 8601).
        place: the new meeting's place, if given.
    """

    meeting_id: int | None
    title: str = ""
    date: str = ""
    place: str | None = None


class AgendaDialog(QDialog):
    """Pick a draft or open meeting, or describe a new one.

    Args:
        db: the GUI thread's connection (read only here).
        references: the requests to add, as the user knows them.
        parent: the main window.
    """

    def __init__(self, db: Database, references: list[str], parent: QWidget):
        super().__init__(parent)
        self.setObjectName("agendaDialog")
        self.setWindowTitle(self.tr("Add to agenda"))
        shown = ", ".join(references[:5]) + (" …" if len(references) > 5 else "")
        intro = QLabel(
            self.tr("Put %n request(s) on a meeting's agenda: {references}", "", len(references)).format(
                references=shown),
            self,
        )  # fmt: skip
        intro.setWordWrap(True)
        meeting_label = QLabel(self.tr("&Meeting:"), self)
        self.meeting_combo = QComboBox(self)
        self.meeting_combo.setObjectName("meetingChoice")
        a11y.label_for(meeting_label, self.meeting_combo)
        status_words = {"draft": self.tr("draft"), "open": self.tr("open")}
        for m in room_model.open_meetings(db):
            words = self.tr("{title} — {date} ({status})")
            self.meeting_combo.addItem(words.format(title=m.title, date=m.date, status=status_words[m.status]), m.id)
        self.meeting_combo.addItem(self.tr("A new meeting…"), _NEW)
        self.meeting_combo.currentIndexChanged.connect(self._on_meeting_combo_changed)

        self.new_box = QGroupBox(self.tr("New meeting"), self)
        form = QFormLayout(self.new_box)
        self.title_edit = QLineEdit(self.new_box)
        self.title_edit.setObjectName("meetingTitle")
        self.title_edit.setPlaceholderText(self.tr("e.g. Ordinary session 12/2026"))
        self.date_edit = QDateEdit(QDate.currentDate(), self.new_box)
        self.date_edit.setObjectName("meetingDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.place_edit = QLineEdit(self.new_box)
        self.place_edit.setObjectName("meetingPlace")
        for caption, field in ((self.tr("&Title:"), self.title_edit), (self.tr("&Date:"), self.date_edit),
                               (self.tr("&Place:"), self.place_edit)):  # fmt: skip
            label = QLabel(caption, self.new_box)
            a11y.label_for(label, field)
            form.addRow(label, field)
        self.title_edit.textChanged.connect(self._on_title_edit_text_changed)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.addButton(self.tr("&Add to agenda"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("addToAgendaOk")
        self.ok_button.setDefault(True)
        a11y.name_button(self.ok_button)
        a11y.name_button(self.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        row = QFormLayout()
        row.addRow(meeting_label, self.meeting_combo)
        layout.addLayout(row)
        layout.addWidget(self.new_box)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self._on_meeting_combo_changed(self.meeting_combo.currentIndex())

    def choice(self) -> AgendaChoice:
        """What the user chose."""
        data = self.meeting_combo.currentData()
        if data != _NEW:
            return AgendaChoice(int(data))
        return AgendaChoice(
            None,
            self.title_edit.text().strip(),
            self.date_edit.date().toString("yyyy-MM-dd"),
            self.place_edit.text().strip() or None,
        )

    def _on_meeting_combo_changed(self, _index: int) -> None:
        new = self.meeting_combo.currentData() == _NEW
        self.new_box.setEnabled(new)
        self._on_title_edit_text_changed(self.title_edit.text())

    def _on_title_edit_text_changed(self, text: str) -> None:
        new = self.meeting_combo.currentData() == _NEW
        self.ok_button.setEnabled(not new or bool(text.strip()))

    @classmethod
    def ask(cls, db: Database, references: list[str], parent: QWidget) -> AgendaChoice | None:
        """Ask; None if cancelled. Tests monkeypatch this instead of clicking."""
        dialog = cls(db, references, parent)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
