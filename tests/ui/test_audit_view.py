"""The Audit log page: every event in words, filters, Verify record, and nothing of a ballot's content."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from tripartite import board_settings, pins, store
from tripartite.meetings import agenda, attendance, ballots, lifecycle, motions
from tripartite.models import Outcome, Vote
from tripartite.sample import DEMO_PINS
from tripartite.ui import audit_words, mainwindow
from tripartite.ui.views.audit_view import AuditView

ROOT = Path(__file__).resolve().parents[2]


def _unlock(db: store.Database, member: str):
    return pins.verify(db, member, DEMO_PINS[member])


def hold_a_vote(path: Path) -> None:
    """A short meeting held the app's way on the sample board: uni1 votes against with an explanation."""
    db = store.open_db(path)
    try:
        secretary = _unlock(db, "sec1")
        meeting_id = lifecycle.create_meeting(db, "Session 13/2026", "2026-12-10", "Sala 2", secretary)
        chair = _unlock(db, "gov1")
        for member in ("gov1", "gov2", "gov3", "emp1", "emp2", "emp3", "uni1", "uni2", "uni3", "sec1"):
            attendance.set_attendance(db, meeting_id, member, True, auth=chair)
        lifecycle.open_meeting(db, meeting_id, chair)
        request = db.execute("SELECT id FROM requests WHERE reference = 'REQ-2026-0015'").fetchone()[0]
        item = agenda.add_item(db, meeting_id, request, secretary)
        motion = motions.open_motion(db, item, Outcome.APPROVE, 4, [], chair)
        ballots.cast(db, motion, "uni1", Vote.AGAINST, "Secret reason of uni1", _unlock(db, "uni1"))
    finally:
        db.close()


def open_audit(open_window, path: Path) -> tuple[mainwindow.MainWindow, AuditView]:
    """The main window on the Audit log page (keep the window: the page dies with it)."""
    window = open_window(path)
    window.show_page(mainwindow.PAGE_AUDIT)
    view = window.audit_view
    assert isinstance(view, AuditView) and view.isVisible()
    return window, view


def texts(view: AuditView) -> list[tuple[str, str]]:
    model = view.model
    return [(model.index(r, 2).data(), model.index(r, 3).data()) for r in range(model.rowCount())]


def test_every_event_is_listed_in_words_with_names(qtbot, open_window, sample_file, qtmodeltester) -> None:
    hold_a_vote(sample_file)
    _window, view = open_audit(open_window, sample_file)
    qtmodeltester.check(view.model)
    rows = texts(view)
    assert rows[0] == ("Rocío Jiménez Cañete", "Rocío Jiménez Cañete cast a ballot on motion 1 on REQ-2026-0015")
    assert ("María Dolores Sánchez Ortega", "Put motion 1 on REQ-2026-0015: Approve") in rows
    assert ("Ramón Álvarez Quiñones", "Put REQ-2026-0015 on the agenda of “Session 13/2026” (2026-12-10)") in rows
    assert any(what == "Imported 48 requests from requests.csv" for _, what in rows)
    assert all(" uni1" not in what and "_" not in what for _, what in rows), "no ids or codes in the words"
    # Nothing of how uni1 voted, or why, on the page.
    page_text = " ".join(w for row in rows for w in row)
    assert "against" not in page_text.lower() and "Secret reason" not in page_text
    assert view.head_label.text().startswith("Head of the record: ")


def test_every_action_the_code_writes_has_words() -> None:
    """Parse every ``audit.append(db, "action", …)`` in the core and reports: each action has its sentence."""
    actions = set()
    for folder in ("tripartite", "reports"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and getattr(node.func, "attr", getattr(node.func, "id", "")) == "append"
                    and len(node.args) >= 2
                    and isinstance(node.args[1], ast.Constant)
                    and isinstance(node.args[1].value, str)
                    and "." in node.args[1].value
                ):
                    actions.add(node.args[1].value)
    from tripartite.cli_meeting import RECORDED_FROM_FILE

    actions.add(RECORDED_FROM_FILE)
    assert len(actions) > 35
    assert sorted(actions - set(audit_words.WHAT)) == []


