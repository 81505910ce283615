"""The File menu's work on the requests: import, export and the sample board, run on the thread pool.

One writer at a time: while a job runs, Import and Export are disabled and a second job is refused
(SQLite would make it wait on the first one's lock anyway). A failure is reported by
:func:`tripartite.ui.jobs.report_failure`; an import's own problems by the import dialog.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget
from sqlite_utils import Database

from tripartite import store
from tripartite.authority import Auth
from tripartite.errors import InputError, KnownError
from tripartite.ui import boxes, refusal_words
from tripartite.ui.jobs import Job, report_failure, start_job

if TYPE_CHECKING:
    # The import dialog, and the core modules only the work needs, load on first use: start-up pays only
    # for the register (bench/b1_startup.py).
    from tripartite import importer
    from tripartite.ui.dialogs.import_dialog import ImportDialog

_BUSY_MS = 5000
_DONE_MS = 10000


def choose_export_file(parent: QWidget) -> Path | None:
    """Ask where to export the requests; None if the user cancelled (tests replace this)."""
    title = QCoreApplication.translate("MainWindow", "Export requests")
    csv_filter = QCoreApplication.translate("MainWindow", "CSV (*.csv)")
    xlsx_filter = QCoreApplication.translate("MainWindow", "Excel workbook (*.xlsx)")
    name, selected = QFileDialog.getSaveFileName(parent, title, "requests.csv", f"{csv_filter};;{xlsx_filter}")
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        path = path.with_name(path.name + (".xlsx" if selected == xlsx_filter else ".csv"))
    return path


# ----------------------------------------------------------------- work run on the thread pool


def import_in_worker(db_path: Path, file: Path, auth: Auth | None, **callbacks: Any) -> importer.ImportResult:
    """Import a requests file on this thread's own connection; all or nothing."""
    from tripartite import importer

    db = store.connect(db_path)
    try:
        return importer.import_requests(db, file, auth=auth, display_name=file.name, **callbacks)
    finally:
        db.close()


def load_sample_in_worker(db_path: Path, **callbacks: Any) -> importer.ImportResult:
    """Load the sample board and requests, with the demo PINs."""
    from tripartite import sample

    db = store.connect(db_path)
    try:
        # Demo PINs, so a newcomer can run a whole vote at once (the welcome panel lists them).
        return sample.load_sample(db, demo_pins=True, **callbacks)
    finally:
        db.close()


def export_in_worker(db_path: Path, out: Path, *, progress: Any, cancelled: Any) -> int:
    """Export every request to ``out`` (CSV or XLSX by its suffix)."""
    del cancelled  # an export only reads; it writes its file in one step at the end
    from tripartite import exporter

    db = store.connect(db_path)
    try:
        return exporter.export_requests(db, out, progress=progress)
    finally:
        db.close()


