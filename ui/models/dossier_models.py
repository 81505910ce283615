"""Table models behind the dossier view: the gates, the technical points per criterion, the history.

Each holds a few dozen rows at most, read by the view for one request; none is editable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from sqlite_utils import Database

from tripartite import request_history
from tripartite.assessment import GateResult
from tripartite.criteria import Catalogue
from tripartite.names import meeting_titles, member_names
from tripartite.ui import audit_words, labels
from tripartite.ui.models.request_model import status_label
from tripartite.ui.views import status_icons

Index = QModelIndex | QPersistentModelIndex
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter


class _ReadOnlyModel(QAbstractTableModel):
    """Shared plumbing: translated headers, fixed columns, read-only cells."""

    CONTEXT = ""
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Any] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        """One row per item."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The fixed columns of :attr:`HEADERS`."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles."""
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Read-only cells."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def _replace(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()


# ------------------------------------------------------------------------------------------------ gates


class GateTableModel(_ReadOnlyModel):
    """The gates of one request: code, what it checks, the result (icon and words), the reason."""

    CONTEXT = "GateTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("GateTableModel", "Gate"),
        QT_TRANSLATE_NOOP("GateTableModel", "Checks"),
        QT_TRANSLATE_NOOP("GateTableModel", "Result"),
        QT_TRANSLATE_NOOP("GateTableModel", "Reason"),
    )

    def set_gates(self, gates: Sequence[GateResult], catalogue: Catalogue) -> None:
        """Show these results, labelled from the catalogue in force."""
        self._replace([(g, catalogue.gate(g.code).label) for g in gates])

    def gate(self, row: int) -> GateResult:
        """The result in ``row``."""
        return self._rows[row][0]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, icon, colour and tooltip of a cell."""
        if not index.isValid():
            return None
        gate, label = self._rows[index.row()]
        state, column = gate.status.value, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return gate.code
            if column == 1:
                return label
            if column == 2:
                return labels.gate_state(state)  # the icon beside it carries the glyph
            return labels.gate_reason(gate.reason)
        if role == Qt.ItemDataRole.DecorationRole and column == 2:
            return status_icons.gate_icon(state)
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return status_icons.colour(state)
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 3):
            return label if column == 1 else labels.gate_reason(gate.reason)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # Screen readers hear the state as words, not the glyph.
            return f"{gate.code} {label}: {labels.gate_state(state)}, {labels.gate_reason(gate.reason)}"
        return None


# --------------------------------------------------------------------------------------------- criteria

_POINTS = {
    20: QT_TRANSLATE_NOOP("CriterionTableModel", "20 · exceeds"),
    10: QT_TRANSLATE_NOOP("CriterionTableModel", "10 · meets"),
    0: QT_TRANSLATE_NOOP("CriterionTableModel", "0 · not met"),
}
_JUDGED = QT_TRANSLATE_NOOP("CriterionTableModel", "members judge")
_MISSING = QT_TRANSLATE_NOOP("CriterionTableModel", "? missing evidence")


@dataclass(frozen=True)
class CriterionRow:
    """One criterion as the dossier shows it."""

    code: str
    label: str
    family: str
    weight: float
    auto: bool
    points: int | None


class CriterionTableModel(_ReadOnlyModel):
    """The criteria with their weight and the technical points the dossier earns (0/10/20)."""

    CONTEXT = "CriterionTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("CriterionTableModel", "Code"),
        QT_TRANSLATE_NOOP("CriterionTableModel", "Criterion"),
        QT_TRANSLATE_NOOP("CriterionTableModel", "Family"),
        QT_TRANSLATE_NOOP("CriterionTableModel", "Weight"),
        QT_TRANSLATE_NOOP("CriterionTableModel", "Technical points"),
    )

    def set_points(self, catalogue: Catalogue, points: dict[str, int | None]) -> None:
        """Show the catalogue's criteria with these technical points (None: not computed)."""
        self._replace([
            CriterionRow(c.code, c.label, c.family.value, c.weight, c.auto, points.get(c.code))
            for c in catalogue.criteria
        ])  # fmt: skip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, alignment and tooltip of a cell."""
        if not index.isValid():
            return None
        row: CriterionRow = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.code
            if column == 1:
                return row.label
            if column == 2:
                return labels.family(row.family)
            if column == 3:
                return QLocale().toString(float(row.weight), "g", 4)
            return self._points_text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == 3 else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole and column == 4 and row.auto and row.points is None:
            return status_icons.colour("unknown")
        if role == Qt.ItemDataRole.ToolTipRole and column in (0, 1):
            return f"{labels.family(row.family)}: {row.label}"
        return None

    def _points_text(self, row: CriterionRow) -> str:
        if not row.auto:
            return QCoreApplication.translate(self.CONTEXT, _JUDGED)
        if row.points is None:
            return QCoreApplication.translate(self.CONTEXT, _MISSING)
        return QCoreApplication.translate(self.CONTEXT, _POINTS[row.points])


# ---------------------------------------------------------------------------------------------- history

