"""Text fields for a member's private ballot that never hand their text to the X11 PRIMARY selection.

On X11, selecting text (with the mouse, Shift+arrows or Ctrl+A) makes the application own the PRIMARY
selection, and anyone can paste it later with a middle click, in this app or in another one, long after
the ballot was cast (DESIGN §4.3: nothing of a ballot outside the pane). These fields give up PRIMARY the
moment a selection of theirs would take it:

- :class:`PrivateTextEdit` (the explanation of vote) also builds its selection's data only for an
  explicit Copy or Cut (keys or context menu), so the selection and a drag carry nothing;
- :class:`PrivateLineEdit` (the score comments) has no such hook in Qt, so it relies on the release.

Both release PRIMARY from :attr:`QClipboard.selectionChanged`, which Qt emits synchronously inside the
call that took it: no other program can ask for the text in between. An explicit Copy still goes to the
clipboard, which the pane clears when it locks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QClipboard, QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

_COPY_KEYS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut)
# The object names Qt gives the standard context menu's actions.
_COPY_ACTIONS = ("edit-copy", "edit-cut")


def _release_primary(field: QWidget) -> None:
    """Give up PRIMARY if this app owns it because of ``field`` (it has the keyboard focus when it selects)."""
    clipboard = QGuiApplication.clipboard()
    if clipboard.supportsSelection() and clipboard.ownsSelection() and field.hasFocus():
        clipboard.clear(QClipboard.Mode.Selection)


class PrivateTextEdit(QPlainTextEdit):
    """A plain-text edit whose selection never becomes the X11 PRIMARY selection.

    Args:
        parent: the private ballot.
    """

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._copying = False
        QGuiApplication.clipboard().selectionChanged.connect(self._on_clipboard_selection_changed)

    def createMimeDataFromSelection(self) -> QMimeData:
        """The selected text for an explicit Copy or Cut; nothing for PRIMARY or a drag."""
        if self._copying:
            return super().createMimeDataFromSelection()
        return QMimeData()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+C and Ctrl+X copy as usual (to the clipboard only)."""
        self._copying = any(event.matches(key) for key in _COPY_KEYS)
        try:
            super().keyPressEvent(event)
        finally:
            self._copying = False

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The standard menu, whose Copy and Cut still copy."""
        menu = self.createStandardContextMenu(event.pos())
        for action in menu.actions():
            if action.objectName() in _COPY_ACTIONS:
                action.triggered.disconnect()
                action.triggered.connect(self.cut if action.objectName() == "edit-cut" else self.copy)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def copy(self) -> None:
        """Copy the selection to the clipboard (never to PRIMARY)."""
        self._explicitly(super().copy)

    def cut(self) -> None:
        """Cut the selection to the clipboard (never to PRIMARY)."""
        self._explicitly(super().cut)

    def _explicitly(self, action: Callable[[], None]) -> None:
        self._copying = True
        try:
            action()
        finally:
            self._copying = False

    def _on_clipboard_selection_changed(self) -> None:
        _release_primary(self)


class PrivateLineEdit(QLineEdit):
    """A line edit whose selection never stays the X11 PRIMARY selection.

    Args:
        parent: the scoring grid.
    """

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setDragEnabled(False)  # a drag would carry the text out as well
        QGuiApplication.clipboard().selectionChanged.connect(self._on_clipboard_selection_changed)

    def _on_clipboard_selection_changed(self) -> None:
        _release_primary(self)
