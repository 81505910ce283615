"""The Follow-up page's tables: the conditions follow-up register, and the evidence files of one record.

Rows are :class:`tripartite.followup.Followup` and :class:`tripartite.followup.Evidence` as the core lists
them (its order: by due date, then id). An overdue record reads as overdue three ways at once: the words
("Pending, overdue"), a red disc with "!" and red text, so the colour is never the only carrier.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject
from PySide6.QtGui import QColor, QIcon

from tripartite.followup import Evidence, Followup, State
from tripartite.ui import labels
from tripartite.ui.models.table import RIGHT, Column, ColumnTableModel
from tripartite.ui.plurals import plurals
from tripartite.ui.style import ERROR_COLOUR
from tripartite.ui.views.status_icons import Mark, disc_icon

# Each state's disc: its colour and its mark (an overdue record has its own, whatever its state says).
_DISCS: dict[str, tuple[str, Mark | str]] = {
    State.PENDING.value: ("#6b7280", Mark.RING),
    State.EVIDENCE_SUBMITTED.value: ("#1f4e8c", Mark.DOT),
    State.VERIFIED.value: ("#1e6b34", Mark.CHECK),
    State.BREACHED.value: (ERROR_COLOUR, Mark.CROSS),
    State.WAIVED.value: ("#6b7280", "–"),
    "overdue": (ERROR_COLOUR, "!"),
}
SHORT_SHA = 12  # hex digits of a file's SHA-256 shown in the table (the tooltip has all 64)


def condition_words(record: Followup) -> str:
    """The condition by its name, with its period when it recurs ("Reporting, period 2")."""
    name = labels.condition(record.kind)
    if record.period is None:
        return name
    text = QCoreApplication.translate("FollowupModel", "{condition}, period {period}")
    return text.format(condition=name, period=QLocale().toString(record.period))


def condition_terms(record: Followup) -> str:
    """The condition in full words, its parameters included ("Training of local workers: local trainees 2…")."""
    return labels.format_condition({"kind": record.kind.value, **record.terms})


def state_words(record: Followup) -> str:
    """The record's state in words; a pending record due before the as-of date says so."""
    if record.overdue:
        return QCoreApplication.translate("FollowupModel", "Pending, overdue")
    return labels.followup_state(record.state)


def size_words(size: int) -> str:
    """A file's size: "46.88 KiB" in the locale's digits from a kibibyte on, else "812 B" in the app's words."""
    if size >= 1024:
        return QLocale().formattedDataSize(size)
    return QCoreApplication.translate("FollowupModel", "{count} B").format(count=QLocale().toString(size))


class FollowupModel(ColumnTableModel):
    """The register: request, employer, condition, due date, state, files filed."""

    CONTEXT = "FollowupModel"
    REQUEST, EMPLOYER, CONDITION, DUE, STATE, FILES = range(6)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._icons: dict[str, QIcon] = {}
        self.COLUMNS = (
            Column(QT_TRANSLATE_NOOP("FollowupModel", "Request"), lambda r: r.request),
            Column(QT_TRANSLATE_NOOP("FollowupModel", "Employer"), lambda r: r.employer, tooltip=True),
            Column(QT_TRANSLATE_NOOP("FollowupModel", "Condition"), condition_words, tooltip=condition_terms),
            Column(QT_TRANSLATE_NOOP("FollowupModel", "Due"), lambda r: r.due_on, colour=self._colour,
                   accessible=self._due_accessible),
            Column(QT_TRANSLATE_NOOP("FollowupModel", "State"), state_words, icon=self._icon, colour=self._colour,
                   tooltip=self._state_tooltip, accessible=True),
            Column(QT_TRANSLATE_NOOP("FollowupModel", "Files"), lambda r: QLocale().toString(r.evidence), align=RIGHT,
                   accessible=self._files_accessible),
        )

    def records(self) -> list[Followup]:
        """The rows shown, in order."""
        return [self.row_at(i) for i in range(self.rowCount())]

    def row_of(self, followup_id: int) -> int:
        """The row showing a record, or -1."""
        return next((i for i, r in enumerate(self.records()) if r.id == followup_id), -1)

    def _icon(self, record: Followup) -> QIcon:
        key = "overdue" if record.overdue else record.state.value
        if key not in self._icons:  # made on first use, kept by the model (never past the QApplication)
            colour, mark = _DISCS[key]
            self._icons[key] = disc_icon(colour, mark)
        return self._icons[key]

    @staticmethod
    def _colour(record: Followup) -> Any:
        return QColor(ERROR_COLOUR) if record.overdue or record.state is State.BREACHED else None

    @staticmethod
    def _due_accessible(record: Followup) -> str:
        if record.overdue:
            return QCoreApplication.translate("FollowupModel", "{date}, overdue").format(date=record.due_on)
        return record.due_on

    @staticmethod
    def _state_tooltip(record: Followup) -> str:
        if record.overdue:
            return QCoreApplication.translate(
                "FollowupModel", "Pending, and due before the as-of date: no evidence filed in time."
            )
        if record.note:
            return QCoreApplication.translate("FollowupModel", "Finding: {note}").format(note=record.note)
        return labels.followup_state(record.state)

    @staticmethod
    def _files_accessible(record: Followup) -> str:
        return plurals().files_filed(record.evidence)


class EvidenceModel(ColumnTableModel):
    """The files filed for one record: name, size, SHA-256 (short; the tooltip has it whole), when filed."""

    CONTEXT = "FollowupModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("FollowupModel", "File"), lambda e: e.name, tooltip=True),
        Column(QT_TRANSLATE_NOOP("FollowupModel", "Size"), lambda e: size_words(e.size), align=RIGHT),
        Column(QT_TRANSLATE_NOOP("FollowupModel", "SHA-256"), lambda e: e.sha256[:SHORT_SHA] + "…",
               tooltip=lambda e: e.sha256, accessible=lambda e: e.sha256),
        Column(QT_TRANSLATE_NOOP("FollowupModel", "Filed"), lambda e: e.filed_at[:10]),  # its UTC date
    )

    def files(self) -> list[Evidence]:
        """The rows shown, in the order filed."""
        return [self.row_at(i) for i in range(self.rowCount())]