class FileActions(QObject):
    """File › Import requests… and Export requests…, and loading the sample board.

    Signals:
        imported(object): an import committed, with its :class:`tripartite.importer.ImportResult`.
        sample_loaded(object): the sample board and requests were loaded (an ``ImportResult``).

    Args:
        db: the GUI thread's connection (to tell whether a board exists).
        db_path: the database, which each job opens on its own thread.
        window: the main window: parent of the dialogs, its status bar tells what happened.
    """

    imported = Signal(object)
    sample_loaded = Signal(object)

    def __init__(self, db: Database, db_path: Path, window: QMainWindow):
        super().__init__(window)
        self._db = db
        self._db_path = db_path
        self._window = window
        self._job: Job | None = None
        self._job_file = ""
        self._job_place = ""
        self._has_requests = False
        self._export_path = Path()
        self._closed = False
        self.import_dialog: ImportDialog | None = None
        self.import_action = QAction(self.tr("&Import requests…"), window)
        self.import_action.setShortcut(QKeySequence(self.tr("Ctrl+I")))
        self.import_action.triggered.connect(self.import_requests)
        self.export_action = QAction(self.tr("&Export requests…"), window)
        self.export_action.setShortcut(QKeySequence(self.tr("Ctrl+E")))
        self.export_action.triggered.connect(self.export_requests)

    def current_job(self) -> Job | None:
        """The background job in progress, if any."""
        return self._job

    def set_has_requests(self, has: bool) -> None:
        """Whether there is anything to export (Export stays disabled on an empty register)."""
        self._has_requests = has
        self.export_action.setEnabled(has and self._job is None)

    def shut(self) -> None:
        """The window is closing: cancel the job; its result is no longer shown."""
        if self._job is not None:
            self._job.cancel()
        self._closed = True

    # ------------------------------------------------------------------------------ actions

    def import_requests(self) -> ImportDialog:
        """Open the import dialog (File › Import requests…)."""
        if self.import_dialog is None:
            from tripartite.ui.dialogs.import_dialog import ImportDialog

            self.import_dialog = ImportDialog(self.start_import, self._db, self._window)
            self.import_dialog.imported.connect(self._on_import_succeeded)
        self.import_dialog.open()
        return self.import_dialog

    def import_file(self, path: Path) -> Job | None:
        """Import a requests file in the background through the import dialog; all or nothing.

        Returns:
            The running job; None while another job is still running, or while the PIN it needs is asked.
        """
        return self.import_requests().start(Path(path))

    def start_import(self, path: Path, auth: Auth | None) -> Job | None:
        """Start importing a file on the pool (the import dialog's starter); None while another job runs."""
        # The import dialog shows the progress, the problems, the cancel or the message itself.
        return self._run(
            functools.partial(import_in_worker, self._db_path, Path(path), auth), None, "",
            file_name=Path(path).name, failure=self._on_import_failed,
        )  # fmt: skip

    def export_requests(self) -> None:
        """Ask for a file and export every request to it (File › Export requests…)."""
        path = choose_export_file(self._window)
        if path is None:
            return
        self._export_path = path
        self._run(
            functools.partial(export_in_worker, self._db_path, path), self._on_export_succeeded,
            self.tr("Exporting to {file}…").format(file=path.name), place=self.tr("Export requests"),
            cancellable=False,
        )  # fmt: skip

    def load_sample(self) -> Job | None:
        """Load the sample board (with demo PINs) and requests in the background."""
        return self._run(
            functools.partial(load_sample_in_worker, self._db_path), self._on_sample_loaded,
            self.tr("Loading the sample board and requests…"), place=self.tr("Sample board"),
            file_name="sample/requests.csv",
        )  # fmt: skip

    # ------------------------------------------------------------------------------------ jobs

    def _run(
        self, fn: Any, on_success: Any, progress: str, *, place: str = "", file_name: str = "",
        cancellable: bool = True, failure: Any = None,
    ) -> Job | None:  # fmt: skip
        if self._job is not None:
            self._window.statusBar().showMessage(self.tr("Please wait: another task is still running."), _BUSY_MS)
            return None
        job = start_job(fn, self._window, on_failure=failure or self._on_job_failed, progress=progress,
                        cancellable=cancellable)  # fmt: skip
        job.succeeded.connect(self._on_job_succeeded)
        if on_success is not None:
            job.succeeded.connect(on_success)
        self._job, self._job_file, self._job_place = job, file_name, place
        self.import_action.setEnabled(False)
        self.export_action.setEnabled(False)
        return job

    def _end_job(self) -> None:
        self._job = None
        self.import_action.setEnabled(True)
        self.export_action.setEnabled(self._has_requests)

    def _on_job_succeeded(self, _result: object) -> None:
        self._end_job()

    def _on_job_failed(self, exc: object) -> None:
        self._end_job()
        if not self._closed:
            report_failure(self._window, exc, known=self._show_known_error)

    def _on_import_failed(self, _exc: object) -> None:
        self._end_job()  # the import dialog reports the failure, a bug included

    def _show_known_error(self, exc: KnownError) -> None:
        if isinstance(exc, InputError):
            from tripartite.ui.dialogs.import_report_dialog import ImportReportDialog

            dialog = ImportReportDialog(exc, self._job_file, self._window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
        else:
            boxes.show_error(self._window, refusal_words.say(exc), place=self._job_place)

    def _on_import_succeeded(self, result: importer.ImportResult) -> None:
        if self._closed:
            return
        self.imported.emit(result)
        self._window.statusBar().showMessage(self.tr("Imported {count} requests.").format(
            count=QLocale().toString(result.count)), _DONE_MS)  # fmt: skip

    def _on_sample_loaded(self, result: importer.ImportResult) -> None:
        if self._closed:
            return
        self.sample_loaded.emit(result)

    def _on_export_succeeded(self, count: int) -> None:
        if self._closed:
            return
        boxes.inform(
            self._window,
            self.tr("Export finished"),
            self.tr("Exported {count} requests to {path}.").format(
                count=QLocale().toString(count), path=self._export_path
            ),
        )
