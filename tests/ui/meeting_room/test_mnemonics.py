"""No two Alt keys clash in any window the app shows, and a PIN is only ever typed into a PIN field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QTabWidget, QWidget

from tripartite import authority, followup, importer, store
from tripartite.audit_check import Finding
from tripartite.errors import InputError
from tripartite.followup import State
from tripartite.ui.dialogs.agenda_dialog import AgendaDialog
from tripartite.ui.dialogs.first_run_dialog import FirstRunDialog
from tripartite.ui.dialogs.import_report_dialog import ImportReportDialog
from tripartite.ui.dialogs.pin_prompt import PinPrompt
from tripartite.ui.mainwindow import PAGE_AUDIT, PAGE_BOARD, PAGE_FOLLOWUP, PAGE_MEETINGS, PAGE_REQUESTS, MainWindow
from tripartite.ui.meeting_room.add_items import AddItemsDialog
from tripartite.ui.meeting_room.attendance import AttendanceDialog
from tripartite.ui.meeting_room.chair_dialogs import AttestationDialog, RecusalDialog, StandInDialog
from tripartite.ui.meeting_room.motion_editor import MotionDialog
from tripartite.ui.meeting_room.page import NewMeetingDialog
from tripartite.ui.meeting_room.results import DissentDialog
from tripartite.ui.minutes import MinutesDialog, VerifyDialog

from ..mnemonics import clashes
from ..screens import record_sample_meeting
from .conftest import PINS, Driver


def _settle() -> None:
    for _ in range(4):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


class Walk:
    """Collects the clashes of every window state it is shown."""

    def __init__(self, driver: Driver):
        self.driver = driver
        self.found: dict[str, list[str]] = {}
        self.seen: list[str] = []

    def check(self, where: str, top: QWidget) -> None:
        _settle()
        self.seen.append(where)
        problems = clashes(top)
        if problems:
            self.found[where] = problems

    def dialog(self, where: str, dialog: QDialog) -> None:
        if not dialog.isVisible():
            dialog.show()
        self.check(where, dialog)
        dialog.reject()

    def opened(self, where: str, kind: type) -> None:
        self.dialog(where, self.driver.dialog(kind))
        self.driver.reactivate()


def _click(driver: Driver, button: QWidget) -> None:
    driver.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def walk_every_window(driver: Driver, walk: Walk, bad_csv: Path) -> None:
    """Show every window state of the app in turn to ``walk``: the register and its dialogs, board settings,
    a whole meeting from its creation to signed minutes with every dialog of the room, the audit log, and the
    follow-up of the sample meeting's conditions with its finding dialogs."""
    window, qtbot = driver.window, driver.qtbot

    # The register, with the welcome panel, and the dialogs opened from it.
    window.show_page(PAGE_REQUESTS)
    window.show_welcome()
    walk.check("requests page", window)
    window.register.show_record_findings((Finding("row_changed", "members", "uni1", 3),))  # as a tampered file shows it
    walk.check("requests page, the record changed outside Tripartite", window)
    window.register.record_banner.hide()
    walk.dialog("new request", window.register.new_request())
    walk.dialog("import", window.files.import_requests())
    db = store.connect(driver.page._db_path)
    try:
        walk.dialog("add to agenda", AgendaDialog(db, ["REQ-2026-0001"], window))
        try:
            importer.import_requests(db, bad_csv, auth=authority.operator(db))
        except InputError as error:
            walk.dialog("import refused", ImportReportDialog(error, bad_csv.name, window))
    finally:
        db.close()
    walk.dialog("first run", FirstRunDialog(window))
    walk.dialog("verify minutes", VerifyDialog(driver.page._db_path, window))

    # Board settings, each tab, and its dialogs.
    window.show_page(PAGE_BOARD)
    tabs = window.board_view.findChild(QTabWidget)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        walk.check(f"board: {tabs.tabText(index)}", window)
    tabs.setCurrentIndex(0)
    walk.dialog("member", window.board_view.members.add_member())
    walk.dialog("set PIN", window.board_view.members.set_pin("gov1"))

    # Meetings, and the meeting room in every state of a vote, with every dialog it opens.
    window.show_page(PAGE_MEETINGS)
    walk.check("meetings page", window)
    _click(driver, driver.page.new_button)
    walk.opened("new meeting", NewMeetingDialog)
    room = driver.create_meeting()
    walk.check("room, empty agenda", window)
    _click(driver, room.chair_bar.stand_in_button)
    walk.opened("who presides", StandInDialog)
    _click(driver, room.add_button)
    walk.opened("add items", AddItemsDialog)
    _click(driver, room.chair_bar.attendance_button)
    walk.opened("attendance", AttendanceDialog)
    driver.set_attendance()
    driver.add_items(["REQ-2026-0002"])
    walk.check("room, before the vote", window)
    bar = room.chair_bar
    _click(driver, bar.recusal_button)
    walk.opened("recusals", RecusalDialog)
    _click(driver, bar.attest_button)
    walk.opened("attestations", AttestationDialog)
    _click(driver, bar.motion_button)
    walk.opened("motion", MotionDialog)
    _click(driver, bar.open_button)
    walk.check("chair's PIN", driver.dialog(PinPrompt))
    driver.chair_pin()
    qtbot.waitUntil(lambda: driver.pane("gov1").unlock_button.isEnabled())
    walk.check("room, voting", window)
    _click(driver, driver.pane("gov1").unlock_button)
    walk.check("member's PIN", driver.dialog(PinPrompt))
    driver.enter_pin(PINS["gov1"], "gov1")
    walk.check("room, a pane unlocked", window)
    QTest.keyClick(driver.pane("gov1").ballot.lock_button, Qt.Key.Key_Space)
    for member in ("gov1", "gov2", "gov3", "emp1", "emp2", "emp3", "uni1", "uni2", "uni3"):
        driver.vote(member, "for")
        if member == "gov1":
            walk.check("room, pass the laptop", window)
        driver.pass_laptop()
    driver.reveal()
    walk.check("room, results", window)
    _click(driver, room.results.dissent_button)
    walk.opened("dissent", DissentDialog)
    _click(driver, bar.close_meeting_button)
    driver.chair_pin()
    walk.check("room, meeting closed", window)
    _click(driver, bar.export_button)
    minutes = driver.page.findChild(MinutesDialog)
    walk.check("secretary's PIN for the minutes", driver.dialog(PinPrompt))
    driver.secretary_pin()
    qtbot.waitUntil(lambda: minutes.state is not None, timeout=15_000)
    walk.check("minutes", minutes)
    sign = minutes.sign_as()
    assert sign is not None
    walk.dialog("sign the minutes", sign)
    minutes.reject()

    # The audit log, after a whole meeting has filled it.
    window.show_page(PAGE_AUDIT)
    walk.check("audit log", window)

    # Follow-up, with the sample meeting's conditions recorded (two overdue on 1 March 2027), and its dialogs.
    record_sample_meeting(driver.page._db_path)
    window.show_page(PAGE_FOLLOWUP)
    view = window.followup_view
    assert view is not None
    view.set_as_of(dt.date(2027, 3, 1))
    walk.check("follow-up", window)
    view.state_combo.setCurrentIndex(view.state_combo.findData(State.VERIFIED.value))
    walk.check("follow-up, nothing in the state chosen", window)
    view.state_combo.setCurrentIndex(0)
    walk.dialog("record a breach", view.find(State.BREACHED))
    db = store.connect(driver.page._db_path)
    try:
        first = view.records()[0].id
        followup.file_evidence(db, first, [followup.EvidenceFile("proof.pdf", b"%PDF")], None, authority.operator(db))
    finally:
        db.close()
    view.reload()
    view.select(first)
    walk.check("follow-up, evidence filed", window)
    walk.dialog("verify a condition", view.find(State.VERIFIED))



