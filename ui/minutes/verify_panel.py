"""The verification panel: each signature of a minutes file, its status, and an overall verdict in words.

A file is verified against the certificates the board trusts (``trusted_certs``, filled by ``tripartite keys
trust``) plus any certificate the user adds for this check with "Trust a certificate…" (kept in memory,
never stored: adding to the board's store is a board decision, made per member). Verification runs on the
thread pool (pyHanko loads in half a second) and never raises on a damaged or tampered file: that is a
verdict of "Not verified".

The stamps drawn in the signature boxes are pictures anyone could paste; the panel says that the
signatures are checked cryptographically, not by the picture (stack.md pitfall 13: the preview does not
even draw them).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tripartite.errors import KnownError
from tripartite.ui import a11y
from tripartite.ui.jobs import Job, start_job, wait_for_jobs
from tripartite.ui.minutes import labels, work
from tripartite.ui.minutes.icons import Icons
from tripartite.ui.minutes.progress import DelayedProgress

if TYPE_CHECKING:
    from tripartite.reports.signing import Report, SignatureCheck

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid parent of a flat model, built once (not a call in a default argument)


def choose_pdf_file(parent: QWidget) -> Path | None:
    """Ask for a PDF to verify; None if the user cancelled (tests replace this)."""
    title = QCoreApplication.translate("VerifyPanel", "Verify minutes")
    filters = QCoreApplication.translate("VerifyPanel", "PDF files (*.pdf);;All files (*)")
    name, _selected = QFileDialog.getOpenFileName(parent, title, "", filters)
    return Path(name) if name else None


def choose_certificate_file(parent: QWidget) -> Path | None:
    """Ask for a certificate to trust; None if the user cancelled (tests replace this)."""
    title = QCoreApplication.translate("VerifyPanel", "Trust a certificate")
    filters = QCoreApplication.translate("VerifyPanel", "Certificates (*.pem *.crt *.cer *.der);;All files (*)")
    name, _selected = QFileDialog.getOpenFileName(parent, title, "", filters)
    return Path(name) if name else None


class SignatureTableModel(QAbstractTableModel):
    """The signatures of a verification report, one row each, in signing order.

    Each status has a word and an icon (✓ or ✗), never colour alone.

    Args:
        parent: the owning QObject.
    """

    ROLE, SIGNER, TIME, INTACT, VALID, TRUSTED, COVERAGE, MODIFICATION = range(8)
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("SignatureTableModel", "Role"),
        QT_TRANSLATE_NOOP("SignatureTableModel", "Signer"),
        QT_TRANSLATE_NOOP("SignatureTableModel", "Signed at (claimed)"),
        QT_TRANSLATE_NOOP("SignatureTableModel", "Intact"),
        QT_TRANSLATE_NOOP("SignatureTableModel", "Valid"),
        QT_TRANSLATE_NOOP("SignatureTableModel", "Trusted"),
        QT_TRANSLATE_NOOP("SignatureTableModel", "Covers"),
        QT_TRANSLATE_NOOP("SignatureTableModel", "Changed after it"),
    )
    TIPS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("SignatureTableModel", "The signatory role whose box was signed"),
        QT_TRANSLATE_NOOP("SignatureTableModel", "The name in the signer's certificate"),
        QT_TRANSLATE_NOOP("SignatureTableModel", "When the signer's computer says it signed (UTC); not proven"),
        QT_TRANSLATE_NOOP("SignatureTableModel", "The signed bytes are unchanged"),
        QT_TRANSLATE_NOOP("SignatureTableModel", "The cryptographic signature verifies with the certificate"),
        QT_TRANSLATE_NOOP("SignatureTableModel", "The certificate is one the board trusts, or one added"),
        QT_TRANSLATE_NOOP("SignatureTableModel", "How much of the file the signature covers"),
        QT_TRANSLATE_NOOP("SignatureTableModel", "What changed in the file after this signature"),
    )

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._checks: tuple[SignatureCheck, ...] = ()
        self._icons = Icons()

    def set_report(self, report: Report | None) -> None:
        """Show a report's signatures (none for None)."""
        self.beginResetModel()
        self._checks = tuple(report.signatures) if report is not None else ()
        self.endResetModel()

    def check(self, row: int) -> SignatureCheck:
        """The signature of a row."""
        return self._checks[row]

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        """One row per signature."""
        return 0 if parent.isValid() else len(self._checks)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        """The eight status columns."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles and their explanations."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("SignatureTableModel", self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("SignatureTableModel", self.TIPS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A status in words, its icon, and why it failed."""
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._checks):
            return None
        check = self._checks[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(check, column)
        if role == Qt.ItemDataRole.DecorationRole:
            kind = self._state(check, index.row(), column)
            return self._icons.get(kind) if kind is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(check, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._text(check, column)
            kind = self._state(check, index.row(), column)
            return f"{text} ({self._tr('problem')})" if kind == "bad" else text
        return None

    # ------------------------------------------------------------------------------------------ cells

    @staticmethod
    def _tr(text: str) -> str:
        return QCoreApplication.translate("SignatureTableModel", text)

    def _yes_no(self, flag: bool) -> str:
        return self._tr("Yes") if flag else self._tr("No")

    def _text(self, check: SignatureCheck, column: int) -> str:
        if column == self.ROLE:
            return labels.role(check.role) if check.role else check.field
        if column == self.SIGNER:
            return check.signer or self._tr("Unknown")
        if column == self.TIME:
            return labels.when(check.signed_at)
        if column == self.INTACT:
            return self._yes_no(check.intact)
        if column == self.VALID:
            return self._yes_no(check.valid)
        if column == self.TRUSTED:
            return self._yes_no(check.trusted)
        if column == self.COVERAGE:
            return labels.coverage(check.coverage)
        return labels.modification(check.modification_level)

    def _state(self, check: SignatureCheck, row: int, column: int) -> str | None:
        """``ok`` or ``bad`` for the columns that carry a verdict; None for plain facts."""
        if column == self.ROLE:
            return "ok" if check.ok else "bad"
        if column in (self.INTACT, self.VALID, self.TRUSTED):
            return "ok" if (check.intact, check.valid, check.trusted)[column - self.INTACT] else "bad"
        if column == self.COVERAGE and row == len(self._checks) - 1:
            # The newest signature must cover the whole file: anything after it is an unsigned change.
            return "ok" if check.coverage == "ENTIRE_FILE" else "bad"
        if column == self.MODIFICATION:
            level = check.modification_level
            return "ok" if level is not None and level in labels.ALLOWED_MODIFICATIONS else "bad"
        return None

    def _tip(self, check: SignatureCheck, column: int) -> str | None:
        if check.error:
            return self._tr("This signature could not be validated: %1").replace("%1", check.error)
        if column == self.ROLE and check.certifies:
            return self._tr("The first signature: it certifies the document and allows only later signatures.")
        return None


class VerifyPanel(QWidget):
    """Verify a minutes file: a table of its signatures, a verdict in words with an icon, and trust controls.

    Signals:
        verified(object): a :class:`~tripartite.ui.minutes.work.Verification` has been shown.

    Args:
        db_path: the board's database, for its trusted certificates (None: only the certificates added).
        parent: the owning widget.
    """

    verified = Signal(object)

    def __init__(self, db_path: Path | None, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("verifyPanel")
        self._db_path = Path(db_path) if db_path is not None else None
        self._added: list[bytes] = []
        self._added_names: list[str] = []
        self._source: bytes | Path | None = None
        self._source_name = ""
        self._pending = False
        self._job: Job | None = None
        self._icons = Icons()
        self.last: work.Verification | None = None

        self.source_label = QLabel(self.tr("No file chosen yet."), self)
        self.source_label.setObjectName("verifySource")
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verdict_icon = QLabel(self)
        self.verdict_icon.setObjectName("verdictIcon")
        self.verdict_label = QLabel(self)
        self.verdict_label.setObjectName("verdict")
        font = self.verdict_label.font()
        font.setBold(True)
        font.setPointSizeF((font.pointSizeF() if font.pointSizeF() > 0 else 10.0) * 1.3)
        self.verdict_label.setFont(font)
        self.verdict_label.setWordWrap(True)
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("verdictDetail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = DelayedProgress(self.tr("Verification progress"), self)
        self.progress.setObjectName("verifyProgress")

        self.model = SignatureTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("signatureTable")
        self.table.setAccessibleName(self.tr("Signatures"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SignatureTableModel.SIGNER, QHeaderView.ResizeMode.Stretch)

        self.trust_label = QLabel(self)
        self.trust_label.setObjectName("trustSummary")
        self.trust_label.setWordWrap(True)
        self.stamp_note = QLabel(
            self.tr("The stamps in the signature boxes are only pictures and prove nothing by themselves. Each "
                    "signature is verified cryptographically: its bytes, its signature value and its certificate."),
            self,
        )  # fmt: skip
        self.stamp_note.setObjectName("stampNote")
        self.stamp_note.setWordWrap(True)
        self.stamp_note.setStyleSheet("color: palette(placeholder-text);")

        self.verify_file_button = QPushButton(self.tr("Verify a &file…"), self)
        self.verify_file_button.setObjectName("verifyFileButton")
        self.verify_file_button.setToolTip(self.tr("Choose any PDF file and verify its signatures"))
        self.verify_file_button.clicked.connect(self.verify_chosen_file)
        self.trust_button = QPushButton(self.tr("&Trust a certificate…"), self)
        self.trust_button.setObjectName("trustCertificateButton")
        self.trust_button.setToolTip(
            self.tr("Add a signer's certificate (PEM) for this check only; the board's store is not changed")
        )
        self.trust_button.clicked.connect(self.trust_chosen_certificate)
        self.again_button = QPushButton(self.tr("Verify &again"), self)
        self.again_button.setObjectName("verifyAgainButton")
        self.again_button.clicked.connect(self.verify_again)
        for button in (self.verify_file_button, self.trust_button, self.again_button):
            a11y.name_button(button)

        verdict_row = QHBoxLayout()
        verdict_row.addWidget(self.verdict_icon, 0, Qt.AlignmentFlag.AlignTop)
        verdict_text = QVBoxLayout()
        verdict_text.addWidget(self.verdict_label)
        verdict_text.addWidget(self.detail_label)
        verdict_row.addLayout(verdict_text, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_file_button)
        buttons.addWidget(self.trust_button)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.source_label)
        layout.addLayout(verdict_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.trust_label)
        layout.addWidget(self.stamp_note)
        layout.addLayout(buttons)
        self._show_verdict("pending", self.tr("Nothing verified yet"), self.tr("Choose a file with Verify a file…"))
        self._show_trust(None)
        self.again_button.setEnabled(False)

    # --------------------------------------------------------------------------------------- actions

    def verify_bytes(self, pdf: bytes, name: str) -> None:
        """Verify a file held in memory (the minutes shown in the minutes dialog)."""
        self._set_source(pdf, name)

    def verify_path(self, path: Path) -> None:
        """Verify a file on disk (read on the pool)."""
        self._set_source(Path(path), str(path))

    def verify_chosen_file(self) -> None:
        """Ask for any PDF file and verify it (File › Verify minutes…)."""
        path = choose_pdf_file(self)
        if path is not None:
            self.verify_path(path)

    def verify_again(self) -> None:
        """Verify the same file again (after adding a certificate, or after the file changed on disk)."""
        if self._source is not None:
            self._start()

    def trust_chosen_certificate(self) -> None:
        """Ask for a certificate file and trust it for this check."""
        path = choose_certificate_file(self)
        if path is not None:
            self.add_trusted(path)

    def add_trusted(self, path: Path) -> bool:
        """Trust the certificate(s) in a PEM or DER file for this check, and verify again.

        Returns:
            Whether the file held a certificate (else the panel says why).
        """
        from tripartite.reports import signing
        from tripartite.reports.service import read_file

        try:
            data = read_file(Path(path), "certificate")
            infos = signing.read_certificates(data)
        except KnownError as exc:
            self._show_verdict("bad", self.tr("Certificate not added"), str(exc))
            return False
        self._added.append(data)
        self._added_names += [info.subject for info in infos]
        self._show_trust(self.last)
        self.verify_again()
        return True

    def is_busy(self) -> bool:
        """Whether a verification is running."""
        return self._job is not None

    def cancel(self) -> None:
        """Forget a queued verification (a running one only reads; it ends on its own)."""
        self._pending = False

    # ------------------------------------------------------------------------------------------ job

    def _set_source(self, source: bytes | Path, name: str) -> None:
        self._source, self._source_name = source, name
        self.source_label.setText(self.tr("File: %1").replace("%1", name))
        self.model.set_report(None)
        self._start()

    def _start(self) -> None:
        if self._job is not None:
            self._pending = True  # verify the newest request once the running one ends
            return
        assert self._source is not None
        self._pending = False
        fn = functools.partial(work.verify, self._source, self._db_path, tuple(self._added))
        self._job = start_job(fn, self)
        self._job.progress.connect(self.progress.report)
        self._job.succeeded.connect(self._on_job_succeeded)
        self._job.failed.connect(self._on_job_failed)
        self.progress.begin()
        self._show_verdict("pending", self.tr("Verifying…"), "")
        for button in (self.verify_file_button, self.trust_button, self.again_button):
            button.setEnabled(False)

    def _end_job(self) -> bool:
        """Close the job; start the queued one if any. Returns whether the result is still wanted."""
        self._job = None
        self.progress.end()
        for button in (self.verify_file_button, self.trust_button, self.again_button):
            button.setEnabled(True)
        if self._pending:
            self._start()
            return False
        return True

    def _on_job_succeeded(self, result: work.Verification) -> None:
        if not self._end_job():
            return
        self.last = result
        self.model.set_report(result.report)
        self._show_report(result.report)
        self._show_trust(result)
        self.verified.emit(result)

    def _on_job_failed(self, exc: object) -> None:
        if not self._end_job():
            return
        if isinstance(exc, KnownError):
            self._show_verdict("bad", self.tr("Not verified"), str(exc))
        elif isinstance(exc, BaseException):
            from tripartite.ui import mainwindow

            self._show_verdict("bad", self.tr("Not verified"), self.tr("Verification failed unexpectedly."))
            mainwindow.show_bug(self, exc)

    # ------------------------------------------------------------------------------------------ words

    def _show_verdict(self, kind: str, words: str, detail: str) -> None:
        self.verdict_icon.setPixmap(self._icons.get(kind).pixmap(32, 32))
        self.verdict_icon.setAccessibleName(words)
        self.verdict_label.setText(words)
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))

    def _show_report(self, report: Report) -> None:
        unsigned = ", ".join(labels.role(r) for r in report.unsigned_roles)
        if report.error is not None and not report.signatures:
            self._show_verdict("bad", self.tr("Not verified"), self._why_unreadable(report.error))
            return
        if not report.ok:
            self._show_verdict("bad", self.tr("Not verified"), "\n".join(self._problems(report)))
            return
        if report.unsigned_roles:
            self._show_verdict(
                "partial",
                self.tr("Verified so far: signing is not complete"),
                self.tr("The signatures so far are intact, valid and trusted, and nothing else changed. "
                        "Still to sign: %1.").replace("%1", unsigned),
            )  # fmt: skip
            return
        self._show_verdict(
            "ok",
            self.tr("Verified"),
            self.tr("Every signature is intact, valid and trusted, and nothing changed after the last one."),
        )

    def _why_unreadable(self, error: str) -> str:
        if error == "the file has no signature":
            return self.tr("The file has no signature: nobody has signed it yet.")
        return self.tr("The file cannot be read as a PDF: it may be damaged or truncated (%1).").replace("%1", error)

    def _problems(self, report: Report) -> list[str]:
        """Each reason the file is not verified, one sentence per problem, naming the role."""
        out: list[str] = []
        for check in report.signatures:
            who = labels.role(check.role) if check.role else check.field
            if check.error is not None:
                out.append(self.tr("%1: the signature could not be validated (%2).").replace("%1", who)
                           .replace("%2", check.error))  # fmt: skip
                continue
            if not check.intact:
                out.append(self.tr("%1: the signed content was changed after signing.").replace("%1", who))
            elif not check.valid:
                out.append(self.tr("%1: the signature value does not match the certificate.").replace("%1", who))
            if not check.trusted:
                out.append(self.tr("%1: the certificate of %2 is not trusted.").replace("%1", who)
                           .replace("%2", check.signer or "?"))  # fmt: skip
            if check.modification_level not in (None, *labels.ALLOWED_MODIFICATIONS):
                out.append(
                    self.tr("%1: changes not allowed by the signatures were made after it (%2).")
                    .replace("%1", who)
                    .replace("%2", labels.modification(check.modification_level))
                )
        if report.changed_after_last:
            out.append(self.tr("The file was changed after the last signature."))
        return out or [self.tr("A signature does not hold.")]

    def _show_trust(self, result: work.Verification | None) -> None:
        # Counts after a colon, so no sentence needs a plural form English cannot get without a translator.
        parts = []
        if self._db_path is None:
            pass  # no board here: only the certificates added count
        elif result is None:
            parts.append(self.tr("Signatures are checked against the certificates the board trusts."))
        elif result.board_certs == 0 and not self._added_names:
            parts.append(self.tr("The board trusts no certificate yet, so no signature can be trusted. Add a "
                                 "signer's certificate with Trust a certificate…, or store the members' "
                                 "certificates with “tripartite keys trust”."))  # fmt: skip
        else:
            parts.append(self.tr("Certificates the board trusts: %1.").replace("%1", str(result.board_certs)))
        if self._added_names:
            parts.append(self.tr("Added for this check: %1.").replace("%1", ", ".join(self._added_names)))
        elif self._db_path is None:
            parts.append(self.tr("No certificate is trusted yet: add the signers' certificates with Trust a "
                                 "certificate…"))  # fmt: skip
        self.trust_label.setText(" ".join(parts))


class VerifyDialog(QDialog):
    """The verification panel in a dialog (File › Verify minutes…, and Verify… in the minutes dialog).

    Args:
        db_path: the board's database, for its trusted certificates.
        parent: the window it belongs to.
    """

    def __init__(self, db_path: Path | None, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.setWindowTitle(self.tr("Verify minutes"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.panel = VerifyPanel(db_path, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeVerifyButton")
        a11y.name_button(close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        char = self.fontMetrics().averageCharWidth()
        self.resize(char * 150, self.fontMetrics().height() * 24)

    def reject(self) -> None:
        """Close, after a running verification ends (it only reads, and takes a fraction of a second).

        The dialog deletes itself on close, and its job with it: no worker may report to a deleted job.
        """
        self.panel.cancel()
        if self.panel.is_busy():
            wait_for_jobs()
        super().reject()
