"""The Follow-up page: the conditions of adopted decisions, their evidence and the secretariat's findings (DESIGN §11).

The register is the core's listing (:func:`tripartite.followup.listing`) at an as-of date (today unless
changed), in its order: by due date, so what is overdue or due soonest comes first. A state filter and a
search box (a reference or an employer) narrow it. On the selected record the secretary attaches the
employer's evidence (files chosen, then their PIN; the files are read and stored off the GUI thread),
verifies it, or records a breach (each with a required note, then their PIN). Every refusal is said in
the app's words (:func:`tripartite.ui.refusal_words.say`) and writes nothing. The evidence files of the
selected record are listed under the table, each with its size and SHA-256.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from tripartite import followup, store
from tripartite.authority import Auth
from tripartite.errors import KnownError, Refusal
from tripartite.followup import Evidence, EvidenceFile, Followup, State
from tripartite.ui import a11y, authorize, boxes, labels, refusal_words
from tripartite.ui.dialogs.finding_dialog import FindingDialog
from tripartite.ui.jobs import Job, start_job
from tripartite.ui.models.followup_model import EvidenceModel, FollowupModel, condition_terms, state_words
from tripartite.ui.views.row_selection import select_row

_OVERDUE = "overdue"  # the state filter's choice for pending records due before the as-of date
_MESSAGE_MS = 10000


def today() -> dt.date:
    """The as-of date the page opens on, and the start-up count's (tests replace it)."""
    return dt.date.today()


def read_evidence(paths: list[Path]) -> list[EvidenceFile]:
    """Read every file before anything is written.

    Raises:
        Refusal: ``no_such_file``, ``cannot_read``.
    """
    files = []
    for path in paths:
        if not path.exists():
            raise Refusal("no_such_file", path=str(path), what="file")
        try:
            files.append(EvidenceFile(path.name, path.read_bytes()))
        except OSError as exc:
            raise Refusal("cannot_read", path=str(path), reason=exc.strerror or str(exc)) from exc
    return files


def file_evidence(db_path: Path, followup_id: int, paths: list[Path], auth: Auth, *, progress: Any,
                  cancelled: Any) -> list[Evidence]:  # fmt: skip
    """On the pool: read the files and file them for the record, on the worker's own connection."""
    files = read_evidence(paths)
    db = store.connect(db_path)
    try:
        return followup.file_evidence(db, followup_id, files, None, auth)
    finally:
        db.close()


