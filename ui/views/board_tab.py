"""What every tab of the Board page shares: the board it shows, the officer's PIN, one way to save and say so.

Each tab of :class:`~tripartite.ui.views.board_view.BoardView` is a :class:`BoardTab`. A tab edits its part
of the board in memory; saving asks the PINs the change needs (:mod:`tripartite.ui.authorize`), then calls
:mod:`tripartite.board_settings`, which validates and writes the change with its audit event. The tab says
what happened through its signals; the page shows the words and reads the board again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QLabel, QPushButton, QTableView, QWidget
from sqlite_utils import Database

from tripartite.authority import Auth
from tripartite.board import BoardConfig
from tripartite.errors import InputError, KnownError, Problem
from tripartite.ui import a11y, authorize, refusal_words
from tripartite.ui.problem_words import problem_message

R = TypeVar("R")


def settings_table(parent: QWidget, name: str, accessible: str) -> QTableView:
    """A table of the Board page: whole rows, one at a time, Tab leaves it."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def settings_button(text: str, parent: QWidget, name: str) -> QPushButton:
    """A push button with its object name, and an accessible name without the mnemonic's ``&``."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    a11y.name_button(button)
    return button


class BoardTab(QWidget):
    """One tab of the Board page.

    Signals:
        message(str): a line for the page's status label.
        changed(str): a setting was saved; the page reads the board again, then shows this line.

    Args:
        db: the GUI thread's connection.
        parent: the Board page.
    """

    message = Signal(str)
    changed = Signal(str)

    def __init__(self, db: Database, parent: QWidget):
        super().__init__(parent)
        self._db = db
        self._config: BoardConfig | None = None

    def load(self, config: BoardConfig) -> None:
        """Show the board as stored (the page calls it on every reload); subclasses fill their fields."""
        self._config = config

    def _intro(self, text: str) -> QLabel:
        """The line or two at the top of a tab that says what it holds."""
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        return intro

    def _ask_officer(self, store: Callable[[Auth], object]) -> QDialog | None:
        return authorize.ask(
            self,
            self._db,
            authorize.Need.OFFICER,
            self.tr("The chair or the secretary confirms the change."),
            store,
            ok_text=self.tr("&Save"),
        )

    def _save(
        self,
        save: Callable[[], R],
        unchanged: str,
        saved: Callable[[R], str],
        show_problems: Callable[[list[Problem]], None] | None = None,
    ) -> R | None:
        """Run a ``board_settings`` save and say what came of it.

        Args:
            save: the save; it returns what changed (falsy: nothing did).
            unchanged: what to say when nothing changed.
            saved: the words for what changed (the page reads the board again first).
            show_problems: where the core's problems go (default: the status line, one per line).

        Returns:
            What ``save`` returned, or None if it refused or changed nothing.
        """
        try:
            result = save()
        except InputError as error:
            if show_problems is not None:
                show_problems(error.problems)
            else:
                self.message.emit("\n".join(problem_message(p) for p in error.problems))
            return None
        except KnownError as error:
            self.message.emit(refusal_words.say(error))
            return None
        if not result:
            self.message.emit(unchanged)
            return None
        self.changed.emit(saved(result))
        return result
