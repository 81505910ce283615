"""Attendance: who is present, with apologies, arrivals and departures, and the quorum shown live.

Every change goes through :func:`tripartite.meetings.attendance.set_attendance` at once (it writes the audit event).
Attendance is a chair action: the first change in the dialog asks for the chair's PIN
(:class:`~tripartite.ui.meeting_room.chair_pin.ChairAuthority`), and every change names the chair as actor.

What the boxes mean:

- Ticking **Present** marks the member present and records their arrival now (an arrival already
  recorded is kept: a member who stepped out and came back keeps their first arrival, and the departure
  is cleared). It clears their apologies.
- Unticking **Present** *before the meeting opens* corrects the list: the member is simply absent, with
  no arrival and no departure (nothing happened that the minutes should show).
- Unticking **Present** *once the meeting is open* records that the member left now: the departure time
  is set, the arrival kept.
- **Apologies** belong to absent members only: the box is greyed out for a member marked present, its
  tooltip and the hint under the table say "untick Present first", and a change that still reaches the
  model is refused with that sentence. Ticking it for an absent member records apologies and no times.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from tripartite import authority, room_model
from tripartite.authority import Auth
from tripartite.errors import KnownError
from tripartite.meetings import attendance, lookup
from tripartite.models import MeetingStatus
from tripartite.ui import labels, refusal_words, style
from tripartite.ui.meeting_room.chair_pin import ChairAuthority
from tripartite.ui.meeting_room.style import scale_font
from tripartite.ui.models.table import Column, ColumnTableModel, Index

_TIME = re.compile(r"([01]?[0-9]|2[0-3]):([0-5][0-9])")


def _clock(stamp: str | None) -> str:
    """The HH:MM part of a stored time (``2026-11-20T10:05`` → ``10:05``)."""
    if not stamp:
        return ""
    return stamp.split("T", 1)[1][:5] if "T" in stamp else stamp[:5]


def _none(_row: dict[str, Any]) -> None:
    return None  # a check box alone: no text beside it


class AttendanceModel(ColumnTableModel):
    """The meeting's members with Present and Apologies check boxes and editable arrival and departure times.

    Signals:
        changed(): attendance changed in the database (the quorum must be read again).
        refused(str): a change was refused, in words.
        authority_needed(): a change waits for the chair's PIN; :meth:`replay_pending` records it once
            :attr:`auth` is set.

    Attributes:
        auth: the chair's proof once they typed their PIN; None until then (changes wait).

    Args:
        db: the GUI thread's connection.
        meeting_id: the meeting.
        parent: the owning QObject.
    """

    changed = Signal()
    refused = Signal(str)
    authority_needed = Signal()

    CONTEXT = "AttendanceModel"
    MEMBER, GROUP, ROLE, PRESENT, APOLOGIES, ARRIVED, DEPARTED = range(7)

    def __init__(
        self, db: Database, meeting_id: int, parent: QObject | None = None, *, clock: Callable[[], str] | None = None
    ):
        super().__init__(parent)
        self._db = db
        self._meeting_id = meeting_id
        self._date = lookup.meeting_row(db, meeting_id)["date"]
        self._clock = clock or (lambda: dt.datetime.now().strftime("%H:%M"))
        self._rows = room_model.attendance(db, meeting_id)
        self._names = {r["member_id"]: r["name"] for r in self._rows}
        self.auth: Auth | None = None
        self._pending: Callable[[], bool] | None = None
        # Built here: the role names a principal and the tooltips are this model's own words.
        self.COLUMNS = (
            Column(QT_TRANSLATE_NOOP("AttendanceModel", "Member"), lambda r: r["name"]),
            Column(QT_TRANSLATE_NOOP("AttendanceModel", "Group"), lambda r: labels.constituency(r["constituency"])),
            Column(QT_TRANSLATE_NOOP("AttendanceModel", "Role"), self._role),
            Column(QT_TRANSLATE_NOOP("AttendanceModel", "Present"), _none, check=lambda r: bool(r["present"])),
            Column(
                QT_TRANSLATE_NOOP("AttendanceModel", "Apologies"),
                _none,
                tooltip=self._apologies_tip,
                check=lambda r: bool(r["apologies"]),
            ),
            self._time_column(QT_TRANSLATE_NOOP("AttendanceModel", "Arrived"), "arrived_at"),
            self._time_column(QT_TRANSLATE_NOOP("AttendanceModel", "Departed"), "departed_at"),
        )

    def _time_column(self, header: str, key: str) -> Column:
        def clock(row: dict[str, Any]) -> str:
            return _clock(row[key])

        return Column(header, clock, tooltip=self._time_tip, edit=clock)

    def reload(self) -> None:
        """Read the attendance again."""
        self.replace_rows(room_model.attendance(self._db, self._meeting_id))

    def member_id(self, row: int) -> str:
        """The id of the member in ``row``."""
        return str(self.row_at(row)["member_id"])

    def _time_tip(self, _row: dict[str, Any]) -> str:
        return self.tr("Time as HH:MM; ticking Present fills it in")

    def _apologies_tip(self, row: dict[str, Any]) -> str:
        return self._apologies_refusal() if row["present"] else self.tr("Tick if the member sent apologies")

    def _apologies_refusal(self) -> str:
        return self.tr("Apologies are for absent members: untick Present first.")

    def _role(self, row: dict[str, Any]) -> str:
        text = labels.role(row["role"])
        if row["alternate_of"]:
            principal = self._names.get(row["alternate_of"], row["alternate_of"])
            text += " · " + self.tr("alternate of %1").replace("%1", principal)
        elif not row["active"]:
            text += " · " + self.tr("no seat")
        return text

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Present and Apologies are check boxes (Apologies greyed out for a present member); times are editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == self.APOLOGIES and self._rows[index.row()]["present"]:
            return Qt.ItemFlag.NoItemFlags  # shown, greyed: only an absent member sends apologies
        return super().flags(index)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Record a change of presence, apologies or time through the core."""
        if not index.isValid():
            return False
        row = dict(self._rows[index.row()])
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.PRESENT:
            return self.set_present(index.row(), Qt.CheckState(value) == Qt.CheckState.Checked)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.APOLOGIES:
            if row["present"]:
                self.refused.emit(self._apologies_refusal())
                return False
            row["apologies"] = int(Qt.CheckState(value) == Qt.CheckState.Checked)
        elif role == Qt.ItemDataRole.EditRole and column in (self.ARRIVED, self.DEPARTED):
            text = str(value).strip()
            if text and not _TIME.fullmatch(text):
                self.refused.emit(self.tr("Write the time as HH:MM, for example 09:30."))
                return False
            key = "arrived_at" if column == self.ARRIVED else "departed_at"
            row[key] = self._stamp(text) if text else None
        else:
            return False
        if not self._authorised():
            return self._wait_for_chair(functools.partial(self.setData, QModelIndex(index), value, role))
        return self._save(index.row(), row)

    def set_present(self, row_number: int, present: bool) -> bool:
        """Mark a member present (arrival now) or absent (see the module docstring for the times recorded).

        Returns:
            Whether it was recorded (False while the chair's PIN is asked: it is recorded afterwards).
        """
        row = dict(self._rows[row_number])
        if bool(row["present"]) == present:
            return True
        if not self._authorised():
            return self._wait_for_chair(functools.partial(self.set_present, row_number, present))
        if present:
            row.update(present=1, apologies=0, arrived_at=row["arrived_at"] or self._stamp(self._clock()))
            row["departed_at"] = None
        elif lookup.meeting_row(self._db, self._meeting_id)["status"] == MeetingStatus.DRAFT.value:
            row.update(present=0, arrived_at=None, departed_at=None)  # a correction before the opening
        else:
            row.update(present=0, departed_at=self._stamp(self._clock()))  # they leave the open meeting now
        return self._save(row_number, row)

    def replay_pending(self) -> None:
        """Record the change that waited for the chair's PIN (:attr:`auth` must be set by now)."""
        pending, self._pending = self._pending, None
        if pending is not None and self.auth is not None:
            pending()

    def _authorised(self) -> bool:
        """Whether the chair's proof is here and still fresh (a dialog left open long asks again)."""
        return self.auth is not None and authority.is_fresh(self.auth)

    def _wait_for_chair(self, change: Callable[[], bool]) -> bool:
        self._pending = change
        self.authority_needed.emit()
        return False

    def _stamp(self, clock: str) -> str:
        hours, minutes = clock.split(":")
        return f"{self._date}T{int(hours):02d}:{minutes}"

    def _save(self, row_number: int, row: dict[str, Any]) -> bool:
        try:
            attendance.set_attendance(
                self._db,
                self._meeting_id,
                row["member_id"],
                bool(row["present"]),
                arrived_at=row["arrived_at"],
                departed_at=row["departed_at"],
                apologies=bool(row["apologies"]),
                auth=self.auth,
            )
        except KnownError as exc:
            self.refused.emit(refusal_words.say(exc))
            return False
        self._rows[row_number] = row
        self.dataChanged.emit(self.index(row_number, 0), self.index(row_number, self.columnCount() - 1))
        self.changed.emit()
        return True