class FollowupView(QWidget):
    """The Follow-up page.

    Signals:
        changed: a record was written (the main window counts the overdue again).
        message(str, int): something for the status bar, and how long it stays (ms).

    Args:
        db: the GUI thread's connection.
        db_path: the database file (evidence is stored by a job with its own connection).
        parent: the page's slot in the main window.
    """

    changed = Signal()
    message = Signal(str, int)

    def __init__(self, db: Database, db_path: Path, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("followupView")
        self._db = db
        self._db_path = Path(db_path)
        self._all: list[Followup] = []
        self._pending: tuple[int, list[Path]] | None = None
        self._job: Job | None = None
        self.finding_dialog: FindingDialog | None = None

        title = QLabel(self.tr("Follow-up of conditions"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Each condition of an adopted decision, with its due date. The secretary files the employer's "
                "evidence, then records whether it is sufficient or the condition is breached."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.state_combo = QComboBox(self)
        self.state_combo.setObjectName("followupState")
        self.state_combo.addItem(self.tr("All states"), None)
        self.state_combo.addItem(self.tr("Overdue"), _OVERDUE)
        for state in State:
            self.state_combo.addItem(labels.followup_state(state), state.value)
        state_label = QLabel(self.tr("&State:"), self)
        a11y.label_for(state_label, self.state_combo)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("followupSearch")
        self.search_edit.setPlaceholderText(self.tr("A reference or an employer"))
        self.search_edit.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("Re&quest:"), self)
        a11y.label_for(search_label, self.search_edit)
        self.as_of_edit = QDateEdit(self._qdate(today()), self)
        self.as_of_edit.setObjectName("followupAsOf")
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        self.as_of_edit.setCalendarPopup(True)
        as_of_label = QLabel(self.tr("As &of:"), self)
        a11y.label_for(as_of_label, self.as_of_edit)
        self.as_of_edit.setToolTip(self.tr("Overdue means still pending and due before this date"))
        filters = QHBoxLayout()
        for widget in (state_label, self.state_combo, search_label):
            filters.addWidget(widget)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(as_of_label)
        filters.addWidget(self.as_of_edit)

        self.model = FollowupModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("followupTable")
        self.table.setAccessibleName(self.tr("Follow-up records"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (FollowupModel.REQUEST, FollowupModel.DUE, FollowupModel.STATE, FollowupModel.FILES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FollowupModel.EMPLOYER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FollowupModel.CONDITION, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(
            self.tr("No conditions to follow up: they appear here when the board adopts a decision with conditions."),
            self,
        )
        self.empty_label.setObjectName("followupEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("followupSummary")
        self.evidence_button = QPushButton(self.tr("&Attach evidence…"), self)
        self.evidence_button.setObjectName("attachEvidenceButton")
        self.evidence_button.setToolTip(self.tr("File the employer's evidence for the selected condition"))
        self.verify_button = QPushButton(self.tr("Ve&rify…"), self)
        self.verify_button.setObjectName("verifyFollowupButton")
        self.verify_button.setToolTip(self.tr("The evidence filed is sufficient: the condition is met"))
        self.breach_button = QPushButton(self.tr("Record a &breach…"), self)
        self.breach_button.setObjectName("breachFollowupButton")
        self.breach_button.setToolTip(self.tr("The condition is not met: a finding for the board's review"))
        for button in (self.evidence_button, self.verify_button, self.breach_button):
            a11y.name_button(button)
        bar = QHBoxLayout()
        bar.addWidget(self.summary_label, 1)
        bar.addWidget(self.evidence_button)
        bar.addWidget(self.verify_button)
        bar.addWidget(self.breach_button)

        self.details = QGroupBox(self.tr("Selected condition"), self)
        self.details.setObjectName("followupDetails")
        self.detail_label = QLabel(self.details)
        self.detail_label.setObjectName("followupDetail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.evidence_model = EvidenceModel(self)
        self.evidence_table = QTableView(self.details)
        self.evidence_table.setObjectName("followupEvidence")
        self.evidence_table.setAccessibleName(self.tr("Evidence files"))
        self.evidence_table.setModel(self.evidence_model)
        self.evidence_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.evidence_table.verticalHeader().hide()
        self.evidence_table.setWordWrap(False)
        evidence_header = self.evidence_table.horizontalHeader()
        evidence_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            evidence_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.no_evidence_label = QLabel(self.tr("No evidence filed yet."), self.details)
        self.no_evidence_label.setObjectName("followupNoEvidence")
        details_layout = QVBoxLayout(self.details)
        details_layout.addWidget(self.detail_label)
        details_layout.addWidget(self.no_evidence_label)
        details_layout.addWidget(self.evidence_table, 1)
        details_layout.addStretch(0)  # takes the room only while the table of files is hidden

        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(self.empty_label)
        upper_layout.addLayout(bar)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("followupSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

        self.state_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.search_edit.textChanged.connect(self._on_filter_changed)
        self.as_of_edit.dateChanged.connect(self._on_as_of_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.evidence_button.clicked.connect(self._on_evidence_clicked)
        self.verify_button.clicked.connect(self._on_verify_clicked)
        self.breach_button.clicked.connect(self._on_breach_clicked)
        self.reload()

    # ---------------------------------------------------------------------------------------- the list

    @staticmethod
    def _qdate(day: dt.date) -> QDate:
        return QDate(day.year, day.month, day.day)

    def as_of(self) -> dt.date:
        """The date overdue is judged at."""
        day = self.as_of_edit.date()
        return dt.date(day.year(), day.month(), day.day())

    def set_as_of(self, day: dt.date) -> None:
        """Judge overdue at another date (the register is read again)."""
        self.as_of_edit.setDate(self._qdate(day))

    def reload(self) -> None:
        """Read the register again at the as-of date, keeping the selected record selected."""
        self._all = followup.listing(self._db, self.as_of())
        self._show()

    def _show(self) -> None:
        keep = self.selected()
        choice = self.state_combo.currentData()
        words = self.search_edit.text().strip().casefold()
        rows = [
            r for r in self._all
            if (choice is None or (r.overdue if choice == _OVERDUE else r.state.value == choice))
            and (not words or words in r.request.casefold() or words in r.employer.casefold())
        ]  # fmt: skip
        self.model.replace_rows(rows)
        self.empty_label.setVisible(not self._all)
        overdue = sum(r.overdue for r in self._all)
        text = self.tr("%n record(s) shown", "", len(rows))
        if overdue:
            text += " · " + self.tr("%n overdue", "", overdue)
        self.summary_label.setText(text)
        row = self.model.row_of(keep.id) if keep is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            select_row(self.table, row)
        self._on_selection_changed()

    def _on_filter_changed(self, *_args: object) -> None:
        self._show()

    def _on_as_of_changed(self, _date: QDate) -> None:
        self.reload()

    def records(self) -> list[Followup]:
        """The records shown, in order."""
        return self.model.records()

    def selected(self) -> Followup | None:
        """The record selected, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, followup_id: int) -> bool:
        """Select a record (if the filters show it)."""
        row = self.model.row_of(followup_id)
        if row >= 0:
            select_row(self.table, row)
        return row >= 0

    def _on_selection_changed(self, *_args: QItemSelection) -> None:
        record = self.selected()
        settled = record is None or record.state not in (State.PENDING, State.EVIDENCE_SUBMITTED)
        self.evidence_button.setEnabled(not settled)
        self.breach_button.setEnabled(not settled)
        self.verify_button.setEnabled(record is not None and record.state is State.EVIDENCE_SUBMITTED)
        self.details.setEnabled(record is not None)
        if record is None:
            self.detail_label.setText(self.tr("Select a condition to see its evidence."))
            self.evidence_model.replace_rows([])
            self.no_evidence_label.hide()
            return
        text = self.tr("{request} ({employer}): {condition}.\nDue {due}. State: {state}.").format(
            request=record.request, employer=record.employer, condition=condition_terms(record), due=record.due_on,
            state=state_words(record),
        )  # fmt: skip
        if record.note:
            text += "\n" + self.tr("Finding: {note}").format(note=record.note)
        self.detail_label.setText(text)
        files = followup.evidence_of(self._db, record.id)
        self.evidence_model.replace_rows(files)
        self.no_evidence_label.setVisible(not files)
        self.evidence_table.setVisible(bool(files))

    # ------------------------------------------------------------------------------------------- writing

    def attach_evidence(self) -> None:
        """Choose the employer's files for the selected record, then ask the secretary's (or the chair's) PIN."""
        record = self.selected()
        if record is None or self._job is not None:
            return
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Evidence for {request}").format(request=record.request), "", self.tr("All files (*)")
        )
        if not names:
            return
        paths = [Path(name) for name in names]
        self._pending = (record.id, paths)
        intro = self.tr("The secretary (or the chair) files %n file(s) of evidence for {request}.", "", len(paths))
        authorize.ask(
            self,
            self._db,
            authorize.Need.OFFICER,
            intro.format(request=record.request),
            self._on_evidence_authorised,
            ok_text=self.tr("&File evidence"),
        )

    def _on_evidence_clicked(self) -> None:
        self.attach_evidence()  # not connected directly: clicked(bool) would arrive as an argument

    def _on_evidence_authorised(self, auth: Auth) -> None:
        pending, self._pending = self._pending, None
        if pending is None or self._job is not None:
            return
        followup_id, paths = pending
        self.evidence_button.setEnabled(False)
        self._job = start_job(
            functools.partial(file_evidence, self._db_path, followup_id, paths, auth), self,
            on_success=self._on_evidence_filed, on_failure=self._on_evidence_failed,
            progress=self.tr("Filing the evidence…"), cancellable=False,
        )  # fmt: skip

    def is_busy(self) -> bool:
        """Whether evidence is being filed."""
        return self._job is not None

    def _on_evidence_filed(self, stored: list[Evidence]) -> None:
        self._job = None
        self._written(self.tr("Evidence filed: %n file(s).", "", len(stored)))

    def _on_evidence_failed(self, exc: object) -> None:
        self._job = None
        self.reload()  # the record may have changed meanwhile; nothing was written
        if isinstance(exc, KnownError):
            boxes.show_error(self, refusal_words.say(exc), place=self.tr("Follow-up"))
        elif isinstance(exc, BaseException):
            boxes.show_bug(self, exc)

    def find(self, result: State) -> FindingDialog | None:
        """Open the dialog recording a finding (verified or breached) on the selected record."""
        record = self.selected()
        if record is None:
            return None
        dialog = FindingDialog(self._db, record, result, self)
        dialog.recorded.connect(self._on_finding_recorded)
        dialog.finished.connect(dialog.deleteLater)
        self.finding_dialog = dialog
        dialog.open()
        return dialog

    def _on_verify_clicked(self) -> None:
        self.find(State.VERIFIED)

    def _on_breach_clicked(self) -> None:
        self.find(State.BREACHED)

    def _on_finding_recorded(self) -> None:
        dialog = self.finding_dialog
        verified = dialog is not None and dialog.result_state() is State.VERIFIED
        self.finding_dialog = None
        self._written(self.tr("Condition verified.") if verified else self.tr("Breach recorded: a finding for review."))

    def _written(self, text: str) -> None:
        self.reload()
        self.changed.emit()
        self.message.emit(text, _MESSAGE_MS)
