"""The main window: a sidebar (Requests, Meetings, Board, Audit log, Follow-up) beside the pages, and the menus.

The shell only arranges. The Requests page is :class:`~tripartite.ui.views.register_page.RegisterPage`;
the File menu's work is :class:`~tripartite.ui.file_actions.FileActions`; the check of the record after the
first paint is :class:`~tripartite.ui.record_check.RecordCheck`. The Meetings page
(``tripartite.ui.meeting_room``), the Board page, the Audit log and the Follow-up page are built the first
time they are shown, so start-up pays only for the register. After the first paint, one count says in the
status bar how many follow-ups of conditions are overdue.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tripartite import followup, store
from tripartite.ui import a11y, boxes, language, style
from tripartite.ui.dialogs.first_run_dialog import FirstRunDialog
from tripartite.ui.file_actions import FileActions
from tripartite.ui.jobs import Job, wait_for_jobs
from tripartite.ui.language_menu import LanguageMenu
from tripartite.ui.record_check import RecordCheck
from tripartite.ui.settings import Settings
from tripartite.ui.views.register_page import RegisterPage

if TYPE_CHECKING:
    from tripartite import audit_check, importer
    from tripartite.ui.views.audit_view import AuditView
    from tripartite.ui.views.followup_view import FollowupView

_GEOMETRY_KEY = "mainWindow/geometry"
_STATE_KEY = "mainWindow/state"
_PAGE_KEY = "mainWindow/page"
_LOADED_MS = 10000
PAGE_REQUESTS, PAGE_MEETINGS, PAGE_BOARD, PAGE_AUDIT, PAGE_FOLLOWUP = range(5)


def today() -> dt.date:
    """The date the start-up count of overdue follow-ups is judged at (tests replace it)."""
    return dt.date.today()


class MainWindow(QMainWindow):
    """The app shell: sidebar, the register with the dossier, meetings, board settings and the audit log.

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
        self._closed = False
        self._painted = False
        self.meetings_page: QWidget | None = None
        self.board_view: QWidget | None = None
        self.audit_view: AuditView | None = None
        self.followup_view: FollowupView | None = None
        self.setObjectName("mainWindow")

        self.files = FileActions(self._db, self._db_path, self)
        self.files.imported.connect(self._on_requests_imported)
        self.files.sample_loaded.connect(self._on_sample_loaded)
        self.record_check = RecordCheck(self._db, self._db_path, self)
        self.record_check.finished.connect(self._on_record_check_finished)
        self.record_check.message.connect(self.statusBar().showMessage)
        self.register = RegisterPage(self._db, self._settings, self)
        self.register.message.connect(self.statusBar().showMessage)
        self.register.import_requested.connect(self.files.import_requests)
        self.register.changed.connect(self._on_register_changed)
        self.register.agenda_changed.connect(self._on_agenda_changed)
        self.register.audit_log_requested.connect(self._on_audit_log_requested)
        self.statusBar().addPermanentWidget(self.register.count_label)
        self.overdue_label = QLabel(self)
        self.overdue_label.setObjectName("overdueFollowups")
        self.overdue_label.setStyleSheet(style.ERROR_BOLD_STYLE)
        self.overdue_label.setToolTip(self.tr("Conditions still pending after their due date: see Follow-up (Ctrl+5)"))
        self.overdue_label.hide()
        self.statusBar().addPermanentWidget(self.overdue_label)
        self._build_shell()
        self._build_menus()

        self._restore_state()
        # The model has just read its first rows. The filter choices (a GROUP BY over every request, the
        # ISCO titles) and the welcome panel wait for the first paint: start-up pays only for the rows.
        self.register.refresh(reload=False, filters=False)
        self.installEventFilter(self)

    # ------------------------------------------------------------------------------ building

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
            (self.tr("Follow-up"), self.tr("Conditions of decisions: evidence, findings, what is overdue (Ctrl+5)")),
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
        # As wide as the longest section name in the app's language ("Registro de auditoría"), plus the padding.
        metrics = self.nav.fontMetrics()
        longest = max(metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count()))
        self.nav.setFixedWidth(max(longest, metrics.horizontalAdvance("Meetings")) + 64)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        self.pages.addWidget(self.register)
        self._meetings_slot = self._slot("meetingsSlot")
        self._board_slot = self._slot("boardSlot")
        self._audit_slot = self._slot("auditSlot")
        self._followup_slot = self._slot("followupSlot")
        self.pages.addWidget(self._meetings_slot)
        self.pages.addWidget(self._board_slot)
        self.pages.addWidget(self._audit_slot)
        self.pages.addWidget(self._followup_slot)
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
        QWidget.setTabOrder(self.nav, self.register.filter_edit)

    def _slot(self, name: str) -> QWidget:
        slot = QWidget(self)
        slot.setObjectName(name)
        layout = QVBoxLayout(slot)
        layout.setContentsMargins(0, 0, 0, 0)
        return slot

    def _build_menus(self) -> None:
        register = self.register
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.quit_action = quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(self.tr("Ctrl+Q")))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)  # closeEvent asks first during a vote
        file_menu.addAction(register.new_request_action)
        file_menu.addAction(self.files.import_action)
        file_menu.addAction(self.files.export_action)
        file_menu.addSeparator()
        self.verify_minutes_action = QAction(self.tr("&Verify minutes…"), self)
        self.verify_minutes_action.setToolTip(self.tr("Check the signatures of a minutes PDF"))
        self.verify_minutes_action.triggered.connect(self.verify_minutes)
        file_menu.addAction(self.verify_minutes_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        find_action = QAction(self.tr("&Find requests"), self)
        find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find_action.triggered.connect(self._on_find_action_triggered)
        edit_menu.addAction(find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(register.edit_request_action)
        edit_menu.addAction(register.add_to_agenda_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.page_actions = []
        for index, (text, key) in enumerate(
            ((self.tr("&Requests"), self.tr("Ctrl+1")), (self.tr("&Meetings"), self.tr("Ctrl+2")),
             (self.tr("&Board"), self.tr("Ctrl+3")), (self.tr("&Audit log"), self.tr("Ctrl+4")),
             (self.tr("&Follow-up"), self.tr("Ctrl+5")))
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
        self.dossier_action.toggled.connect(register.dossier.setVisible)
        view_menu.addAction(self.dossier_action)
        view_menu.addMenu(register.columns_menu)

        # No mnemonic: each letter of the word is taken on some page (tests/ui/mnemonics.py); Alt and arrows reach it.
        settings_menu = self.menuBar().addMenu(self.tr("Settings"))
        self.language_menu = LanguageMenu(language.current(), self._settings, self)
        settings_menu.addMenu(self.language_menu)

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
        """Show Requests (0), Meetings (1), Board (2), Audit log (3) or Follow-up (4), building it the first time."""
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
        elif index == PAGE_FOLLOWUP and self.followup_view is None:
            from tripartite.ui.views.followup_view import FollowupView

            followup_view = FollowupView(self._db, self._db_path, self._followup_slot)
            followup_view.changed.connect(self.count_overdue)
            followup_view.message.connect(self.statusBar().showMessage)
            self._followup_slot.layout().addWidget(followup_view)
            self.followup_view = followup_view
        elif index == PAGE_FOLLOWUP and self.followup_view is not None:
            self.followup_view.reload()  # a meeting may have decided more conditions since

    def _on_nav_current_row_changed(self, row: int) -> None:
        if not 0 <= row < self.pages.count():
            return
        self._ensure_page(row)
        self.pages.setCurrentIndex(row)
        self.register.count_label.setVisible(row == PAGE_REQUESTS)  # the count belongs to the register

    def _on_page_action_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.show_page(int(action.data()))

    def _on_find_action_triggered(self) -> None:
        self.show_page(PAGE_REQUESTS)
        self.register.focus_search()

    def _on_meetings_requests_changed(self) -> None:
        self.register.refresh()

    def _on_board_changed(self) -> None:
        self.register.refresh()
        self.register.dossier.reload_board()

    def _on_agenda_changed(self) -> None:
        if self.meetings_page is not None:
            self.meetings_page.reload()  # type: ignore[attr-defined]

    def _on_register_changed(self) -> None:
        self.files.set_has_requests(bool(self.register.request_count()))
        name = self.register.board_name()
        self.setWindowTitle(self.tr("Tripartite — {name}").format(name=name or self._db_path.name))

    # -------------------------------------------------------------------------------- actions

    def verify_minutes(self) -> QWidget:
        """Ask for a minutes PDF and verify its signatures against the board's certificates (File › Verify minutes…)."""
        from tripartite.ui.minutes import VerifyDialog  # on first use: start-up pays nothing for the minutes

        dialog = VerifyDialog(self._db_path, self)
        dialog.open()
        dialog.panel.verify_chosen_file()
        return dialog

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
        return self.files.load_sample()

    def show_welcome(self) -> None:
        """Show the welcome panel above the register (Help › Welcome and demo PINs)."""
        self.show_page(PAGE_REQUESTS)
        self.register.show_welcome()

    def about(self) -> None:
        """Help › About."""
        boxes.about(
            self,
            self.tr("About Tripartite"),
            self.tr(
                "<p><b>Tripartite</b></p><p>For national tripartite labour boards: government, employers' "
                "and union members deciding together on employers' requests to admit foreign workers.</p>"
                "<p>Database: {path}</p>"
            ).format(path=self._db_path),
        )

    def _on_requests_imported(self, _result: importer.ImportResult) -> None:
        self.register.refresh()

    def _on_sample_loaded(self, result: importer.ImportResult) -> None:
        self.register.refresh()
        self.statusBar().showMessage(
            self.tr("Loaded the sample board and {count} requests.").format(count=QLocale().toString(result.count)),
            _LOADED_MS,
        )
        # A first start: the welcome panel shows the demo PINs, whatever was dismissed before.
        self.register.reset_welcome()
        self.show_welcome()
        self.register.select_first_row()

    # ------------------------------------------------------------------------------ the record

    def check_record(self) -> Job | None:
        """Check the board's record on the pool (:class:`~tripartite.ui.record_check.RecordCheck`).

        Returns:
            The job, or None when there is nothing to check (an empty file) or a check already runs.
        """
        return None if self._closed else self.record_check.start()

    def _on_record_check_finished(self, report: audit_check.Report | None) -> None:
        if self._closed:
            return
        if report is not None and report.findings:
            banner = self.register.show_record_findings(report.findings)
            QWidget.setTabOrder(self.nav, banner.audit_button)
        elif report is not None:
            self.register.hide_record_banner()
        self.record_checked.emit(report)

    def count_overdue(self) -> int:
        """Say in the status bar how many follow-ups of conditions are overdue today (nothing when none)."""
        count = followup.overdue_count(self._db, today())
        self.overdue_label.setText("⚠ " + self.tr("%n follow-up(s) overdue", "", count) if count else "")
        self.overdue_label.setAccessibleName(self.overdue_label.text().removeprefix("⚠ "))
        self.overdue_label.setVisible(count > 0)
        return count

    def _on_audit_log_requested(self) -> None:
        # The audit log page (ui/views/audit_view.py) lists every finding once its check has run.
        self.show_page(PAGE_AUDIT)
        if self.audit_view is not None and not self.audit_view.is_busy():
            self.audit_view.verify()

    # ----------------------------------------------------------------------------- lifecycle

    def is_ready(self) -> bool:
        """Whether the deferred start-up work (filter choices, welcome panel, the record's check) is done."""
        return self.register.filters_filled() and self.record_check.is_done()

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
        if not self.register.filters_filled():
            self.register.fill_filters()
        if self.register.wants_welcome():
            self.show_welcome()
        self.register.select_first_row()
        self.count_overdue()  # one indexed count, after the first paint
        self.check_record()  # after the first paint, off the GUI thread: start-up does not wait for it

    def _restore_state(self) -> None:
        geometry = self._settings.persisted(_GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 760)
        self.fit_to_screen()
        state = self._settings.persisted(_STATE_KEY)
        if state is not None:
            self.restoreState(state)
        self.register.restore_state(self.width() - self.nav.width())
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
        self.register.save_state()
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
            if not boxes.confirm(self, self.tr("Quit during a vote"), question):
                event.ignore()
                return
        if not self._closed:
            room = getattr(self.meetings_page, "room", None)
            if room is not None:
                room.lock_all()  # wipe an unlocked ballot before the window goes
            self.register.shut()
            self.files.shut()
            self.record_check.shut()
            if self.audit_view is not None:
                self.audit_view.cancel_verify()  # a check of a large record would hold the quit for seconds
            wait_for_jobs()
            self.save_state()
            self._closed = True
            self._db.close()
        super().closeEvent(event)
