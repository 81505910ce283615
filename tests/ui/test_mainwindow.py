from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QItemSelectionModel, QLocale, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from tripartite import register, store
from tripartite.sample import DEMO_PINS
from tripartite.ui import app as app_module
from tripartite.ui import file_actions, language, mainwindow
from tripartite.ui.dialogs.first_run_dialog import FirstRunDialog
from tripartite.ui.mainwindow import MainWindow
from tripartite.ui.models.request_model import COLUMNS
from tripartite.ui.settings import Settings

COL = {name: i for i, name in enumerate(COLUMNS)}
SAMPLE_BOARD = "Tripartite — Comisión Laboral Tripartita de Inmigración — ejemplo"


def expected_count(db_path: Path, flt: register.Filter) -> int:
    db = store.connect(db_path)
    try:
        return register.count(db, flt)
    finally:
        db.close()


def first_reference(window: MainWindow) -> str:
    return window.register.model.data(window.register.model.index(0, COL["reference"]))


def set_statuses(db_path: Path) -> None:
    db = store.connect(db_path)
    with db.atomic():
        db.execute("UPDATE requests SET status = 'decided' WHERE id IN (1, 5, 9)")
        db.execute("UPDATE requests SET status = 'deferred' WHERE id IN (2, 3)")
    db.close()


# ------------------------------------------------------------------------------------ the window


def test_window_shows_the_register(open_window, sample_file):
    window = open_window(sample_file)
    assert window.windowTitle() == SAMPLE_BOARD
    table = window.findChild(QTableView, "requestTable")
    assert table is window.register.table and table.model().rowCount() == 48
    edit = window.findChild(QLineEdit, "requestFilter")
    assert edit.placeholderText() == "Search reference, employer, job, region, notes…"
    assert edit.isClearButtonEnabled()
    assert window.findChild(QComboBox, "statusFilter").itemText(0) == "All statuses"
    assert window.findChild(QComboBox, "occupationFilter").itemText(0) == "All occupations"
    assert window.register.count_label.text() == "48 of 48 requests"
    assert table.isSortingEnabled()
    assert table.alternatingRowColors()
    assert table.selectionBehavior() == QTableView.SelectionBehavior.SelectRows
    header = table.horizontalHeader()
    assert all(
        header.sectionResizeMode(i) == QHeaderView.ResizeMode.Interactive for i in range(header.count() - 1)
    )
    assert table.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, Qt.SortOrder.AscendingOrder)
    assert first_reference(window) == "REQ-2026-0001"
    assert not window.register.empty_page.label.isVisible()


def test_empty_database_names_the_file_and_explains_what_to_do(open_window, empty_file):
    window = open_window(empty_file)
    assert window.windowTitle() == "Tripartite — empty.db"
    assert window.register.count_label.text() == "0 of 0 requests"
    assert window.register.empty_page.label.isVisible()
    assert not window.register.filter_edit.isEnabled()


def test_typing_in_the_filter_narrows_rows_after_the_debounce(qtbot, open_window, sample_file):
    window = open_window(sample_file)
    expected = expected_count(sample_file, register.Filter(text="hermanos"))
    assert 0 < expected < 48
    qtbot.keyClicks(window.register.filter_edit, "hermanos")
    qtbot.waitUntil(lambda: window.register.model.total() == expected)
    assert window.register.model.rowCount() == expected
    assert window.register.count_label.text() == f"{expected} of 48 requests"
    window.register.filter_edit.clear()
    qtbot.waitUntil(lambda: window.register.model.total() == 48)
    assert window.register.count_label.text() == "48 of 48 requests"


def test_typing_non_ascii_finds_the_same_rows(qtbot, open_window, sample_file):
    window = open_window(sample_file)
    # keyClicks aborts the interpreter on non-ASCII text (a PySide6 defect): one key event per char.
    for ch in "Núñez":
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, window.register.filter_edit, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )
    assert window.register.filter_edit.text() == "Núñez"
    expected = expected_count(sample_file, register.Filter(text="nunez"))
    qtbot.waitUntil(lambda: window.register.count_label.text() == f"{expected} of 48 requests")
    model = window.register.model
    refs = {model.data(model.index(r, 0)) for r in range(model.rowCount())}
    assert "REQ-2026-0001" in refs


