"""The register's table and filters: the table's look, its columns and the Columns menu, the filter choices.

The widths are estimated from typical content (never measured over 100k rows), so laying out the table
costs nothing however large the register is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QMenu, QTableView, QWidget
from sqlite_utils import Database

from tripartite import classifications, register
from tripartite.ui import labels
from tripartite.ui.models.request_model import COLUMNS

# Typical content width of each register column, in average characters.
_COLUMN_CHARS = {
    "reference": 13, "employer_name": 28, "occupation_isco": 5, "job_title": 26, "sector_isic": 4,
    "region": 20, "workers_requested": 5, "wage_offered": 9, "prevailing_wage": 9, "currency": 4,
    "submitted_on": 10, "status": 10, "gates": 9, "score": 5,
}  # fmt: skip
# Columns of digits are sized by the digit width, the others by the average character width.
_DIGIT_COLUMNS = frozenset({"reference", "occupation_isco", "workers_requested", "wage_offered",
                            "prevailing_wage", "submitted_on", "score"})  # fmt: skip
# Shown on demand (View › Columns): the occupation implies the sector, and a board works in one currency
# (the wage tooltips name it).
_HIDDEN_BY_DEFAULT = ("sector_isic", "currency")
# What the board looks at first comes first: who, the status, the gates and the score; then the details.
_DEFAULT_ORDER = ("reference", "employer_name", "status", "gates", "score", "occupation_isco", "job_title",
                  "region", "workers_requested", "wage_offered", "prevailing_wage", "submitted_on")  # fmt: skip
# Gates and score are computed per row, not stored: SQL cannot sort by them.
UNSORTABLE = frozenset({"gates", "score"})
# The "All …" entries of the filter combos carry "" so that currentData() is always a string.
ALL = ""

# lupdate reads translate("Context", "text") as a message; an alias named tr it would misread.
translate = QCoreApplication.translate


def configure(table: QTableView) -> None:
    """Give the register its look: whole rows, no grid of cells to tab through, movable columns."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    # Tab leaves the table for the next control instead of walking 14 cells per row.
    table.setTabKeyNavigation(False)
    table.setCornerButtonEnabled(False)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    header.setSectionsMovable(True)
    header.setStretchLastSection(True)
    default_widths(table)


def default_widths(table: QTableView) -> None:
    """Give every column its default width, visibility and place."""
    header = table.horizontalHeader()
    model = table.model()
    char = table.fontMetrics().averageCharWidth()
    digit = table.fontMetrics().horizontalAdvance("0")
    titles = header.fontMetrics()
    for section, column in enumerate(COLUMNS):
        content = _COLUMN_CHARS[column] * (digit if column in _DIGIT_COLUMNS else char) + 12
        # Room for the title and the sort arrow, so no header is cut off.
        text = str(model.headerData(section, Qt.Orientation.Horizontal))
        title = titles.horizontalAdvance(text) + 22
        header.resizeSection(section, max(content, title))
        header.setSectionHidden(section, column in _HIDDEN_BY_DEFAULT)
    for position, column in enumerate(_DEFAULT_ORDER):
        header.moveSection(header.visualIndex(COLUMNS.index(column)), position)


class ColumnsMenu(QMenu):
    """View › Columns, and the register header's context menu: one check box per column, never hiding the last.

    Args:
        table: the register.
        parent: the menu's owner.
    """

    def __init__(self, table: QTableView, parent: QWidget):
        super().__init__(self.tr("&Columns"), parent)
        self.setObjectName("columnsMenu")
        self._table = table
        model = table.model()
        for section in range(model.columnCount()):
            title = str(model.headerData(section, Qt.Orientation.Horizontal))
            action = QAction(title, self)
            action.setCheckable(True)
            action.setData(section)
            self.addAction(action)
        self.aboutToShow.connect(self._on_about_to_show)
        self.triggered.connect(self._on_triggered)
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_context_menu_requested)

    def _on_header_context_menu_requested(self, pos: QPoint) -> None:
        self.popup(self._table.horizontalHeader().mapToGlobal(pos))

    def _on_about_to_show(self) -> None:
        header = self._table.horizontalHeader()
        visible = header.count() - header.hiddenSectionCount()
        for action in self.actions():
            shown = not header.isSectionHidden(action.data())
            action.setChecked(shown)
            action.setEnabled(not (shown and visible == 1))  # never hide the last column

    def _on_triggered(self, action: QAction) -> None:
        self._table.horizontalHeader().setSectionHidden(action.data(), not action.isChecked())


# ----------------------------------------------------------------------------------- filters


def choice(combo: QComboBox) -> str | None:
    """The filter value chosen in a combo, or None for its "All …" entry."""
    return combo.currentData() or None


def fill_status_filter(combo: QComboBox, db: Database) -> None:
    """The statuses the register holds, each with its count; the choice is kept if it is still there."""
    keep = choice(combo)
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(translate("RegisterPage", "All statuses"), ALL)
    locale = QLocale()
    for status, n in register.statuses(db):
        shown = translate("RegisterPage", "{status} ({count})").format(
            status=labels.request_status(status), count=locale.toString(n)
        )
        combo.addItem(shown, status)
    combo.setCurrentIndex(max(combo.findData(keep), 0) if keep else 0)
    combo.blockSignals(False)


def fill_occupation_filter(combo: QComboBox, db: Database) -> None:
    """The occupations the register holds, with their ISCO titles; the choice is kept if it is still there."""
    keep = choice(combo)
    titles = classifications.isco_titles()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(translate("RegisterPage", "All occupations"), ALL)
    for code in register.occupations(db):
        title = titles.get(code, "")
        combo.addItem(f"{code} — {title}" if title else code, code)
        combo.setItemData(combo.count() - 1, title, Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(max(combo.findData(keep), 0) if keep else 0)
    combo.blockSignals(False)
    view = combo.view()
    view.setMinimumWidth(min(view.sizeHintForColumn(0) + 24, 900))
