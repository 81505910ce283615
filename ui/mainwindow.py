"""The main window: a sidebar (Requests, Meetings, Board) beside the pages, and the File, View and Help menus.

The Requests page is the register (filter row, table, count) with the selected request's dossier beside
it. The Meetings page (``tripartite.ui.meeting_room``) and the Board page are built the first time they
are shown, so start-up pays only for the register.

Message boxes and file choosers are small module functions, so tests monkeypatch them instead of
blocking on a modal dialog.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tripartite import board, classifications, register, store
from tripartite.authority import Auth
from tripartite.errors import Cancelled, InputError, KnownError
from tripartite.sample import demo_pins_in_force
from tripartite.ui import a11y, authorize
from tripartite.ui.boxes import confirm as ask  # module names the tests replace
from tripartite.ui.boxes import inform, show_bug, show_error
from tripartite.ui.dialogs.first_run_dialog import FirstRunDialog
from tripartite.ui.dialogs.import_report_dialog import ImportReportDialog
from tripartite.ui.jobs import Job, ProgressDialog, start_job, wait_for_jobs
from tripartite.ui.models.request_model import COLUMNS, RequestTableModel, status_label
from tripartite.ui.settings import Settings
from tripartite.ui.views.dossier_view import DossierView
from tripartite.ui.views.welcome_panel import WelcomePanel

if TYPE_CHECKING:
    # Dialogs opened by an action, and the core modules only they need, load on first use: start-up
    # pays only for the register (bench/b1_startup.py).
    from tripartite import audit_check, importer
    from tripartite.ui.dialogs.agenda_dialog import AgendaChoice
    from tripartite.ui.dialogs.import_dialog import ImportDialog
    from tripartite.ui.dialogs.request_form_dialog import RequestFormDialog
    from tripartite.ui.views.audit_view import AuditView
    from tripartite.ui.views.record_banner import RecordBanner

# Typical content width of each register column, in average characters (never measured on 100k rows).
_COLUMN_CHARS = {
    "reference": 13, "employer_name": 28, "occupation_isco": 5, "job_title": 26, "sector_isic": 4,
    "region": 20, "workers_requested": 5, "wage_offered": 9, "prevailing_wage": 9, "currency": 4,
    "submitted_on": 10, "status": 10, "gates": 9, "score": 5,
}  # fmt: skip
# Columns of digits are sized by the digit width, the others by the average character width.
_DIGIT_COLUMNS = frozenset({"reference", "occupation_isco", "workers_requested", "wage_offered",
                            "prevailing_wage", "submitted_on", "score"})  # fmt: skip
# Shown on demand (View › Columns): the occupation implies the sector, and a board works in one currency
# (the wage tooltips name it).
_HIDDEN_BY_DEFAULT = ("sector_isic", "currency")
# What the board looks at first comes first: who, the status, the gates and the score; then the details.
_DEFAULT_ORDER = ("reference", "employer_name", "status", "gates", "score", "occupation_isco", "job_title",
                  "region", "workers_requested", "wage_offered", "prevailing_wage", "submitted_on")  # fmt: skip
_EDITABLE = frozenset({"pending", "deferred"})  # a request on an agenda or decided is part of the record
_HEADER_KEY = "requestTable/header"
_SPLITTER_KEY = "requests/splitter"
_GEOMETRY_KEY = "mainWindow/geometry"
_STATE_KEY = "mainWindow/state"
_PAGE_KEY = "mainWindow/page"
_WELCOME_DISMISSED = "welcomeDismissed"
_WARNINGS_SHOWN = 10
PAGE_REQUESTS, PAGE_MEETINGS, PAGE_BOARD, PAGE_AUDIT = range(4)


# The "All …" entries of the filter combos carry "" so that currentData() is always a string.
_ALL = ""


def _choice(combo: QComboBox) -> str | None:
    """The filter value chosen in a combo, or None for its "All …" entry."""
    return combo.currentData() or None


# ----------------------------------------------------------------------- boxes and file choosers


def show_about(parent: QWidget, title: str, text: str) -> None:
    """Show the About box (tests replace this)."""
    QMessageBox.about(parent, title, text)


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


def _import_in_worker(db_path: Path, file: Path, auth: Auth | None, **callbacks: Any) -> importer.ImportResult:
    from tripartite import importer

    db = store.connect(db_path)  # this thread's own connection
    try:
        return importer.import_requests(db, file, auth=auth, display_name=file.name, **callbacks)
    finally:
        db.close()


def _load_sample_in_worker(db_path: Path, **callbacks: Any) -> importer.ImportResult:
    from tripartite import sample

    db = store.connect(db_path)
    try:
        # Demo PINs, so a newcomer can run a whole vote at once (the welcome panel lists them).
        return sample.load_sample(db, demo_pins=True, **callbacks)
    finally:
        db.close()


def _export_in_worker(db_path: Path, out: Path, *, progress: Any, cancelled: Any) -> int:
    del cancelled  # an export only reads; it writes its file in one step at the end
    from tripartite import exporter

    db = store.connect(db_path)
    try:
        return exporter.export_requests(db, out, progress=progress)
    finally:
        db.close()


def _check_record_in_worker(db_path: Path, *, progress: Any, cancelled: Any) -> audit_check.Report:
    """The check of the record the app runs when it opens a board (chain and every table, DESIGN §6)."""
    from tripartite import audit_check

    db = store.connect(db_path)
    try:
        # One read transaction: the check sees one snapshot, never half of a write committed meanwhile.
        with store.read_snapshot(db):
            return audit_check.verify(db, progress=progress, cancelled=cancelled)
    finally:
        db.close()


class MainWindow(QMainWindow):
    """The app shell: sidebar, the register with the dossier, meetings and board settings.

    Signals:
        first_painted: the window has painted once (deferred start-up work, and the start-up benchmark).
        record_checked(object): the check of the record that follows the first paint ended, with its
            :class:`tripartite.audit_check.Report` (None if it could not run or was cancelled).

    Args:
        db_path: the board's database; opened (and migrated) here for the GUI thread's short reads.
        parent: usually None: this is a top-level window.
        settings: where geometry, header, splitter and page are remembered (default: the user's settings file).

    Raises:
        KnownError: the database cannot be opened.
    """

    first_painted = Signal()
    record_checked = Signal(object)

    def __init__(self, db_path: Path, parent: QWidget | None = None, *, settings: Settings | None = None):
        db = store.open_db(db_path)  # before any widget exists, so a failure leaves nothing half-built
        super().__init__(parent)
        self._db = db
        self._db_path = Path(db_path)
        self._settings = settings if settings is not None else Settings(parent=self)
        self._job: Job | None = None
        self._job_file = ""
        self._job_reported_by_dialog = False
        self._export_path = Path()
        self._closed = False
        self._agenda_pending: tuple[list[int], AgendaChoice] | None = None
        self._painted = False
        self._all_count = 0
        self._has_board = False
        self.meetings_page: QWidget | None = None
        self.board_view: QWidget | None = None
        self.audit_view: AuditView | None = None
        self.record_banner: RecordBanner | None = None
        self._record_job: Job | None = None
        self._record_checked = False  # the check after the first paint has ended (or had nothing to check)
        self.import_dialog: ImportDialog | None = None
        self.setObjectName("mainWindow")

        self.count_label = QLabel(self)
        self.count_label.setObjectName("requestCount")
        self.statusBar().addPermanentWidget(self.count_label)
        self.model = RequestTableModel(self._db, self)
        self._build_actions()
        self._build_filters()
        self._build_table()
        self._build_requests_page()
        self._build_shell()
        self._build_menus()

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.apply_filter)

        self._filters_filled = False
        self._restore_state()
        # The model has just read its first rows. The filter choices (a GROUP BY over every request, the
        # ISCO titles) and the welcome panel wait for the first paint: start-up pays only for the rows.
        self._refresh_after_change(reload=False, filters=False)
        self.installEventFilter(self)

    # ------------------------------------------------------------------------------ building

    def _build_actions(self) -> None:
        self.new_request_action = QAction(self.tr("&New request…"), self)
        self.new_request_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_request_action.setToolTip(self.tr("Enter a request by hand (Ctrl+N)"))
        self.new_request_action.triggered.connect(self.new_request)
        self.edit_request_action = QAction(self.tr("&Edit request…"), self)
        self.edit_request_action.setShortcut(QKeySequence(self.tr("F2")))
        self.edit_request_action.setToolTip(self.tr("Correct the selected request (F2); pending or deferred only"))
        self.edit_request_action.triggered.connect(self._on_edit_request_triggered)
        self.add_to_agenda_action = QAction(self.tr("Add to &agenda…"), self)
        self.add_to_agenda_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+A")))
        self.add_to_agenda_action.setToolTip(self.tr("Put the selected requests on a meeting's agenda (Ctrl+Shift+A)"))
        self.add_to_agenda_action.triggered.connect(self.add_to_agenda)
        self.table_menu = QMenu(self)
        self.table_menu.setObjectName("requestMenu")
        self.table_menu.addAction(self.edit_request_action)
        self.table_menu.addAction(self.add_to_agenda_action)
        self.table_menu.addSeparator()
        self.table_menu.addAction(self.new_request_action)

    def _build_filters(self) -> None:
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("requestFilter")
        self.filter_edit.setPlaceholderText(self.tr("Search reference, employer, job, region, notes…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setToolTip(self.tr("Every word must match the start of a word; accents are ignored."))
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.filter_edit.returnPressed.connect(self.apply_filter)

        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_filter.currentIndexChanged.connect(self._on_choice_changed)

        self.occupation_filter = QComboBox(self)
        self.occupation_filter.setObjectName("occupationFilter")
        # ISCO titles run long; the combo stays compact and its popup widens to the longest title.
        self.occupation_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.occupation_filter.setMinimumContentsLength(20)
        self.occupation_filter.currentIndexChanged.connect(self._on_choice_changed)

    def _build_table(self) -> None:
        self.table = QTableView(self)
        self.table.setObjectName("requestTable")
        self.table.setAccessibleName(self.tr("Requests"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Tab leaves the table for the next control instead of walking 14 cells per row.
        self.table.setTabKeyNavigation(False)
        self.table.setCornerButtonEnabled(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu_requested)
        self.table.activated.connect(self._on_table_activated)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._on_current_row_changed)
        selection.selectionChanged.connect(self._on_selection_changed)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_context_menu_requested)
        header.sortIndicatorChanged.connect(self._on_sort_indicator_changed)
        self._sort = (0, Qt.SortOrder.AscendingOrder)
        self._default_widths()

    def _default_widths(self) -> None:
        header = self.table.horizontalHeader()
        char = self.table.fontMetrics().averageCharWidth()
        digit = self.table.fontMetrics().horizontalAdvance("0")
        titles = header.fontMetrics()
        for section, column in enumerate(COLUMNS):
            content = _COLUMN_CHARS[column] * (digit if column in _DIGIT_COLUMNS else char) + 12
            # Room for the title and the sort arrow, so no header is cut off.
            text = str(self.model.headerData(section, Qt.Orientation.Horizontal))
            title = titles.horizontalAdvance(text) + 22
            header.resizeSection(section, max(content, title))
            header.setSectionHidden(section, column in _HIDDEN_BY_DEFAULT)
        for position, column in enumerate(_DEFAULT_ORDER):
            header.moveSection(header.visualIndex(COLUMNS.index(column)), position)

    def _build_requests_page(self) -> None:
        page = QWidget(self)
        page.setObjectName("requestsPage")
        self.requests_page = page
        search_label = QLabel(self.tr("&Search:"), page)
        a11y.label_for(search_label, self.filter_edit)
        status_label_ = QLabel(self.tr("S&tatus:"), page)
        a11y.label_for(status_label_, self.status_filter)
        occupation_label = QLabel(self.tr("&Occupation:"), page)
        a11y.label_for(occupation_label, self.occupation_filter)
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.filter_edit, 3)
        row.addSpacing(12)
        row.addWidget(status_label_)
        row.addWidget(self.status_filter)
        row.addSpacing(12)
        row.addWidget(occupation_label)
        row.addWidget(self.occupation_filter, 2)

        self.new_request_button = self._action_button(self.new_request_action, "newRequestButton", page)
        self.edit_request_button = self._action_button(self.edit_request_action, "editRequestButton", page)
        self.add_to_agenda_button = self._action_button(self.add_to_agenda_action, "addToAgendaButton", page)
        actions = QHBoxLayout()
        actions.addWidget(self.new_request_button)
        actions.addWidget(self.edit_request_button)
        actions.addWidget(self.add_to_agenda_button)
        actions.addStretch(1)

        self.empty_label = QLabel(
            self.tr(
                "<p><b>No requests yet.</b></p><p>Import employers' requests from a CSV or XLSX file "
                "with <i>File › Import requests…</i> (Ctrl+I), or enter one with <i>New request…</i>.</p>"
            ),
            page,
        )
        self.empty_label.setObjectName("emptyRegister")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        import_button = QPushButton(self.tr("&Import requests…"), page)
        import_button.setObjectName("emptyImportButton")
        a11y.name_button(import_button)
        import_button.clicked.connect(self.import_requests)
        self._empty_page = QWidget(page)
        empty_layout = QVBoxLayout(self._empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(import_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        self._stack = QStackedWidget(page)
        self._stack.addWidget(self.table)
        self._stack.addWidget(self._empty_page)

        self.dossier = DossierView(self._db, page)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.splitter.setObjectName("requestSplitter")
        self.splitter.addWidget(self._stack)
        self.splitter.addWidget(self.dossier)
        self.splitter.setCollapsible(0, False)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setHandleWidth(8)

        self.welcome = WelcomePanel(page)
        self.welcome.hide()
        self.welcome.dismissed.connect(self._on_welcome_dismissed)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.welcome)
        layout.addLayout(row)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.filter_edit, self.status_filter)
        QWidget.setTabOrder(self.status_filter, self.occupation_filter)
        QWidget.setTabOrder(self.occupation_filter, self.table)
        QWidget.setTabOrder(self.table, self.new_request_button)
        QWidget.setTabOrder(self.new_request_button, self.edit_request_button)
        QWidget.setTabOrder(self.edit_request_button, self.add_to_agenda_button)
        QWidget.setTabOrder(self.add_to_agenda_button, self.dossier.tabs)

    def _action_button(self, action: QAction, name: str, parent: QWidget) -> QToolButton:
        button = QToolButton(parent)
        button.setObjectName(name)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAccessibleName(a11y.plain(action.text()).rstrip("…"))
        return button

    def _build_shell(self) -> None:
        self.nav = QListWidget(self)
        self.nav.setObjectName("navList")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for text, tip in (
            (self.tr("Requests"), self.tr("The register and dossiers (Ctrl+1)")),
            (self.tr("Meetings"), self.tr("Agendas, the meeting room and decisions (Ctrl+2)")),
            (self.tr("Board"), self.tr("Members, PINs, rules, criteria, shortage list (Ctrl+3)")),
            (self.tr("Audit log"), self.tr("Every change to the record, who made it, and the record's check (Ctrl+4)")),
        ):
            item = QListWidgetItem(text, self.nav)
            item.setToolTip(tip)
        font = self.nav.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.nav.setFont(font)
        self.nav.setStyleSheet(
            "QListWidget#navList { background: palette(alternate-base); border-right: 1px solid palette(mid); "
            "padding-top: 8px; outline: 0; }"
            "QListWidget#navList::item { padding: 10px 18px; }"
            "QListWidget#navList::item:selected { background: palette(highlight); color: palette(highlighted-text); }"
        )
        self.nav.setFixedWidth(self.nav.fontMetrics().horizontalAdvance("Meetings") + 64)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        self.pages.addWidget(self.requests_page)
        self._meetings_slot = self._slot("meetingsSlot")
        self._board_slot = self._slot("boardSlot")
        self._audit_slot = self._slot("auditSlot")
        self.pages.addWidget(self._meetings_slot)
        self.pages.addWidget(self._board_slot)
        self.pages.addWidget(self._audit_slot)
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self.nav.setCurrentRow(PAGE_REQUESTS)
        # The page stays selected; only while the sidebar has the focus is it also the *focused* item, so a
        # screen reader never hears the sidebar and the field being typed in as focused at once.
        a11y.current_only_while_focused(self.nav)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        QWidget.setTabOrder(self.nav, self.filter_edit)

    def _slot(self, name: str) -> QWidget:
        slot = QWidget(self)
        slot.setObjectName(name)
        layout = QVBoxLayout(slot)
        layout.setContentsMargins(0, 0, 0, 0)
        return slot

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import requests…"), self)
        self.import_action.setShortcut(QKeySequence(self.tr("Ctrl+I")))
        self.import_action.triggered.connect(self.import_requests)
        self.export_action = QAction(self.tr("&Export requests…"), self)
        self.export_action.setShortcut(QKeySequence(self.tr("Ctrl+E")))
        self.export_action.triggered.connect(self.export_requests)
        self.quit_action = quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(self.tr("Ctrl+Q")))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)  # closeEvent asks first during a vote
        file_menu.addAction(self.new_request_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        # --- issue 6 (ui/minutes): File › Verify minutes… ---
        file_menu.addSeparator()
        self.verify_minutes_action = QAction(self.tr("&Verify minutes…"), self)
        self.verify_minutes_action.setToolTip(self.tr("Check the signatures of a minutes PDF"))
        self.verify_minutes_action.triggered.connect(self.verify_minutes)
        file_menu.addAction(self.verify_minutes_action)
        # --- end issue 6 ---
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        find_action = QAction(self.tr("&Find requests"), self)
        find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find_action.triggered.connect(self._on_find_action_triggered)
        edit_menu.addAction(find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.edit_request_action)
        edit_menu.addAction(self.add_to_agenda_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.page_actions = []
        for index, (text, key) in enumerate(
            ((self.tr("&Requests"), self.tr("Ctrl+1")), (self.tr("&Meetings"), self.tr("Ctrl+2")),
             (self.tr("&Board"), self.tr("Ctrl+3")), (self.tr("&Audit log"), self.tr("Ctrl+4")))
        ):  # fmt: skip
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            action.setData(index)
            action.triggered.connect(self._on_page_action_triggered)
            view_menu.addAction(action)
            self.page_actions.append(action)
        view_menu.addSeparator()
        self.dossier_action = QAction(self.tr("Show the &dossier"), self)
        self.dossier_action.setCheckable(True)
        self.dossier_action.setChecked(True)
        self.dossier_action.setShortcut(QKeySequence(self.tr("F9")))
        self.dossier_action.toggled.connect(self._on_dossier_action_toggled)
        view_menu.addAction(self.dossier_action)
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
        self.welcome_action = QAction(self.tr("&Welcome and demo PINs"), self)
        self.welcome_action.triggered.connect(self.show_welcome)
        help_menu.addAction(self.welcome_action)
        about_action = QAction(self.tr("&About Tripartite"), self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self.about)
        help_menu.addAction(about_action)

    # --------------------------------------------------------------------------------- pages

    def show_page(self, index: int) -> None:
        """Show Requests (0), Meetings (1), Board (2) or the Audit log (3), building the page the first time."""
        self.nav.setCurrentRow(index)

    def current_page(self) -> int:
        """The index of the page shown."""
        return self.pages.currentIndex()

    def _ensure_page(self, index: int) -> None:
        if index == PAGE_MEETINGS and self.meetings_page is None:
            # Imported here: the meeting room (and its charts) costs nothing until it is first shown.
            from tripartite.ui.meeting_room import MeetingsPage

            page = MeetingsPage(self._db_path, self._meetings_slot)
            page.requests_changed.connect(self._on_meetings_requests_changed)
            self._meetings_slot.layout().addWidget(page)
            self.meetings_page = page
        elif index == PAGE_BOARD and self.board_view is None:
            from tripartite.ui.views.board_view import BoardView

            view = BoardView(self._db, self._board_slot)
            view.board_changed.connect(self._on_board_changed)
            self._board_slot.layout().addWidget(view)
            self.board_view = view
        elif index == PAGE_AUDIT and self.audit_view is None:
            from tripartite.ui.views.audit_view import AuditView

            audit_view = AuditView(self._db, self._db_path, self._audit_slot)
            self._audit_slot.layout().addWidget(audit_view)
            self.audit_view = audit_view
        elif index == PAGE_AUDIT and self.audit_view is not None:
            self.audit_view.reload()  # the record grew since it was last shown

    def _on_nav_current_row_changed(self, row: int) -> None:
        if not 0 <= row < self.pages.count():
            return
        self._ensure_page(row)
        self.pages.setCurrentIndex(row)
        self.count_label.setVisible(row == PAGE_REQUESTS)  # the count belongs to the register

    def _on_page_action_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.show_page(int(action.data()))

    def _on_meetings_requests_changed(self) -> None:
        self._refresh_after_change()

    def _on_board_changed(self) -> None:
        self._refresh_after_change()
        self.dossier.reload_board()

    # ------------------------------------------------------------------------------ register

    def apply_filter(self) -> None:
        """Show the requests matching the search box and both choices (the debounce timer's target)."""
        self._debounce.stop()
        flt = register.Filter(
            text=self.filter_edit.text(),
            status=_choice(self.status_filter),
            occupation=_choice(self.occupation_filter),
        )
        shown = self.dossier.request_id()
        self.model.set_filter(flt)
        self._reselect(shown)
        self._update_count()

    def _update_count(self) -> None:
        locale = QLocale()
        self.count_label.setText(
            self.tr("{shown} of {total} requests").format(
                shown=locale.toString(self.model.total()), total=locale.toString(self._all_count)
            )
        )

    def _refresh_after_change(self, *, reload: bool = True, filters: bool = True) -> None:
        """Re-read everything that depends on the requests or the board (start, import, edit, agenda, settings)."""
        shown = self.dossier.request_id()
        self._all_count = register.count(self._db, register.Filter())
        if filters:
            self._fill_filters()
        else:
            for combo, text in ((self.status_filter, self.tr("All statuses")),
                                (self.occupation_filter, self.tr("All occupations"))):  # fmt: skip
                if not combo.count():
                    combo.addItem(text, _ALL)
        if reload:
            self.model.reload()
        self.apply_filter()
        self._stack.setCurrentWidget(self.table if self._all_count else self._empty_page)
        for widget in (self.filter_edit, self.status_filter, self.occupation_filter):
            widget.setEnabled(bool(self._all_count))
        self.export_action.setEnabled(bool(self._all_count) and self._job is None)
        config = board.read_board(self._db)
        self._has_board = config is not None
        self.setWindowTitle(self.tr("Tripartite — {name}").format(name=config.name if config else self._db_path.name))
        if reload:
            self.dossier.show_request(shown)
            self._reselect(shown)
        self._update_actions()

    def _reselect(self, request_id: int | None) -> None:
        """Select the request again after a reset, if it is among the rows fetched; else clear the dossier."""
        row = self.model.row_of(request_id) if request_id is not None else -1
        if row >= 0:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        elif request_id is not None:
            self.dossier.show_request(None)

    def _fill_filters(self) -> None:
        self._fill_status_filter()
        self._fill_occupation_filter()
        self._filters_filled = True

    def is_ready(self) -> bool:
        """Whether the deferred start-up work (filter choices, welcome panel, the record's check) is done."""
        return self._filters_filled and self._record_checked

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

    def _on_sort_indicator_changed(self, section: int, order: Qt.SortOrder) -> None:
        # Gates and score are computed per row, not stored: SQL cannot sort by them. Put the indicator
        # back where the rows really are sorted, and say why.
        if 0 <= section < len(COLUMNS) and COLUMNS[section] in ("gates", "score"):
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._sort)
            header.blockSignals(False)
            self.statusBar().showMessage(
                self.tr("Gates and score are computed for the rows shown and cannot be sorted; filter instead."),
                8000,
            )
            return
        self._sort = (section, order)

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
        self.show_page(PAGE_REQUESTS)
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _on_dossier_action_toggled(self, shown: bool) -> None:
        self.dossier.setVisible(shown)

    # ---------------------------------------------------------------------- selection and dossier

    def selected_rows(self) -> list[int]:
        """The rows selected in the register, in order."""
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def select_request(self, request_id: int) -> bool:
        """Select a request in the register (if fetched) and show its dossier."""
        row = self.model.row_of(request_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        request_id = self.model.request_id(current.row()) if current.isValid() else None
        if request_id != self.dossier.request_id() or request_id is None:
            self.dossier.show_request(request_id)

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        rows = self.selected_rows()
        statuses = [self.model.status(r) for r in rows]
        self.edit_request_action.setEnabled(len(rows) == 1 and statuses[0] in _EDITABLE)
        self.add_to_agenda_action.setEnabled(self._has_board and any(s in _EDITABLE for s in statuses))

    def _on_table_context_menu_requested(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid() and index.row() not in self.selected_rows():
            self.table.selectRow(index.row())
        self.table_menu.popup(self.table.viewport().mapToGlobal(pos))

    def _on_table_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        if self.model.status(index.row()) in _EDITABLE:
            self.edit_request(self.model.request_id(index.row()))
        else:
            self.statusBar().showMessage(
                self.tr("{reference} is {status}: only pending or deferred requests can be edited.").format(
                    reference=self.model.reference(index.row()), status=status_label(self.model.status(index.row()))),
                8000,
            )  # fmt: skip

    # ------------------------------------------------------------------------------ request form

    def new_request(self) -> RequestFormDialog:
        """Open the form for a new request (returned, so tests can fill it in)."""
        return self._open_form(None)

    def edit_request(self, request_id: int) -> RequestFormDialog:
        """Open the form on an existing request."""
        return self._open_form(request_id)

    def _open_form(self, request_id: int | None) -> RequestFormDialog:
        from tripartite.ui.dialogs.request_form_dialog import RequestFormDialog

        dialog = RequestFormDialog(self._db, self, request_id=request_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_request_saved)
        dialog.open()
        return dialog

    def _on_edit_request_triggered(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self.edit_request(self.model.request_id(rows[0]))

    def _on_request_saved(self, request_id: int) -> None:
        if self._closed:
            return
        self.dossier.show_request(request_id)
        self._refresh_after_change()
        self.select_request(request_id)
        self.statusBar().showMessage(self.tr("Saved the request; the change is in the audit log."), 8000)

    # ------------------------------------------------------------------------------------ agenda

    def add_to_agenda(self) -> QDialog | None:
        """Ask which meeting, then the secretary's or the chair's PIN, then put the selected requests on its agenda.

        Returns:
            The PIN dialog now open, or None when nothing is to be added.
        """
        rows = [r for r in self.selected_rows() if self.model.status(r) in _EDITABLE]
        if not rows:
            return None
        from tripartite.ui.dialogs.agenda_dialog import AgendaDialog

        references = [self.model.reference(r) for r in rows]
        choice = AgendaDialog.ask(self._db, references, self)
        if choice is None:
            return None
        self._agenda_pending = ([self.model.request_id(r) for r in rows], choice)
        return authorize.ask(
            self,
            self._db,
            authorize.Need.OFFICER,
            self.tr("The secretary or the chair puts these requests on the agenda."),
            self._on_agenda_authorised,
            ok_text=self.tr("&Add to agenda"),
        )

    def _on_agenda_authorised(self, auth: Auth) -> None:
        pending, self._agenda_pending = self._agenda_pending, None
        if pending is not None and not self._closed:
            self.add_requests_to_agenda(*pending, auth)

    def add_requests_to_agenda(self, request_ids: list[int], choice: AgendaChoice, auth: Auth) -> int | None:
        """Put requests on a meeting's agenda (creating the meeting if asked); each addition is audited.

        Args:
            request_ids: the requests.
            choice: the meeting, or a new one to create.
            auth: the secretary's or the chair's PIN.

        Returns:
            The meeting's id, or None if the meeting could not be created.
        """
        from tripartite.meetings import agenda, lifecycle, lookup

        try:
            meeting_id = choice.meeting_id
            if meeting_id is None:
                meeting_id = lifecycle.create_meeting(self._db, choice.title, choice.date, choice.place, auth)
        except KnownError as exc:
            show_error(self, str(exc))
            return None
        added, refused = 0, []
        for request_id in request_ids:
            try:
                agenda.add_item(self._db, meeting_id, request_id, auth)
                added += 1
            except KnownError as exc:
                refused.append(str(exc))
        self._refresh_after_change()
        if self.meetings_page is not None:
            self.meetings_page.reload()
        title = lookup.meeting_row(self._db, meeting_id)["title"]
        self.statusBar().showMessage(
            self.tr("Added {count} request(s) to the agenda of “{title}”.").format(
                count=QLocale().toString(added), title=title),
            10000,
        )  # fmt: skip
        if refused:
            show_error(self, self.tr("Not added:") + "\n" + "\n".join(refused))
        return meeting_id

    # -------------------------------------------------------------------------------- welcome

    def show_welcome(self) -> None:
        """Show the welcome panel (Help › Welcome and demo PINs)."""
        config = board.read_board(self._db)
        self.welcome.set_members(config.members if config else (), demo_pins_in_force(self._db) if config else {})
        self.show_page(PAGE_REQUESTS)
        self.welcome.show()

    def _show_welcome_if_new(self) -> None:
        if self._settings.flag(_WELCOME_DISMISSED) or not self._has_board:
            return
        if demo_pins_in_force(self._db):
            self.show_welcome()

    def _on_welcome_dismissed(self) -> None:
        self.welcome.hide()
        self._settings.set_flag(_WELCOME_DISMISSED, True)
        self.table.setFocus()

    # -------------------------------------------------------------------------------- actions

    def import_requests(self) -> ImportDialog:
        """Open the import dialog (File › Import requests…)."""
        if self.import_dialog is None:
            from tripartite.ui.dialogs.import_dialog import ImportDialog

            self.import_dialog = ImportDialog(self.start_import, self._db, self)
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
        return self._run(
            functools.partial(_import_in_worker, self._db_path, Path(path), auth),
            "",
            None,
            file_name=Path(path).name,
            reported_by_dialog=True,
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

    # --- issue 6 (ui/minutes) ---
    def verify_minutes(self) -> QWidget:
        """Ask for a minutes PDF and verify its signatures against the board's certificates (File › Verify minutes…)."""
        from tripartite.ui.minutes import VerifyDialog  # on first use: start-up pays nothing for the minutes

        dialog = VerifyDialog(self._db_path, self)
        dialog.open()
        dialog.panel.verify_chosen_file()
        return dialog

    # --- end issue 6 ---

    def show_certificates(self) -> QWidget:
        """List, add and remove the board's trusted certificates (Board › Signatories › Trusted certificates…)."""
        self.show_page(PAGE_BOARD)  # the Board page builds its view on first show
        return self.board_view.show_certificates()  # type: ignore[union-attr]

    def offer_sample_if_empty(self) -> Job | None:
        """On an empty database, offer the sample board and requests; load them if accepted.

        Returns:
            The loading job, or None if nothing is loaded.
        """
        if self._closed or not store.is_empty(self._db) or not FirstRunDialog.ask(self):
            return None
        return self.load_sample()

    def load_sample(self) -> Job | None:
        """Load the sample board (with demo PINs) and requests in the background."""
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
                "<p><b>Tripartite</b></p><p>For national tripartite labour boards: government, employers' "
                "and union members deciding together on employers' requests to admit foreign workers.</p>"
                "<p>Database: {path}</p>"
            ).format(path=self._db_path),
        )

    def current_job(self) -> Job | None:
        """The background job in progress, if any."""
        return self._job

    # ------------------------------------------------------------------------------ the record

    def check_record(self) -> Job | None:
        """Check the board's record on the pool (as ``tripartite audit verify`` does, without anchors).

        Runs once the window has painted. A silent read: it neither holds the one writer's slot of
        :meth:`_run` nor shows progress; what it finds appears as the red banner above the register.

        Returns:
            The job, or None when there is nothing to check (an empty file) or a check already runs.
        """
        if self._closed or self._record_job is not None:
            return None
        if store.is_empty(self._db):
            self._record_checked = True
            return None
        # Owned by the application, not the window: a window deleted without its closeEvent's wait for the
        # pool (a close refused during a vote, then destroyed) must not take the Job from under a running
        # check. Its results go to this window's bound methods, which disconnect when the window dies.
        job = start_job(functools.partial(_check_record_in_worker, self._db_path), QCoreApplication.instance())
        job.succeeded.connect(self._on_record_check_succeeded)
        job.failed.connect(self._on_record_check_failed)
        self._record_job = job
        return job

    def _on_record_check_succeeded(self, report: audit_check.Report) -> None:
        self._record_job, self._record_checked = None, True
        if self._closed:
            return
        if report.findings:
            self._show_record_banner(report.findings)
        elif self.record_banner is not None:
            self.record_banner.hide()
        self.record_checked.emit(report)

    def _on_record_check_failed(self, exc: object) -> None:
        self._record_job, self._record_checked = None, True
        if self._closed:
            return
        if not isinstance(exc, Cancelled):
            self.statusBar().showMessage(self.tr("The record could not be checked: {error}").format(error=exc), 15000)
        self.record_checked.emit(None)

    def _show_record_banner(self, findings: tuple[audit_check.Finding, ...]) -> None:
        if self.record_banner is None:
            from tripartite.ui.views.record_banner import RecordBanner  # only a board whose record fails needs it

            banner = RecordBanner(self.requests_page)
            banner.audit_log_requested.connect(self._on_record_banner_audit_log_requested)
            self.requests_page.layout().insertWidget(0, banner)  # above the welcome panel and the register
            QWidget.setTabOrder(self.nav, banner.audit_button)
            QWidget.setTabOrder(banner.audit_button, self.filter_edit)
            self.record_banner = banner
        self.record_banner.show_findings(findings)

    def _on_record_banner_audit_log_requested(self) -> None:
        # The audit log page (ui/views/audit_view.py) lists every finding once its check has run.
        self.show_page(PAGE_AUDIT)
        if self.audit_view is not None and not self.audit_view.is_busy():  # type: ignore[attr-defined]
            self.audit_view.verify()  # type: ignore[attr-defined]

    # ------------------------------------------------------------------------------------ jobs

    def _run(
        self, fn: Any, label: str, on_success: Any, *, file_name: str = "", cancellable: bool = True,
        reported_by_dialog: bool = False,
    ) -> Job | None:  # fmt: skip
        if self._job is not None:
            # One writer at a time: SQLite would make the second wait on the first's lock anyway.
            self.statusBar().showMessage(self.tr("Please wait: another task is still running."), 5000)
            return None
        job = start_job(fn, self)
        if not reported_by_dialog:
            ProgressDialog(job, label, self, cancellable=cancellable)
        job.succeeded.connect(self._on_job_succeeded)
        if on_success is not None:
            job.succeeded.connect(on_success)
        job.failed.connect(self._on_job_failed)
        self._job, self._job_file, self._job_reported_by_dialog = job, file_name, reported_by_dialog
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
        if self._job_reported_by_dialog and isinstance(exc, KnownError):
            return  # the import dialog shows the problems, the cancel or the message itself
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
        self.statusBar().showMessage(self.tr("Imported {count} requests.").format(
            count=QLocale().toString(result.count)), 10000)  # fmt: skip

    def _on_sample_loaded(self, result: importer.ImportResult) -> None:
        if self._closed:
            return
        self._refresh_after_change()
        self.statusBar().showMessage(
            self.tr("Loaded the sample board and {count} requests.").format(count=QLocale().toString(result.count)),
            10000,
        )
        # A first start: the welcome panel shows the demo PINs, whatever was dismissed before.
        self._settings.set_flag(_WELCOME_DISMISSED, False)
        self.show_welcome()
        self._select_first_row()

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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Notice the window's first paint once (then stop watching)."""
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.removeEventFilter(self)
            # After this paint has finished, not inside it.
            QTimer.singleShot(0, self, self._on_first_paint)
        return False

    def _on_first_paint(self) -> None:
        self.first_painted.emit()
        if self._closed:
            return
        if not self._filters_filled:
            self._fill_filters()
        self._show_welcome_if_new()
        self._select_first_row()
        self.check_record()  # after the first paint, off the GUI thread: start-up does not wait for it

    def _select_first_row(self) -> None:
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _restore_state(self) -> None:
        geometry = self._settings.persisted(_GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 760)
        self.fit_to_screen()
        state = self._settings.persisted(_STATE_KEY)
        if state is not None:
            self.restoreState(state)
        splitter = self._settings.persisted(_SPLITTER_KEY)
        if splitter is None or not self.splitter.restoreState(splitter):
            width = self.width() - self.nav.width()
            self.splitter.setSizes([width * 55 // 100, width * 45 // 100])
        header = self.table.horizontalHeader()
        saved = self._settings.persisted(_HEADER_KEY)
        if saved is None or not header.restoreState(saved) or header.count() != len(COLUMNS):
            self._default_widths()
            header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self._sort = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        # Enabling sorting sorts once by the indicator: the SQL order the user left the register in.
        self.table.setSortingEnabled(True)
        page = self._settings.persisted_int(_PAGE_KEY, PAGE_REQUESTS)
        if 0 <= page < self.pages.count():
            self.show_page(page)

    def fit_to_screen(self) -> None:
        """Keep the whole window on the screen it opens on (a 1024×700 laptop included).

        A geometry saved on a bigger or a removed monitor, like the default size on a small screen, is
        shrunk to the available area (never below the window's minimum size) and moved inside it.
        """
        screen = QGuiApplication.screenAt(self.geometry().center()) or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        frame, inner = self.frameGeometry(), self.geometry()
        border = QSize(frame.width() - inner.width(), frame.height() - inner.height())
        size = inner.size().boundedTo(available.size() - border).expandedTo(self.minimumSizeHint())
        if size != inner.size():
            self.resize(size)
        frame = self.frameGeometry()
        x = max(available.left(), min(frame.left(), available.right() + 1 - frame.width()))
        y = max(available.top(), min(frame.top(), available.bottom() + 1 - frame.height()))
        if (x, y) != (frame.left(), frame.top()):
            self.move(x, y)

    def save_state(self) -> None:
        """Remember the window geometry, the page shown, the splitter and the register's columns and order."""
        self._settings.persist(_GEOMETRY_KEY, self.saveGeometry())
        self._settings.persist(_STATE_KEY, self.saveState())
        self._settings.persist(_SPLITTER_KEY, self.splitter.saveState())
        self._settings.persist(_HEADER_KEY, self.table.horizontalHeader().saveState())
        self._settings.persist_int(_PAGE_KEY, self.current_page())
        self._settings.sync()

    def vote_in_progress(self) -> bool:
        """Whether a vote is open in any meeting (members may still be casting ballots)."""
        from tripartite import room_model  # the room's reads, only when asked

        return room_model.open_votes(self._db) > 0

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask first during an open vote; then stop the debounce, wait for background work, save, close the database."""
        if not self._closed and self.vote_in_progress():
            question = self.tr(
                "A vote is open. A ballot being filled in and not yet cast will be lost; cast ballots are kept, "
                "and the vote can go on when Tripartite is started again.\n\nQuit anyway?"
            )
            if not ask(self, self.tr("Quit during a vote"), question):
                event.ignore()
                return
        if not self._closed:
            page = self.meetings_page
            room = getattr(page, "room", None)
            if room is not None:
                room.lock_all()  # wipe an unlocked ballot before the window goes
            self._debounce.stop()
            for job in (self._job, self._record_job):
                if job is not None:
                    job.cancel()
            if self.audit_view is not None:
                self.audit_view.cancel_verify()  # a check of a large record would hold the quit for seconds
            wait_for_jobs()
            self.save_state()
            self._closed = True
            self._db.close()
        super().closeEvent(event)