def test_status_filter_lists_counts_and_filters(qtbot, open_window, sample_file):
    set_statuses(sample_file)
    window = open_window(sample_file)
    combo = window.register.status_filter
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All statuses", "Decided (3)", "Deferred (2)", "Pending (43)",
    ]  # fmt: skip
    combo.setCurrentIndex(combo.findData("decided"))
    assert window.register.count_label.text() == "3 of 48 requests"
    assert [window.register.model.request_id(r) for r in range(3)] == [1, 5, 9]
    combo.setCurrentIndex(0)
    assert window.register.model.total() == 48


def test_occupation_filter_shows_titles_and_filters(open_window, sample_file):
    window = open_window(sample_file)
    combo = window.register.occupation_filter
    index = combo.findData("9211")
    assert combo.itemText(index).startswith("9211 — ")
    assert combo.itemData(index, Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(index)
    expected = expected_count(sample_file, register.Filter(occupation="9211"))
    assert window.register.model.total() == expected > 0
    model = window.register.model
    codes = {model.data(model.index(r, COL["occupation_isco"])) for r in range(expected)}
    assert codes == {"9211"}
    # The filters combine: text and occupation.
    window.register.filter_edit.setText("fresa")
    window.register.apply_filter()
    both = register.Filter(text="fresa", occupation="9211")
    assert window.register.model.total() == expected_count(sample_file, both)


def test_clicking_a_header_sorts_in_sql(qtbot, open_window, sample_file):
    window = open_window(sample_file)
    header = window.register.table.horizontalHeader()
    section = COL["employer_name"]
    pos = QPoint(header.sectionViewportPosition(section) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    db = store.connect(sample_file)
    ascending = db.execute("SELECT reference FROM requests ORDER BY employer_name, id LIMIT 1").fetchone()[0]
    descending = db.execute(
        "SELECT reference FROM requests ORDER BY employer_name DESC, id DESC LIMIT 1"
    ).fetchone()[0]
    db.close()
    assert header.sortIndicatorSection() == section
    first = first_reference(window)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    second = first_reference(window)
    assert {first, second} == {ascending, descending}
    assert second == (descending if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder else ascending)


def test_scrolling_to_the_end_fetches_more_rows(qtbot, open_window, big_file):
    window = open_window(big_file)
    assert window.register.model.rowCount() == 200
    assert window.register.count_label.text() == "500 of 500 requests"
    window.register.table.scrollToBottom()
    qtbot.waitUntil(lambda: window.register.model.rowCount() > 200)
    window.register.table.scrollToBottom()
    qtbot.waitUntil(lambda: window.register.model.rowCount() == 500)


def test_columns_menu_shows_hidden_columns(open_window, sample_file):
    window = open_window(sample_file)
    header = window.register.table.horizontalHeader()
    assert header.isSectionHidden(COL["currency"])
    window.register.columns_menu.aboutToShow.emit()
    action = next(a for a in window.register.columns_menu.actions() if a.data() == COL["currency"])
    assert not action.isChecked()
    action.trigger()
    assert not header.isSectionHidden(COL["currency"])


def test_keyboard_reaches_every_control(qtbot, open_window, sample_file):
    window = open_window(sample_file)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.register.filter_edit.hasFocus)
    order = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [window.register.status_filter, window.register.occupation_filter, window.register.table]


def test_geometry_and_header_state_persist(qtbot, sample_file, tmp_path):
    settings = Settings(tmp_path / "persist.ini")
    first = MainWindow(sample_file, settings=settings)
    qtbot.addWidget(first)
    first.show()
    first.register.table.sortByColumn(COL["wage_offered"], Qt.SortOrder.DescendingOrder)
    first.register.table.horizontalHeader().setSectionHidden(COL["region"], True)
    first.close()
    assert "requestTable" in (tmp_path / "persist.ini").read_text(encoding="utf-8")

    second = MainWindow(sample_file, settings=Settings(tmp_path / "persist.ini"))
    qtbot.addWidget(second)
    header = second.register.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        COL["wage_offered"], Qt.SortOrder.DescendingOrder,
    )  # fmt: skip
    assert header.isSectionHidden(COL["region"])
    db = store.connect(sample_file)
    top = db.execute("SELECT reference FROM requests ORDER BY wage_offered DESC, id DESC LIMIT 1").fetchone()[0]
    db.close()
    assert first_reference(second) == top


