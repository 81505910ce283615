"""The Audit log page: every event of the record in words, filters, and Verify record (DESIGN §6).

The list is the record as the chain holds it: who acted (a name, never a generic "secretary") and what
they did, never how anyone voted. Verify record runs the whole check off the GUI thread, as
``tripartite audit verify`` does: the chain, every table against its events, and the heads pinned by the
board's signed minutes. The head's short form can be copied, for the chair to read into the record of
the next meeting.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractListModel, QCoreApplication, QDate, QModelIndex, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from tripartite import audit, store
from tripartite.errors import Cancelled
from tripartite.ui import a11y, refusal_words, style
from tripartite.ui.audit_words import KINDS, AuditWords
from tripartite.ui.jobs import Job, start_job
from tripartite.ui.models.audit_model import AuditFilter, AuditLogModel
from tripartite.ui.plurals import plurals
from tripartite.ui.views.row_selection import select_row

_GOOD = "color: #1b5e20; font-weight: bold;"

# Each finding of the check, in words (codes: tripartite.audit_check.Finding).
FINDINGS = {
    "event_changed": QT_TRANSLATE_NOOP(
        "AuditView", "Event {seq} was changed after it was written (it no longer matches its own hash)."
    ),
    "event_rewritten": QT_TRANSLATE_NOOP(
        "AuditView", "Event {seq} was rewritten and its hash recomputed: the next event committed to another version."
    ),
    # events_deleted and events_renumbered count: their sentences are in tripartite.ui.plurals.
    "anchor_mismatch": QT_TRANSLATE_NOOP(
        "AuditView", "The record up to event {seq} was rewritten: {source} commits to another hash for it."
    ),
    "anchor_missing": QT_TRANSLATE_NOOP(
        "AuditView", "The record was cut short or rewritten: {source} commits to event {seq}, which is not there."
    ),
    "row_changed": QT_TRANSLATE_NOOP("AuditView", "{table}, {key}: differs from its audit event (event {seq})."),
    "row_without_event": QT_TRANSLATE_NOOP(
        "AuditView", "{table}, {key}: no audit event vouches for it (written outside Tripartite)."
    ),
    "row_deleted": QT_TRANSLATE_NOOP("AuditView", "{table}, {key}: was deleted (its audit event {seq} remains)."),
    "votes_changed": QT_TRANSLATE_NOOP(
        "AuditView", "Secret ballot of {key}: the votes differ from what the reveal committed to (event {seq})."
    ),
    "votes_count": QT_TRANSLATE_NOOP(
        "AuditView", "Secret ballot of {key}: the number of votes differs from the number of members who voted."
    ),
}


def finding_words(finding: Any) -> str:
    """One finding of the check as a sentence, in the app's language."""
    text = plurals().audit_finding(finding.code, finding.count or 0)
    if text is None:
        text = QCoreApplication.translate("AuditView", FINDINGS.get(finding.code, finding.code))
    return text.format(
        seq=finding.seq, count=finding.count, table=finding.table, key=finding.key, source=finding.source or ""
    )


def verify_record(db_path: Path, *, progress: Any, cancelled: Any) -> dict[str, Any]:
    """The whole check of the record, on the pool: chain, tables, and the signed minutes' anchors.

    Returns:
        ``report`` (:class:`tripartite.audit_check.Report`), ``anchors`` (how many held) and
        ``unusable`` (signed minutes that could not serve as anchors).
    """
    from tripartite import audit_check
    from tripartite.reports.anchors import minutes_anchors
    from tripartite.reports.trust import trusted_certificates

    db = store.connect(db_path)
    try:
        found = minutes_anchors(db, trusted_certificates(db))
        anchors = [(seq, head, source) for seq, head, source in found.heads]
        report = audit_check.verify(db, anchors=anchors, progress=progress, cancelled=cancelled)
        return {"report": report, "anchors": len(anchors), "unusable": len(found.unusable)}
    finally:
        db.close()


class FindingListModel(QAbstractListModel):
    """The findings of the last check, one sentence each."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._findings: list[Any] = []

    def set_findings(self, findings: list[Any]) -> None:
        """Show these findings."""
        self.beginResetModel()
        self._findings = list(findings)
        self.endResetModel()

    def finding(self, row: int) -> Any:
        """The finding of a row."""
        return self._findings[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """How many findings."""
        return 0 if parent.isValid() else len(self._findings)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A finding in words."""
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return finding_words(self._findings[index.row()])
        return None


