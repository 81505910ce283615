"""Models of the meetings page and the room: meetings, agenda, requests to add, a pane's members.

Each is a small window onto SQL, read again on :meth:`reload`. None of them ever holds a ballot: the
pane's model knows only who has voted (:func:`tripartite.meetings.ballots.voters`), as DESIGN §4.3 requires.

The two tables stand on :class:`~tripartite.ui.models.table.ColumnTableModel`. The agenda and the pane's
members stay list models: each row is one multi-line cell whose roles (icon, words for a screen reader,
the item's id and status) are worked out together, so there are no columns to declare.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractListModel, QObject, Qt
from PySide6.QtGui import QIcon
from sqlite_utils import Database

from tripartite import room_model
from tripartite.models import ItemStatus
from tripartite.ui import labels
from tripartite.ui.meeting_room.style import status_icon
from tripartite.ui.models.table import LEFT, RIGHT, ROOT, Column, ColumnTableModel, Index, cell_text

ItemIdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2


class MeetingListModel(ColumnTableModel):
    """Every meeting: date, title, place, status and number of items.

    Args:
        db: the GUI thread's connection.
        parent: the owning QObject.
    """

    CONTEXT = "MeetingListModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("MeetingListModel", "Date"), cell_text("date"), LEFT),
        Column(QT_TRANSLATE_NOOP("MeetingListModel", "Title"), cell_text("title"), LEFT),
        Column(QT_TRANSLATE_NOOP("MeetingListModel", "Place"), cell_text("place"), LEFT),
        Column(
            QT_TRANSLATE_NOOP("MeetingListModel", "Status"),
            lambda r: labels.label(labels.MEETING_STATUSES, r["status"]),
            LEFT,
        ),
        Column(QT_TRANSLATE_NOOP("MeetingListModel", "Items"), cell_text("items"), RIGHT),
    )

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._rows = room_model.meetings(db)

    def reload(self) -> None:
        """Read the meetings again."""
        self.replace_rows(room_model.meetings(self._db))

    def meeting_id(self, row: int) -> int:
        """The id of the meeting in ``row``."""
        return int(self.row_at(row)["id"])

    def row_of(self, meeting_id: int) -> int:
        """The row of a meeting, or -1."""
        return next((i for i, r in enumerate(self._rows) if r["id"] == meeting_id), -1)


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

    def rowCount(self, parent: Index = ROOT) -> int:
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


class PendingRequestsModel(ColumnTableModel):
    """Requests that can be put on an agenda, each with a check box.

    Args:
        db: the GUI thread's connection.
        parent: the owning QObject.
    """

    CONTEXT = "PendingRequestsModel"
    LIMIT = 500

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._text = ""
        self._checked: set[int] = set()
        # Built here: the check box shows this model's ticked requests, kept across filters.
        self.COLUMNS = (
            Column(
                QT_TRANSLATE_NOOP("PendingRequestsModel", "Reference"),
                cell_text("reference"),
                LEFT,
                check=lambda r: r["id"] in self._checked,
            ),
            Column(QT_TRANSLATE_NOOP("PendingRequestsModel", "Employer"), cell_text("employer_name"), LEFT),
            Column(QT_TRANSLATE_NOOP("PendingRequestsModel", "Job title"), cell_text("job_title"), LEFT),
            Column(QT_TRANSLATE_NOOP("PendingRequestsModel", "Region"), cell_text("region"), LEFT),
            Column(QT_TRANSLATE_NOOP("PendingRequestsModel", "Workers"), cell_text("workers_requested"), RIGHT),
        )
        self._rows, self._total = room_model.pending_requests(db, "", self.LIMIT)

    def set_filter(self, text: str) -> None:
        """Show only the requests matching ``text``; checked requests stay checked."""
        self._text = text
        rows, self._total = room_model.pending_requests(self._db, text, self.LIMIT)
        self.replace_rows(rows)

    def total(self) -> int:
        """How many requests match (shown or not)."""
        return self._total

    def checked_ids(self) -> list[int]:
        """The checked requests' ids, in reference order of the current rows first."""
        return sorted(self._checked)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Check or uncheck a request (first column)."""
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        request_id = self.row_at(index.row())["id"]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(request_id)
        else:
            self._checked.discard(request_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


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

    def rowCount(self, parent: Index = ROOT) -> int:
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
