"""The Meetings page and the meeting room (being built; this placeholder keeps the main window importable)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class MeetingsPage(QWidget):
    """Meetings: the list, and the meeting room for the selected one.

    Signals:
        requests_changed: request statuses changed (an item was added or decided); the register reloads.
    """

    requests_changed = Signal()

    def __init__(self, db_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("meetingsPage")
        self._db_path = db_path
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Meetings"), self))

    def reload(self) -> None:
        """Read meetings and agendas again (after the register added an item to an agenda)."""
