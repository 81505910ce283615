"""The import dialog: choose a file, watch the progress (or cancel), then read the count or every problem.

The work runs on the thread pool through the main window, which owns every job (one writer at a time);
this dialog only follows the job it is given. A refused import wrote nothing, so the dialog says so and
lists each problem by row and column, with the same table as the import report.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from tripartite import store
from tripartite.authority import Auth
from tripartite.errors import InputError, KnownError, Problem
from tripartite.importer import ImportResult
from tripartite.ui import a11y, authorize, boxes, refusal_words
from tripartite.ui.dialogs.import_report_dialog import ProblemTableModel, problem_table, report_text
from tripartite.ui.jobs import PROGRESS_DELAY_MS, Job, report_failure

Starter = Callable[[Path, Auth | None], "Job | None"]


def choose_import_file(parent: QWidget) -> Path | None:
    """Ask for a requests file to import; None if the user cancelled (tests replace this)."""
    title = QCoreApplication.translate("ImportDialog", "Import requests")
    filters = QCoreApplication.translate("ImportDialog", "Request files (*.csv *.xlsx);;All files (*)")
    return boxes.open_file(parent, title, filters)


class ImportDialog(QDialog):
    """Import a CSV or XLSX file of requests, all or nothing.

    Signals:
        imported(object): the :class:`~tripartite.importer.ImportResult` of a successful import.

    Args:
        starter: starts the import of a file on the pool, with the secretary's or the chair's PIN, and
            returns its job, or None when another job runs (the main window's ``start_import``).
        db: the GUI thread's connection (to ask for the PIN).
        parent: the main window.
    """

    imported = Signal(object)

    def __init__(self, starter: Starter, db: Database, parent: QWidget):
        super().__init__(parent)
        self._db = db
        self._pending: Path | None = None
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import requests"))
        self._starter = starter
        self._job: Job | None = None
        self._problems: list[Problem] = []
        self._warnings: list[Problem] = []

        intro = QLabel(
            self.tr("Requests come from a CSV (UTF-8) or Excel file, one request per row, with the columns "
                    "of the import schema. The import is all or nothing: if any row has a problem, nothing "
                    "is written and every problem is listed."),
            self,
        )  # fmt: skip
        intro.setWordWrap(True)
        file_label = QLabel(self.tr("&File:"), self)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(self.tr("Choose a .csv or .xlsx file"))
        a11y.label_for(file_label, self.path_edit)
        self.path_edit.textChanged.connect(self._on_path_edit_text_changed)
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.setObjectName("browseButton")
        a11y.name_button(self.browse_button)
        self.browse_button.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(file_label)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)

        self.status = QLabel(self)
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.status.font()
        font.setBold(True)
        self.status.setFont(font)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setRange(0, 0)
        self.progress.hide()
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_DELAY_MS)
        self._progress_timer.timeout.connect(self._on_progress_timer_timeout)

        self.model = ProblemTableModel([], [], self)
        self.table = problem_table(self, self.model)
        self.table.hide()

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("startImportButton")
        self.import_button.setDefault(True)
        self.copy_button = self.buttons.addButton(self.tr("&Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("copyReportButton")
        self.copy_button.hide()
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("cancelImportButton")
        for button in (self.import_button, self.copy_button, self.cancel_button):
            a11y.name_button(button)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.copy_button.clicked.connect(self.copy_report)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        char = self.fontMetrics().averageCharWidth()
        self.resize(char * 110, self.fontMetrics().height() * 14)
        self._on_path_edit_text_changed(self.path_edit.text())

    # ------------------------------------------------------------------------------------------- actions

    def browse(self) -> None:
        """Choose the file with the system's file chooser."""
        path = choose_import_file(self)
        if path is not None:
            self.path_edit.setText(str(path))

    def start(self, path: Path | None = None) -> Job | None:
        """Import ``path`` (or the file typed in the dialog) on the thread pool, after the PIN it needs.

        Importing is the secretary's or the chair's (DESIGN §4); before a board exists there is nobody
        to ask, and the import starts at once.

        Returns:
            The running job, or None when no file is chosen, another job still runs, or the PIN is asked
            first (the job then starts once it is typed: :meth:`job`).
        """
        if path is not None:
            self.path_edit.setText(str(path))
        text = self.path_edit.text().strip()
        if not text or self._job is not None:
            return None
        if not store.has_board(self._db):
            return self._begin(Path(text), None)
        self._pending = Path(text)
        authorize.ask(
            self,
            self._db,
            authorize.Need.OFFICER,
            self.tr("The secretary or the chair imports these requests."),
            self._on_authorised,
            ok_text=self.tr("&Import"),
        )
        return None

    def _on_authorised(self, auth: Auth) -> None:
        path, self._pending = self._pending, None
        if path is not None and self._job is None:
            self._begin(path, auth)

    def _begin(self, path: Path, auth: Auth | None) -> Job | None:
        text = str(path)
        job = self._starter(path, auth)
        if job is None:
            self.status.setText(self.tr("Please wait: another task is still running."))
            return None
        self._job = job
        self._file = Path(text).name
        job.progress.connect(self._on_job_progress)
        job.succeeded.connect(self._on_job_succeeded)
        job.failed.connect(self._on_job_failed)
        self.status.setText(self.tr("Importing {file}…").format(file=self._file))
        self.table.hide()
        self.copy_button.hide()
        self.progress.setRange(0, 0)
        self._progress_timer.start()
        self.import_button.setEnabled(False)
        self.browse_button.setEnabled(False)
        self.path_edit.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))
        return job

    def job(self) -> Job | None:
        """The import in progress, if any."""
        return self._job

    def report_text(self) -> str:
        """The last refusal as text, one problem per line (``FILE:ROW:COLUMN: message (value)``)."""
        return report_text(self._problems, self._warnings)

    def copy_report(self) -> None:
        """Put the problems on the clipboard (rows and values of a request file, never ballots)."""
        QGuiApplication.clipboard().setText(self.report_text())

    # ------------------------------------------------------------------------------------------- the job

    def _on_job_progress(self, done: int, total: int) -> None:
        if total and self.progress.maximum() != total:
            self.progress.setRange(0, total)
        self.progress.setValue(min(done, total))

    def _finish(self) -> None:
        self._job = None
        self._progress_timer.stop()
        self.progress.hide()
        self.import_button.setEnabled(bool(self.path_edit.text().strip()))
        self.browse_button.setEnabled(True)
        self.path_edit.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        a11y.name_button(self.cancel_button)

    def _on_job_succeeded(self, result: ImportResult) -> None:
        self._finish()
        locale = QLocale()
        self.status.setText(self.tr("Imported {count} requests from {file}.").format(
            count=locale.toString(result.count), file=self._file))  # fmt: skip
        self._show_problems([], list(result.warnings))
        self.imported.emit(result)

    def _on_job_failed(self, exc: object) -> None:
        self._finish()
        report_failure(
            self, exc, known=self._show_refusal,
            cancelled=lambda _: self.status.setText(self.tr("Cancelled; nothing was changed.")),
            # A bug: the bug box follows; here only the plain fact.
            bug=lambda _: self.status.setText(self.tr("The import failed; nothing was changed.")),
        )  # fmt: skip

    def _show_refusal(self, exc: KnownError) -> None:
        if isinstance(exc, InputError):
            locale = QLocale()
            self.status.setText(
                self.tr("Nothing was imported. Problems in {file}: {problems}. Fix them in the file, then import "
                        "it again.").format(file=self._file, problems=locale.toString(len(exc.problems)))
            )  # fmt: skip
            self._show_problems(exc.problems, exc.warnings)
        else:
            self.status.setText(refusal_words.say(exc))

    def _show_problems(self, problems: list[Problem], warnings: list[Problem]) -> None:
        self._problems, self._warnings = problems, warnings
        self.model.set_items(problems, warnings)
        shown = bool(problems or warnings)
        self.table.setVisible(shown)
        self.copy_button.setVisible(shown)
        if shown:
            char = self.fontMetrics().averageCharWidth()
            self.resize(max(self.width(), char * 130), max(self.height(), self.fontMetrics().height() * 30))

    # ------------------------------------------------------------------------------------------- events

    def _on_path_edit_text_changed(self, text: str) -> None:
        self.import_button.setEnabled(bool(text.strip()) and self._job is None)

    def _on_import_button_clicked(self) -> None:
        self.start()

    def _on_cancel_button_clicked(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def _on_progress_timer_timeout(self) -> None:
        if self._job is not None:
            self.progress.show()

    def reject(self) -> None:
        """Esc or Close: a running import is cancelled (and rolls back) first."""
        if self._job is not None:
            self._job.cancel()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window cancels a running import too."""
        if self._job is not None:
            self._job.cancel()
        super().closeEvent(event)
