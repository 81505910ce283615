"""Opening a board checks its record, after the first paint and off the GUI thread: a red banner if it fails."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool

from tripartite.errors import Cancelled
from tripartite.ui import record_check
from tripartite.ui.mainwindow import PAGE_AUDIT, MainWindow
from tripartite.ui.settings import Settings

from .test_mainwindow import _unnamed


def _open(qtbot, path: Path, settings: Settings) -> tuple[MainWindow, object]:
    """Show a window and wait for its record check; returns the window and the check's report."""
    window = MainWindow(path, settings=settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.record_checked, timeout=20_000) as checked:
        window.show()
    return window, checked.args[0]


def test_a_clean_sample_board_shows_no_banner(qtbot, sample_file: Path, settings: Settings) -> None:
    window, report = _open(qtbot, sample_file, settings)
    assert report is not None and report.ok
    assert window.register.record_banner is None


def test_a_board_edited_outside_tripartite_shows_the_banner_naming_the_row(
    qtbot, sample_file: Path, settings: Settings
) -> None:
    with sqlite3.connect(sample_file) as raw:  # as someone with the file and the sqlite3 tool would
        raw.execute("UPDATE members SET role = 'chair' WHERE id = 'uni1'")
    raw.close()
    window, report = _open(qtbot, sample_file, settings)
    assert report is not None and not report.ok
    banner = window.register.record_banner
    assert banner is not None and banner.isVisible()
    assert [(f.code, f.table, f.key) for f in report.findings] == [("row_changed", "members", "uni1")]
    assert banner.text.text() == (
        "This board's record was changed outside Tripartite: members/uni1 differs from what its audit event 3 "
        "recorded. Open the audit log to see it."
    )
    # Above the register, and reachable from the keyboard.
    layout = window.register.layout()
    assert layout.indexOf(banner) < layout.indexOf(window.register.splitter)
    assert banner.audit_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert _unnamed(window.register) == []
    qtbot.mouseClick(banner.audit_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == PAGE_AUDIT
    qtbot.waitUntil(lambda: not window.audit_view.is_busy(), timeout=20_000)
    assert "members" in window.audit_view.findings_model.index(0).data()


def test_the_check_starts_after_the_first_paint_and_off_the_gui_thread(
    qtbot, sample_file: Path, settings: Settings, monkeypatch
) -> None:
    seen: list[tuple[bool, bool]] = []
    painted = threading.Event()
    worker = record_check.check_in_worker

    def spy(*args, **kwargs):
        seen.append((painted.is_set(), threading.current_thread() is threading.main_thread()))
        return worker(*args, **kwargs)

    monkeypatch.setattr(record_check, "check_in_worker", spy)
    window = MainWindow(sample_file, settings=settings)
    qtbot.addWidget(window)
    window.first_painted.connect(painted.set)
    with qtbot.waitSignal(window.record_checked, timeout=20_000):
        window.show()
    assert seen == [(True, False)]  # after the first paint, on a pool thread


def test_the_banner_words_every_finding_code(qtbot, sample_file: Path, settings: Settings) -> None:
    from tripartite.audit_check import Finding
    from tripartite.ui.views.record_banner import RecordBanner

    codes = [
        "event_changed", "event_rewritten", "events_deleted", "events_renumbered", "anchor_mismatch", "anchor_missing",
        "row_changed", "row_without_event", "row_deleted", "votes_changed", "votes_count",
    ]  # fmt: skip
    window, _ = _open(qtbot, sample_file, settings)
    banner = RecordBanner(window.register)
    words = [banner.finding_words(Finding(code, "members", "gov1", 7, 2, "minutes 4, signed")) for code in codes]
    assert all("{" not in w and code not in w for w, code in zip(words, codes, strict=True))
    assert len(set(words)) == len(codes)
    banner.show_findings([Finding("row_deleted", "requests", "REQ-2026-0003", 9), Finding("event_changed", seq=3)])
    assert banner.text.text() == (
        "This board's record was changed outside Tripartite: requests/REQ-2026-0003 was deleted (and 1 more). "
        "Open the audit log to see them."
    )


def test_a_window_closed_before_its_check_starts_never_starts_it(
    qtbot, sample_file: Path, settings: Settings, monkeypatch
):
    calls: list[object] = []
    monkeypatch.setattr(record_check, "check_in_worker", lambda *args, **kwargs: calls.append(args))
    window = MainWindow(sample_file, settings=settings)
    qtbot.addWidget(window)
    job = window.check_record()  # as right after the first paint: the work starts at the next turn of the loop
    assert job is not None
    with qtbot.waitSignal(job.failed, timeout=5_000) as failed:
        window.close()  # at once: its wait for the pool finds nothing running yet
    QThreadPool.globalInstance().waitForDone()
    assert isinstance(failed.args[0], Cancelled)
    assert calls == [], "started after the window had closed (and would report to a deleted job)"
