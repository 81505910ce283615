"""The verification panel: each signature of a minutes file, its state and what is wrong, and a verdict in words.

The verdict is ``reports.verify.verify_pdf``'s, the same as ``tripartite verify``: the board's minutes,
signed by the right people (each in their own box, with a certificate trusted for that box). Its kinds look
different on purpose, each with its own icon, tint and heading, and each says what to do: *verified* (green ✓),
*partly signed* (amber !), *intact but not trusted* (blue ?: maybe a certificate the board does not know yet)
and *do not rely on this file* (red ✗: tampered, forged or damaged).

A file is verified against the certificates the board trusts (``trusted_certs``: Board › Certificates, or
``tripartite keys trust``), each for a member and a role, plus any certificate the user adds for this check
with "Trust a certificate…" (kept in memory, never stored, trusted for the role written in it: adding to the
board's store is a board decision, made per member with the chair's or secretary's PIN). Verification runs on
the thread pool (pyHanko loads in half a second) and never raises on a damaged or tampered file: that is a
verdict too.

The stamps drawn in the signature boxes are pictures anyone could paste; the panel says that the
signatures are checked cryptographically, not by the picture (the pdfium preview does not even draw
them).

This module holds the panel (its verdict banner, the job that verifies, the trust controls) and the dialog
around it; the table of signatures and the sentences for what is wrong with one are in
:mod:`tripartite.ui.minutes.signature_table`.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tripartite.errors import KnownError
from tripartite.ui import a11y, labels, refusal_words
from tripartite.ui.jobs import Job, report_failure, start_job, wait_for_jobs
from tripartite.ui.labels import fill
from tripartite.ui.minutes import work
from tripartite.ui.minutes.progress import DelayedProgress
from tripartite.ui.minutes.signature_table import SignatureTableModel, box_name, reason_sentences
from tripartite.ui.views.status_icons import Icons

if TYPE_CHECKING:
    from tripartite.reports.verify import Report

# Verdict banner tints (background, border), one per kind: a forgery and a stranger's certificate must not look alike.
_BANNER = {
    "ok": ("#e6f2e9", "#1e6b34"),
    "partial": ("#fbf0dc", "#8a5300"),
    "untrusted": ("#e5ecf6", "#1f4e8c"),
    "bad": ("#f9e3e3", "#a61b1b"),
    "pending": ("transparent", "#9ca3af"),
}


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

        self.banner = QFrame(self)
        self.banner.setObjectName("verdictBanner")
        self.verdict_kind = "pending"
        self.verdict_icon = QLabel(self.banner)
        self.verdict_icon.setObjectName("verdictIcon")
        self.verdict_label = QLabel(self.banner)
        self.verdict_label.setObjectName("verdict")
        font = self.verdict_label.font()
        font.setBold(True)
        font.setPointSizeF((font.pointSizeF() if font.pointSizeF() > 0 else 10.0) * 1.3)
        self.verdict_label.setFont(font)
        self.verdict_label.setWordWrap(True)
        self.detail_label = QLabel(self.banner)
        self.detail_label.setObjectName("verdictDetail")
        for label in (self.verdict_label, self.detail_label):
            label.setTextFormat(Qt.TextFormat.PlainText)  # signers' names are data, never markup
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

        verdict_row = QHBoxLayout(self.banner)
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
        layout.addWidget(self.banner)
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
        from tripartite.reports import keys
        from tripartite.reports.files import read_file

        try:
            data = read_file(Path(path), "certificate")
            infos = keys.read_certificates(data)
        except KnownError as exc:
            self._show_verdict("bad", self.tr("Certificate not added"), refusal_words.say(exc))
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
        self._job = start_job(fn, self, on_success=self._on_job_succeeded, on_failure=self._on_job_failed)
        self._job.progress.connect(self.progress.report)
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
        refused = self.tr("Not verified")
        report_failure(
            self, exc,
            known=lambda error: self._show_verdict("bad", refused, refusal_words.say(error)),
            cancelled=lambda error: self._show_verdict("bad", refused, refusal_words.say(error)),
            bug=lambda _: self._show_verdict("bad", refused, self.tr("Verification failed unexpectedly.")),
        )  # fmt: skip

    # ------------------------------------------------------------------------------------------ words

    def _show_verdict(self, kind: str, words: str, detail: str) -> None:
        """Show a verdict: its icon, a tinted banner of its own colour, a heading and what to do."""
        self.verdict_kind = kind
        self.verdict_icon.setPixmap(self._icons.get(kind).pixmap(32, 32))
        self.verdict_icon.setAccessibleName(words)
        self.verdict_label.setText(words)
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        background, border = _BANNER.get(kind, _BANNER["pending"])
        # Dark text on every tint, so it reads whatever the desktop theme.
        self.banner.setStyleSheet(
            f"QFrame#verdictBanner {{ background: {background}; border: 1px solid {border}; border-radius: 4px; }}"
            f"QFrame#verdictBanner QLabel {{ color: #1a1a1a; background: transparent; border: none; }}"
        )

    def _show_report(self, report: Report) -> None:
        """The verdict in words: what the file is, what is wrong, and what to do."""
        verdict = report.verdict
        if verdict == "verified":
            self._show_verdict(
                "ok",
                self.tr("Verified: the board's minutes, signed by every signatory"),
                self.tr("Each signatory signed in their own box, with a certificate trusted for that box; the "
                        "evidence annex is signed with the minutes, and nothing changed after the last signature."),
            )  # fmt: skip
            return
        missing = ", ".join(labels.role(r) for r in report.missing_roles)
        if verdict == "partly_signed":
            self._show_verdict(
                "partial",
                self.tr("Partly signed: not yet the final minutes"),
                fill(self.tr("The signatures so far are good, but not every signatory has signed. Still to sign: "
                              "%1. Rely on these minutes only once every signatory has signed."), missing),
            )  # fmt: skip
            return
        if verdict == "untrusted":
            who = ", ".join(
                fill(self.tr("%1 (%2 box)"), s.signer or "?", box_name(s))
                for s in report.signatures
                if s.state != "good"
            )
            what = fill(self.tr("Nothing was changed after signing, but these certificates are not trusted: %1."), who)
            if self._db_path is not None:
                todo = self.tr("Add the signer's certificate in Board › Certificates if you know it is theirs, then "
                               "verify again.")  # fmt: skip
            else:
                todo = self.tr("If you know a certificate is the signer's, add it with Trust a certificate… (for this "
                               "check only), then verify again.")  # fmt: skip
            lines = [what, todo]
            if report.missing_roles:
                lines.append(fill(self.tr("Still to sign: %1."), missing))
            self._show_verdict("untrusted", self.tr("Intact, but not every signer is trusted"), "\n".join(lines))
            return
        if verdict == "unsigned":
            self._show_verdict(
                "bad",
                self.tr("Not signed"),
                self.tr("Nobody has signed this file. Get the signed minutes from the board."),
            )
            return
        lines = [*self._problems(report), ""]
        lines.append(self.tr("What to do: do not rely on this file. Get the signed minutes from the board (the "
                             "secretary keeps them) and verify that copy."))  # fmt: skip
        self._show_verdict("bad", self.tr("Do not rely on this file: tampered, forged or damaged"), "\n".join(lines))

    def _problems(self, report: Report) -> list[str]:
        """Each reason the file is refused: the file's first, then each signature's, naming its box."""
        out = []
        for code in report.file_reasons:
            text = labels.file_reason(code)
            if code == "partly_signed":
                text = fill(text, ", ".join(labels.role(r) for r in report.missing_roles))
            out.append(text)
        for check in report.signatures:
            out += reason_sentences(check)
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
