"""Who has signed the minutes and who has not: one row per signatory role, in the order of the boxes.

:class:`SigningStateModel` holds the rows; :class:`SignatoryList` shows them as wrapped labels, because a
handful of rows whose height depends on the width (long names wrap) is what labels in a layout do well,
and an item view does badly (it sizes rows before it knows its width).

The model stays a list model rather than a :class:`~tripartite.ui.models.table.ColumnTableModel`: it has
no columns, and its one cell's text, icon and spoken words all come from the same signed-or-not state.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from tripartite.ui import labels
from tripartite.ui.minutes.work import MinutesState
from tripartite.ui.views.status_icons import Icons

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid parent of a flat model, built once (not a call in a default argument)
ROLE_CODE = Qt.ItemDataRole.UserRole + 1  # the role's code (``chair``), for tests and callers


class SigningStateModel(QAbstractListModel):
    """The signing state of stored minutes: a ✓ and the signer for each signed role, a … for the others.

    Args:
        parent: the owning QObject.
    """

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._state: MinutesState | None = None
        self._icons = Icons()

    def set_state(self, state: MinutesState | None) -> None:
        """Show the roles of some minutes (none for None)."""
        self.beginResetModel()
        self._state = state
        self.endResetModel()


    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        """One row per signatory role."""
        return 0 if parent.isValid() or self._state is None else len(self._state.roles)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The role, who signed it and when, with a ✓ or … icon."""
        state = self._state
        if state is None or not index.isValid() or not 0 <= index.row() < len(state.roles):
            return None
        code = state.roles[index.row()]
        signed = state.signed.get(code)
        if role == Qt.ItemDataRole.DisplayRole:
            if signed is None:
                return "\n".join((labels.role(code), self.tr("Not signed yet")))
            return "\n".join(
                (
                    labels.role(code),
                    self.tr("Signed by %1").replace("%1", signed.signer),
                    labels.when(signed.signed_at),
                )
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if signed is None:
                return self.tr("%1: not signed yet").replace("%1", labels.role(code))
            return (
                self.tr("%1: signed by %2, %3")
                .replace("%1", labels.role(code))
                .replace("%2", signed.signer)
                .replace("%3", labels.when(signed.signed_at))
            )
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons.get("ok" if signed is not None else "pending")
        if role == ROLE_CODE:
            return code
        return None


class SignatoryList(QFrame):
    """The rows of a :class:`SigningStateModel` as an icon and wrapped text each, rebuilt on every reset.

    Args:
        model: the signing state.
        parent: the owning widget.
    """

    def __init__(self, model: SigningStateModel, parent: QWidget):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(self.palette().ColorRole.Base)
        self.setAutoFillBackground(True)
        self._model = model
        self._rows: list[QWidget] = []
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(8)
        model.modelReset.connect(self._rebuild)
        self._rebuild()

    def row_texts(self) -> list[str]:
        """What each row says, as a screen reader reads it."""
        return [row.accessibleName() for row in self._rows]

    def _rebuild(self) -> None:
        for row in self._rows:
            self._layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._rows = []
        for number in range(self._model.rowCount()):
            self._rows.append(self._row(self._model.index(number)))
            self._layout.addWidget(self._rows[-1])

    def _row(self, index: QModelIndex) -> QWidget:
        row = QWidget(self)
        row.setAccessibleName(str(index.data(Qt.ItemDataRole.AccessibleTextRole)))
        icon = QLabel(row)
        decoration = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(decoration, QIcon):
            icon.setPixmap(decoration.pixmap(20, 20))
        role, _, rest = str(index.data(Qt.ItemDataRole.DisplayRole)).partition("\n")
        title = QLabel(role, row)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        detail = QLabel(rest, row)
        for label in (title, detail):
            label.setTextFormat(Qt.TextFormat.PlainText)  # names are data, never markup
            label.setWordWrap(True)
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(title)
        text.addWidget(detail)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        return row
