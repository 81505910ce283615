"""The minutes dialog: build with progress and cancel, the QtPdf preview and its fallbacks, Save as…, the page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMainWindow

from tests.helpers import ROLES
from tripartite import store
from tripartite.sample import DEMO_PINS
from tripartite.ui.meeting_room import MeetingsPage
from tripartite.ui.minutes import minutes_dialog
from tripartite.ui.minutes.minutes_dialog import MinutesDialog

from .conftest import Signed, counts

SECRETARY = DEMO_PINS["sec1"]


def test_export_builds_the_minutes_and_previews_them(open_minutes, recorded, qtbot) -> None:
    db_path, meeting_id = recorded
    dialog = open_minutes(db_path, meeting_id)
    state = dialog.state
    assert state is not None and state.built and state.roles == ROLES and not state.signed
    assert dialog.preview.mode == "view"
    assert dialog.preview.page_count() > 0
    assert dialog.page_label.text() == f"Page 1 of {dialog.preview.page_count()}"
    assert counts(db_path)[0] == 1, "the build stored the minutes"
    assert "Not signed yet: 5 roles to sign." in dialog.summary.text()
    assert dialog.sign_button.isEnabled() and dialog.save_button.isEnabled()
    assert not dialog.verify_button.isEnabled(), "nothing to verify before a signature"
    assert not dialog.cancel_build_button.isVisible()
    assert "Sesión ordinaria 11/2026" in dialog.windowTitle()

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview.current_page() == 1)
    assert dialog.page_label.text().startswith("Page 2 of")
    assert dialog.previous_button.isEnabled()
    qtbot.mouseClick(dialog.previous_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview.current_page() == 0)
    assert not dialog.previous_button.isEnabled()


@pytest.mark.parametrize("mode", ["render", "none"])
def test_the_preview_falls_back_without_qtpdfwidgets(open_minutes, recorded, mode: str) -> None:
    dialog = open_minutes(*recorded, preview_mode=mode)
    if mode == "render":
        assert dialog.preview.page_count() > 0
        image = dialog.preview._picture.pixmap().toImage()
        assert not image.hasAlphaChannel()  # drawn on white, not pdfium's transparent ARGB
        assert image.pixelColor(2, 2) == QColor("white")
    else:
        assert dialog.preview.page_count() == 0
        assert "QtPdf" in dialog.preview.message.text()
        assert dialog.save_button.isEnabled(), "the minutes can still be saved and read elsewhere"


def test_cancel_stores_nothing(host, recorded, qtbot, enter_pin) -> None:
    db_path, meeting_id = recorded
    before = counts(db_path)
    dialog = MinutesDialog(db_path, meeting_id, host)
    dialog.open()
    enter_pin(SECRETARY, "sec1")
    assert dialog.cancel_build_button.isVisible()
    job = dialog._job
    with qtbot.waitSignal(job.failed, timeout=15_000):
        qtbot.mouseClick(dialog.cancel_build_button, Qt.MouseButton.LeftButton)  # before the worker starts
    assert "cancelled" in dialog.preview.message.text()
    assert counts(db_path)[:2] == before[:2] and counts(db_path)[3] == before[3]
    assert dialog.rebuild_button.isVisible() and not dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.rebuild_button, Qt.MouseButton.LeftButton)
    enter_pin(SECRETARY, "sec1")  # each build asks again
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=15_000)
    assert counts(db_path)[0] == 1


def test_save_as_writes_a_copy_of_the_revision_shown(open_minutes, recorded, tmp_path, monkeypatch) -> None:
    dialog = open_minutes(*recorded)
    target = tmp_path / "out" / "copy"
    target.parent.mkdir()
    monkeypatch.setattr(minutes_dialog, "choose_save_file", lambda parent, suggested: target.with_suffix(".pdf"))
    assert dialog.suggested_name() == "minutes-meeting-1-unsigned.pdf"
    saved = dialog.save_as()
    assert saved == target.with_suffix(".pdf")
    assert saved.read_bytes() == dialog.state.pdf
    assert str(saved) in dialog.status.text()


def test_signed_minutes_are_loaded_never_rebuilt(open_minutes, signed: Signed) -> None:
    before = counts(signed.db_path)
    dialog = open_minutes(signed.db_path, signed.meeting_id)
    assert counts(signed.db_path) == before
    assert not dialog.state.built and dialog.state.locked and dialog.state.pdf == signed.pdf
    assert dialog.summary.text() == "Minutes signed: the meeting is read-only."
    assert "amendment" in dialog.summary_detail.text()
    assert not dialog.sign_button.isEnabled() and dialog.verify_button.isEnabled()
    assert dialog.suggested_name() == "minutes-meeting-1-signed.pdf"


def test_export_minutes_in_the_meeting_room_opens_the_dialog(recorded, qtbot, enter_pin) -> None:
    db_path, meeting_id = recorded
    window = QMainWindow()
    page = MeetingsPage(db_path, window)
    window.setCentralWidget(page)
    qtbot.addWidget(window)
    window.show()
    room = page.open_meeting(meeting_id)
    export = room.chair_bar.export_button
    assert export.objectName() == "exportMinutesButton" and export.isEnabled()
    qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    dialog = page.findChild(MinutesDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: "PIN needed" in dialog.preview.message.text())
    enter_pin(SECRETARY, "sec1")
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=15_000)
    assert dialog.preview.page_count() > 0


def test_a_meeting_not_closed_says_why(open_minutes, recorded, host, qtbot, enter_pin) -> None:
    db_path, meeting_id = recorded
    db = store.connect(db_path)
    try:
        db.execute("UPDATE meetings SET status = 'open' WHERE id = ?", [meeting_id])
        db.conn.commit()
    finally:
        db.close()
    dialog = MinutesDialog(db_path, meeting_id, host)
    dialog.open()
    enter_pin(SECRETARY, "sec1")
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=15_000)
    assert "cannot be built" in dialog.preview.message.text() and "Close the meeting" in dialog.preview.message.text()
    assert counts(db_path)[0] == 0 and dialog.state is None
    dialog.reject()


def test_closing_mid_build_waits_for_the_worker(host, recorded, qtbot, enter_pin) -> None:
    dialog = MinutesDialog(*recorded, host)
    dialog.open()
    enter_pin(SECRETARY, "sec1")
    qtbot.waitUntil(lambda: dialog._job is not None and dialog._job._runnable is None)  # launched on the pool
    dialog.reject()  # cancels and waits: no worker reports to the deleted dialog
    assert not dialog.isVisible()