EVENTS = {
    "registered": QT_TRANSLATE_NOOP("HistoryTableModel", "Registered"),
    "status": QT_TRANSLATE_NOOP("HistoryTableModel", "Status: {old} → {new}"),
    "request.created": QT_TRANSLATE_NOOP("HistoryTableModel", "Entered by hand"),
    "request.edited": QT_TRANSLATE_NOOP("HistoryTableModel", "Edited"),
    "agenda.item_added": QT_TRANSLATE_NOOP("HistoryTableModel", "Put on the agenda of {meeting}"),
    "item.recusal": QT_TRANSLATE_NOOP("HistoryTableModel", "Recusal of {member}"),
    "item.attested": QT_TRANSLATE_NOOP("HistoryTableModel", "Gate {gate} attested"),
    "item.no_quorum": QT_TRANSLATE_NOOP("HistoryTableModel", "Not decided: no quorum"),
    "motion.proposed": QT_TRANSLATE_NOOP("HistoryTableModel", "Motion proposed: {outcome}"),
    "decision.recorded": QT_TRANSLATE_NOOP("HistoryTableModel", "Decision: {outcome}"),
    "dissent.filed": QT_TRANSLATE_NOOP("HistoryTableModel", "Dissent filed by {member}"),
}
# The notes the core writes on a status change, in words (the core writes codes and ids, never sentences).
NOTES = {
    "meeting": QT_TRANSLATE_NOOP("HistoryTableModel", "{meeting}"),
    "not decided at meeting": QT_TRANSLATE_NOOP("HistoryTableModel", "Not decided at {meeting}"),
    "decision:": QT_TRANSLATE_NOOP("HistoryTableModel", "Decision: {outcome}"),
}
_YES = QT_TRANSLATE_NOOP("HistoryTableModel", "yes")
_NO = QT_TRANSLATE_NOOP("HistoryTableModel", "no")


@dataclass(frozen=True)
class HistoryEntry:
    """One line of a request's history, in words.

    Attributes:
        at: ISO 8601 time (UTC).
        kind: a key of :data:`EVENTS`.
        actor: who did it, in words (a member's name, or the secretary).
        params: values for the event's words (names and titles, never ids).
        details: a note or the fields changed, in words.
    """

    at: str
    kind: str
    actor: str
    params: dict[str, str]
    details: str = ""


def history_entries(db: Database, request_id: int) -> list[HistoryEntry]:
    """The request's history (:func:`tripartite.request_history.request_history`), worded for the dossier.

    Args:
        db: the database.
        request_id: the request.
    """
    events = request_history.request_history(db, request_id)
    if not events:
        return []
    # People read names and meeting titles; the ids are the database's keys.
    meetings = {i: f"{m.title} ({m.date})" for i, m in meeting_titles(db).items()}
    words = _Words(member_names(db), meetings)
    return [HistoryEntry(e.at, e.kind, words.actor(e.actor), *_event_words(e, words)) for e in events]


@dataclass(frozen=True)
class _Words:
    """Members' names and meetings' titles, to word the ids the audit log and the history keep."""

    names: dict[str, str]
    meetings: dict[int, str]

    def member(self, member_id: str | None) -> str:
        return self.names.get(member_id or "", "—")

    def meeting(self, meeting_id: int | None) -> str:
        return self.meetings.get(meeting_id, "—") if meeting_id is not None else "—"

    def actor(self, actor: str | None) -> str:
        return audit_words.who(actor, self.names) if actor else ""

    def note(self, event: request_history.HistoryEvent) -> str:
        """A status change's note in words: the meeting's title, or the decision's outcome."""
        tr = QCoreApplication.translate
        if event.note_kind == request_history.NOTE_DECISION:
            return tr("HistoryTableModel", NOTES[event.note_kind]).format(outcome=labels.outcome(event.outcome or ""))
        if event.note_kind is not None:
            return tr("HistoryTableModel", NOTES[event.note_kind]).format(meeting=self.meeting(event.meeting_id))
        return event.note


def _event_words(event: request_history.HistoryEvent, words: _Words) -> tuple[dict[str, str], str]:
    kind = event.kind
    if kind == request_history.STATUS:
        params = {"old": status_label(event.old_status or ""), "new": status_label(event.new_status or "")}
        return params, words.note(event)
    if kind == "request.edited":
        return {}, ", ".join(labels.field(f) for f in event.changed)
    if kind == "agenda.item_added":
        return {"meeting": words.meeting(event.meeting_id)}, ""
    if kind == "item.recusal":
        return {"member": words.member(event.member_id)}, event.text
    if kind == "item.attested":
        answer = QCoreApplication.translate("HistoryTableModel", _YES if event.answer else _NO)
        return {"gate": event.gate or ""}, answer
    if kind in ("motion.proposed", "decision.recorded"):
        details = ", ".join(labels.condition(c) for c in event.conditions)
        return {"outcome": labels.outcome(event.outcome or "")}, details
    if kind == "dissent.filed":
        return {"member": words.member(event.member_id)}, event.text
    return {}, ""


class HistoryTableModel(_ReadOnlyModel):
    """A request's history: when, what happened, by whom, details."""

    CONTEXT = "HistoryTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("HistoryTableModel", "When"),
        QT_TRANSLATE_NOOP("HistoryTableModel", "What"),
        QT_TRANSLATE_NOOP("HistoryTableModel", "By"),
        QT_TRANSLATE_NOOP("HistoryTableModel", "Details"),
    )

    def set_entries(self, entries: Sequence[HistoryEntry]) -> None:
        """Show these entries."""
        self._replace(entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text and tooltip of a cell."""
        if not index.isValid():
            return None
        entry: HistoryEntry = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return _local_time(entry.at)
            if column == 1:
                words = QCoreApplication.translate(self.CONTEXT, EVENTS.get(entry.kind, entry.kind))
                try:
                    return words.format(**entry.params)
                except (KeyError, IndexError):
                    return words
            if column == 2:
                return entry.actor or "—"
            return entry.details or None
        return None


def _local_time(at: str) -> str:
    """An ISO time from the store, in the user's time zone and locale's short format."""
    moment = QDateTime.fromString(at, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return at
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)
