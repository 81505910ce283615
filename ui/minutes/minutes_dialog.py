"""The minutes of a meeting: build them (with progress), preview them, save, sign and verify them.

Opening the dialog builds the minutes afresh in the background, unless their signing has started: a
signed file is never rebuilt, so the newest signed revision is shown instead. The side panel shows which
roles have signed and which remain, and once every role has signed, that the meeting is read-only.

The preview is QtPdf (pdfium), which does not draw the signature stamps (it skips their appearance streams): the
panel says so, and Verify… checks the signatures cryptographically.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tripartite import store
from tripartite.authority import Auth
from tripartite.errors import KnownError
from tripartite.ui import a11y, authorize, labels, refusal_words
from tripartite.ui.jobs import Job, report_failure, start_job, wait_for_jobs
from tripartite.ui.minutes import work
from tripartite.ui.minutes.preview import PdfPreview
from tripartite.ui.minutes.progress import DelayedProgress
from tripartite.ui.minutes.sign_dialog import SignDialog
from tripartite.ui.minutes.state_model import SignatoryList, SigningStateModel
from tripartite.ui.minutes.verify_panel import VerifyDialog
from tripartite.ui.views.status_icons import Icons

_SIDE_CHARS = 42  # the side panel's width in average characters: room for "Secretary: signed by …" and the like


def choose_save_file(parent: QWidget, suggested: str) -> Path | None:
    """Ask where to save a copy of the minutes; None if the user cancelled (tests replace this)."""
    title = QCoreApplication.translate("MinutesDialog", "Save the minutes")
    filters = QCoreApplication.translate("MinutesDialog", "PDF files (*.pdf)")
    name, _selected = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


class MinutesDialog(QDialog):
    """Build, preview, save, sign and verify the minutes of one meeting.

    Signals:
        minutes_changed: minutes were built or signed (the meeting may now be read-only); views reload.

    Args:
        db_path: the board's database; every piece of work opens its own connection on the pool.
        meeting_id: the meeting, closed (or with minutes already signed).
        parent: the meetings page.
        preview_mode: force the preview's ``view``, ``render`` or ``none`` mode (tests).
    """

    minutes_changed = Signal()

    def __init__(self, db_path: Path, meeting_id: int, parent: QWidget, *, preview_mode: str | None = None):
        super().__init__(parent)
        self.setObjectName("minutesDialog")
        self.setWindowTitle(self.tr("Minutes"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._db_path = Path(db_path)
        self.meeting_id = meeting_id
        self._pin_db: store.Database | None = None  # the GUI thread's connection for PIN checks, opened on need
        self._closing = False
        self.state: work.MinutesState | None = None
        self._job: Job | None = None
        self._icons = Icons()

        self.heading = QLabel(self.tr("Minutes"), self)
        self.heading.setObjectName("minutesHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF((font.pointSizeF() if font.pointSizeF() > 0 else 10.0) * 1.3)
        self.heading.setFont(font)
        self.subheading = QLabel(self)
        self.subheading.setObjectName("minutesSubheading")

        self.preview = PdfPreview(self, mode=preview_mode)
        self.preview.page_changed.connect(self._on_preview_page_changed)
        self.progress = DelayedProgress(self.tr("Building progress"), self)
        self.progress.setObjectName("minutesProgress")
        self.cancel_build_button = self._button(self.tr("Cancel"), "cancelBuildButton", self.cancel_build)
        self.cancel_build_button.setAccessibleName(self.tr("Cancel building the minutes"))
        self.rebuild_button = self._button(self.tr("&Build again"), "rebuildButton", self._on_rebuild_clicked)
        self.previous_button = self._button(self.tr("&Previous page"), "previousPageButton", self.preview.previous_page)
        self.next_button = self._button(self.tr("&Next page"), "nextPageButton", self.preview.next_page)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageLabel")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.summary_icon = QLabel(self)
        self.summary_icon.setObjectName("signingStateIcon")
        self.summary = QLabel(self)
        self.summary.setObjectName("signingState")
        self.summary.setWordWrap(True)
        bold = self.summary.font()
        bold.setBold(True)
        self.summary.setFont(bold)
        self.summary_detail = QLabel(self)
        self.summary_detail.setObjectName("signingStateDetail")
        self.summary_detail.setWordWrap(True)
        self.state_model = SigningStateModel(self)
        self.roles_view = SignatoryList(self.state_model, self)
        self.roles_view.setObjectName("signatoryList")
        self.roles_view.setAccessibleName(self.tr("Signatories"))
        self.stamp_note = QLabel(
            self.tr("The preview does not draw the signature stamps. Verify… checks each signature "
                    "cryptographically, which is what proves it."),
            self,
        )  # fmt: skip
        self.stamp_note.setObjectName("previewStampNote")
        self.stamp_note.setWordWrap(True)
        self.stamp_note.setStyleSheet("color: palette(placeholder-text);")
        self.sign_button = self._button(self.tr("S&ign as…"), "signAsButton", self.sign_as)
        self.sign_button.setToolTip(self.tr("Add your signature for a role that has not signed yet"))
        self.verify_button = self._button(self.tr("&Verify…"), "verifyButton", self.verify)
        self.verify_button.setToolTip(self.tr("Check every signature of the minutes shown"))
        self.save_button = self._button(self.tr("&Save as…"), "saveAsButton", self.save_as)
        self.save_button.setToolTip(self.tr("Save a copy of the minutes shown, with their signatures"))
        self.status = QLabel(self)
        self.status.setObjectName("minutesStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeMinutesButton")
        a11y.name_button(close)
        buttons.rejected.connect(self.reject)
        self._lay_out(buttons)
        self._show_state()
        QTimer.singleShot(0, self._on_rebuild_clicked)  # once the dialog shows, so the PIN dialog opens over it

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        a11y.name_button(button)
        button.clicked.connect(slot)
        return button

    def _lay_out(self, buttons: QDialogButtonBox) -> None:
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_build_button)
        busy.addWidget(self.rebuild_button)
        navigation = QHBoxLayout()
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.page_label, 1)
        navigation.addWidget(self.next_button)
        left = QVBoxLayout()
        left.addWidget(self.preview, 1)
        left.addLayout(busy)
        left.addLayout(navigation)

        heading = QLabel(self.tr("Signatures"), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        summary = QHBoxLayout()
        summary.addWidget(self.summary_icon, 0, Qt.AlignmentFlag.AlignTop)
        summary.addWidget(self.summary, 1)
        side = QWidget(self)
        side.setObjectName("signingPanel")
        side.setFixedWidth(self.fontMetrics().averageCharWidth() * _SIDE_CHARS)
        right = QVBoxLayout(side)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(heading)
        right.addLayout(summary)
        right.addWidget(self.summary_detail)
        right.addWidget(self.roles_view)
        for button in (self.sign_button, self.verify_button, self.save_button):
            right.addWidget(button)
        right.addWidget(self.status)
        right.addStretch(1)
        right.addWidget(self.stamp_note)  # at the bottom, beside the preview it is about

        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(side)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        char, line = self.fontMetrics().averageCharWidth(), self.fontMetrics().height()
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(char * 160, screen.width() - 40), min(line * 46, screen.height() - 60))

    # ------------------------------------------------------------------------------------------ building

    def _on_rebuild_clicked(self) -> None:
        self.start_build()  # not connected directly: clicked(bool) would arrive as the proof

    def start_build(self, auth: Auth | None = None) -> Job | None:
        """Build the minutes (or load them once signing has started) on the pool.

        Building them is the secretary's or the chair's (DESIGN §4): without ``auth`` their PIN is asked
        first, and the build starts once it is typed.

        Returns:
            The job, or None while a job runs or while the PIN is asked.
        """
        if self._job is not None or self._closing:
            return None
        if auth is None and work.needs_build(self._db_path, self.meeting_id):
            self.preview.show_message(self.tr("The secretary or the chair builds the minutes: PIN needed."))
            self._pin_db = self._pin_db or store.connect(self._db_path)
            authorize.ask(
                self,
                self._pin_db,
                authorize.Need.OFFICER,
                self.tr("The secretary or the chair builds the minutes of this meeting."),
                self.start_build,
                ok_text=self.tr("&Build"),
            )
            return None
        self.status.setText("")
        self.preview.show_message(self.tr("Building the minutes…"))
        self._job = start_job(
            functools.partial(work.open_minutes, self._db_path, self.meeting_id, auth), self,
            on_failure=self._on_build_failed,
        )  # fmt: skip
        self._job.progress.connect(self.progress.report)
        self._job.succeeded.connect(self._on_build_succeeded)
        self.progress.begin()
        self._show_state()
        return self._job

    def cancel_build(self) -> None:
        """Stop building: nothing is stored unless the minutes were already being stored."""
        if self._job is not None:
            self._job.cancel()
            self.cancel_build_button.setEnabled(False)

    def is_busy(self) -> bool:
        """Whether the minutes are being built."""
        return self._job is not None

    def _on_build_succeeded(self, state: work.MinutesState) -> None:
        self._job = None
        self.progress.end()
        self._set_state(state)
        if state.built:
            self.minutes_changed.emit()

    def _on_build_failed(self, exc: object) -> None:
        self._job = None
        self.progress.end()
        show = self.preview.show_message
        report_failure(
            self, exc,
            cancelled=lambda _: show(self.tr("Building the minutes was cancelled. Nothing was stored.")),
            known=lambda error: show(
                self.tr("The minutes cannot be built: %1").replace("%1", refusal_words.say(error))
            ),
            bug=lambda _: show(self.tr("Building the minutes failed unexpectedly.")),
        )  # fmt: skip
        self._show_state()

    def _set_state(self, state: work.MinutesState) -> None:
        self.state = state
        self.state_model.set_state(state)
        self.preview.set_pdf(state.pdf)
        self._show_state()

    # ------------------------------------------------------------------------------------------ state

    def _show_state(self) -> None:
        """Headings, the signing summary and which buttons apply, from the state and the running job."""
        state, busy = self.state, self._job is not None
        self.cancel_build_button.setVisible(busy)
        self.cancel_build_button.setEnabled(busy)
        self.rebuild_button.setVisible(not busy and state is None)
        has_pages = state is not None and self.preview.page_count() > 0
        self.previous_button.setEnabled(has_pages)
        self.next_button.setEnabled(has_pages)
        self.sign_button.setEnabled(state is not None and not busy and bool(state.remaining))
        self.verify_button.setEnabled(state is not None and not busy and bool(state.signed))
        self.save_button.setEnabled(state is not None and not busy)
        if state is None:
            self.heading.setText(self.tr("Minutes of meeting %1").replace("%1", str(self.meeting_id)))
            self.subheading.setText(self.tr("Building…") if busy else "")
            self._show_summary("pending", self.tr("No minutes yet."), "")
            self._on_preview_page_changed(0, 0)
            return
        self.setWindowTitle(self.tr("Minutes — %1").replace("%1", state.title))
        self.heading.setText(self.tr("Minutes of “%1”").replace("%1", state.title))
        self.subheading.setText(
            self.tr("Built just now from the meeting's record.") if state.built
            else self.tr("Signing has started: this is the stored file with its signatures so far. It can no longer "
                         "be rebuilt.")
        )  # fmt: skip
        total, done = len(state.roles), len(state.signed)
        if state.locked:
            self._show_summary(
                "ok",
                self.tr("Minutes signed: the meeting is read-only."),
                self.tr("Every role has signed. A correction needs an amendment: a new meeting linked to this one."),
            )
        elif done == 0:
            self._show_summary(
                "pending",
                self.tr("Not signed yet: %1 roles to sign.").replace("%1", str(total)),
                self.tr("Read the minutes first. The first signature fixes them: they can no longer be rebuilt."),
            )
        else:
            remaining = ", ".join(labels.role(r) for r in state.remaining)
            self._show_summary(
                "partial",
                self.tr("%1 of %2 roles have signed.").replace("%1", str(done)).replace("%2", str(total)),
                self.tr("Still to sign: %1.").replace("%1", remaining),
            )

    def _show_summary(self, kind: str, words: str, detail: str) -> None:
        self.summary_icon.setPixmap(self._icons.get(kind).pixmap(22, 22))
        self.summary_icon.setAccessibleName(words)
        self.summary.setText(words)
        self.summary_detail.setText(detail)
        self.summary_detail.setVisible(bool(detail))

    def _on_preview_page_changed(self, page: int, count: int) -> None:
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(page + 1)).replace("%2", str(count)) if count else ""
        )
        self.previous_button.setEnabled(count > 0 and page > 0)
        self.next_button.setEnabled(count > 0 and page < count - 1)

    # ------------------------------------------------------------------------------------------ actions

    def sign_as(self) -> SignDialog | None:
        """Open "Sign as…" for the roles still to sign."""
        if self.state is None or not self.state.remaining or self._job is not None:
            return None
        dialog = SignDialog(self._db_path, self.state, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.signed.connect(self._on_signed)
        dialog.open()
        return dialog

    def _on_signed(self, state: work.MinutesState) -> None:
        before = set(self.state.signed) if self.state is not None else set()
        self._set_state(state)
        role = next((r for r in state.signed if r not in before), None)
        if role is not None:
            self.status.setText(
                self.tr("Signed for the role %1 by %2.")
                .replace("%1", labels.role(role))
                .replace("%2", state.signed[role].signer)
            )
        self.minutes_changed.emit()

    def verify(self) -> VerifyDialog | None:
        """Verify the minutes shown, against the certificates the board trusts."""
        if self.state is None:
            return None
        dialog = VerifyDialog(self._db_path, self)
        dialog.open()
        dialog.panel.verify_bytes(self.state.pdf, self.tr("the minutes of “%1”, as stored").replace(
            "%1", self.state.title))  # fmt: skip
        return dialog

    def suggested_name(self) -> str:
        """A file name that says which meeting and how far signed."""
        state = self.state
        if state is None:
            return "minutes.pdf"
        stage = "signed" if state.locked else "partly-signed" if state.signed else "unsigned"
        return f"minutes-meeting-{state.meeting_id}-{stage}.pdf"

    def save_as(self) -> Path | None:
        """Save a copy of the minutes shown (whole or not at all)."""
        if self.state is None:
            return None
        path = choose_save_file(self, self.suggested_name())
        if path is None:
            return None
        from tripartite.reports.files import write_file

        try:
            write_file(path, self.state.pdf)
        except KnownError as exc:
            self.status.setText(refusal_words.say(exc))
            return None
        self.status.setText(self.tr("Saved to %1.").replace("%1", str(path)))
        return path

    def reject(self) -> None:
        """Close; a build in progress is cancelled first (it stores nothing unless it was already storing).

        The dialog deletes itself on close, and its job with it: no worker may report to a deleted job.
        """
        if self._job is not None:
            self._job.cancel()
        signing = any(d.is_busy() for d in self.findChildren(SignDialog))
        verifying = any(d.panel.is_busy() for d in self.findChildren(VerifyDialog))
        if self._job is not None or signing or verifying:
            wait_for_jobs()  # a build stops at its next stage; a signature or a check takes a moment
        self._closing = True
        if self._pin_db is not None:
            self._pin_db.close()
            self._pin_db = None
        super().reject()
