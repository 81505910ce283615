"""Settings › Language: the app's language, chosen from the languages Tripartite speaks (DESIGN §14)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from tripartite import languages
from tripartite.ui import boxes
from tripartite.ui.language import native_name
from tripartite.ui.settings import Settings


class LanguageMenu(QMenu):
    """One checkable entry per language, each in its own language; the choice applies at the next start.

    Args:
        current: the language the app runs in now (checked).
        settings: where the choice is kept.
        parent: the main window.
    """

    def __init__(self, current: str, settings: Settings, parent: QWidget):
        super().__init__(parent)
        self.setTitle(self.tr("&Language"))
        self._settings = settings
        self._current = current
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        for code in languages.LANGUAGES:
            action = QAction(native_name(code), self)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            self.group.addAction(action)
            self.addAction(action)
        self.group.triggered.connect(self.choose)

    def choose(self, action: QAction) -> None:
        """Keep the language chosen, and say when it applies."""
        code = str(action.data())
        self._settings.set_language(code)
        if code == self._current:
            return
        now = self.tr("The app will be in %1 the next time you start it.").replace("%1", native_name(code))
        boxes.inform(self.parentWidget(), self.tr("Language"), now)
