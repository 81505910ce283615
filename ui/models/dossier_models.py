"""Table models behind the dossier view: the gates, the technical points per criterion, the history.

Each holds a few dozen rows at most, read by the view for one request; none is editable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    QLocale,
    Qt,
)
from sqlite_utils import Database

from tripartite import request_history
from tripartite.criteria import Catalogue
from tripartite.gates import GateResult
from tripartite.names import meeting_titles, member_names
from tripartite.ui import audit_words, labels
from tripartite.ui.models.table import LEFT, RIGHT, Column, ColumnTableModel
from tripartite.ui.views import status_icons

# ------------------------------------------------------------------------------------------------ gates


def _gate_reason(row: tuple[GateResult, str]) -> str:
    return labels.gate_reason(row[0].why)


def _gate_said(row: tuple[GateResult, str]) -> str:
    # Screen readers hear the state as words, not the glyph.
    gate, label = row
    return f"{gate.code} {label}: {labels.gate_state(gate.status.value)}, {labels.gate_reason(gate.why)}"


class GateTableModel(ColumnTableModel):
    """The gates of one request: code, what it checks, the result (icon and words), the reason.

    Each row is ``(result, label)``: the gate's result and its label in the catalogue in force.
    """

    CONTEXT = "GateTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("GateTableModel", "Gate"), lambda r: r[0].code, accessible=_gate_said),
        Column(QT_TRANSLATE_NOOP("GateTableModel", "Checks"), lambda r: r[1], tooltip=True, accessible=_gate_said),
        Column(
            QT_TRANSLATE_NOOP("GateTableModel", "Result"),
            lambda r: labels.gate_state(r[0].status.value),  # the icon beside it carries the glyph
            icon=lambda r: status_icons.gate_icon(r[0].status.value),
            colour=lambda r: status_icons.colour(r[0].status.value),
            accessible=_gate_said,
        ),
        Column(QT_TRANSLATE_NOOP("GateTableModel", "Reason"), _gate_reason, tooltip=True, accessible=_gate_said),
    )

    def set_gates(self, gates: Sequence[GateResult], catalogue: Catalogue) -> None:
        """Show these results, labelled from the catalogue in force."""
        self.replace_rows([(g, catalogue.gate(g.code).label) for g in gates])

    def gate(self, row: int) -> GateResult:
        """The result in ``row``."""
        return self._rows[row][0]


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


def _points_text(row: CriterionRow) -> str:
    translate = QCoreApplication.translate
    if not row.auto:
        return translate("CriterionTableModel", _JUDGED)
    if row.points is None:
        return translate("CriterionTableModel", _MISSING)
    return translate("CriterionTableModel", _POINTS[row.points])


def _criterion_tip(row: CriterionRow) -> str:
    return f"{labels.family(row.family)}: {row.label}"


class CriterionTableModel(ColumnTableModel):
    """The criteria with their weight and the technical points the dossier earns (0/10/20)."""

    CONTEXT = "CriterionTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("CriterionTableModel", "Code"), lambda r: r.code, LEFT, _criterion_tip),
        Column(QT_TRANSLATE_NOOP("CriterionTableModel", "Criterion"), lambda r: r.label, LEFT, _criterion_tip),
        Column(QT_TRANSLATE_NOOP("CriterionTableModel", "Family"), lambda r: labels.family(r.family), LEFT),
        Column(
            QT_TRANSLATE_NOOP("CriterionTableModel", "Weight"),
            lambda r: QLocale().toString(float(r.weight), "g", 4),
            RIGHT,
        ),
        Column(
            QT_TRANSLATE_NOOP("CriterionTableModel", "Technical points"),
            _points_text,
            LEFT,
            colour=lambda r: status_icons.colour("unknown") if r.auto and r.points is None else None,
        ),
    )

    def set_points(self, catalogue: Catalogue, points: dict[str, int | None]) -> None:
        """Show the catalogue's criteria with these technical points (None: not computed)."""
        self.replace_rows([
            CriterionRow(c.code, c.label, c.family.value, c.weight, c.auto, points.get(c.code))
            for c in catalogue.criteria
        ])  # fmt: skip


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
        translate = QCoreApplication.translate
        if event.note_kind == request_history.NOTE_DECISION:
            note = translate("HistoryTableModel", NOTES[event.note_kind])
            return note.format(outcome=labels.outcome(event.outcome or ""))
        if event.note_kind is not None:
            return translate("HistoryTableModel", NOTES[event.note_kind]).format(meeting=self.meeting(event.meeting_id))
        return event.note


def _event_words(event: request_history.HistoryEvent, words: _Words) -> tuple[dict[str, str], str]:
    kind = event.kind
    if kind == request_history.STATUS:
        old, new = labels.request_status(event.old_status or ""), labels.request_status(event.new_status or "")
        params = {"old": old, "new": new}
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
        details = ", ".join(labels.condition_in_text(c) for c in event.conditions)
        return {"outcome": labels.outcome(event.outcome or "")}, details
    if kind == "dissent.filed":
        return {"member": words.member(event.member_id)}, event.text
    return {}, ""


def _what(entry: HistoryEntry) -> str:
    words = QCoreApplication.translate("HistoryTableModel", EVENTS.get(entry.kind, entry.kind))
    try:
        return words.format(**entry.params)
    except (KeyError, IndexError):
        return words


class HistoryTableModel(ColumnTableModel):
    """A request's history: when, what happened, by whom, details."""

    CONTEXT = "HistoryTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("HistoryTableModel", "When"), lambda e: _local_time(e.at), tooltip=True),
        Column(QT_TRANSLATE_NOOP("HistoryTableModel", "What"), _what, tooltip=True),
        Column(QT_TRANSLATE_NOOP("HistoryTableModel", "By"), lambda e: e.actor or "—", tooltip=True),
        Column(QT_TRANSLATE_NOOP("HistoryTableModel", "Details"), lambda e: e.details or None, tooltip=True),
    )

    def set_entries(self, entries: Sequence[HistoryEntry]) -> None:
        """Show these entries."""
        self.replace_rows(entries)


def _local_time(at: str) -> str:
    """An ISO time from the store, in the user's time zone and locale's short format."""
    moment = QDateTime.fromString(at, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return at
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)
