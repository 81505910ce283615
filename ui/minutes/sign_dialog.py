"""Sign as…: choose a signatory role, a key file and its passphrase; sign in the background.

The passphrase lives in a password field only as long as it must: the field and its undo history are
cleared the moment an attempt starts, whatever its outcome, so nobody at the shared laptop can recover
it with Ctrl+Z. A refused attempt writes nothing (``sign_minutes`` records inside one transaction), and
its message appears at the field to fix: the passphrase, the key file or the role.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tripartite.errors import KnownError
from tripartite.ui import a11y, boxes, labels, refusal_words
from tripartite.ui.dialogs import form_parts
from tripartite.ui.jobs import Job, report_failure, start_job
from tripartite.ui.minutes import work
from tripartite.ui.minutes.progress import DelayedProgress


def choose_key_file(parent: QWidget) -> Path | None:
    """Ask for a signing key file; None if the user cancelled (tests replace this)."""
    title = QCoreApplication.translate("SignDialog", "Choose your signing key")
    filters = QCoreApplication.translate("SignDialog", "Signing keys (*.p12 *.pfx);;All files (*)")
    return boxes.open_file(parent, title, filters)


class SignDialog(QDialog):
    """Add one signature to the minutes shown, for a role that has not signed yet.

    Signals:
        signed(object): the new :class:`~tripartite.ui.minutes.work.MinutesState` after the signature.

    Args:
        db_path: the board's database (the worker opens its own connection).
        state: the minutes as they stand; the roles offered are the ones still to sign.
        parent: the minutes dialog.
    """

    signed = Signal(object)

    def __init__(self, db_path: Path, state: work.MinutesState, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("signDialog")
        self.setWindowTitle(self.tr("Sign the minutes"))
        self._db_path = Path(db_path)
        self._state = state
        self._job: Job | None = None

        intro = QLabel(
            self.tr("Your signature is added to the minutes as they are now; earlier signatures stay valid. "
                    "Sign only if you have read them."),
            self,
        )  # fmt: skip
        intro.setWordWrap(True)

        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("signRoleCombo")
        for role in state.remaining:
            self.role_combo.addItem(labels.role(role), role)
        self.role_problem = form_parts.error_label(self, "roleProblem")

        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("keyFileEdit")
        self.key_edit.setPlaceholderText(self.tr("Your .p12 key file"))
        self.browse_button = QPushButton(self.tr("&Choose…"), self)
        self.browse_button.setObjectName("chooseKeyButton")
        self.browse_button.setAccessibleName(self.tr("Choose the key file"))
        self.browse_button.clicked.connect(self.browse)
        self.key_problem = form_parts.error_label(self, "keyProblem")

        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        # No completion, no drag out, no context-menu copy of the secret.
        self.passphrase_edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.passphrase_edit.setDragEnabled(False)
        self.passphrase_problem = form_parts.error_label(self, "passphraseProblem")

        form = QFormLayout()
        role_label = QLabel(self.tr("Sign as &role:"), self)
        a11y.label_for(role_label, self.role_combo)
        form.addRow(role_label, self._stack(self.role_combo, self.role_problem))
        key_label = QLabel(self.tr("&Key file:"), self)
        a11y.label_for(key_label, self.key_edit)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.browse_button)
        key_box = QWidget(self)
        key_layout = QVBoxLayout(key_box)
        key_layout.setContentsMargins(0, 0, 0, 0)
        key_layout.addLayout(key_row)
        key_layout.addWidget(self.key_problem)
        form.addRow(key_label, key_box)
        passphrase_label = QLabel(self.tr("&Passphrase:"), self)
        a11y.label_for(passphrase_label, self.passphrase_edit)
        form.addRow(passphrase_label, self._stack(self.passphrase_edit, self.passphrase_problem))

        self.status = QLabel(self)
        self.status.setObjectName("signStatus")
        self.status.setWordWrap(True)
        self.progress = DelayedProgress(self.tr("Signing progress"), self)
        self.progress.setObjectName("signProgress")

        self.buttons = QDialogButtonBox(self)
        self.sign_button = self.buttons.addButton(self.tr("&Sign"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setObjectName("signButton")
        self.sign_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("cancelSignButton")
        for button in (self.sign_button, self.cancel_button):
            a11y.name_button(button)
        self.sign_button.clicked.connect(self.sign)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.role_combo, self.key_edit)
        QWidget.setTabOrder(self.key_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.passphrase_edit)
        QWidget.setTabOrder(self.passphrase_edit, self.sign_button)
        QWidget.setTabOrder(self.sign_button, self.cancel_button)
        char = self.fontMetrics().averageCharWidth()
        self.setMinimumWidth(char * 90)
        if not state.remaining:
            self.status.setText(self.tr("Every role has signed these minutes."))
            self.sign_button.setEnabled(False)

    def _stack(self, field: QWidget, problem: QLabel) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field)
        layout.addWidget(problem)
        return box

    # ------------------------------------------------------------------------------------------ actions

    def browse(self) -> None:
        """Choose the key file with the system's file chooser."""
        path = choose_key_file(self)
        if path is not None:
            self.key_edit.setText(str(path))
            self._show_problem(self.key_problem, "")

    def role(self) -> str | None:
        """The role chosen."""
        return self.role_combo.currentData()

    def sign(self) -> Job | None:
        """Sign with the role, key file and passphrase given; None when something is missing or a job runs."""
        if self._job is not None:
            return None
        for label in (self.role_problem, self.key_problem, self.passphrase_problem):
            self._show_problem(label, "")
        role, key = self.role(), self.key_edit.text().strip()
        passphrase = self.passphrase_edit.text()
        self.clear_passphrase()  # after every attempt, whatever happens next
        if role is None:
            self._show_problem(self.role_problem, self.tr("Every role has signed these minutes."))
            return None
        if not key:
            self._show_problem(self.key_problem, self.tr("Choose your key file."), self.key_edit)
            return None
        if not passphrase:
            self._show_problem(self.passphrase_problem, self.tr("Type the passphrase of your key file."),
                               self.passphrase_edit)  # fmt: skip
            return None
        fn = functools.partial(work.sign_role, self._db_path, self._state.minutes_id, role, Path(key), passphrase)
        del passphrase  # the partial holds it until the job ends; nothing else does
        self._job = start_job(fn, self, on_success=self._on_job_succeeded, on_failure=self._on_job_failed)
        self._job.progress.connect(self.progress.report)
        self.progress.begin()
        self.status.setText(self.tr("Signing as %1…").replace("%1", labels.role(role)))
        self._set_inputs_enabled(False)
        return self._job

    def clear_passphrase(self) -> None:
        """Empty the passphrase field and its undo history (``setText`` resets the history; ``clear`` would not)."""
        self.passphrase_edit.setText("")

    def is_busy(self) -> bool:
        """Whether a signature is being made."""
        return self._job is not None

    def reject(self) -> None:
        """Close, except while signing: a signature cannot stop halfway, and it takes a moment."""
        if self._job is not None:
            return
        self.clear_passphrase()
        super().reject()

    # ------------------------------------------------------------------------------------------ the job

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.role_combo, self.key_edit, self.browse_button, self.passphrase_edit,
                       self.sign_button, self.cancel_button):  # fmt: skip
            widget.setEnabled(enabled)

    def _end_job(self) -> None:
        self._job = None
        self.progress.end()
        self.status.setText("")
        self._set_inputs_enabled(True)

    def _on_job_succeeded(self, state: work.MinutesState) -> None:
        self._end_job()
        self.signed.emit(state)
        self.accept()

    def _on_job_failed(self, exc: object) -> None:
        self._end_job()
        report_failure(self, exc, known=self._show_refusal, cancelled=self._show_refusal)

    def _show_refusal(self, exc: KnownError) -> None:
        from tripartite.reports import keys, signing

        if isinstance(exc, keys.WrongPassphrase):
            self._show_problem(
                self.passphrase_problem,
                self.tr("Wrong passphrase for this key file. Nothing was signed; type it again."),
                self.passphrase_edit,
            )
        elif isinstance(exc, keys.NotAKeyFile):
            self._show_problem(
                self.key_problem, self.tr("This file is not a signing key (a PKCS#12 .p12 file)."), self.key_edit
            )
        elif isinstance(exc, keys.KeyForAnotherRole):
            self._show_problem(
                self.key_problem,
                self.tr("This key was made for the role %1, not %2.")
                .replace("%1", labels.role(exc.key_role))
                .replace("%2", labels.role(exc.role)),
                self.key_edit,
            )
        elif isinstance(exc, signing.RoleAlreadySigned):
            self._show_problem(self.role_problem, self.tr("This role has already signed."), self.role_combo)
        elif isinstance(exc, work.KeyFileProblem):
            self._show_problem(self.key_problem, refusal_words.say(exc), self.key_edit)
        else:
            self._show_problem(self.role_problem, refusal_words.say(exc), self.role_combo)

    def _show_problem(self, label: QLabel, text: str, field: QWidget | None = None) -> None:
        """Show a problem under its field, tell screen readers through the field, and put the focus there."""
        label.setText(text)
        label.setVisible(bool(text))
        owner = {self.role_problem: self.role_combo, self.key_problem: self.key_edit,
                 self.passphrase_problem: self.passphrase_edit}[label]  # fmt: skip
        owner.setAccessibleDescription(text)
        if field is not None:
            field.setFocus()
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to show a wrapped message whole (a shown window does not grow by itself for wrapped text)."""
        layout = self.layout()
        layout.activate()
        width = self.width()
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        if needed > self.height():
            self.resize(width, needed)
