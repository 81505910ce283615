"""The Requests page: the register (filter row, table, count) with the selected request's dossier beside it.

Above them, the welcome panel (a new board's demo PINs) and, when the record's check found changes made
outside the app, the red banner. The page enters and corrects requests itself (the request form) and puts
them on an agenda (:mod:`~tripartite.ui.views.agenda_adder`); importing and exporting belong to the File
menu (:mod:`tripartite.ui.file_actions`), which the empty register's button
(:mod:`~tripartite.ui.views.empty_register`) asks for.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QLocale, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from tripartite import board, register
from tripartite.models import RequestStatus
from tripartite.sample import demo_pins_in_force
from tripartite.ui import a11y, labels
from tripartite.ui.models.request_model import COLUMNS, RequestTableModel
from tripartite.ui.settings import Settings
from tripartite.ui.views import register_table
from tripartite.ui.views.agenda_adder import AgendaAdder
from tripartite.ui.views.dossier_view import DossierView
from tripartite.ui.views.empty_register import EmptyRegister
from tripartite.ui.views.row_selection import select_row
from tripartite.ui.views.welcome_panel import WelcomePanel

if TYPE_CHECKING:
    from tripartite.audit_check import Finding
    from tripartite.ui.dialogs.request_form_dialog import RequestFormDialog
    from tripartite.ui.views.record_banner import RecordBanner

# A request on an agenda or decided is part of the record; only these may be edited or put on an agenda.
_EDITABLE = frozenset({RequestStatus.PENDING, RequestStatus.DEFERRED})
_HEADER_KEY = "requestTable/header"
_SPLITTER_KEY = "requests/splitter"
_WELCOME_DISMISSED = "welcomeDismissed"


class RegisterPage(QWidget):
    """The register, its filters and actions, and the dossier of the request selected.

    Signals:
        message(str, int): a line for the window's status bar, and how long it stays (ms).
        import_requested: the empty register's Import button was pressed.
        changed: the register was re-read (the count of requests or the board may have changed).
        agenda_changed: requests were put on an agenda (the Meetings page re-reads it).
        audit_log_requested: the record banner's button was pressed.

    Args:
        db: the GUI thread's connection (the window's).
        settings: where the header, the splitter and the welcome panel's dismissal are remembered.
        parent: the window's page stack.
    """

    message = Signal(str, int)
    import_requested = Signal()
    changed = Signal()
    agenda_changed = Signal()
    audit_log_requested = Signal()

    def __init__(self, db: Database, settings: Settings, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("requestsPage")
        self._db = db
        self._settings = settings
        self._all_count = 0
        self._board_name: str | None = None
        self._closed = False
        self._filters_filled = False
        self.record_banner: RecordBanner | None = None
        self.count_label = QLabel(self)  # the window shows it in its status bar
        self.count_label.setObjectName("requestCount")
        self.model = RequestTableModel(self._db, self)
        self.agenda = AgendaAdder(self._db, self)
        self.agenda.added.connect(self._on_agenda_added)
        self.agenda.message.connect(self.message)
        self._build_actions()
        self._build_filters()
        self._build_table()
        self._build_layout()
        self.columns_menu = register_table.ColumnsMenu(self.table, self)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.apply_filter)

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
        register_table.configure(self.table)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu_requested)
        self.table.activated.connect(self._on_table_activated)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._on_current_row_changed)
        selection.selectionChanged.connect(self._on_selection_changed)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._on_sort_indicator_changed)
        self._sort = (0, Qt.SortOrder.AscendingOrder)

    def _build_layout(self) -> None:
        search_label = QLabel(self.tr("&Search:"), self)
        a11y.label_for(search_label, self.filter_edit)
        status_label_ = QLabel(self.tr("S&tatus:"), self)
        a11y.label_for(status_label_, self.status_filter)
        occupation_label = QLabel(self.tr("&Occupation:"), self)
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

        self.new_request_button = self._action_button(self.new_request_action, "newRequestButton")
        self.edit_request_button = self._action_button(self.edit_request_action, "editRequestButton")
        self.add_to_agenda_button = self._action_button(self.add_to_agenda_action, "addToAgendaButton")
        actions = QHBoxLayout()
        actions.addWidget(self.new_request_button)
        actions.addWidget(self.edit_request_button)
        actions.addWidget(self.add_to_agenda_button)
        actions.addStretch(1)

        self.empty_page = EmptyRegister(self)
        self.empty_page.import_requested.connect(self.import_requested)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty_page)

        self.dossier = DossierView(self._db, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("requestSplitter")
        self.splitter.addWidget(self._stack)
        self.splitter.addWidget(self.dossier)
        self.splitter.setCollapsible(0, False)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setHandleWidth(8)

        self.welcome = WelcomePanel(self)
        self.welcome.hide()
        self.welcome.dismissed.connect(self._on_welcome_dismissed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.welcome)
        layout.addLayout(row)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)
        order = (self.filter_edit, self.status_filter, self.occupation_filter, self.table, self.new_request_button,
                 self.edit_request_button, self.add_to_agenda_button, self.dossier.tabs)  # fmt: skip
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _action_button(self, action: QAction, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAccessibleName(a11y.plain(action.text()).rstrip("…"))
        return button

    # --------------------------------------------------------------------------------- state

    def restore_state(self, width: int) -> None:
        """Restore the splitter (else split ``width`` 55:45) and the columns; sort as the user left it."""
        splitter = self._settings.persisted(_SPLITTER_KEY)
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([width * 55 // 100, width * 45 // 100])
        header = self.table.horizontalHeader()
        saved = self._settings.persisted(_HEADER_KEY)
        if saved is None or not header.restoreState(saved) or header.count() != len(COLUMNS):
            register_table.default_widths(self.table)
            header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self._sort = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        # Enabling sorting sorts once by the indicator: the SQL order the user left the register in.
        self.table.setSortingEnabled(True)

    def save_state(self) -> None:
        """Remember the splitter and the register's columns and order (the window syncs the settings)."""
        self._settings.persist(_SPLITTER_KEY, self.splitter.saveState())
        self._settings.persist(_HEADER_KEY, self.table.horizontalHeader().saveState())

    def shut(self) -> None:
        """The window is closing: stop the debounce, and let no late callback touch the closed database."""
        self._debounce.stop()
        self.agenda.shut()
        self._closed = True

    # ------------------------------------------------------------------------------ register

    def apply_filter(self) -> None:
        """Show the requests matching the search box and both choices (the debounce timer's target)."""
        self._debounce.stop()
        flt = register.Filter(
            text=self.filter_edit.text(),
            status=register_table.choice(self.status_filter),
            occupation=register_table.choice(self.occupation_filter),
        )
        shown = self.dossier.request_id()
        self.model.set_filter(flt)
        self._reselect(shown)
        self._update_count()

    def request_count(self) -> int:
        """How many requests the register holds, whatever the filter."""
        return self._all_count

    def board_name(self) -> str | None:
        """The board's name, None before a board is set up."""
        return self._board_name

    def filters_filled(self) -> bool:
        """Whether the filter choices have been read (they wait for the window's first paint)."""
        return self._filters_filled

    def _update_count(self) -> None:
        locale = QLocale()
        self.count_label.setText(
            self.tr("{shown} of {total} requests").format(
                shown=locale.toString(self.model.total()), total=locale.toString(self._all_count)
            )
        )

    def refresh(self, *, reload: bool = True, filters: bool = True) -> None:
        """Re-read everything that depends on the requests or the board (start, import, edit, agenda, settings)."""
        shown = self.dossier.request_id()
        self._all_count = register.count(self._db, register.Filter())
        if filters:
            self.fill_filters()
        else:
            for combo, text in ((self.status_filter, self.tr("All statuses")),
                                (self.occupation_filter, self.tr("All occupations"))):  # fmt: skip
                if not combo.count():
                    combo.addItem(text, register_table.ALL)
        if reload:
            self.model.reload()
        self.apply_filter()
        self._stack.setCurrentWidget(self.table if self._all_count else self.empty_page)
        for widget in (self.filter_edit, self.status_filter, self.occupation_filter):
            widget.setEnabled(bool(self._all_count))
        config = board.read_board(self._db)
        self._board_name = config.name if config else None
        if reload:
            self.dossier.show_request(shown)
            self._reselect(shown)
        self._update_actions()
        self.changed.emit()

    def _reselect(self, request_id: int | None) -> None:
        """Select the request again after a reset, if it is among the rows fetched; else clear the dossier."""
        row = self.model.row_of(request_id) if request_id is not None else -1
        if row >= 0:
            select_row(self.table, row)
        elif request_id is not None:
            self.dossier.show_request(None)

    def fill_filters(self) -> None:
        """Read the filter choices: the statuses with their counts, and the occupations with their ISCO titles."""
        register_table.fill_status_filter(self.status_filter, self._db)
        register_table.fill_occupation_filter(self.occupation_filter, self._db)
        self._filters_filled = True

    def focus_search(self) -> None:
        """Put the focus in the search box, its text selected (Edit › Find requests)."""
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _on_filter_edit_text_changed(self, _text: str) -> None:
        self._debounce.start()

    def _on_choice_changed(self, _index: int) -> None:
        self.apply_filter()

    def _on_sort_indicator_changed(self, section: int, order: Qt.SortOrder) -> None:
        # SQL cannot sort by a computed column: put the indicator back where the rows really are sorted,
        # and say why.
        if 0 <= section < len(COLUMNS) and COLUMNS[section] in register_table.UNSORTABLE:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._sort)
            header.blockSignals(False)
            self.message.emit(
                self.tr("Gates and score are computed for the rows shown and cannot be sorted; filter instead."),
                8000,
            )
            return
        self._sort = (section, order)

    # ---------------------------------------------------------------------- selection and dossier

    def selected_rows(self) -> list[int]:
        """The rows selected in the register, in order."""
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def select_request(self, request_id: int) -> bool:
        """Select a request in the register (if fetched) and show its dossier."""
        row = self.model.row_of(request_id)
        if row < 0:
            return False
        self._select_row(row)
        return True

    def select_first_row(self) -> None:
        """Select the first request, unless one is selected already."""
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self._select_row(0)

    def _select_row(self, row: int) -> None:
        select_row(self.table, row)
        self.table.scrollTo(self.model.index(row, 0))

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
        has_board = self._board_name is not None
        self.add_to_agenda_action.setEnabled(has_board and any(s in _EDITABLE for s in statuses))

    def _on_table_context_menu_requested(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid() and index.row() not in self.selected_rows():
            select_row(self.table, index.row())
        self.table_menu.popup(self.table.viewport().mapToGlobal(pos))

    def _on_table_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        if self.model.status(index.row()) in _EDITABLE:
            self.edit_request(self.model.request_id(index.row()))
        else:
            self.message.emit(
                self.tr("{reference} is {status}: only pending or deferred requests can be edited.").format(
                    reference=self.model.reference(index.row()),
                    status=labels.request_status(self.model.status(index.row()))),
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
        from tripartite.ui.dialogs.request_form_dialog import RequestFormDialog  # on first use

        dialog = RequestFormDialog(self._db, self.window(), request_id=request_id)
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
        self.refresh()
        self.select_request(request_id)
        self.message.emit(self.tr("Saved the request; the change is in the audit log."), 8000)

    # ------------------------------------------------------------------------------------ agenda

    def add_to_agenda(self) -> QDialog | None:
        """Ask which meeting, then the secretary's or the chair's PIN, then put the selected requests on its agenda.

        Returns:
            The PIN dialog now open, or None when nothing is to be added.
        """
        rows = [r for r in self.selected_rows() if self.model.status(r) in _EDITABLE]
        if not rows:
            return None
        return self.agenda.ask([self.model.request_id(r) for r in rows], [self.model.reference(r) for r in rows])

    def _on_agenda_added(self, _meeting_id: int) -> None:
        self.refresh()
        self.agenda_changed.emit()

    # -------------------------------------------------------------------------------- welcome

    def show_welcome(self) -> None:
        """Show the welcome panel with the board's members and the demo PINs still in force."""
        config = board.read_board(self._db)
        self.welcome.set_members(config.members if config else (), demo_pins_in_force(self._db) if config else {})
        self.welcome.show()

    def wants_welcome(self) -> bool:
        """Whether a new board's welcome is due: demo PINs in force, and the panel never dismissed."""
        if self._settings.flag(_WELCOME_DISMISSED) or self._board_name is None:
            return False
        return bool(demo_pins_in_force(self._db))

    def reset_welcome(self) -> None:
        """Show the welcome again on the next occasion, whatever was dismissed before (a sample just loaded)."""
        self._settings.set_flag(_WELCOME_DISMISSED, False)

    def _on_welcome_dismissed(self) -> None:
        self.welcome.hide()
        self._settings.set_flag(_WELCOME_DISMISSED, True)
        self.table.setFocus()

    # ----------------------------------------------------------------------------- the record

    def show_record_findings(self, findings: tuple[Finding, ...]) -> RecordBanner:
        """Show the red banner above the register: the record was changed outside the app.

        Returns:
            The banner (the window puts it in the tab order after its sidebar).
        """
        if self.record_banner is None:
            from tripartite.ui.views.record_banner import RecordBanner  # only a board whose record fails needs it

            banner = RecordBanner(self)
            banner.audit_log_requested.connect(self.audit_log_requested)
            self.layout().insertWidget(0, banner)  # above the welcome panel and the register
            QWidget.setTabOrder(banner.audit_button, self.filter_edit)
            self.record_banner = banner
        self.record_banner.show_findings(findings)
        return self.record_banner

    def hide_record_banner(self) -> None:
        """Hide the banner: the last check found nothing."""
        if self.record_banner is not None:
            self.record_banner.hide()
