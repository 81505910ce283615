"""Board › Certificates…: the certificates the board trusts to sign its minutes, each for a member and a box.

A signature counts only if its certificate is trusted *for the box it signs* (DESIGN §5), so each
certificate is added for one member and one signatory role, through
:func:`tripartite.reports.trust.trust_certificate`, and removed through
:func:`~tripartite.reports.trust.untrust_certificate`. These are board settings: each change is
confirmed with the chair's or the secretary's PIN, and the member who confirmed is the change's actor in
the audit log.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from tripartite import roster
from tripartite.authority import Auth
from tripartite.board import SIGNATORY_ROLES
from tripartite.errors import KnownError
from tripartite.ui import a11y, authorize, boxes, labels, refusal_words
from tripartite.ui.dialogs.form_parts import error_label
from tripartite.ui.dialogs.pin_prompt import PinPrompt
from tripartite.ui.models.certificate_model import CertificateTableModel, short_fingerprint


def choose_certificate_file(parent: QWidget) -> Path | None:
    """Ask for a certificate file; None if the user cancelled (tests replace this)."""
    title = QCoreApplication.translate("CertificatesDialog", "Add a signer's certificate")
    filters = QCoreApplication.translate("CertificatesDialog", "Certificates (*.pem *.crt *.cer *.der);;All files (*)")
    return boxes.open_file(parent, title, filters)


class CertificatesDialog(QDialog):
    """List, add and remove the board's trusted certificates.

    Signals:
        changed: a certificate was added or removed.

    Args:
        db: the GUI thread's connection.
        parent: the window it belongs to.
    """

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("certificatesDialog")
        self.setWindowTitle(self.tr("Trusted certificates"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._db = db
        self._data: bytes | None = None  # the chosen file's certificate(s)
        self._pending = ""  # what the PIN asked for confirms: "add" or "remove"
        self._fingerprint = ""  # the certificate to remove, chosen before the PIN was asked

        intro = QLabel(
            self.tr("A signature on the minutes counts only if its certificate is listed here for the box it signs. "
                    "Add a member's certificate only when you know it is theirs (from the member, in person). "
                    "Each change needs the chair's or the secretary's PIN."),
            self,
        )  # fmt: skip
        intro.setWordWrap(True)

        self.model = CertificateTableModel(db, self)
        self.table = QTableView(self)
        self.table.setObjectName("certificateTable")
        self.table.setAccessibleName(self.tr("Trusted certificates"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty_label = QLabel(self.tr("The board trusts no certificate yet: no signature can be verified "
                                          "against the board's store."), self)  # fmt: skip
        self.empty_label.setObjectName("noCertificates")
        self.empty_label.setWordWrap(True)

        self.remove_button = self._button(self.tr("&Remove the selected certificate…"), "removeCertificateButton")
        self.remove_button.clicked.connect(self.remove_selected)

        add_box = QGroupBox(self.tr("Add a certificate"), self)
        self.file_edit = QLineEdit(add_box)
        self.file_edit.setObjectName("certificateFileEdit")
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("a .pem, .crt, .cer or .der file"))
        self.browse_button = self._button(self.tr("&Browse…"), "browseCertificateButton", add_box)
        self.browse_button.clicked.connect(self.choose_file)
        self.member_combo = QComboBox(add_box)
        self.member_combo.setObjectName("certificateMemberCombo")
        self._members = roster.roster(db, active_only=True)
        self.role_combo = QComboBox(add_box)
        self.role_combo.setObjectName("certificateRoleCombo")
        for code in SIGNATORY_ROLES:
            self.role_combo.addItem(labels.role(code), code)
        self.role_combo.currentIndexChanged.connect(self._on_role_changed)
        self.add_button = self._button(self.tr("&Add…"), "addCertificateButton", add_box)
        self.add_button.clicked.connect(self.add_chosen)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout(add_box)
        for text, widget in ((self.tr("&File:"), self.file_edit), (self.tr("&Member:"), self.member_combo),
                             (self.tr("Signs the &box of:"), self.role_combo)):  # fmt: skip
            label = QLabel(text, add_box)
            a11y.label_for(label, widget)
            form.addRow(label, file_row if widget is self.file_edit else widget)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        form.addRow(add_row)

        self.problem = error_label(self, "certificateProblem")
        self.status = QLabel(self)
        self.status.setObjectName("certificateStatus")
        self.status.setWordWrap(True)
        for label in (self.problem, self.status):
            label.setTextFormat(Qt.TextFormat.PlainText)  # names come from certificates: data, never markup
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        a11y.name_button(buttons.button(QDialogButtonBox.StandardButton.Close))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(add_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        char = self.fontMetrics().averageCharWidth()
        self.resize(char * 170, self.fontMetrics().height() * 38)
        self._on_role_changed()
        self._refresh()

    @classmethod
    def ask(cls, db: Database, parent: QWidget) -> CertificatesDialog:
        """Open the dialog (window-modal) and return it."""
        dialog = cls(db, parent)
        dialog.open()
        return dialog

    def _button(self, text: str, name: str, parent: QWidget | None = None) -> QPushButton:
        button = QPushButton(text, parent or self)
        button.setObjectName(name)
        a11y.name_button(button)
        return button

    # --------------------------------------------------------------------------------------- actions

    def choose_file(self) -> None:
        """Ask for a certificate file, read it, and take the role written in it when there is one."""
        path = choose_certificate_file(self)
        if path is not None:
            self.set_file(path)

    def set_file(self, path: Path) -> bool:
        """Use this certificate file for the next Add; the role it names (``keys new`` writes one) is chosen.

        Returns:
            Whether the file holds a certificate (else the dialog says why).
        """
        from tripartite.reports import files, keys

        try:
            data = files.read_file(Path(path), "certificate")
            infos = keys.read_certificates(data)
        except KnownError as exc:
            self._data = None
            self.file_edit.clear()
            self._show_problem(refusal_words.say(exc))
            return False
        self._data = data
        self.file_edit.setText(str(path))
        written = infos[0].role
        if written is not None and (index := self.role_combo.findData(written)) >= 0:
            self.role_combo.setCurrentIndex(index)
        self._show_problem("")
        self.status.setText(labels.fill(self.tr("Certificate of %1 (fingerprint %2)."), infos[0].subject,
                                        short_fingerprint(infos[0].fingerprint)))  # fmt: skip
        return True

    def add_chosen(self) -> PinPrompt | None:
        """Ask for the chair's or secretary's PIN, then trust the chosen certificate for the member and box."""
        if self._data is None:
            self._show_problem(self.tr("Choose the certificate file first (Browse…)."))
            return None
        intro = self.tr("Confirm with your PIN that the board trusts this certificate for %1, in the %2 box.")
        return self._authorise("add", labels.fill(intro, self.member_combo.currentText(),
                                                  self.role_combo.currentText()))  # fmt: skip

    def remove_selected(self) -> PinPrompt | None:
        """Ask for the chair's or secretary's PIN, then stop trusting the selected certificate."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self._show_problem(self.tr("Select the certificate to remove in the list first."))
            return None
        member = self.model.index(rows[0].row(), CertificateTableModel.MEMBER).data()
        self._fingerprint = self.model.fingerprint(rows[0].row())
        intro = self.tr("Confirm with your PIN that the board no longer trusts this certificate of %1. Minutes it "
                        "signed will no longer verify against the board's store.")  # fmt: skip
        return self._authorise("remove", labels.fill(intro, str(member)))

    # ------------------------------------------------------------------------------------ authority

    def _authorise(self, action: str, intro: str) -> PinPrompt | None:
        """Ask the chair or the secretary for their PIN; :meth:`_on_pin_authenticated` then does ``action``."""
        self._pending = action
        dialog = authorize.ask(
            self, self._db, authorize.Need.OFFICER, intro, self._on_pin_authenticated, ok_text=self.tr("&Confirm")
        )
        if dialog is None:
            self._show_problem(self.tr("The board has neither a chair nor a secretary to confirm this change."))
        return dialog

    def _on_pin_authenticated(self, auth: Auth) -> None:
        from tripartite.reports import trust

        action, self._pending = self._pending, ""
        try:
            if action == "add" and self._data is not None:
                role = str(self.role_combo.currentData())
                added = trust.trust_certificate(
                    self._db, self._data, str(self.member_combo.currentData()), auth, role=role
                )
                message = labels.fill(self.tr("The board now trusts the certificate of %1 for the %2 box."),
                                      ", ".join(entry.subject for entry in added), labels.role(role))  # fmt: skip
                self._data = None
                self.file_edit.clear()
            elif action == "remove":
                removed = trust.untrust_certificate(self._db, self._fingerprint, auth)
                message = labels.fill(self.tr("The board no longer trusts the certificate of %1."), removed.subject)
            else:
                return
        except KnownError as exc:
            self._show_problem(refusal_words.say(exc))
            return
        self._show_problem("")
        self.status.setText(message)
        self._refresh()
        self.changed.emit()

    # ------------------------------------------------------------------------------------------ view

    def _refresh(self) -> None:
        self.model.reload()
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self.remove_button.setEnabled(self.model.rowCount() > 0)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _on_role_changed(self, _index: int = 0) -> None:
        """Offer only the members who may sign the chosen box (the chair's, the secretary's, or a group's)."""
        from tripartite.reports import trust

        role = str(self.role_combo.currentData())
        kept = self.member_combo.currentData()
        self.member_combo.clear()
        for row in self._members:
            if trust.may_sign(asdict(row), role):
                self.member_combo.addItem(f"{row.name} ({row.id})", row.id)
        if kept is not None and (index := self.member_combo.findData(kept)) >= 0:
            self.member_combo.setCurrentIndex(index)
