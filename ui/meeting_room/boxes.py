"""Message boxes of the meeting room, as small module functions so tests replace them instead of blocking.

The texts passed here never carry a ballot's content: callers word them from procedure data only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes/no question; the safe answer (No) is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(QMessageBox.StandardButton.Yes)
    box.addButton(QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.exec()
    answer = box.clickedButton() is yes
    box.deleteLater()
    return answer


def warn(parent: QWidget, text: str) -> None:
    """Show a problem the people in the room can fix (a procedure refused, a bad value)."""
    QMessageBox.warning(parent, QCoreApplication.translate("MeetingRoom", "Meeting room"), text)


def inform(parent: QWidget, title: str, text: str) -> None:
    """Show information (nothing went wrong)."""
    QMessageBox.information(parent, title, text)
