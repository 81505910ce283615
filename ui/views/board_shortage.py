"""The Shortage list tab of the Board page: the occupations (ISCO-08 unit groups) short of workers.

An occupation on the list passes the labour-market test (gate G3) and earns full points for shortage
evidence (P1). Codes are added from the ISCO-08 titles (typed code or words) and removed in the table;
nothing is in force until the list is saved.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from sqlite_utils import Database

from tripartite import board_settings, classifications
from tripartite.authority import Auth
from tripartite.board import BoardConfig
from tripartite.ui import a11y
from tripartite.ui.models.board_models import ShortageListModel
from tripartite.ui.views.board_tab import BoardTab, settings_button, settings_table


class ShortageTab(BoardTab):
    """The shortage list in a table, a searchable choice of occupation to add, and Save and Revert.

    Built like every :class:`~tripartite.ui.views.board_tab.BoardTab`, from the page's connection and the page.
    """

    def __init__(self, db: Database, parent: QWidget):
        super().__init__(db, parent)
        intro = self._intro(
            self.tr("Occupations on the shortage list pass the labour-market test (gate G3) and earn full points "
                    "for shortage evidence (P1)."),
        )  # fmt: skip
        self.shortage_model = ShortageListModel(self)
        self.shortage_table = settings_table(self, "shortageTable", self.tr("Occupations on the shortage list"))
        self.shortage_table.setModel(self.shortage_model)
        self.shortage_table.horizontalHeader().resizeSection(0, self.fontMetrics().averageCharWidth() * 12)
        add_label = QLabel(self.tr("Add an &occupation:"), self)
        self.isco_combo = QComboBox(self)
        self.isco_combo.setObjectName("iscoChoice")
        self.isco_combo.setEditable(True)
        self.isco_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, title in sorted(classifications.isco_titles().items()):
            self.isco_combo.addItem(f"{code} — {title}", code)
        self.isco_combo.setCurrentIndex(-1)
        self.isco_combo.lineEdit().setPlaceholderText(self.tr("type a code or words of the title"))
        completer = QCompleter(self.isco_combo.model(), self.isco_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.isco_combo.setCompleter(completer)
        a11y.label_for(add_label, self.isco_combo)
        self.add_code_button = settings_button(self.tr("&Add"), self, "addShortageButton")
        self.remove_code_button = settings_button(self.tr("Remove sele&cted"), self, "removeShortageButton")
        self.save_shortage_button = settings_button(self.tr("&Save list"), self, "saveShortageButton")
        self.revert_shortage_button = settings_button(self.tr("Rever&t"), self, "revertShortageButton")
        self.add_code_button.clicked.connect(self._on_add_code_clicked)
        self.remove_code_button.clicked.connect(self._on_remove_code_clicked)
        self.save_shortage_button.clicked.connect(self.save_shortage_list)
        self.revert_shortage_button.clicked.connect(self._load_shortage)
        add_row = QHBoxLayout()
        add_row.addWidget(add_label)
        add_row.addWidget(self.isco_combo, 1)
        add_row.addWidget(self.add_code_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_code_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_shortage_button)
        buttons.addWidget(self.save_shortage_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(add_row)
        layout.addWidget(self.shortage_table, 1)
        layout.addLayout(buttons)

    def add_shortage_code(self, code: str) -> bool:
        """Add an ISCO-08 unit group to the (unsaved) list; False for an unknown or listed code."""
        if code not in classifications.isco_titles():
            self.message.emit(self.tr("{code} is not an ISCO-08 unit group.").format(code=code))
            return False
        if not self.shortage_model.add(code):
            self.message.emit(self.tr("{code} is already on the list.").format(code=code))
            return False
        self.message.emit(self.tr("Added {code}; save the list to put it in force.").format(code=code))
        return True

    def _on_add_code_clicked(self) -> None:
        code = self.isco_combo.currentData() if self.isco_combo.currentIndex() >= 0 else None
        if code is None or self.isco_combo.currentText() != self.isco_combo.itemText(self.isco_combo.currentIndex()):
            match = re.match(r"\s*(\d{4})", self.isco_combo.currentText())
            code = match.group(1) if match else self.isco_combo.currentText().strip()
        self.add_shortage_code(str(code))

    def _on_remove_code_clicked(self) -> None:
        index = self.shortage_table.currentIndex()
        if index.isValid():
            self.shortage_model.remove(index.row())

    def load(self, config: BoardConfig) -> None:
        """Show the shortage list as stored."""
        super().load(config)
        self._load_shortage()

    def _load_shortage(self) -> None:
        self.shortage_model.set_codes(list(self._config.shortage_list) if self._config else [])

    def save_shortage_list(self) -> QDialog | None:
        """Ask the chair's or the secretary's PIN, then save the shortage list (returns the PIN dialog)."""
        return self._ask_officer(self.store_shortage_list)

    def store_shortage_list(self, auth: Auth) -> bool:
        """Save the shortage list (one audit event naming what was added and removed)."""
        return bool(self._save(
            lambda: board_settings.save_shortage_list(self._db, self.shortage_model.codes(), auth),
            self.tr("The shortage list is unchanged; nothing to save."),
            lambda _changed: self.tr("Saved the shortage list."),
        ))  # fmt: skip
