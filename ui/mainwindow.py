"""The main window: the request register (filter row, table, count) and the File and Help menus.

Message boxes and file choosers are small module functions, so tests monkeypatch them instead of
blocking on a modal dialog.
"""

from __future__ import annotations

import functools
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tripartite import board, classifications, exporter, importer, register, sample, store
from tripartite.errors import Cancelled, InputError, KnownError
from tripartite.ui.dialogs.first_run_dialog import FirstRunDialog
from tripartite.ui.dialogs.import_report_dialog import ImportReportDialog
from tripartite.ui.jobs import Job, ProgressDialog, start_job, wait_for_jobs
from tripartite.ui.models.request_model import RequestTableModel, status_label
from tripartite.ui.settings import Settings

# Typical content width of each register column, in average characters (never measured on 100k rows).
_COLUMN_CHARS = {
    "reference": 13, "employer_name": 28, "occupation_isco": 5, "job_title": 26, "sector_isic": 4,
    "region": 20, "workers_requested": 5, "wage_offered": 9, "prevailing_wage": 9, "currency": 4,
    "submitted_on": 10, "status": 10,
}  # fmt: skip
# Columns of digits are sized by the digit width, the others by the average character width.
_DIGIT_COLUMNS = frozenset({"reference", "occupation_isco", "workers_requested", "wage_offered",
                            "prevailing_wage", "submitted_on"})  # fmt: skip
# Shown on demand (View › Columns): the occupation implies the sector, and a board works in one currency
# (the wage tooltips name it), so the register fits a 1200-pixel window without a horizontal scroll.
_HIDDEN_BY_DEFAULT = ("sector_isic", "currency")
_HEADER_KEY = "requestTable/header"
_GEOMETRY_KEY = "mainWindow/geometry"
_STATE_KEY = "mainWindow/state"
_WARNINGS_SHOWN = 10


# The "All …" entries of the filter combos carry "" so that currentData() is always a string.
_ALL = ""


def _choice(combo: QComboBox) -> str | None:
    """The filter value chosen in a combo, or None for its "All …" entry."""
    return combo.currentData() or None


# ----------------------------------------------------------------------- boxes and file choosers


def inform(parent: QWidget, title: str, text: str) -> None:
    """Show an information box (tests replace this)."""
    QMessageBox.information(parent, title, text)


def show_about(parent: QWidget, title: str, text: str) -> None:
    """Show the About box (tests replace this)."""
    QMessageBox.about(parent, title, text)


def show_error(parent: QWidget | None, text: str) -> None:
    """Show a problem the user or the environment can fix (a ``KnownError``)."""
    QMessageBox.warning(parent, QCoreApplication.translate("MainWindow", "Tripartite"), text)


