"""Small helpers for screen readers: accessible names from labels and buttons, and honest focus in item views."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QWidget


def plain(text: str) -> str:
    """A label's text without its mnemonic ampersands ("&Save" → "Save", "R&&D" → "R&D")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def name_button(button: QAbstractButton) -> QAbstractButton:
    """Name a button after its (already translated) text, so the name follows a translation."""
    button.setAccessibleName(plain(button.text()))
    return button


def label_for(label: QLabel, widget: QWidget) -> QWidget:
    """Make ``label`` the buddy of ``widget`` and name the widget after it."""
    label.setBuddy(widget)
    widget.setAccessibleName(plain(label.text()).rstrip(":").strip())
    return widget


class CurrentOnlyWhileFocused(QObject):
    """Keeps an item view's *current* item only while the view has the keyboard focus.

    Qt's accessibility reports a view's current item as *focused* whether or not the view has the focus, so
    a screen reader sees two focused objects at once (the sidebar's page and the field being typed in).
    This filter sets the current index aside when the view loses the focus (the selection stays, and so
    does what the view shows) and puts it back when the focus returns, before the view handles it, so the
    arrow keys go on from where they were. Both moves are silent: no ``currentChanged`` reaches the app.

    Args:
        view: the item view (its model and selection model set); the filter is its child.
    """

    def __init__(self, view: QAbstractItemView):
        super().__init__(view)
        self._view = view
        self._kept = QPersistentModelIndex()
        view.installEventFilter(self)
        # Connected after the owner's own slots: they see every change; then it is set aside if unfocused.
        view.selectionModel().currentChanged.connect(self._on_current_changed)

    def kept(self) -> QModelIndex:
        """The current index, whether it is set aside (view unfocused) or not."""
        current = self._view.selectionModel().currentIndex()
        return current if current.isValid() else QModelIndex(self._kept)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Set the current index aside on focus out, and restore it on focus in."""
        if watched is self._view:
            if event.type() == QEvent.Type.FocusIn:
                self._restore()
            elif event.type() == QEvent.Type.FocusOut:
                self._set_aside()
        return False

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._view.hasFocus():
            self._set_aside()

    def _silently(self, index: QModelIndex) -> None:
        selection = self._view.selectionModel()
        blocked = selection.blockSignals(True)
        try:
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            selection.blockSignals(blocked)
        self._view.viewport().update()

    def _set_aside(self) -> None:
        current = self._view.selectionModel().currentIndex()
        if current.isValid():
            self._kept = QPersistentModelIndex(current)
            self._silently(QModelIndex())

    def _restore(self) -> None:
        if self._kept.isValid() and not self._view.selectionModel().currentIndex().isValid():
            self._silently(QModelIndex(self._kept))
        self._kept = QPersistentModelIndex()


def current_only_while_focused(view: QAbstractItemView) -> CurrentOnlyWhileFocused:
    """Install :class:`CurrentOnlyWhileFocused` on ``view`` and return it."""
    return CurrentOnlyWhileFocused(view)