class AuditView(QWidget):
    """The Audit log page.

    Args:
        db: the GUI thread's connection.
        db_path: the database file (the check opens its own connection on the pool).
        parent: the page's slot in the main window.
    """

    def __init__(self, db: Database, db_path: Path, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("auditView")
        self._db = db
        self._db_path = Path(db_path)
        self._job: Job | None = None

        title = QLabel(self.tr("Audit log"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr("Every change to the board's record, and who made it. Nothing here shows how anyone voted."),
            self,
        )
        intro.setWordWrap(True)

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("auditKind")
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for index, (label, _) in enumerate(KINDS):
            self.kind_combo.addItem(QCoreApplication.translate("AuditWords", label), index)
        self.who_combo = QComboBox(self)
        self.who_combo.setObjectName("auditWho")
        self.since_check = QCheckBox(self.tr("Fro&m"), self)
        self.since_check.setObjectName("auditSinceCheck")
        self.since_edit = QDateEdit(QDate.currentDate(), self)
        self.since_edit.setDisplayFormat("yyyy-MM-dd")
        self.since_edit.setObjectName("auditSince")
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setEnabled(False)
        self.since_edit.setAccessibleName(self.tr("First day shown"))
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("auditSearch")
        self.search_edit.setPlaceholderText(self.tr("Search the log: a name, a reference, a word"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search the audit log"))
        kind_label = QLabel(self.tr("&Kind:"), self)
        a11y.label_for(kind_label, self.kind_combo)
        who_label = QLabel(self.tr("&Who:"), self)
        a11y.label_for(who_label, self.who_combo)
        filters = QHBoxLayout()
        for widget in (kind_label, self.kind_combo, who_label, self.who_combo, self.since_check, self.since_edit):
            filters.addWidget(widget)
        filters.addWidget(self.search_edit, 1)

        self.model = AuditLogModel(db, self)
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AuditLogModel.SEQ, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AuditLogModel.WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(AuditLogModel.WHO, self.fontMetrics().averageCharWidth() * 38)
        header.setStretchLastSection(True)

        self.head_label = QLabel(self)
        self.head_label.setObjectName("auditHead")
        self.head_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_head_button = QPushButton(self.tr("&Copy head"), self)
        self.copy_head_button.setObjectName("copyHeadButton")
        self.copy_head_button.setToolTip(self.tr("The chair reads it into the record of the next meeting"))
        self.verify_button = QPushButton(self.tr("Ve&rify record"), self)
        self.verify_button.setObjectName("verifyRecordButton")
        self.cancel_button = QPushButton(self.tr("Cance&l"), self)
        self.cancel_button.setObjectName("cancelVerifyButton")
        self.cancel_button.hide()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("verifyProgress")
        self.progress.setAccessibleName(self.tr("Checking the record"))
        self.progress.hide()
        for button in (self.copy_head_button, self.verify_button, self.cancel_button):
            a11y.name_button(button)
        bar = QHBoxLayout()
        bar.addWidget(self.head_label, 1)
        bar.addWidget(self.copy_head_button)
        bar.addWidget(self.progress)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.verify_button)

        self.result_label = QLabel(self)
        self.result_label.setObjectName("verifyResult")
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Result of the check"))
        self.findings_model = FindingListModel(self)
        self.findings_view = QListView(self)
        self.findings_view.setObjectName("verifyFindings")
        self.findings_view.setAccessibleName(self.tr("What does not hold"))
        self.findings_view.setModel(self.findings_model)
        self.findings_view.setWordWrap(True)
        self.findings_view.setMaximumHeight(self.fontMetrics().height() * 8)
        self.findings_view.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        layout.addWidget(self.result_label)
        layout.addWidget(self.findings_view)

        self.kind_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.who_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.since_check.toggled.connect(self._on_since_toggled)
        self.since_edit.dateChanged.connect(self._on_filter_changed)
        self.search_edit.textChanged.connect(self._on_filter_changed)
        self.copy_head_button.clicked.connect(self.copy_head)
        self.verify_button.clicked.connect(self.verify)
        self.cancel_button.clicked.connect(self.cancel_verify)
        self.findings_view.activated.connect(self._on_finding_activated)
        self.reload()

    # ---------------------------------------------------------------------------------------- the list

    def reload(self) -> None:
        """Read the log, the members and the head again."""
        keep = self.who_combo.currentData()
        self.who_combo.blockSignals(True)
        self.who_combo.clear()
        self.who_combo.addItem(self.tr("Anyone"), None)
        for member_id, name in AuditWords(self._db).names.items():
            self.who_combo.addItem(name, member_id)
        self.who_combo.setCurrentIndex(max(0, self.who_combo.findData(keep)))
        self.who_combo.blockSignals(False)
        self.model.set_filter(self.current_filter())
        head = audit.current_head(self._db)
        self.head_label.setText(self.tr("Head of the record: {head}").format(head=head.short))
        self._head = head.short

    def current_filter(self) -> AuditFilter:
        """The filter the controls say."""
        since = self.since_edit.date().toString(Qt.DateFormat.ISODate) if self.since_check.isChecked() else None
        return AuditFilter(self.kind_combo.currentData(), self.who_combo.currentData(), since, self.search_edit.text())

    def _on_filter_changed(self, *_args: object) -> None:
        self.model.set_filter(self.current_filter())

    def _on_since_toggled(self, checked: bool) -> None:
        self.since_edit.setEnabled(checked)
        self._on_filter_changed()

    def copy_head(self) -> None:
        """Put the head's short form on the clipboard (it is not secret: it is read into the minutes)."""
        QGuiApplication.clipboard().setText(self._head)

    def select_event(self, seq: int) -> bool:
        """Show an event in the list (clearing the filters if they hide it)."""
        row = self.model.row_of_seq(seq)
        if row < 0:
            for combo in (self.kind_combo, self.who_combo):
                combo.setCurrentIndex(0)
            self.since_check.setChecked(False)
            self.search_edit.clear()
            row = self.model.row_of_seq(seq)
        if row < 0:
            return False
        select_row(self.table, row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    # ----------------------------------------------------------------------------------------- the check

    def verify(self) -> Job | None:
        """Check the whole record on the pool, with progress and cancel; None while a check runs."""
        if self._job is not None:
            return None
        self.result_label.setText(self.tr("Checking the record…"))
        self.result_label.setStyleSheet("")
        self.findings_view.hide()
        # Any failure, a bug included, is the check's result here: the label says the check could not run.
        job = start_job(functools.partial(verify_record, self._db_path), self, on_success=self._on_verified,
                        on_failure=self._on_verify_failed)  # fmt: skip
        job.progress.connect(self._on_progress)
        self._job = job
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.verify_button.setEnabled(False)
        return job

    def cancel_verify(self) -> None:
        """Stop the check."""
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)

    def is_busy(self) -> bool:
        """Whether a check runs."""
        return self._job is not None

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _end(self) -> None:
        self._job = None
        self.progress.hide()
        self.cancel_button.hide()
        self.verify_button.setEnabled(True)

    def _on_verified(self, result: dict[str, Any]) -> None:
        self._end()
        report = result["report"]
        if report.ok:
            text = self.tr("Record intact: {events} events, head {head}; every table matches its events.").format(
                events=report.events, head=report.head.short
            )
            if result["anchors"]:
                text += " " + self.tr("%n anchor(s) hold (signed minutes).", "", result["anchors"])
            self.result_label.setStyleSheet(_GOOD)
            self.result_label.setText("✓ " + text)
            self.findings_model.set_findings([])
            self.findings_view.hide()
            return
        style.error_style(self.result_label, bold=True)
        self.result_label.setText(
            "✗ "
            + self.tr(
                "The record was changed outside Tripartite: %n thing(s) do not hold. Do not rely on it until "
                "the board has looked into it.",
                "",
                len(report.findings),
            )
        )
        self.findings_model.set_findings(list(report.findings))
        self.findings_view.show()

    def _on_verify_failed(self, exc: object) -> None:
        self._end()
        self.result_label.setStyleSheet("")
        if isinstance(exc, Cancelled):
            self.result_label.setText(self.tr("The check was cancelled."))
        else:
            self.result_label.setText(self.tr("The check could not run: {error}").format(error=refusal_words.say(exc)))

    def _on_finding_activated(self, index: QModelIndex) -> None:
        finding = self.findings_model.finding(index.row())
        if finding.seq is not None:
            self.select_event(int(finding.seq))
