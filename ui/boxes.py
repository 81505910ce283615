"""Message boxes every part of the app shows (a question whose safe answer is No, information, an error, a bug).

The file chooser that opens a file is here too: it is one more modal box a test must replace.

Callers reach them through this module (``boxes.show_bug(…)``), never by a name bound at import, so a test
replaces each in one place instead of blocking on a modal box (``tests/ui/conftest.py``).
"""

from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


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


def inform(parent: QWidget, title: str, text: str) -> None:
    """Show information (nothing went wrong)."""
    QMessageBox.information(parent, title, text)


def show_error(parent: QWidget | None, text: str, *, place: str = "") -> None:
    """Show a problem the user or the environment can fix (a ``KnownError``).

    Args:
        parent: the widget the box belongs to.
        text: the problem, already translated.
        place: where it happened, already translated: the box's title (default: the app's name).
    """
    QMessageBox.warning(parent, place or QCoreApplication.translate("MainWindow", "Tripartite"), text)


def warn(parent: QWidget, text: str) -> None:
    """Show a problem the people in the meeting room can fix (a procedure refused, a bad value).

    The texts passed here never carry a ballot's content: callers word them from procedure data only.
    """
    show_error(parent, text, place=QCoreApplication.translate("MeetingRoom", "Meeting room"))


def about(parent: QWidget, title: str, text: str) -> None:
    """Show the About box."""
    QMessageBox.about(parent, title, text)


def show_bug(parent: QWidget | None, exc: BaseException) -> None:
    """Show an unexpected error as a bug, with the traceback under "Show Details"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Tripartite"))
    box.setText(QCoreApplication.translate("MainWindow", "This is a bug in Tripartite."))
    box.setInformativeText(
        QCoreApplication.translate(
            "MainWindow", "Your data is safe: unfinished work was rolled back. Please report this, with the details."
        )
    )
    box.setDetailedText("".join(traceback.format_exception(exc)))
    box.exec()
    box.deleteLater()


def open_file(parent: QWidget, title: str, filters: str) -> Path | None:
    """Ask for a file to open, among ``filters`` (translated, ``;;`` between them); None if the user cancelled."""
    name, _selected = QFileDialog.getOpenFileName(parent, title, "", filters)
    return Path(name) if name else None
