"""Message boxes of the meeting room, as small module functions so tests replace them instead of blocking.

The texts passed here never carry a ballot's content: callers word them from procedure data only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from tripartite.ui.boxes import confirm, inform

__all__ = ["confirm", "inform", "warn"]


def warn(parent: QWidget, text: str) -> None:
    """Show a problem the people in the room can fix (a procedure refused, a bad value)."""
    QMessageBox.warning(parent, QCoreApplication.translate("MeetingRoom", "Meeting room"), text)
