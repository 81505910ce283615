"""The red banner above the register when the board's record does not hold (DESIGN §6).

When the app opens a board it checks the record off the GUI thread, after the first paint
(:class:`tripartite.ui.record_check.RecordCheck`, which runs
:func:`tripartite.audit_check.verify`). If the check finds anything, this banner says so in one
sentence: the first finding in words, how many more there are, and a button to the audit log, where
every finding is listed. It is not dismissable: a record changed outside Tripartite is not a
notification to wave away, but something the board has to look into.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from tripartite.ui import a11y


class RecordBanner(QFrame):
    """The banner: "This board's record was changed outside Tripartite: …", and a way to the audit log.

    Signals:
        audit_log_requested(): the user asked to see the findings in the audit log.

    Args:
        parent: the requests page.
    """

    audit_log_requested = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("recordBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#recordBanner { background: #fdecea; border: 1px solid #b3261e; border-left: 6px solid #b3261e;"
            " border-radius: 4px; }"
            "#recordBanner QLabel { color: #8c1d18; }"
        )
        self.setAccessibleName(self.tr("The record was changed outside Tripartite"))
        self.text = QLabel(self)
        self.text.setObjectName("recordBannerText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # the keys come from the file: never markup
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)
        self.audit_button = QPushButton(self.tr("Open the a&udit log"), self)
        self.audit_button.setObjectName("recordBannerAuditButton")
        a11y.name_button(self.audit_button)
        self.audit_button.clicked.connect(self.audit_log_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 10, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.audit_button, 0, Qt.AlignmentFlag.AlignVCenter)

    def show_findings(self, findings: Sequence[Any]) -> None:
        """Say what the check found (``tripartite.audit_check.Finding``s, the first bad one first)."""
        first = self.finding_words(findings[0])
        more = len(findings) - 1
        if more:
            text = self.tr(
                "This board's record was changed outside Tripartite: %1 (and %n more). Open the audit log to see them.",
                "",
                more,
            )
        else:
            text = self.tr("This board's record was changed outside Tripartite: %1. Open the audit log to see it.")
        self.text.setText(text.replace("%1", first))
        self.text.setAccessibleName(self.text.text())
        self.show()

    def finding_words(self, finding: Any) -> str:
        """One finding as a clause of the banner's sentence (codes: ``tripartite.audit_check.Finding``)."""
        words = {
            "event_changed": self.tr("audit event {seq} was altered"),
            "event_rewritten": self.tr("audit event {seq} was rewritten and its hash recomputed"),
            "events_deleted": self.tr("%n audit event(s) from event {seq} on were deleted", "", finding.count or 0),
            "events_renumbered": self.tr("audit events before event {seq} were deleted and the rest renumbered"),
            "anchor_mismatch": self.tr("the record up to event {seq} is not the one {source} holds"),
            "anchor_missing": self.tr("event {seq}, which {source} holds, is missing"),
            "row_changed": self.tr("{row} differs from what its audit event {seq} recorded"),
            "row_without_event": self.tr("{row} has no audit event vouching for it"),
            "row_deleted": self.tr("{row} was deleted"),
            "votes_changed": self.tr("the secret votes of {key} differ from what their reveal committed to"),
            "votes_count": self.tr("the secret votes of {key} do not match the members who voted"),
        }
        template = words.get(finding.code, self.tr("the check found {code}"))
        return template.format(
            seq=finding.seq,
            count=finding.count,
            source=finding.source or self.tr("an anchor"),
            row=f"{finding.table}/{finding.key}",
            key=finding.key,
            code=finding.code,
        )
