"""The request register's table model: a window onto SQL, never a copy of the table.

The model holds only the rows fetched so far. Filtering and sorting run in SQL (``tripartite.register``)
and reset the model; scrolling fetches the next batch through ``canFetchMore``/``fetchMore``. So 100,000
requests cost no more to show than 200.

Two computed columns follow the SQL ones: the compliance gates and the technical score. They come from
``tripartite.assessment.assess`` (without the sensitivity search), run lazily for the rows a view actually
asks about and cached per request id until :meth:`RequestTableModel.reload`.

It does not stand on :class:`~tripartite.ui.models.table.ColumnTableModel`, the base of the app's other
tables: its columns are the register's SQL columns, named by ``tripartite.register`` and sorted by name in
SQL; its rows are raw fetched tuples; and its two computed columns share one lazy, chunked assessment.
What the base would take away (``rowCount``, ``columnCount``, the header) is a few lines, and the 100k-row
paging it must not slow (``bench/``, B2) is this model's reason to be.
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
from PySide6.QtGui import QColor
from sqlite_utils import Database

from tripartite import assessment, board, classifications, criteria, criteria_toml, gates, recommendation, register
from tripartite.assessment import Assessment
from tripartite.gates import GateStatus
from tripartite.models import Outcome
from tripartite.ui import labels
from tripartite.ui.catalogue import localized

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
    "gates": QT_TRANSLATE_NOOP("RequestTableModel", "Gates"),
    "score": QT_TRANSLATE_NOOP("RequestTableModel", "Score"),
}
HEADER_TIPS: dict[str, str] = {
    "occupation_isco": QT_TRANSLATE_NOOP("RequestTableModel", "ISCO-08 unit group"),
    "sector_isic": QT_TRANSLATE_NOOP("RequestTableModel", "ISIC Rev.4 section or division"),
    "workers_requested": QT_TRANSLATE_NOOP("RequestTableModel", "Foreign workers requested"),
    "prevailing_wage": QT_TRANSLATE_NOOP("RequestTableModel", "Prevailing wage for the job and region"),
    "gates": QT_TRANSLATE_NOOP(
        "RequestTableModel",
        "Compliance gates: ✗ failed, ? missing evidence, ✓ every automatic gate passed (not sortable)",
    ),
    "score": QT_TRANSLATE_NOOP(
        "RequestTableModel", "Technical score from the dossier, 0–100; 50 meets expectations (not sortable)"
    ),
}
GATES_ALL_PASSED = QT_TRANSLATE_NOOP("RequestTableModel", "✓ all")
GATE_TIP_LINES = {
    GateStatus.FAILED: QT_TRANSLATE_NOOP("RequestTableModel", "{code} failed: {reason}"),
    GateStatus.UNKNOWN: QT_TRANSLATE_NOOP("RequestTableModel", "{code} missing evidence, {reason}"),
}
GATES_ALL_TIP = QT_TRANSLATE_NOOP(
    "RequestTableModel", "Every automatic gate passed; attestation gates are answered at the meeting."
)
# The model's columns: the register's SQL columns, then the two computed from the assessment.
COMPUTED = ("gates", "score")
COLUMNS: tuple[str, ...] = (*register.COLUMNS, *COMPUTED)
_INTEGER_COLUMNS = frozenset({"workers_requested"})
_MONEY_COLUMNS = frozenset({"wage_offered", "prevailing_wage"})
_RIGHT_ALIGNED = _INTEGER_COLUMNS | _MONEY_COLUMNS | {"score"}
# Text colours back up the ✗ / ? / ✓ glyphs; colour is never the only signal.
_FAILED = QColor("#a61b1b")
_UNKNOWN = QColor("#8a5300")
_PASSED = QColor("#1e6b34")
# Full rows are read for assessment in chunks around the row a view asks about.
_ASSESS_CHUNK = 50
_NUMERIC = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_TEXT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CURRENCY = register.COLUMNS.index("currency") + 1  # position in a fetched row, after the id


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
        self._assessed: dict[int, Assessment] = {}
        self._board: tuple[criteria.Catalogue, gates.BoardContext] | None = None
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
        self._reset()

    def reload(self) -> None:
        """Query again from the first row after the data changed (import, edit, agenda, board settings).

        The assessment cache and the board's catalogue are dropped too: a request or the rules may have changed.
        """
        self._assessed.clear()
        self._board = None
        self._reset()

    def total(self) -> int:
        """How many requests match the filter (fetched or not)."""
        return self._total

    def request_id(self, row: int) -> int:
        """The database id of the request shown in ``row``."""
        return int(self._rows[row][0])

    def row_of(self, request_id: int) -> int:
        """The row showing a request among those fetched, or -1."""
        for row, values in enumerate(self._rows):
            if values[0] == request_id:
                return row
        return -1

    def status(self, row: int) -> str:
        """The stored status value (``pending``, ``on_agenda`` …) of the request in ``row``."""
        return str(self._rows[row][COLUMNS.index("status") + 1])

    def reference(self, row: int) -> str:
        """The reference of the request in ``row``."""
        return str(self._rows[row][1])

    def assessment(self, row: int) -> Assessment:
        """The request's assessment without sensitivity (cached; read with its neighbours on a miss)."""
        request_id = self.request_id(row)
        cached = self._assessed.get(request_id)
        if cached is None:
            self._assess_around(row)
            cached = self._assessed[request_id]
        return cached

    # ------------------------------------------------------------------------------ Qt overrides

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        """Rows fetched so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The register's SQL columns, then gates and score."""
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Formatted value, alignment, colour or tooltip of one cell."""
        if not index.isValid():
            return None
        column = COLUMNS[index.column()]
        if column in COMPUTED:
            return self._computed(column, index.row(), role)
        value = self._rows[index.row()][index.column() + 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _NUMERIC if column in _RIGHT_ALIGNED else _TEXT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(column, index.row(), value)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles; row headers are not shown."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_CONTEXT, HEADERS[column])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _NUMERIC if column in _RIGHT_ALIGNED else _TEXT
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
        """Order by a column in SQL; column -1 (no sort indicator) means the reference order.

        The computed columns cannot be sorted in SQL; asking for them changes nothing.
        """
        if 0 <= column < len(COLUMNS) and COLUMNS[column] in COMPUTED:
            return
        order_by = COLUMNS[column] if 0 <= column < len(register.COLUMNS) else "reference"
        descending = order == Qt.SortOrder.DescendingOrder
        if (order_by, descending) == (self._order_by, self._descending):
            return
        self._order_by, self._descending = order_by, descending
        self._reset()

    # --------------------------------------------------------------------------------- internals

    def _reset(self) -> None:
        self.beginResetModel()
        self._load()
        self.endResetModel()

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

    def _board_context(self) -> tuple[criteria.Catalogue, gates.BoardContext]:
        if self._board is None:
            self._board = (
                localized(criteria_toml.for_board(self._db)),
                gates.BoardContext.of(board.read_board(self._db)),
            )
        return self._board

    def _assess_around(self, row: int) -> None:
        """Assess the requests of ``row`` and the next rows not yet cached, reading their full rows at once."""
        catalogue, context = self._board_context()
        ids = [r[0] for r in self._rows[row : row + _ASSESS_CHUNK] if r[0] not in self._assessed]
        for request_id, request in register.requests_by_id(self._db, ids).items():
            self._assessed[request_id] = assessment.assess(request, catalogue, context, with_sensitivity=False)
        for request_id in ids:
            if request_id not in self._assessed:
                # Deleted by another connection since the page was read: show it as not assessable.
                self._assessed[request_id] = assessment.Assessment(
                    "", [], {}, None, None, recommendation.Recommendation(Outcome.DEFER, [], "no_score"),
                    None,
                )  # fmt: skip

    def _computed(self, column: str, row: int, role: int) -> Any:
        if role not in (
            Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.TextAlignmentRole,
        ):  # fmt: skip
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _NUMERIC if column == "score" else _TEXT
        result = self.assessment(row)
        if column == "score":
            if role == Qt.ItemDataRole.DisplayRole and result.technical_score is not None:
                return self._locale.toString(result.technical_score, "f", 1)
            return None
        failed, unknown = result.gates_failed, result.gates_unknown
        if role == Qt.ItemDataRole.DisplayRole:
            if failed:
                text = "✗ " + ", ".join(failed)
                return text + ("  ? " + ", ".join(unknown) if unknown else "")
            if unknown:
                return "? " + ", ".join(unknown)
            return QCoreApplication.translate(_CONTEXT, GATES_ALL_PASSED) if result.gates else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return _FAILED if failed else _UNKNOWN if unknown else _PASSED
        lines = [
            QCoreApplication.translate(_CONTEXT, GATE_TIP_LINES[g.status]).format(
                code=g.code, reason=labels.gate_reason(g.why)
            )
            for g in result.gates
            if g.status in GATE_TIP_LINES
        ]
        return "\n".join(lines) if lines else QCoreApplication.translate(_CONTEXT, GATES_ALL_TIP)

    def _display(self, column: str, value: Any) -> str | None:
        if value is None:
            return None
        if column in _MONEY_COLUMNS:
            return self._locale.toString(float(value), "f", 2)
        if column in _INTEGER_COLUMNS:
            return self._locale.toString(int(value))
        if column == "status":
            return labels.request_status(str(value))
        return str(value)

    def _tooltip(self, column: str, row: int, value: Any) -> str | None:
        if value is None:
            return None
        if column in _MONEY_COLUMNS:
            # The currency column is hidden by default; the amount's tooltip still names it.
            currency = self._rows[row][_CURRENCY]
            return f"{self._locale.toString(float(value), 'f', 2)} {currency or ''}".strip()
        # The classifications are read on the first tooltip, not at start-up (they are cached after that).
        if column == "occupation_isco":
            return classifications.isco_titles().get(str(value))
        if column == "sector_isic":
            return classifications.isic_titles().get(str(value))
        if column in ("employer_name", "job_title", "region"):
            # Long names are elided in narrow columns; the tooltip shows them whole.
            return str(value)
        return None
