"""One base for the app's tables: each column declared once, the Qt plumbing written once.

A model lists its :class:`Column` values (header, value getter, alignment, tooltip, icon, colour, the
words a screen reader hears, and for the few tables that take input a check box or an edit value) and
fills its rows with :meth:`ColumnTableModel.replace_rows`. The base answers ``rowCount``,
``columnCount``, ``headerData``, ``flags`` and ``data`` from them; a model that takes input writes its
own ``setData`` (what a change means differs from table to table), and a role no column declares (a
bold edited cell) is answered by the model's ``data`` before it calls the base's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Getter = Callable[[Any], Any]
ROOT = QModelIndex()  # the invalid parent of a flat table or list, built once (not a call in a default argument)
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def cell_text(key: Any) -> Getter:
    """A getter of one field of a row (a position in a tuple, a key in a dict) as text, "" for None."""

    def text(row: Any) -> str:
        value = row[key]
        return "" if value is None else str(value)

    return text


@dataclass(frozen=True)
class Column:
    """One column of a table.

    Attributes:
        header: the title, marked with ``QT_TRANSLATE_NOOP`` in the model's context (translated when shown).
        value: the row's text (or number) shown in the cell.
        align: the cell's alignment; None leaves it to the view.
        tooltip: the cell's tooltip; True repeats the value (long cells are cut), None shows none.
        icon: a ``DecorationRole`` getter (an icon beside the text).
        colour: a ``ForegroundRole`` getter (the text's colour).
        accessible: what a screen reader says for the cell, when the value alone is a glyph or a code;
            True repeats the value.
        check: whether the row's check box is ticked; given, the column shows a check box the user can tick.
        edit: the value an editor starts from (``EditRole``); given, the column is editable.
    """

    header: str
    value: Getter
    align: Qt.AlignmentFlag | None = None
    tooltip: Getter | bool | None = None
    icon: Getter | None = None
    colour: Getter | None = None
    accessible: Getter | bool | None = None
    check: Getter | None = None
    edit: Getter | None = None


class ColumnTableModel(QAbstractTableModel):
    """A table of rows, one :class:`Column` per column.

    Subclasses set :attr:`CONTEXT` (the translation context of the headers) and :attr:`COLUMNS`: on the
    class when the cells depend on the row alone, in ``__init__`` when a getter reads the model's own
    state too (names looked up once, a set of ticked rows, edited weights).

    Args:
        parent: the owning QObject.
    """

    CONTEXT = ""
    COLUMNS: tuple[Column, ...] = ()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Any] = []

    def replace_rows(self, rows: Sequence[Any]) -> None:
        """Show these rows instead of the current ones."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        """The row object shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        """One row per row object."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        """One per declared column."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles."""
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section].header)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Read-only cells, but for the columns with a check box or an editor."""
        if not index.isValid() or index.column() >= len(self.COLUMNS):
            return Qt.ItemFlag.NoItemFlags
        column = self.COLUMNS[index.column()]
        flags = _READ_ONLY
        if column.check is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if column.edit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's value for the role, from its column's declaration."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or index.column() >= len(self.COLUMNS):
            return None
        column, row = self.COLUMNS[index.column()], self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip is True:
                return column.value(row)
            return column.tooltip(row) if callable(column.tooltip) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column.accessible is True:
                return column.value(row)
            return column.accessible(row) if callable(column.accessible) else None
        if role == Qt.ItemDataRole.CheckStateRole:
            if column.check is None:
                return None
            return Qt.CheckState.Checked if column.check(row) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole:
            getter = column.icon
        elif role == Qt.ItemDataRole.ForegroundRole:
            getter = column.colour
        elif role == Qt.ItemDataRole.EditRole:
            getter = column.edit
        else:
            return None
        return getter(row) if getter is not None else None
