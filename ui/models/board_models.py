"""Table models of Board settings: the members, the criteria weights (editable) and the shortage list."""

from __future__ import annotations

import datetime as dt
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
    Signal,
)
from PySide6.QtGui import QFont
from sqlite_utils import Database

from tripartite import classifications, roster
from tripartite.criteria import Catalogue
from tripartite.ui import labels

Index = QModelIndex | QPersistentModelIndex
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def _header(context: str, headers: tuple[str, ...], section: int, orientation: Qt.Orientation, role: int) -> Any:
    if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(headers):
        return QCoreApplication.translate(context, headers[section])
    return None


# ---------------------------------------------------------------------------------------------- members


class MemberTableModel(QAbstractTableModel):
    """The board's members as stored, with whether each has a PIN (never the PIN itself).

    Args:
        db: the GUI thread's connection.
        parent: the owning QObject.
    """

    HEADERS = (
        QT_TRANSLATE_NOOP("MemberTableModel", "Name"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Id"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Constituency"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Role"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Seat"),
        QT_TRANSLATE_NOOP("MemberTableModel", "PIN"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Alternate of"),
    )
    _ACTIVE = QT_TRANSLATE_NOOP("MemberTableModel", "holds a seat")
    _INACTIVE = QT_TRANSLATE_NOOP("MemberTableModel", "inactive")
    _PIN_SET = QT_TRANSLATE_NOOP("MemberTableModel", "✓ set")
    _PIN_MISSING = QT_TRANSLATE_NOOP("MemberTableModel", "✗ not set")
    _LOCKED = QT_TRANSLATE_NOOP("MemberTableModel", "locked out until {time}")

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._rows: list[roster.MemberListing] = []
        self.reload()

    def reload(self) -> None:
        """Read the members again."""
        self.beginResetModel()
        self._rows = roster.roster(self._db)
        self.endResetModel()

    def member_id(self, row: int) -> str:
        """The id of the member in ``row``."""
        return self._rows[row].id

    def row_of(self, member_id: str) -> int:
        """The row of a member, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == member_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        """One row per member."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Name, id, constituency, role, seat, PIN, alternate of."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated titles."""
        return _header("MemberTableModel", self.HEADERS, section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Read-only: members change through the member dialog."""
        return _READ_ONLY if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's words."""
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row, column = self._rows[index.row()], index.column()
        tr = QCoreApplication.translate
        if column == 0:
            return row.name
        if column == 1:
            return row.id
        if column == 2:
            return labels.constituency(row.constituency)
        if column == 3:
            return labels.role(row.role)
        if column == 4:
            return tr("MemberTableModel", self._ACTIVE if row.active else self._INACTIVE)
        if column == 6:
            return self._name_of(row.alternate_of) if row.alternate_of else None
        if column == 5:
            locked = dt.datetime.fromisoformat(row.locked_until) if row.locked_until else None
            if locked is not None and locked > dt.datetime.now(dt.UTC):
                time = QLocale().toString(locked.astimezone().time(), QLocale.FormatType.ShortFormat)
                return tr("MemberTableModel", self._LOCKED).format(time=time)
            return tr("MemberTableModel", self._PIN_SET if row.has_pin else self._PIN_MISSING)
        return None

    def _name_of(self, member_id: str) -> str:
        return next((r.name for r in self._rows if r.id == member_id), member_id)


# ---------------------------------------------------------------------------------------------- weights


class WeightTableModel(QAbstractTableModel):
    """The catalogue's criteria with editable weights; the catalogue itself is not touched.

    Signals:
        weights_changed: a weight was edited (the view updates the totals).

    Args:
        parent: the owning QObject.
    """

    weights_changed = Signal()
    HEADERS = (
        QT_TRANSLATE_NOOP("WeightTableModel", "Code"),
        QT_TRANSLATE_NOOP("WeightTableModel", "Criterion"),
        QT_TRANSLATE_NOOP("WeightTableModel", "Family"),
        QT_TRANSLATE_NOOP("WeightTableModel", "Computed from the dossier"),
        QT_TRANSLATE_NOOP("WeightTableModel", "Weight"),
    )
    WEIGHT = 4
    _AUTO = QT_TRANSLATE_NOOP("WeightTableModel", "yes")
    _JUDGED = QT_TRANSLATE_NOOP("WeightTableModel", "members judge")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._catalogue: Catalogue | None = None
        self._weights: dict[str, float] = {}

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """Show a catalogue and start from its weights."""
        self.beginResetModel()
        self._catalogue = catalogue
        self._weights = dict(catalogue.weights)
        self.endResetModel()
        self.weights_changed.emit()

    def weights(self) -> dict[str, float]:
        """The weights as edited."""
        return dict(self._weights)

    def is_changed(self) -> bool:
        """Whether any weight differs from the catalogue's."""
        return self._catalogue is not None and self._weights != self._catalogue.weights

    def total(self) -> float:
        """The sum of the edited weights (it must be 100 to save)."""
        return sum(self._weights.values())

    def family_totals(self) -> dict[str, float]:
        """Each family's edited total, by family value."""
        totals: dict[str, float] = {}
        if self._catalogue is not None:
            for criterion in self._catalogue.criteria:
                totals[criterion.family.value] = totals.get(criterion.family.value, 0.0) + self._weights[criterion.code]
        return totals

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        """One row per criterion."""
        return 0 if parent.isValid() or self._catalogue is None else len(self._catalogue.criteria)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Code, criterion, family, computed, weight."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated titles."""
        return _header("WeightTableModel", self.HEADERS, section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Only the weight is editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _READ_ONLY | Qt.ItemFlag.ItemIsEditable if index.column() == self.WEIGHT else _READ_ONLY

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's words; the weight as a number for the editor."""
        if not index.isValid() or self._catalogue is None:
            return None
        criterion = self._catalogue.criteria[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.EditRole and column == self.WEIGHT:
            return float(self._weights[criterion.code])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == self.WEIGHT else _LEFT
        edited = self._weights[criterion.code] != criterion.weight
        if role == Qt.ItemDataRole.FontRole and column == self.WEIGHT and edited:
            font = QFont()
            font.setBold(True)  # an edited weight stands out until it is saved
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return criterion.code
        if column == 1:
            return criterion.label if role == Qt.ItemDataRole.DisplayRole else criterion.description
        if column == 2:
            return labels.family(criterion.family)
        if column == 3:
            return QCoreApplication.translate("WeightTableModel", self._AUTO if criterion.auto else self._JUDGED)
        return QLocale().toString(float(self._weights[criterion.code]), "g", 4)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Set a weight (greater than 0)."""
        if not index.isValid() or index.column() != self.WEIGHT or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            weight = round(float(value), 2)
        except (TypeError, ValueError):
            return False
        if weight <= 0 or self._catalogue is None:
            return False
        self._weights[self._catalogue.criteria[index.row()].code] = weight
        self.dataChanged.emit(index.siblingAtColumn(0), index)
        self.weights_changed.emit()
        return True


# ---------------------------------------------------------------------------------------- shortage list


class ShortageListModel(QAbstractTableModel):
    """ISCO-08 unit groups on the shortage list, with their titles, in the order kept.

    Args:
        parent: the owning QObject.
    """

    HEADERS = (
        QT_TRANSLATE_NOOP("ShortageListModel", "ISCO code"),
        QT_TRANSLATE_NOOP("ShortageListModel", "Occupation"),
    )

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._codes: list[str] = []
        self._titles = classifications.isco_titles()

    def set_codes(self, codes: list[str]) -> None:
        """Show these codes."""
        self.beginResetModel()
        self._codes = list(codes)
        self.endResetModel()

    def codes(self) -> list[str]:
        """The codes, in order."""
        return list(self._codes)

    def add(self, code: str) -> bool:
        """Append a code that is not listed yet; False if it already is."""
        if code in self._codes:
            return False
        self.beginInsertRows(QModelIndex(), len(self._codes), len(self._codes))
        self._codes.append(code)
        self.endInsertRows()
        return True

    def remove(self, row: int) -> None:
        """Remove the code in ``row``."""
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._codes[row]
        self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        """One row per code."""
        return 0 if parent.isValid() else len(self._codes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Code and title."""
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated titles."""
        return _header("ShortageListModel", self.HEADERS, section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Read-only cells."""
        return _READ_ONLY if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Code or title."""
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        code = self._codes[index.row()]
        return code if index.column() == 0 else self._titles.get(code, "")
