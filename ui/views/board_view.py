"""Board settings: members and PINs, rules of procedure, criteria weights, shortage list, signatories.

Every change goes through :mod:`tripartite.board_settings`, which validates the whole board as the core
would and writes the change with its audit event in one transaction. Nothing is saved until the user
says so (Save changes), and Revert goes back to what is stored.

This module holds the page: its title, the tabs and the status line under them, and the page shown when
the database has no board. Each tab is a :class:`~tripartite.ui.views.board_tab.BoardTab` in a module of its
own: ``board_members``, ``board_rules``, ``board_weights``, ``board_shortage`` and ``board_signatories``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget
from sqlite_utils import Database

from tripartite import board
from tripartite.board import BoardConfig
from tripartite.ui.views.board_members import MembersTab
from tripartite.ui.views.board_rules import RulesTab
from tripartite.ui.views.board_shortage import ShortageTab
from tripartite.ui.views.board_signatories import SignatoriesTab
from tripartite.ui.views.board_tab import BoardTab
from tripartite.ui.views.board_weights import WeightsTab


class BoardView(QWidget):
    """The Board page.

    Signals:
        board_changed: a setting changed (the register and dossier read the board again).

    Args:
        db: the GUI thread's connection.
        parent: the main window's page stack.
    """

    board_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("boardView")
        self._db = db
        self._config: BoardConfig | None = None

        self.title = QLabel(self)
        self.title.setObjectName("boardTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        subtitle = QLabel(
            self.tr("Every change here is recorded in the audit log, with who made it and when. Meetings keep "
                    "the rules and criteria they started with."),
            self,
        )  # fmt: skip
        subtitle.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("boardStatus")
        self.status.setWordWrap(True)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("boardTabs")
        self.tabs.setAccessibleName(self.tr("Board settings sections"))
        self.members = MembersTab(self._db, self)
        self.rules = RulesTab(self._db, self)
        self.weights = WeightsTab(self._db, self)
        self.shortage = ShortageTab(self._db, self)
        self.signatories = SignatoriesTab(self._db, self)
        self._tabs: tuple[BoardTab, ...] = (self.members, self.rules, self.weights, self.shortage, self.signatories)
        self.tabs.addTab(self.members, self.tr("&Members"))
        self.tabs.addTab(self.rules, self.tr("&Rules of procedure"))
        self.tabs.addTab(self.weights, self.tr("Criteria &weights"))
        self.tabs.addTab(self.shortage, self.tr("Shortage &list"))
        self.tabs.addTab(self.signatories, self.tr("Si&gnatories"))
        for tab in self._tabs:
            tab.message.connect(self.status.setText)
            tab.changed.connect(self._on_tab_changed)

        self.no_board = QLabel(
            self.tr("<p><b>This database has no board yet.</b></p><p>Load the sample board when the app starts "
                    "with an empty database, or create a board with <code>tripartite init --board "
                    "board.toml</code>.</p>"),
            self,
        )  # fmt: skip
        self.no_board.setObjectName("noBoard")
        self.no_board.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_board.setWordWrap(True)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(subtitle)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(content)
        self._stack.addWidget(self.no_board)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.addWidget(self._stack)
        self.reload()

    def reload(self) -> None:
        """Read the board again and reset every tab to what is stored."""
        self._config = board.read_board(self._db)
        if self._config is None:
            self._stack.setCurrentWidget(self.no_board)
            return
        self._stack.setCurrentIndex(0)
        self.title.setText(self.tr("Board settings — {name}").format(name=self._config.name))
        for tab in self._tabs:
            tab.load(self._config)

    def show_certificates(self) -> QDialog:
        """Board › Trusted certificates: the Signatories tab's dialog (returned, for tests)."""
        return self.signatories.show_certificates()

    def _on_tab_changed(self, message: str) -> None:
        self.reload()
        self.status.setText(message)
        self.board_changed.emit()