def _geometry_saved_on_a_big_monitor() -> QByteArray:
    """What QWidget.saveGeometry wrote on a 2560 px wide monitor for a 1800×1000 window at (1500, 600)."""
    out = QByteArray()
    stream = QDataStream(out, QIODevice.OpenModeFlag.WriteOnly)
    stream.setVersion(QDataStream.Version.Qt_4_0)  # the format saveGeometry uses (version 3.0 of its layout)
    stream.writeUInt32(0x1D9D0CB)
    stream.writeUInt16(3)
    stream.writeUInt16(0)
    for rect in ((1500, 570, 3300, 1600), (1500, 600, 3299, 1599)):  # frame and normal geometry
        for value in rect:
            stream.writeInt32(value)
    stream.writeInt32(0)  # screen number
    stream.writeUInt8(0)  # maximized
    stream.writeUInt8(0)  # full screen
    stream.writeInt32(2560)  # that screen's width
    for value in (1500, 600, 3299, 1599):
        stream.writeInt32(value)
    return out


def test_a_geometry_saved_on_a_bigger_monitor_keeps_the_window_on_screen(qtbot, sample_file, tmp_path):
    settings = Settings(tmp_path / "big-monitor.ini")
    settings.persist("mainWindow/geometry", _geometry_saved_on_a_big_monitor())
    window = MainWindow(sample_file, settings=settings)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    geometry, minimum = window.geometry(), window.minimumSizeHint()
    assert geometry.left() >= available.left() and geometry.top() >= available.top()
    # As large as the screen allows, never smaller than the window can be.
    assert geometry.width() <= max(available.width(), minimum.width())
    assert geometry.height() <= max(available.height(), minimum.height())
    window.show()
    qtbot.waitExposed(window)
    assert window.geometry().left() >= available.left()


def test_default_settings_file_is_redirected_to_tmp(qapp, tmp_path):
    settings = Settings()
    assert Path(settings.file_name()).is_relative_to(tmp_path)


# --------------------------------------------------------------------------------- first run


def test_first_run_loads_the_sample_when_accepted(qtbot, open_window, empty_file, monkeypatch):
    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(lambda cls, parent: True))
    window = open_window(empty_file)
    job = window.offer_sample_if_empty()
    assert job is not None
    qtbot.waitUntil(lambda: window.register.model.total() == 48)
    assert window.register.count_label.text() == "48 of 48 requests"
    assert window.windowTitle() == SAMPLE_BOARD
    assert window.register.table.isVisible() and not window.register.empty_page.label.isVisible()
    qtbot.waitUntil(lambda: window.files.current_job() is None)
    assert window.offer_sample_if_empty() is None  # not empty any more


def test_first_run_declined_leaves_the_database_empty(open_window, empty_file, monkeypatch, fingerprint):
    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(lambda cls, parent: False))
    window = open_window(empty_file)
    assert window.offer_sample_if_empty() is None
    assert fingerprint(empty_file) == (0, 0, 0, 0)


def test_app_main_offers_the_sample_on_first_start(qtbot, tmp_path, monkeypatch, qapp):
    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(lambda cls, parent: True))
    seen = []

    def event_loop(app):
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.register.model.total() == 48)
        seen.append(window.windowTitle())
        return 0

    monkeypatch.setattr(app_module, "run_event_loop", event_loop)
    # No db_path: the default path, which the conftest points into tmp_path through TRIPARTITE_DB.
    assert app_module.main() == 0
    assert seen == [SAMPLE_BOARD]
    assert (tmp_path / "user-data" / "board.db").exists()
    assert (tmp_path / "user-settings" / "Tripartite" / "tripartite.ini").exists()
    assert qapp.applicationName() == "Tripartite"


def test_app_main_refuses_a_file_that_is_not_a_database(tmp_path, boxes):
    bogus = tmp_path / "not-a-db.db"
    bogus.write_bytes(b"this is not SQLite" * 100)
    assert app_module.main(bogus) == 2
    assert boxes and boxes[0][0] == "error" and "not-a-db.db" in boxes[0][1]


# ------------------------------------------------------------------------------------ import


