"""Selecting a table's row from code, the same way in both directions of layout."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView


def select_row(table: QTableView, row: int) -> None:
    """Make ``row`` the table's current and only selected row.

    Not ``QTableView.selectRow``: right to left (Arabic) it takes the column at the viewport's far edge,
    which may be none while the header is not laid out yet, and then no row becomes current and nothing
    that follows the current row (a dossier, a details pane) shows.
    """
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().setCurrentIndex(table.model().index(row, 0), flags)
