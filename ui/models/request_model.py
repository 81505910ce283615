"""The request register's table model: a window onto SQL, never a copy of the table.

The model holds only the rows fetched so far. Filtering and sorting run in SQL (``tripartite.register``)
and reset the model; scrolling fetches the next batch through ``canFetchMore``/``fetchMore``. So 100,000
requests cost no more to show than 200.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from sqlite_utils import Database

from tripartite import classifications, register

_CONTEXT = "RequestTableModel"
Index = QModelIndex | QPersistentModelIndex

HEADERS: dict[str, str] = {
    "reference": QT_TRANSLATE_NOOP("RequestTableModel", "Reference"),
    "employer_name": QT_TRANSLATE_NOOP("RequestTableModel", "Employer"),
    "occupation_isco": QT_TRANSLATE_NOOP("RequestTableModel", "Occupation"),
    "job_title": QT_TRANSLATE_NOOP("RequestTableModel", "Job title"),
    "sector_isic": QT_TRANSLATE_NOOP("RequestTableModel", "Sector"),
    "region": QT_TRANSLATE_NOOP("RequestTableModel", "Region"),
    "workers_requested": QT_TRANSLATE_NOOP("RequestTableModel", "Workers"),
    "wage_offered": QT_TRANSLATE_NOOP("RequestTableModel", "Wage offered"),
    "prevailing_wage": QT_TRANSLATE_NOOP("RequestTableModel", "Prevailing wage"),
    "currency": QT_TRANSLATE_NOOP("RequestTableModel", "Currency"),
    "submitted_on": QT_TRANSLATE_NOOP("RequestTableModel", "Submitted"),
    "status": QT_TRANSLATE_NOOP("RequestTableModel", "Status"),
}
HEADER_TIPS: dict[str, str] = {
    "occupation_isco": QT_TRANSLATE_NOOP("RequestTableModel", "ISCO-08 unit group"),
    "sector_isic": QT_TRANSLATE_NOOP("RequestTableModel", "ISIC Rev.4 section or division"),
    "workers_requested": QT_TRANSLATE_NOOP("RequestTableModel", "Foreign workers requested"),
    "prevailing_wage": QT_TRANSLATE_NOOP("RequestTableModel", "Prevailing wage for the job and region"),
}
STATUS_LABELS: dict[str, str] = {
    "pending": QT_TRANSLATE_NOOP("RequestTableModel", "Pending"),
    "on_agenda": QT_TRANSLATE_NOOP("RequestTableModel", "On agenda"),
    "decided": QT_TRANSLATE_NOOP("RequestTableModel", "Decided"),
    "deferred": QT_TRANSLATE_NOOP("RequestTableModel", "Deferred"),
    "withdrawn": QT_TRANSLATE_NOOP("RequestTableModel", "Withdrawn"),
}
_INTEGER_COLUMNS = frozenset({"workers_requested"})
_MONEY_COLUMNS = frozenset({"wage_offered", "prevailing_wage"})
_NUMERIC = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_TEXT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CURRENCY = register.COLUMNS.index("currency") + 1  # position in a fetched row, after the id


def status_label(status: str) -> str:
    """The translated label of a request status (the raw value if it is unknown, so nothing hides)."""
    source = STATUS_LABELS.get(status)
    return QCoreApplication.translate(_CONTEXT, source) if source else status


class RequestTableModel(QAbstractTableModel):
    """Requests matching a :class:`~tripartite.register.Filter`, in SQL order, fetched in batches.

    Args:
        db: the GUI thread's own connection; the model only runs short reads on it.
        parent: the owning QObject.
    """

    BATCH = 200

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._filter = register.Filter()
        self._order_by = "reference"
        self._descending = False
        self._rows: list[tuple[Any, ...]] = []
        self._total = 0
        self._locale = QLocale()
        self._isco = classifications.isco_titles()
        self._isic = classifications.isic_titles()
        self._load()

    # ------------------------------------------------------------------------------------ the API

    def filter(self) -> register.Filter:
        """The filter in force."""
        return self._filter

    def set_filter(self, flt: register.Filter) -> None:
        """Show only the requests matching ``flt`` (a model reset)."""
        if flt == self._filter:
            return
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Query again from the first row, e.g. after an import changed the table."""
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def total(self) -> int:
        """How many requests match the filter (fetched or not)."""
        return self._total

    def request_id(self, row: int) -> int:
        """The database id of the request shown in ``row``."""
        return int(self._rows[row][0])

    # ------------------------------------------------------------------------------ Qt overrides

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        """Rows fetched so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One column per :data:`tripartite.register.COLUMNS` entry."""
        return 0 if parent.isValid() else len(register.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Formatted value, alignment or tooltip of one cell."""
        if not index.isValid():
            return None
        column = register.COLUMNS[index.column()]
        value = self._rows[index.row()][index.column() + 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _NUMERIC if column in _INTEGER_COLUMNS or column in _MONEY_COLUMNS else _TEXT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(column, index.row(), value)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Translated column titles; row headers are not shown."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(register.COLUMNS):
            return None
        column = register.COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_CONTEXT, HEADERS[column])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _NUMERIC if column in _INTEGER_COLUMNS or column in _MONEY_COLUMNS else _TEXT
        if role == Qt.ItemDataRole.ToolTipRole and column in HEADER_TIPS:
            return QCoreApplication.translate(_CONTEXT, HEADER_TIPS[column])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Cells are selectable, never editable here."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def canFetchMore(self, parent: Index) -> bool:
        """Whether matching rows remain beyond those fetched."""
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        """Append the next batch (LIMIT/OFFSET in SQL)."""
        if parent.isValid():
            return
        batch = self._page(len(self._rows))
        if not batch:
            # The table shrank under us (another connection wrote); stop asking.
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
        self._rows.extend(batch)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by a column in SQL; column -1 (no sort indicator) means the reference order."""
        order_by = register.COLUMNS[column] if 0 <= column < len(register.COLUMNS) else "reference"
        descending = order == Qt.SortOrder.DescendingOrder
        if (order_by, descending) == (self._order_by, self._descending):
            return
        self._order_by, self._descending = order_by, descending
        self.reload()

    # --------------------------------------------------------------------------------- internals

    def _load(self) -> None:
        # The first batch comes with the reset, so a view shows rows without waiting for fetchMore.
        # A short first batch is the whole answer, which spares a second run of the search to count.
        self._rows = self._page(0)
        self._total = len(self._rows) if len(self._rows) < self.BATCH else register.count(self._db, self._filter)

    def _page(self, offset: int) -> list[tuple[Any, ...]]:
        return register.page(
            self._db, self._filter, order_by=self._order_by, descending=self._descending, offset=offset,
            limit=self.BATCH,
        )  # fmt: skip

    def _display(self, column: str, value: Any) -> str | None:
        if value is None:
            return None
        if column in _MONEY_COLUMNS:
            return self._locale.toString(float(value), "f", 2)
        if column in _INTEGER_COLUMNS:
            return self._locale.toString(int(value))
        if column == "status":
            return status_label(str(value))
        return str(value)

    def _tooltip(self, column: str, row: int, value: Any) -> str | None:
        if value is None:
            return None
        if column in _MONEY_COLUMNS:
            # The currency column is hidden by default; the amount's tooltip still names it.
            currency = self._rows[row][_CURRENCY]
            return f"{self._locale.toString(float(value), 'f', 2)} {currency or ''}".strip()
        if column == "occupation_isco":
            return self._isco.get(str(value))
        if column == "sector_isic":
            return self._isic.get(str(value))
        if column in ("employer_name", "job_title", "region"):
            # Long names are elided in narrow columns; the tooltip shows them whole.
            return str(value)
        return None