def test_export_writes_the_chosen_file(qtbot, open_window, sample_file, tmp_path, boxes, monkeypatch):
    window = open_window(sample_file)
    out = tmp_path / "out.csv"
    monkeypatch.setattr(file_actions, "choose_export_file", lambda parent: out)
    window.files.export_action.trigger()
    qtbot.waitUntil(lambda: any(kind == "info" for kind, _ in boxes))
    assert boxes[-1] == ("info", f"Exported 48 requests to {out}.")
    with out.open(encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == 48


def test_exception_hook_shows_known_errors_and_bugs(qapp, boxes, capsys):
    from tripartite.errors import KnownError

    hook = app_module._ExceptionHook()
    try:
        raise KnownError("the disk is full")
    except KnownError as exc:
        hook(type(exc), exc, exc.__traceback__)
    try:
        raise ZeroDivisionError("oops")
    except ZeroDivisionError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert boxes[0] == ("error", "the disk is full")
    assert boxes.pop() == ("bug", "ZeroDivisionError('oops')")
    assert "ZeroDivisionError: oops" in capsys.readouterr().err


def test_a_language_brings_qtbase_and_arabic_mirrors_the_layout(qapp):
    installed = language.install_translators(qapp, "es")
    try:
        assert QApplication.translate("QPlatformTheme", "Cancel") == "Cancelar", "qtbase_es.qm should load"
        assert language.current() == "es" and QLocale().name() == "es_ES"
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        language.remove_translators(qapp, installed)
    installed = language.install_translators(qapp, "ar")
    try:
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        language.remove_translators(qapp, installed)
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight and language.current() == "en"


def test_the_language_chosen_is_kept_and_applies_at_the_next_start(open_window, sample_file, settings, boxes):
    window = open_window(sample_file)
    menu = window.language_menu
    assert [a.text() for a in menu.actions()] == ["English", "Español", "Français", "العربية"]
    assert menu.group.checkedAction().data() == "en"
    menu.actions()[3].trigger()
    assert settings.language() == "ar"
    assert boxes[-1][0] == "info" and "العربية" in boxes[-1][1]
    assert window.menuBar().actions()[0].text() == "&File", "the window keeps its language until the next start"


def test_settings_from_another_version_are_dropped(qapp, tmp_path):
    from PySide6.QtCore import QByteArray

    path = tmp_path / "old.ini"
    first = Settings(path)
    first.persist("x", QByteArray(b"state"))
    first.sync()
    assert Settings(path).persisted("x") == QByteArray(b"state")
    # A different length too: QSettings caches a file by path and rereads it only when size or mtime change.
    path.write_text(path.read_text(encoding="utf-8").replace("version=1", "version=999"), encoding="utf-8")
    assert Settings(path).persisted("x") is None


# ------------------------------------------------------------------------------------ the shell


def test_sidebar_switches_pages_by_keyboard(qtbot, open_window, sample_file):
    window = open_window(sample_file)
    assert window.current_page() == mainwindow.PAGE_REQUESTS
    assert window.meetings_page is None and window.board_view is None  # built when first shown
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.nav.setFocus()
    qtbot.waitUntil(window.nav.hasFocus)
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_page() == mainwindow.PAGE_MEETINGS
    assert window.meetings_page is not None and window.meetings_page.isVisible()
    assert not window.register.count_label.isVisible()  # the count belongs to the register
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_page() == mainwindow.PAGE_BOARD and window.board_view.isVisible()
    qtbot.keyClick(window.nav, Qt.Key.Key_Home)
    assert window.current_page() == mainwindow.PAGE_REQUESTS and window.register.table.isVisible()
    # Shortcuts reach every page from anywhere, and Ctrl+F brings back the register's search.
    qtbot.keyClick(window.register.table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == mainwindow.PAGE_BOARD
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == mainwindow.PAGE_REQUESTS
    qtbot.waitUntil(window.register.filter_edit.hasFocus)


def _unnamed(root: QWidget) -> list[str]:
    """Interactive widgets under ``root`` with neither an accessible name nor a buddy label."""
    buddies = {label.buddy() for label in root.findChildren(QLabel) if label.buddy() is not None}
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox)
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or isinstance(widget, QHeaderView):
            continue
        # Parts of a compound control are named through their owner (a combo's popup list, a spin
        # box's or a combo's own line edit, a line edit's clear button, a table's corner button).
        owner = widget.parentWidget()
        inner = False
        while owner is not None and owner is not root:
            if isinstance(owner, (QComboBox, QAbstractSpinBox, QLineEdit, QAbstractItemView)):
                inner = True
                break
            owner = owner.parentWidget()
        if inner:
            continue
        if not widget.accessibleName() and widget not in buddies:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', lambda: '')()!r}")
    return missing


def test_every_control_of_my_pages_has_an_accessible_name(qtbot, open_window, sample_file):
    window = open_window(sample_file)
    window.show_page(mainwindow.PAGE_BOARD)
    window.show_welcome()
    for root in (window.register, window.board_view, window.nav.parentWidget()):
        if root is window.nav.parentWidget():
            assert window.nav.accessibleName() == "Sections"
            continue
        assert _unnamed(root) == [], root.objectName()


def test_every_control_of_the_dialogs_has_an_accessible_name(qtbot, open_window, sample_file, monkeypatch):
    from tripartite.ui.dialogs.agenda_dialog import AgendaDialog

    window = open_window(sample_file)
    db = store.connect(sample_file)
    try:
        dialogs = [window.register.new_request(), window.files.import_requests(),
                   AgendaDialog(db, ["REQ-2026-0001"], window)]  # fmt: skip
        window.show_page(mainwindow.PAGE_BOARD)
        dialogs += [window.board_view.members.add_member(), window.board_view.members.set_pin("gov1")]
        for dialog in dialogs:
            assert _unnamed(dialog) == [], dialog.objectName()
            dialog.close()
    finally:
        db.close()


def test_tab_from_the_filter_reaches_the_table_then_the_actions(qtbot, open_window, sample_file):
    window = open_window(sample_file)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.register.filter_edit.setFocus()
    qtbot.waitUntil(window.register.filter_edit.hasFocus)
    order = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    page = window.register
    assert order == [page.status_filter, page.occupation_filter, page.table, page.new_request_button]


def test_page_and_splitter_are_remembered(qtbot, sample_file, tmp_path):
    path = tmp_path / "state.ini"
    first = MainWindow(sample_file, settings=Settings(path))
    qtbot.addWidget(first)
    first.show()
    first.register.splitter.setSizes([700, 300])
    sizes = first.register.splitter.sizes()
    first.show_page(mainwindow.PAGE_BOARD)
    first.close()
    second = MainWindow(sample_file, settings=Settings(path))
    qtbot.addWidget(second)
    second.show()
    assert second.current_page() == mainwindow.PAGE_BOARD and second.board_view is not None
    second.show_page(mainwindow.PAGE_REQUESTS)

    def share() -> float:
        left, right = second.register.splitter.sizes()
        return left / (left + right)

    # The offscreen platform may restore a slightly different window size; the split keeps its proportion.
    qtbot.waitUntil(lambda: abs(share() - sizes[0] / sum(sizes)) < 0.02)


def test_selecting_a_request_shows_its_dossier(qtbot, open_window, sample_file):
    window = open_window(sample_file)
    qtbot.waitUntil(lambda: window.register.dossier.request_id() is not None)  # the first row, after the first paint
    assert window.register.select_request(3)
    assert window.register.dossier.request_id() == 3
    assert window.register.dossier.recommendation.text() == "Recommendation: Reject"
    # A filter that keeps the request keeps its dossier; one that drops it clears the dossier.
    window.register.filter_edit.setText("Mañana")
    window.register.apply_filter()
    assert window.register.dossier.request_id() == 3
    window.register.filter_edit.setText("no-such-word")
    window.register.apply_filter()
    assert window.register.dossier.request_id() is None
    window.dossier_action.trigger()
    assert not window.register.dossier.isVisible()


def test_gates_and_score_columns_cannot_be_sorted(qtbot, open_window, sample_file):
    window = open_window(sample_file)
    header = window.register.table.horizontalHeader()
    before = [window.register.model.request_id(r) for r in range(5)]
    header.setSortIndicator(COL["score"], Qt.SortOrder.DescendingOrder)
    assert header.sortIndicatorSection() == COL["reference"]
    assert "cannot be sorted" in window.statusBar().currentMessage()
    assert [window.register.model.request_id(r) for r in range(5)] == before
    # The board's first look: reference, employer, status, gates, score.
    visual = [COLUMNS[header.logicalIndex(i)] for i in range(5)]
    assert visual == ["reference", "employer_name", "status", "gates", "score"]


def test_context_menu_offers_the_request_actions(open_window, sample_file):
    window = open_window(sample_file)
    window.register.select_request(1)
    texts = [a.text() for a in window.register.table_menu.actions() if not a.isSeparator()]
    assert texts == ["&Edit request…", "Add to &agenda…", "&New request…"]
    assert window.register.add_to_agenda_action.isEnabled() and window.register.edit_request_action.isEnabled()


def test_add_to_agenda_creates_the_meeting_and_puts_the_requests_on_it(qtbot, open_window, sample_file,
                                                                        monkeypatch, enter_pin):  # fmt: skip
    from tripartite.ui.dialogs.agenda_dialog import AgendaChoice, AgendaDialog

    window = open_window(sample_file)
    window.show_page(mainwindow.PAGE_MEETINGS)
    reloads = []
    monkeypatch.setattr(window.meetings_page, "reload", lambda: reloads.append(1))
    window.show_page(mainwindow.PAGE_REQUESTS)
    window.register.table.selectRow(0)
    window.register.table.selectionModel().select(
        window.register.model.index(1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    asked = []

    def ask(cls, db, references, parent):
        asked.append(references)
        return AgendaChoice(None, "Ordinary session 12/2026", "2026-12-03", "Ministry, room 3")

    monkeypatch.setattr(AgendaDialog, "ask", classmethod(ask))
    assert window.register.add_to_agenda() is not None  # the PIN dialog: the agenda is the secretary's (or the chair's)
    assert asked == [["REQ-2026-0001", "REQ-2026-0002"]]
    enter_pin(DEMO_PINS["sec1"], "sec1")
    db = store.connect(sample_file)
    try:
        meeting_id = db.execute("SELECT max(id) FROM meetings").fetchone()[0]
        assert db.execute("SELECT title, status FROM meetings WHERE id = ?", [meeting_id]).fetchone() == (
            "Ordinary session 12/2026", "draft")  # fmt: skip
        items = db.execute("SELECT request_id FROM agenda_items WHERE meeting_id = ? ORDER BY position",
                           [meeting_id]).fetchall()  # fmt: skip
        assert items == [(1,), (2,)]
        events = db.execute("SELECT action, actor FROM events ORDER BY seq DESC LIMIT 3").fetchall()
        assert events == [("agenda.item_added", "sec1"), ("agenda.item_added", "sec1"), ("meeting.created", "sec1")]
    finally:
        db.close()
    assert reloads == [1]
    status_filter = window.register.status_filter
    assert status_filter.itemText(status_filter.findData("on_agenda")) == "On agenda (2)"
    assert "Added 2 requests" in window.statusBar().currentMessage()
    # On the agenda now: neither editable nor addable again.
    window.register.select_request(1)
    assert not window.register.add_to_agenda_action.isEnabled() and not window.register.edit_request_action.isEnabled()


def test_agenda_dialog_lists_open_meetings_and_needs_a_title_for_a_new_one(qtbot, open_window, sample_file):
    from tripartite import pins
    from tripartite.meetings import lifecycle
    from tripartite.sample import DEMO_PINS
    from tripartite.ui.dialogs.agenda_dialog import AgendaDialog

    db = store.connect(sample_file)
    try:
        secretary = pins.verify(db, "sec1", DEMO_PINS["sec1"])
        meeting_id = lifecycle.create_meeting(db, "Extraordinary session", "2026-12-10", None, secretary)
        window = open_window(sample_file)
        dialog = AgendaDialog(db, ["REQ-2026-0001"], window)
        qtbot.addWidget(dialog)
        assert dialog.meeting_combo.itemText(0) == "Extraordinary session — 2026-12-10 (draft)"
        assert dialog.choice().meeting_id == meeting_id and not dialog.new_box.isEnabled()
        dialog.meeting_combo.setCurrentIndex(dialog.meeting_combo.count() - 1)
        assert dialog.new_box.isEnabled() and not dialog.ok_button.isEnabled()
        dialog.title_edit.setText("New one")
        assert dialog.ok_button.isEnabled() and dialog.choice().title == "New one"
    finally:
        db.close()


# --------------------------------------------------------------------------------------- welcome


def test_welcome_panel_shows_the_demo_pins_and_can_be_dismissed(qtbot, open_window, sample_file, settings):
    from tripartite.sample import DEMO_PINS

    window = open_window(sample_file)
    assert window.register.welcome.isVisible()  # the sample board, with its demo PINs still in force
    for member_id, pin in DEMO_PINS.items():
        assert window.register.welcome.findChild(QLabel, f"demoPin-{member_id}").text() == pin
    window.register.welcome.dismiss_button.click()
    assert not window.register.welcome.isVisible() and settings.flag("welcomeDismissed")
    window.welcome_action.trigger()
    assert window.register.welcome.isVisible()


def test_welcome_panel_leaves_out_pins_that_were_changed(qtbot, open_window, sample_file):
    from tripartite import pins

    db = store.connect(sample_file)
    pins.change_pin(db, "uni1", "3001", "918273")  # the member sets their own
    db.close()
    window = open_window(sample_file)
    assert window.register.welcome.findChild(QLabel, "demoPin-uni1") is None
    assert window.register.welcome.findChild(QLabel, "demoPin-uni2").text() == "3002"
