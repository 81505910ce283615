"""Table models of Board settings: the members, the criteria weights (editable) and the shortage list."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont
from sqlite_utils import Database

from tripartite import classifications, roster
from tripartite.criteria import Catalogue, Criterion
from tripartite.ui import labels
from tripartite.ui.models.table import LEFT, RIGHT, Column, ColumnTableModel, Index

# ---------------------------------------------------------------------------------------------- members


class MemberTableModel(ColumnTableModel):
    """The board's members as stored, with whether each has a PIN (never the PIN itself).

    Args:
        db: the GUI thread's connection.
        parent: the owning QObject.
    """

    CONTEXT = "MemberTableModel"
    _ACTIVE = QT_TRANSLATE_NOOP("MemberTableModel", "holds a seat")
    _INACTIVE = QT_TRANSLATE_NOOP("MemberTableModel", "inactive")
    _PIN_SET = QT_TRANSLATE_NOOP("MemberTableModel", "✓ set")
    _PIN_MISSING = QT_TRANSLATE_NOOP("MemberTableModel", "✗ not set")
    _LOCKED = QT_TRANSLATE_NOOP("MemberTableModel", "locked out until {time}")

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        # Built here: "alternate of" names the principal from the rows shown.
        self.COLUMNS = (
            Column(QT_TRANSLATE_NOOP("MemberTableModel", "Name"), lambda r: r.name, tooltip=True),
            Column(QT_TRANSLATE_NOOP("MemberTableModel", "Id"), lambda r: r.id, tooltip=True),
            Column(
                QT_TRANSLATE_NOOP("MemberTableModel", "Constituency"),
                lambda r: labels.constituency(r.constituency),
                tooltip=True,
            ),
            Column(QT_TRANSLATE_NOOP("MemberTableModel", "Role"), lambda r: labels.role(r.role), tooltip=True),
            Column(QT_TRANSLATE_NOOP("MemberTableModel", "Seat"), self._seat, tooltip=True),
            Column(QT_TRANSLATE_NOOP("MemberTableModel", "PIN"), self._pin, tooltip=True),
            Column(QT_TRANSLATE_NOOP("MemberTableModel", "Alternate of"), self._alternate_of, tooltip=True),
        )
        self.reload()

    def reload(self) -> None:
        """Read the members again."""
        self.replace_rows(roster.roster(self._db))

    def member_id(self, row: int) -> str:
        """The id of the member in ``row``."""
        return str(self.row_at(row).id)

    def row_of(self, member_id: str) -> int:
        """The row of a member, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == member_id), -1)

    def _seat(self, row: roster.MemberListing) -> str:
        return QCoreApplication.translate("MemberTableModel", self._ACTIVE if row.active else self._INACTIVE)

    def _pin(self, row: roster.MemberListing) -> str:
        translate = QCoreApplication.translate
        locked = dt.datetime.fromisoformat(row.locked_until) if row.locked_until else None
        if locked is not None and locked > dt.datetime.now(dt.UTC):
            time = QLocale().toString(locked.astimezone().time(), QLocale.FormatType.ShortFormat)
            return translate("MemberTableModel", self._LOCKED).format(time=time)
        return translate("MemberTableModel", self._PIN_SET if row.has_pin else self._PIN_MISSING)

    def _alternate_of(self, row: roster.MemberListing) -> str | None:
        if not row.alternate_of:
            return None
        return next((r.name for r in self._rows if r.id == row.alternate_of), row.alternate_of)


# ---------------------------------------------------------------------------------------------- weights


class WeightTableModel(ColumnTableModel):
    """The catalogue's criteria with editable weights; the catalogue itself is not touched.

    Signals:
        weights_changed: a weight was edited (the view updates the totals).

    Args:
        parent: the owning QObject.
    """

    weights_changed = Signal()
    CONTEXT = "WeightTableModel"
    WEIGHT = 4
    _AUTO = QT_TRANSLATE_NOOP("WeightTableModel", "yes")
    _JUDGED = QT_TRANSLATE_NOOP("WeightTableModel", "members judge")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._catalogue: Catalogue | None = None
        self._weights: dict[str, float] = {}
        # Built here: the weight column shows the edited weights, not the catalogue's.
        self.COLUMNS = (
            Column(QT_TRANSLATE_NOOP("WeightTableModel", "Code"), lambda c: c.code, LEFT, tooltip=True),
            Column(
                QT_TRANSLATE_NOOP("WeightTableModel", "Criterion"),
                lambda c: c.label,
                LEFT,
                tooltip=lambda c: c.description,
            ),
            Column(
                QT_TRANSLATE_NOOP("WeightTableModel", "Family"), lambda c: labels.family(c.family), LEFT, tooltip=True
            ),
            Column(QT_TRANSLATE_NOOP("WeightTableModel", "Computed from the dossier"), self._auto, LEFT, tooltip=True),
            Column(
                QT_TRANSLATE_NOOP("WeightTableModel", "Weight"),
                lambda c: QLocale().toString(float(self._weights[c.code]), "g", 4),
                RIGHT,
                tooltip=True,
                edit=lambda c: float(self._weights[c.code]),
            ),
        )

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """Show a catalogue and start from its weights."""
        self._catalogue = catalogue
        self._weights = dict(catalogue.weights)
        self.replace_rows(catalogue.criteria)
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
        for criterion in self._rows:
            totals[criterion.family.value] = totals.get(criterion.family.value, 0.0) + self._weights[criterion.code]
        return totals

    def _auto(self, criterion: Criterion) -> str:
        return QCoreApplication.translate("WeightTableModel", self._AUTO if criterion.auto else self._JUDGED)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's words; the weight as a number for the editor, in bold once edited."""
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.column() == self.WEIGHT:
            criterion = self.row_at(index.row())
            if self._weights[criterion.code] != criterion.weight:
                font = QFont()
                font.setBold(True)  # an edited weight stands out until it is saved
                return font
            return None
        return super().data(index, role)

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
        self._weights[self.row_at(index.row()).code] = weight
        self.dataChanged.emit(index.siblingAtColumn(0), index)
        self.weights_changed.emit()
        return True


# ---------------------------------------------------------------------------------------- shortage list


class ShortageListModel(ColumnTableModel):
    """ISCO-08 unit groups on the shortage list, with their titles, in the order kept.

    Args:
        parent: the owning QObject.
    """

    CONTEXT = "ShortageListModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ShortageListModel", "ISCO code"), lambda code: code, tooltip=True),
        Column(
            QT_TRANSLATE_NOOP("ShortageListModel", "Occupation"),
            lambda code: classifications.isco_titles().get(code, ""),
            tooltip=True,
        ),
    )

    def set_codes(self, codes: list[str]) -> None:
        """Show these codes."""
        self.replace_rows(codes)

    def codes(self) -> list[str]:
        """The codes, in order."""
        return list(self._rows)

    def add(self, code: str) -> bool:
        """Append a code that is not listed yet; False if it already is."""
        if code in self._rows:
            return False
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(code)
        self.endInsertRows()
        return True

    def remove(self, row: int) -> None:
        """Remove the code in ``row``."""
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
