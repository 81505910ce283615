"""The Criteria weights tab of the Board page: the board's own copy of the criteria catalogue.

The weights are edited in the table and must add up to 100; saving stores a new catalogue version
(:func:`tripartite.board_settings.save_weights`) that new meetings use. Meetings keep the version they
started with.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget
from sqlite_utils import Database

from tripartite import board_settings, criteria_toml
from tripartite.authority import Auth
from tripartite.board import BoardConfig
from tripartite.ui import labels, style
from tripartite.ui.catalogue import localized
from tripartite.ui.models.board_models import WeightTableModel
from tripartite.ui.views.board_tab import BoardTab, settings_button, settings_table


class WeightsTab(BoardTab):
    """The criteria with their weights, the totals per family, and Save and Revert.

    Built like every :class:`~tripartite.ui.views.board_tab.BoardTab`, from the page's connection and the page.
    """

    def __init__(self, db: Database, parent: QWidget):
        super().__init__(db, parent)
        intro = self._intro(
            self.tr("The board's own copy of the criteria catalogue. Weights must add up to 100; saving stores a "
                    "new catalogue version and puts it in force for new meetings."),
        )  # fmt: skip
        self.weight_model = WeightTableModel(self)
        self.weight_table = settings_table(self, "weightTable", self.tr("Criteria weights"))
        self.weight_table.setModel(self.weight_model)
        self.weight_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )  # fmt: skip
        header = self.weight_table.horizontalHeader()
        header.setStretchLastSection(False)
        for section in (0, 2, 3, 4):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.ResizeToContents)  # 17 rows: cheap
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.weight_model.weights_changed.connect(self._on_weights_changed)
        self.weight_total = QLabel(self)
        self.weight_total.setObjectName("weightTotal")
        self.weight_total.setWordWrap(True)
        self.version_label = QLabel(self)
        self.version_label.setObjectName("catalogueVersion")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_weights_button = settings_button(self.tr("&Save weights"), self, "saveWeightsButton")
        self.revert_weights_button = settings_button(self.tr("Rever&t"), self, "revertWeightsButton")
        self.save_weights_button.clicked.connect(self.save_weights)
        self.revert_weights_button.clicked.connect(self._load_weights)
        buttons = QHBoxLayout()
        buttons.addWidget(self.version_label, 1)
        buttons.addWidget(self.revert_weights_button)
        buttons.addWidget(self.save_weights_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.weight_table, 1)
        layout.addWidget(self.weight_total)
        layout.addLayout(buttons)

    def load(self, config: BoardConfig) -> None:
        """Show the catalogue in force for the board."""
        super().load(config)
        self._load_weights()

    def _load_weights(self) -> None:
        catalogue = localized(criteria_toml.for_board(self._db))
        self.weight_model.set_catalogue(catalogue)
        self.version_label.setText(self.tr("Catalogue “{name}”, version {version}").format(
            name=catalogue.name, version=catalogue.version[:12]))  # fmt: skip

    def _on_weights_changed(self) -> None:
        locale = QLocale()
        totals = self.weight_model.family_totals()
        families = "; ".join(f"{labels.family(f)} {locale.toString(w, 'g', 4)}" for f, w in totals.items())
        total = self.weight_model.total()
        ok = abs(total - 100) < 1e-9
        text = self.tr("Total {total} of 100 ({families}).").format(total=locale.toString(float(total), "g", 5),
                                                                     families=families)  # fmt: skip
        if not ok:
            text += " " + self.tr("✗ The weights must add up to 100 before they can be saved.")
        self.weight_total.setText(text)
        style.set_error_shown(self.weight_total, not ok)
        self.save_weights_button.setEnabled(ok and self.weight_model.is_changed())
        self.revert_weights_button.setEnabled(self.weight_model.is_changed())

    def save_weights(self) -> QDialog | None:
        """Ask the chair's or the secretary's PIN, then save the edited weights (returns the PIN dialog)."""
        return self._ask_officer(self.store_weights)

    def store_weights(self, auth: Auth) -> str | None:
        """Save the edited weights as the board's catalogue (validated by the core; one audit event).

        Returns:
            The new catalogue version, or None if nothing was saved.
        """
        return self._save(
            lambda: board_settings.save_weights(self._db, self.weight_model.weights(), auth),
            self.tr("The weights are unchanged; nothing to save."),
            lambda version: self.tr("Saved the criteria weights as catalogue version {version}.").format(
                version=version[:12]),
        )  # fmt: skip
