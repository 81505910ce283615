"""The secretariat's finding on a follow-up record: verified, or breached, with the note that says why.

The note is required (the core refuses a finding without one, and the dialog says so in the same words
before asking anyone's PIN). Then the secretary (or the chair) types their PIN, and the finding is
recorded through :func:`tripartite.followup.verify`; a refusal stays in the dialog, under the note, and
nothing is written.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget
from sqlite_utils import Database

from tripartite import followup
from tripartite.authority import Auth
from tripartite.errors import KnownError
from tripartite.followup import Followup, FollowupRefused, State
from tripartite.ui import authorize, refusal_words, style
from tripartite.ui.dialogs import form_parts
from tripartite.ui.models.followup_model import condition_words


class FindingDialog(QDialog):
    """Record that a record's evidence is sufficient (``verified``) or that the condition is not met (``breached``).

    Signals:
        recorded: the finding is in the record (the dialog then closes).

    Args:
        db: the GUI thread's connection.
        record: the follow-up record, as listed.
        result: :attr:`State.VERIFIED` or :attr:`State.BREACHED`.
        parent: the Follow-up page.
    """

    recorded = Signal()

    def __init__(self, db: Database, record: Followup, result: State, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("findingDialog")
        self._db = db
        self._record = record
        self._result = result
        what = condition_words(record)
        if result is State.VERIFIED:
            self.setWindowTitle(self.tr("Verify a condition"))
            intro = self.tr("{request} ({employer}): {condition}, due {due}. The evidence filed is sufficient because:")
            ok_text = self.tr("&Verify")
        else:
            self.setWindowTitle(self.tr("Record a breach"))
            intro = self.tr("{request} ({employer}): {condition}, due {due}. The condition is not met because:")
            ok_text = self.tr("Record &breach")
        intro_label = QLabel(
            intro.format(request=record.request, employer=record.employer, condition=what, due=record.due_on), self
        )
        intro_label.setWordWrap(True)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("findingNote")
        self.note_edit.setTabChangesFocus(True)
        self.problem_label = style.problem_label(self, "findingProblem", bold=True)
        form_parts.reserve_line(self.problem_label)
        form = form_parts.labelled_form(self, (self.tr("&Note:"), self.note_edit))
        self.note_edit.setAccessibleName(self.tr("Note on the finding"))
        buttons, self.ok_button = form_parts.ok_cancel(self, ok_text, object_name="findingOk")
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 72, self.fontMetrics().height() * 14)
        self.note_edit.setFocus()

    def result_state(self) -> State:
        """The finding this dialog records."""
        return self._result

    def note(self) -> str:
        """The note typed."""
        return self.note_edit.toPlainText().strip()

    def accept(self) -> None:
        """Check the note is there, then ask the secretary's (or the chair's) PIN; the finding follows it."""
        if not self.note():
            self.problem_label.setText(refusal_words.say(FollowupRefused("followup_note_empty")))
            self.note_edit.setFocus()
            return
        self.problem_label.setText("")
        if self._result is State.VERIFIED:
            intro = self.tr("The secretary (or the chair) records that {request}'s condition is verified.")
        else:
            intro = self.tr("The secretary (or the chair) records that {request}'s condition is breached.")
        authorize.ask(
            self,
            self._db,
            authorize.Need.OFFICER,
            intro.format(request=self._record.request),
            self._on_authorised,
            ok_text=self.tr("&Record"),
        )

    def _on_authorised(self, auth: Auth) -> None:
        try:
            followup.verify(self._db, self._record.id, self._result, self.note(), auth)
        except KnownError as exc:
            self.problem_label.setText(refusal_words.say(exc))
            return
        self.recorded.emit()
        super().accept()