def show_bug(parent: QWidget | None, exc: BaseException) -> None:
    """Show an unexpected error as a bug, with the traceback under "Show Details"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Tripartite"))
    box.setText(QCoreApplication.translate("MainWindow", "This is a bug in Tripartite."))
    box.setInformativeText(
        QCoreApplication.translate(
            "MainWindow", "Your data is safe: unfinished work was rolled back. Please report this, with the details."
        )
    )
    box.setDetailedText("".join(traceback.format_exception(exc)))
    box.exec()
    box.deleteLater()


def choose_import_file(parent: QWidget) -> Path | None:
    """Ask for a requests file to import; None if the user cancelled."""
    title = QCoreApplication.translate("MainWindow", "Import requests")
    filters = QCoreApplication.translate("MainWindow", "Request files (*.csv *.xlsx);;All files (*)")
    name, _selected = QFileDialog.getOpenFileName(parent, title, "", filters)
    return Path(name) if name else None


def choose_export_file(parent: QWidget) -> Path | None:
    """Ask where to export the requests; None if the user cancelled."""
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


def _import_in_worker(db_path: Path, file: Path, **callbacks: Any) -> importer.ImportResult:
    db = store.connect(db_path)  # this thread's own connection
    try:
        return importer.import_requests(db, file, display_name=file.name, **callbacks)
    finally:
        db.close()


def _load_sample_in_worker(db_path: Path, **callbacks: Any) -> importer.ImportResult:
    db = store.connect(db_path)
    try:
        return sample.load_sample(db, **callbacks)
    finally:
        db.close()


def _export_in_worker(db_path: Path, out: Path, *, progress: Any, cancelled: Any) -> int:
    del cancelled  # an export only reads; it writes its file in one step at the end
    db = store.connect(db_path)
    try:
        return exporter.export_requests(db, out, progress=progress)
    finally:
        db.close()


class MainWindow(QMainWindow):
    """The register of requests, with filters, import and export.

    Args:
        db_path: the board's database; opened (and migrated) here for the GUI thread's short reads.
        parent: usually None: this is a top-level window.
        settings: where geometry and header state are remembered (default: the user's settings file).

    Raises:
        KnownError: the database cannot be opened.
    """

    def __init__(self, db_path: Path, parent: QWidget | None = None, *, settings: Settings | None = None):
        db = store.open_db(db_path)  # before any widget exists, so a failure leaves nothing half-built
        super().__init__(parent)
        self._db = db
        self._db_path = Path(db_path)
        self._settings = settings if settings is not None else Settings(parent=self)
        self._job: Job | None = None
        self._job_file = ""
        self._export_path = Path()
        self._closed = False
        self._all_count = 0
        self.setObjectName("mainWindow")

        self.model = RequestTableModel(self._db, self)
        self._build_filters()
        self._build_table()
        self._build_central()
        self._build_menus()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("requestCount")
        self.statusBar().addPermanentWidget(self.count_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.apply_filter)

        self._restore_state()
        self._refresh_after_change(reload=False)  # the model has just read its first rows

    # ------------------------------------------------------------------------------ building

    def _build_filters(self) -> None:
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("requestFilter")
        self.filter_edit.setPlaceholderText(self.tr("Search reference, employer, job, region, notes…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setToolTip(
            self.tr("Every word must match the start of a word; accents are ignored.")
        )
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.filter_edit.returnPressed.connect(self.apply_filter)

        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_filter.currentIndexChanged.connect(self._on_choice_changed)

        self.occupation_filter = QComboBox(self)
        self.occupation_filter.setObjectName("occupationFilter")
        # ISCO titles run long; the combo stays compact and its popup widens to the longest title.
        self.occupation_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.occupation_filter.setMinimumContentsLength(28)
        self.occupation_filter.currentIndexChanged.connect(self._on_choice_changed)

    def _build_table(self) -> None:
        self.table = QTableView(self)
        self.table.setObjectName("requestTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Tab leaves the table for the next control instead of walking 12 cells per row.
        self.table.setTabKeyNavigation(False)
        self.table.setCornerButtonEnabled(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_context_menu_requested)
        self._default_widths()

    def _default_widths(self) -> None:
        header = self.table.horizontalHeader()
        char = self.table.fontMetrics().averageCharWidth()
        digit = self.table.fontMetrics().horizontalAdvance("0")
        titles = header.fontMetrics()
        for section, column in enumerate(register.COLUMNS):
            content = _COLUMN_CHARS[column] * (digit if column in _DIGIT_COLUMNS else char) + 12
            # Room for the title and the sort arrow, so no header is cut off.
            text = str(self.model.headerData(section, Qt.Orientation.Horizontal))
            title = titles.horizontalAdvance(text) + 22
            header.resizeSection(section, max(content, title))
            header.setSectionHidden(section, column in _HIDDEN_BY_DEFAULT)

    def _build_central(self) -> None:
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.filter_edit)
        status_label_ = QLabel(self.tr("S&tatus:"), self)
        status_label_.setBuddy(self.status_filter)
        occupation_label = QLabel(self.tr("&Occupation:"), self)
        occupation_label.setBuddy(self.occupation_filter)
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.filter_edit, 3)
        row.addSpacing(12)
        row.addWidget(status_label_)
        row.addWidget(self.status_filter)
        row.addSpacing(12)
        row.addWidget(occupation_label)
        row.addWidget(self.occupation_filter, 2)

        self.empty_label = QLabel(
            self.tr(
                "<p><b>No requests yet.</b></p><p>Import employers' requests from a CSV or XLSX file "
                "with <i>File › Import requests…</i> (Ctrl+I).</p>"
            ),
            self,
        )
        self.empty_label.setObjectName("emptyRegister")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        import_button = QPushButton(self.tr("&Import requests…"), self)
        import_button.setObjectName("emptyImportButton")
        import_button.clicked.connect(self.import_requests)
        self._empty_page = QWidget(self)
        empty_layout = QVBoxLayout(self._empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(import_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.table)
        self._stack.addWidget(self._empty_page)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(row)
        layout.addWidget(self._stack, 1)
        self.setCentralWidget(central)
        QWidget.setTabOrder(self.filter_edit, self.status_filter)
        QWidget.setTabOrder(self.status_filter, self.occupation_filter)
        QWidget.setTabOrder(self.occupation_filter, self.table)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import requests…"), self)
        self.import_action.setShortcut(QKeySequence(self.tr("Ctrl+I")))
        self.import_action.triggered.connect(self.import_requests)
        self.export_action = QAction(self.tr("&Export requests…"), self)
        self.export_action.setShortcut(QKeySequence(self.tr("Ctrl+E")))
        self.export_action.triggered.connect(self.export_requests)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(self.tr("Ctrl+Q")))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        find_action = QAction(self.tr("&Find requests"), self)
        find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find_action.triggered.connect(self._on_find_action_triggered)
        edit_menu.addAction(find_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.columns_menu = QMenu(self.tr("&Columns"), self)
        self.columns_menu.setObjectName("columnsMenu")
        for section in range(self.model.columnCount()):
            title = str(self.model.headerData(section, Qt.Orientation.Horizontal))
            action = QAction(title, self.columns_menu)
            action.setCheckable(True)
            action.setData(section)
            self.columns_menu.addAction(action)
        self.columns_menu.aboutToShow.connect(self._on_columns_menu_about_to_show)
        self.columns_menu.triggered.connect(self._on_columns_menu_triggered)
        view_menu.addMenu(self.columns_menu)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About Tripartite"), self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self.about)
        help_menu.addAction(about_action)

    # ------------------------------------------------------------------------------ register

    def apply_filter(self) -> None:
        """Show the requests matching the search box and both choices (the debounce timer's target)."""
        self._debounce.stop()
        flt = register.Filter(
            text=self.filter_edit.text(),
            status=_choice(self.status_filter),
            occupation=_choice(self.occupation_filter),
        )
        self.model.set_filter(flt)
        self._update_count()

    def _update_count(self) -> None:
        locale = QLocale()
        self.count_label.setText(
            self.tr("{shown} of {total} requests").format(
                shown=locale.toString(self.model.total()), total=locale.toString(self._all_count)
            )
        )

    def _refresh_after_change(self, *, reload: bool = True) -> None:
        """Re-read everything that depends on the table's content (start, import, sample)."""
        self._all_count = register.count(self._db, register.Filter())
        self._fill_status_filter()
        self._fill_occupation_filter()
        if reload:
            self.model.reload()
        self.apply_filter()
        self._stack.setCurrentWidget(self.table if self._all_count else self._empty_page)
        for widget in (self.filter_edit, self.status_filter, self.occupation_filter):
            widget.setEnabled(bool(self._all_count))
        self.export_action.setEnabled(bool(self._all_count) and self._job is None)
        config = board.read_board(self._db)
        self.setWindowTitle(
            self.tr("Tripartite — {name}").format(name=config.name if config else self._db_path.name)
        )

    def _fill_status_filter(self) -> None:
        combo, keep = self.status_filter, _choice(self.status_filter)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All statuses"), _ALL)
        locale = QLocale()
        for status, n in register.statuses(self._db):
            combo.addItem(
                self.tr("{status} ({count})").format(status=status_label(status), count=locale.toString(n)),
                status,
            )
        combo.setCurrentIndex(max(combo.findData(keep), 0) if keep else 0)
        combo.blockSignals(False)

    def _fill_occupation_filter(self) -> None:
        combo, keep = self.occupation_filter, _choice(self.occupation_filter)
        titles = classifications.isco_titles()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All occupations"), _ALL)
        for code in register.occupations(self._db):
            title = titles.get(code, "")
            combo.addItem(f"{code} — {title}" if title else code, code)
            combo.setItemData(combo.count() - 1, title, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(combo.findData(keep), 0) if keep else 0)
        combo.blockSignals(False)
        view = combo.view()
        view.setMinimumWidth(min(view.sizeHintForColumn(0) + 24, 900))

    def _on_filter_edit_text_changed(self, _text: str) -> None:
        self._debounce.start()

    def _on_choice_changed(self, _index: int) -> None:
        self.apply_filter()

    def _on_header_context_menu_requested(self, pos: QPoint) -> None:
        self.columns_menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    def _on_columns_menu_about_to_show(self) -> None:
        header = self.table.horizontalHeader()
        visible = header.count() - header.hiddenSectionCount()
        for action in self.columns_menu.actions():
            shown = not header.isSectionHidden(action.data())
            action.setChecked(shown)
            action.setEnabled(not (shown and visible == 1))  # never hide the last column

    def _on_columns_menu_triggered(self, action: QAction) -> None:
        self.table.horizontalHeader().setSectionHidden(action.data(), not action.isChecked())

    def _on_find_action_triggered(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # -------------------------------------------------------------------------------- actions

    def import_requests(self) -> None:
        """Ask for a file and import it in the background (File › Import requests…)."""
        path = choose_import_file(self)
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> Job | None:
        """Import a requests file in the background; all or nothing.

        Returns:
            The running job, or None if another job is still running.
        """
        return self._run(
            functools.partial(_import_in_worker, self._db_path, Path(path)),
            self.tr("Importing {file}…").format(file=Path(path).name),
            self._on_import_succeeded,
            file_name=Path(path).name,
        )

    def export_requests(self) -> None:
        """Ask for a file and export every request to it (File › Export requests…)."""
        path = choose_export_file(self)
        if path is None:
            return
        self._export_path = path
        self._run(
            functools.partial(_export_in_worker, self._db_path, path),
            self.tr("Exporting to {file}…").format(file=path.name),
            self._on_export_succeeded,
            cancellable=False,
        )

    def offer_sample_if_empty(self) -> Job | None:
        """On an empty database, offer the sample board and requests; load them if accepted.

        Returns:
            The loading job, or None if nothing is loaded.
        """
        if self._closed or not store.is_empty(self._db) or not FirstRunDialog.ask(self):
            return None
        return self.load_sample()

    def load_sample(self) -> Job | None:
        """Load the sample board and requests in the background."""
        return self._run(
            functools.partial(_load_sample_in_worker, self._db_path),
            self.tr("Loading the sample board and requests…"),
            self._on_sample_loaded,
            file_name="sample/requests.csv",
        )

    def about(self) -> None:
        """Help › About."""
        show_about(
            self,
            self.tr("About Tripartite"),
            self.tr(
                "<p><b>Tripartite</b></p><p>For national tripartite labour boards: government, employer "
                "and union members deciding together on employers' requests to admit foreign workers.</p>"
                "<p>Database: {path}</p>"
            ).format(path=self._db_path),
        )

    def current_job(self) -> Job | None:
        """The background job in progress, if any."""
        return self._job

    # ------------------------------------------------------------------------------------ jobs

    def _run(
        self, fn: Any, label: str, on_success: Any, *, file_name: str = "", cancellable: bool = True
    ) -> Job | None:
        if self._job is not None:
            # One writer at a time: SQLite would make the second wait on the first's lock anyway.
            self.statusBar().showMessage(self.tr("Please wait: another task is still running."), 5000)
            return None
        job = start_job(fn, self)
        ProgressDialog(job, label, self, cancellable=cancellable)
        job.succeeded.connect(self._on_job_succeeded)
        job.succeeded.connect(on_success)
        job.failed.connect(self._on_job_failed)
        self._job, self._job_file = job, file_name
        self.import_action.setEnabled(False)
        self.export_action.setEnabled(False)
        return job

    def _end_job(self) -> None:
        self._job = None
        self.import_action.setEnabled(True)
        self.export_action.setEnabled(bool(self._all_count))

    def _on_job_succeeded(self, _result: object) -> None:
        self._end_job()

    def _on_job_failed(self, exc: object) -> None:
        self._end_job()
        if self._closed:
            return
        if isinstance(exc, InputError):
            dialog = ImportReportDialog(exc, self._job_file, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
        elif isinstance(exc, Cancelled):
            self.statusBar().showMessage(self.tr("Cancelled; nothing was changed."), 10000)
        elif isinstance(exc, KnownError):
            show_error(self, str(exc))
        elif isinstance(exc, BaseException):
            show_bug(self, exc)

    def _on_import_succeeded(self, result: importer.ImportResult) -> None:
        if self._closed:
            return
        self._refresh_after_change()
        locale = QLocale()
        text = self.tr("Imported {count} requests from {file}.").format(
            count=locale.toString(result.count), file=self._job_file
        )
        if result.warnings:
            lines = [str(w) for w in result.warnings[:_WARNINGS_SHOWN]]
            if len(result.warnings) > _WARNINGS_SHOWN:
                more = locale.toString(len(result.warnings) - _WARNINGS_SHOWN)
                lines.append(self.tr("…and {n} more.").format(n=more))
            text += "\n\n" + self.tr("Warnings:") + "\n" + "\n".join(lines)
        self.statusBar().showMessage(self.tr("Imported {count} requests.").format(
            count=locale.toString(result.count)), 10000)  # fmt: skip
        inform(self, self.tr("Import finished"), text)

    def _on_sample_loaded(self, result: importer.ImportResult) -> None:
        if self._closed:
            return
        self._refresh_after_change()
        self.statusBar().showMessage(
            self.tr("Loaded the sample board and {count} requests.").format(
                count=QLocale().toString(result.count)
            ),
            10000,
        )

    def _on_export_succeeded(self, count: int) -> None:
        if self._closed:
            return
        inform(
            self,
            self.tr("Export finished"),
            self.tr("Exported {count} requests to {path}.").format(
                count=QLocale().toString(count), path=self._export_path
            ),
        )

    # ----------------------------------------------------------------------------- lifecycle

    def _restore_state(self) -> None:
        geometry = self._settings.persisted(_GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 720)
        state = self._settings.persisted(_STATE_KEY)
        if state is not None:
            self.restoreState(state)
        header = self.table.horizontalHeader()
        saved = self._settings.persisted(_HEADER_KEY)
        if saved is None or not header.restoreState(saved) or header.count() != len(register.COLUMNS):
            self._default_widths()
            header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        # Enabling sorting sorts once by the indicator: the SQL order the user left the register in.
        self.table.setSortingEnabled(True)

    def save_state(self) -> None:
        """Remember the window geometry and the register's column layout and sort order."""
        self._settings.persist(_GEOMETRY_KEY, self.saveGeometry())
        self._settings.persist(_STATE_KEY, self.saveState())
        self._settings.persist(_HEADER_KEY, self.table.horizontalHeader().saveState())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop the debounce, cancel and wait for background work, save state, close the database."""
        if not self._closed:
            self._debounce.stop()
            if self._job is not None:
                self._job.cancel()
            wait_for_jobs()
            self.save_state()
            self._closed = True
            self._db.close()
        super().closeEvent(event)
