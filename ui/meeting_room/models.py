"""Models of the meetings page and the room: meetings, agenda, requests to add, a pane's members.

Each is a small window onto SQL, read again on :meth:`reload`. None of them ever holds a ballot: the
pane's model knows only who has voted (:func:`tripartite.meetings.ballots.voters`), as DESIGN §4.3 requires.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon
from sqlite_utils import Database

from tripartite import room_model
from tripartite.models import ItemStatus
from tripartite.ui.meeting_room import labels
from tripartite.ui.meeting_room.style import status_icon

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
ItemIdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class MeetingListModel(QAbstractTableModel):
    """Every meeting: date, title, place, status and number of items.

    Args:
        db: the GUI thread's connection.
        parent: the owning QObject.
    """

    HEADERS = (
        QT_TRANSLATE_NOOP("MeetingListModel", "Date"),
        QT_TRANSLATE_NOOP("MeetingListModel", "Title"),
        QT_TRANSLATE_NOOP("MeetingListModel", "Place"),
        QT_TRANSLATE_NOOP("MeetingListModel", "Status"),
        QT_TRANSLATE_NOOP("MeetingListModel", "Items"),
    )
    _KEYS = ("date", "title", "place", "status", "items")

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._rows: list[dict[str, Any]] = room_model.meetings(db)

    def reload(self) -> None:
        """Read the meetings again."""
        self.beginResetModel()
        self._rows = room_model.meetings(self._db)
        self.endResetModel()

    def meeting_id(self, row: int) -> int:
        """The id of the meeting in ``row``."""
        return int(self._rows[row]["id"])

    def row_of(self, meeting_id: int) -> int:
        """The row of a meeting, or -1."""
        return next((i for i, r in enumerate(self._rows) if r["id"] == meeting_id), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        """One row per meeting."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Date, title, place, status, items."""
        return 0 if parent.isValid() else len(self._KEYS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text or alignment."""
        if not index.isValid():
            return None
        row, key = self._rows[index.row()], self._KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "status":
                return labels.label(labels.MEETING_STATUSES, row[key])
            return "" if row[key] is None else str(row[key])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if key == "items" else _LEFT
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.HEADERS):
            return _tr("MeetingListModel", self.HEADERS[section])
        return None


class AgendaModel(QAbstractListModel):
    """A meeting's agenda: each item's number, reference, employer and status.

    Args:
        db: the GUI thread's connection.
        meeting_id: the meeting.
        parent: the owning QObject.
    """

    def __init__(self, db: Database, meeting_id: int, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._meeting_id = meeting_id
        self._rows: list[room_model.AgendaRow] = room_model.agenda(db, meeting_id)
        self._icons = {k: status_icon(k) for k in ("done", "open", "active", "bad", "wait")}

    def reload(self) -> None:
        """Read the agenda again; rows keep their place, so only changed data is signalled when possible."""
        rows = room_model.agenda(self._db, self._meeting_id)
        if [r.item_id for r in rows] == [r.item_id for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[room_model.AgendaRow]:
        """The agenda rows, in order."""
        return list(self._rows)

    def row_of(self, item_id: int) -> int:
        """The row of an item, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.item_id == item_id), -1)

    def status_text(self, row: room_model.AgendaRow) -> str:
        """The item's status in words (counts only while a vote is open: who voted, never how)."""
        if row.status == "voting":
            return (
                self.tr("Voting open · %1 of %2 voted").replace("%1", str(row.voted)).replace("%2", str(row.entitled))
            )
        if row.status == ItemStatus.DECIDED and row.outcome:
            return self.tr("Decided: %1").replace("%1", labels.outcome(row.outcome))
        return labels.label(labels.ITEM_STATUSES, row.status)

    def rowCount(self, parent: Index = _ROOT) -> int:
        """One row per agenda item."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text on three lines, a status icon, the status in words, the item id."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        status = self.status_text(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.position}. {row.reference}\n{row.employer}\n{status}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{row.position}. {row.reference}, {row.employer}: {status}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(row.status)
        if role == ItemIdRole:
            return row.item_id
        if role == StatusRole:
            return row.status
        return None

    def _icon(self, status: str) -> QIcon:
        kind = {ItemStatus.DECIDED: "done", "voting": "active", ItemStatus.NO_QUORUM: "bad", "not_adopted": "wait"}.get(
            status, "open"
        )
        return self._icons[kind]


class PendingRequestsModel(QAbstractTableModel):
    """Requests that can be put on an agenda, each with a check box.

    Args:
        db: the GUI thread's connection.
        parent: the owning QObject.
    """

    HEADERS = (
        QT_TRANSLATE_NOOP("PendingRequestsModel", "Reference"),
        QT_TRANSLATE_NOOP("PendingRequestsModel", "Employer"),
        QT_TRANSLATE_NOOP("PendingRequestsModel", "Job title"),
        QT_TRANSLATE_NOOP("PendingRequestsModel", "Region"),
        QT_TRANSLATE_NOOP("PendingRequestsModel", "Workers"),
    )
    _KEYS = ("reference", "employer_name", "job_title", "region", "workers_requested")
    LIMIT = 500

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._text = ""
        self._checked: set[int] = set()
        self._rows, self._total = room_model.pending_requests(db, "", self.LIMIT)

    def set_filter(self, text: str) -> None:
        """Show only the requests matching ``text``; checked requests stay checked."""
        self._text = text
        self.beginResetModel()
        self._rows, self._total = room_model.pending_requests(self._db, text, self.LIMIT)
        self.endResetModel()

    def total(self) -> int:
        """How many requests match (shown or not)."""
        return self._total

    def checked_ids(self) -> list[int]:
        """The checked requests' ids, in reference order of the current rows first."""
        return sorted(self._checked)

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Rows shown (at most :attr:`LIMIT`)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Reference, employer, job title, region, workers."""
        return 0 if parent.isValid() else len(self._KEYS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, check state (first column) and alignment."""
        if not index.isValid():
            return None
        row, key = self._rows[index.row()], self._KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if row[key] is None else str(row[key])
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if row["id"] in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if key == "workers_requested" else _LEFT
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Check or uncheck a request (first column)."""
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        request_id = self._rows[index.row()]["id"]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(request_id)
        else:
            self._checked.discard(request_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable rows; the first column is checkable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.HEADERS):
            return _tr("PendingRequestsModel", self.HEADERS[section])
        return None


class PaneMembersModel(QAbstractListModel):
    """A constituency's present, entitled members with a "has voted" tick, and nothing more (DESIGN §4.3).

    Args:
        parent: the owning QObject.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[tuple[str, str, bool]] = []
        self._icons = {k: status_icon(k, 20) for k in ("done", "open")}

    def set_members(self, rows: list[tuple[str, str, bool]]) -> None:
        """Show ``(member id, name, has voted)`` rows."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def member_id(self, row: int) -> str:
        """The id of the member in ``row``."""
        return self._rows[row][0]

    def members(self) -> list[tuple[str, str, bool]]:
        """The rows shown."""
        return list(self._rows)

    def rowCount(self, parent: Index = _ROOT) -> int:
        """One row per present, entitled member of the constituency."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The name, a tick icon, and "has voted" / "has not voted yet" in words."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        member_id, name, voted = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons["done" if voted else "open"]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Has voted") if voted else self.tr("Has not voted yet")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (self.tr("%1: has voted") if voted else self.tr("%1: has not voted yet")).replace("%1", name)
        if role == Qt.ItemDataRole.UserRole:
            return member_id
        return None