def test_filters_narrow_the_list(qtbot, open_window, sample_file) -> None:
    hold_a_vote(sample_file)
    _window, view = open_audit(open_window, sample_file)
    everything = view.model.rowCount()
    view.kind_combo.setCurrentIndex(view.kind_combo.findText("Members and PINs"))
    assert 0 < view.model.rowCount() < everything
    assert all(what.startswith("Gave the sample board") or "PIN" in what for _, what in texts(view))
    view.kind_combo.setCurrentIndex(0)
    view.who_combo.setCurrentIndex(view.who_combo.findData("uni1"))
    assert [who for who, _ in texts(view)] == ["Rocío Jiménez Cañete"]
    view.who_combo.setCurrentIndex(0)
    view.search_edit.setText("Session 13")
    assert [what for _, what in texts(view)] == ["Created the meeting “Session 13/2026” (2026-12-10)"]
    view.search_edit.setText("Jiménez")  # a name finds the events of that member, as actor or as subject
    found = texts(view)
    assert ("Rocío Jiménez Cañete", "Rocío Jiménez Cañete cast a ballot on motion 1 on REQ-2026-0015") in found
    assert not any(what.startswith("Imported") for _, what in found), "events that do not name her are left out"
    assert len(found) < everything


def test_verify_record_says_intact_then_names_an_edit_made_outside(qtbot, open_window, sample_file) -> None:
    _window, view = open_audit(open_window, sample_file)
    with qtbot.waitSignal(view.verify().succeeded, timeout=20_000):
        pass
    assert view.result_label.text().startswith("✓ Record intact:")
    assert not view.findings_view.isVisible()
    with sqlite3.connect(sample_file) as intruder:
        intruder.execute("UPDATE members SET role = 'chair' WHERE id = 'uni1'")
    with qtbot.waitSignal(view.verify().succeeded, timeout=20_000):
        pass
    assert view.result_label.text().startswith("✗ The record was changed outside Tripartite")
    assert view.findings_view.isVisible()
    first = view.findings_model.index(0, 0).data()
    assert first.startswith("members, uni1: differs from its audit event (event ")
    # Activating the finding shows the event that last vouched for the row.
    view.findings_view.activated.emit(view.findings_model.index(0, 0))
    selected = view.table.selectionModel().selectedRows()
    assert selected and view.model.seq(selected[0].row()) == view.findings_model.finding(0).seq


def test_the_check_can_be_cancelled(qtbot, open_window, sample_file) -> None:
    _window, view = open_audit(open_window, sample_file)
    job = view.verify()
    assert view.verify() is None, "one check at a time"
    view.cancel_verify()
    with qtbot.waitSignal(job.failed, timeout=20_000):
        pass
    assert view.result_label.text() == "The check was cancelled."
    assert view.verify_button.isEnabled() and not view.is_busy()


def test_the_head_is_copied_for_the_next_meetings_record(qtbot, open_window, sample_file) -> None:
    _window, view = open_audit(open_window, sample_file)
    view.copy_head_button.click()
    copied = QGuiApplication.clipboard().text()
    seq, _, prefix = copied.partition(":")
    assert seq.isdigit() and len(prefix) == 16 and view.head_label.text().endswith(copied)


def test_a_change_of_rules_reads_as_before_and_after(qtbot, open_window, sample_file) -> None:
    db = store.open_db(sample_file)
    try:
        both = officers_by_demo_pins(db)
        board_settings.save_rules(db, {"ballot": "secret", "groups_required": 3}, both)
    finally:
        db.close()
    _window, view = open_audit(open_window, sample_file)
    who, what = texts(view)[0]
    assert who == "María Dolores Sánchez Ortega and Ramón Álvarez Quiñones"
    assert what == (
        "Changed the board's settings: ballot: Named (each vote is minuted) → Secret (only tallies are minuted); "
        "groups required: 2 → 3"
    )


def officers_by_demo_pins(db: store.Database):
    from tripartite import authority

    return authority.joint(_unlock(db, "gov1"), _unlock(db, "sec1"))


def test_quitting_during_a_check_stops_it(qtbot, tmp_path) -> None:
    # A check of a large record takes seconds; quitting must not wait for it to end.
    from tripartite import sample, store
    from tripartite.ui.mainwindow import PAGE_AUDIT, MainWindow
    from tripartite.ui.settings import Settings

    path = tmp_path / "board.db"
    db = store.open_db(path)
    sample.load_sample(db, demo_pins=True)
    db.close()
    window = MainWindow(path, settings=Settings(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.is_ready)
    window.show_page(PAGE_AUDIT)
    view = window.audit_view
    job = view.verify()
    window.close()
    assert job.is_cancelled()