def test_no_two_mnemonics_clash_in_any_window_the_app_shows(app_driver: Driver, bad_csv: Path) -> None:
    walk = Walk(app_driver)
    walk_every_window(app_driver, walk, bad_csv)
    assert len(walk.seen) > 25
    assert walk.found == {}, "\n".join(f"{where}: {p}" for where, ps in walk.found.items() for p in ps)


def _line_edits(window: MainWindow) -> list[QLineEdit]:
    edits = []
    for top in QApplication.topLevelWidgets():
        edits += [e for e in top.findChildren(QLineEdit) if e.objectName() != "pinEdit"]
    return edits


def test_a_pin_typed_after_alt_and_an_unlock_key_lands_only_in_the_pin_field(app_driver: Driver, qtbot) -> None:
    driver, window = app_driver, app_driver.window
    driver.create_meeting()
    driver.set_attendance()
    driver.add_items(["REQ-2026-0002"])
    driver.open_vote()
    window.show_page(PAGE_REQUESTS)
    window.show_page(PAGE_MEETINGS)  # the search box has been shown and exists
    driver.room.agenda_list.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is driver.room.agenda_list)
    for key, group in ((Qt.Key.Key_1, "government"), (Qt.Key.Key_2, "employer"), (Qt.Key.Key_3, "union")):
        QTest.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
        dialog = driver.dialog(PinPrompt)
        assert dialog.parent() is driver.room.panes[next(c for c in driver.room.panes if c.value == group)]
        qtbot.waitUntil(lambda d=dialog: QApplication.focusWidget() is d.pin_edit)
        for digit in "2468":  # typed wherever the keyboard's focus is, as a member would
            QTest.keyClick(QApplication.focusWidget(), getattr(Qt.Key, f"Key_{digit}"))
        assert dialog.pin_edit.text() == "2468"
        others = [e for e in _line_edits(window) if e.text()]
        assert others == [], [e.objectName() for e in others]
        assert window.register.filter_edit.text() == ""
        dialog.reject()
        driver.reactivate()
        driver.room.agenda_list.setFocus()