class AttendanceDialog(QDialog):
    """The attendance table, an "Everyone present" button and the quorum, live.

    Args:
        db: the GUI thread's connection.
        meeting_id: the meeting.
        quorum_text: returns the quorum in words for the current item (called after each change).
        parent: the room.
    """

    def __init__(self, db: Database, meeting_id: int, quorum_text: Callable[[], str], parent: QWidget):
        super().__init__(parent)
        self.setObjectName("attendanceDialog")
        self.setWindowTitle(self.tr("Attendance"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._quorum_text = quorum_text
        self.model = AttendanceModel(db, meeting_id, self)
        self.model.changed.connect(self._on_changed)
        self.model.refused.connect(self._on_refused)
        self.model.authority_needed.connect(self._on_authority_needed)
        self.chair = ChairAuthority(
            db, self, self.tr("Enter your PIN to record the attendance."), meeting_id
        )
        self.chair.granted.connect(self._on_chair_granted)
        self.table = QTableView(self)
        self.table.setObjectName("attendanceTable")
        self.table.setAccessibleName(self.tr("Attendance"))
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setCurrentIndex(self.model.index(0, AttendanceModel.PRESENT))
        self.all_button = QPushButton(self.tr("&Everyone present"), self)
        self.all_button.setObjectName("allPresentButton")
        self.all_button.setAccessibleName(self.tr("Mark everyone with a seat present"))
        self.all_button.clicked.connect(self.mark_everyone_present)
        hint = QLabel(
            self.tr("Space ticks Present or Apologies (for an absent member only); type a time as HH:MM. "
                    "The first change asks for the chair's PIN."),
            self,
        )  # fmt: skip
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.quorum_label = QLabel(self)
        self.quorum_label.setObjectName("attendanceQuorum")
        self.quorum_label.setAccessibleName(self.tr("Quorum"))
        self.quorum_label.setWordWrap(True)
        scale_font(self.quorum_label, 1.1, bold=True)
        self.problem_label = style.problem_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.quorum_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        self.resize(820, 460)
        self._on_changed()

    def mark_everyone_present(self) -> None:
        """Tick Present for every member who holds a seat (active members and the secretary); the chair's PIN first."""
        if not self.chair.require(self.mark_everyone_present):
            return
        for row in range(self.model.rowCount()):
            record = self.model._rows[row]
            if record["active"] and not record["alternate_of"]:
                self.model.set_present(row, True)

    def _on_changed(self) -> None:
        self.problem_label.clear()
        self.quorum_label.setText(self._quorum_text())

    def _on_refused(self, text: str) -> None:
        self.problem_label.setText(text)

    def _on_authority_needed(self) -> None:
        if self.chair.require(self.model.replay_pending):
            self.model.replay_pending()

    def _on_chair_granted(self, auth: Auth) -> None:
        self.model.auth = auth
