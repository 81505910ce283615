"""The Follow-up page (issue 12): the register of the sample meeting's conditions, evidence, findings, refusals.

The sample meeting decides REQ-2026-0015 with conditions (tests/core/test_followup.py): six records due
2027-01-31 (housing), 2027-02-20 / 05-20 / 08-20 / 11-20 (quarterly reporting) and 2027-06-30 (training).
On 2027-03-01 the first two are overdue. The page is worked through its widgets; only the file chooser's
static getter is replaced.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog

from tripartite import followup, store
from tripartite.authority import operator
from tripartite.followup import State
from tripartite.sample import DEMO_PINS
from tripartite.ui import mainwindow
from tripartite.ui.dialogs.pin_prompt import PinPrompt
from tripartite.ui.mainwindow import PAGE_FOLLOWUP, MainWindow
from tripartite.ui.models.followup_model import FollowupModel
from tripartite.ui.style import ERROR_COLOUR
from tripartite.ui.views import followup_view
from tripartite.ui.views.followup_view import FollowupView

from .screens import record_sample_meeting

AS_OF = dt.date(2027, 3, 1)
DUES = ["2027-01-31", "2027-02-20", "2027-05-20", "2027-06-30", "2027-08-20", "2027-11-20"]


@pytest.fixture
def on_1_march(monkeypatch: pytest.MonkeyPatch) -> None:
    """Today is 1 March 2027, for the page's as-of date and the start-up count alike."""
    monkeypatch.setattr(followup_view, "today", lambda: AS_OF)
    monkeypatch.setattr(mainwindow, "today", lambda: AS_OF)


@pytest.fixture
def recorded_file(sample_file: Path) -> Path:
    record_sample_meeting(sample_file)
    return sample_file


def _page(window: MainWindow) -> FollowupView:
    window.show_page(PAGE_FOLLOWUP)
    assert window.followup_view is not None
    return window.followup_view


def _cell(view: FollowupView, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return view.model.data(view.model.index(row, column), role)


def _events(path: Path) -> int:
    db = store.connect(path)
    try:
        return int(db.execute("SELECT count(*) FROM events").fetchone()[0])
    finally:
        db.close()


def _followup_events(path: Path) -> int:
    db = store.connect(path)
    try:
        return int(db.execute("SELECT count(*) FROM events WHERE action LIKE 'followup.%'").fetchone()[0])
    finally:
        db.close()


def _states(path: Path) -> list[str]:
    db = store.connect(path)
    try:
        return [r.state.value for r in followup.listing(db, AS_OF)]
    finally:
        db.close()


def _choose(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    def files(*_args: object, **_kwargs: object) -> tuple[list[str], str]:
        return [str(p) for p in paths], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", files)


def _select(view: FollowupView, due_on: str) -> int:
    record = next(r for r in view.records() if r.due_on == due_on)
    assert view.select(record.id)
    return record.id


def test_the_page_lists_the_six_records_by_due_date_with_the_two_overdue_marked(
    on_1_march: None, recorded_file: Path, open_window: Callable[[Path], MainWindow]
) -> None:
    window = open_window(recorded_file)
    assert window.followup_view is None, "built on first show, like the other pages"
    view = _page(window)
    assert view.as_of() == AS_OF
    records = view.records()
    assert [r.due_on for r in records] == DUES
    assert {r.request for r in records} == {"REQ-2026-0015"}
    assert [r.overdue for r in records] == [True, True, False, False, False, False]
    assert view.model.rowCount() == 6
    assert _cell(view, 0, FollowupModel.REQUEST) == "REQ-2026-0015"
    assert _cell(view, 0, FollowupModel.EMPLOYER) == records[0].employer != ""
    assert _cell(view, 0, FollowupModel.CONDITION) == "Housing standard"
    assert _cell(view, 1, FollowupModel.CONDITION) == "Reporting, period 1"
    # Overdue in words, with an icon and a colour: never the colour alone.
    assert _cell(view, 0, FollowupModel.STATE) == "Pending, overdue"
    assert _cell(view, 2, FollowupModel.STATE) == "Pending"
    assert not _cell(view, 0, FollowupModel.STATE, Qt.ItemDataRole.DecorationRole).isNull()
    assert _cell(view, 0, FollowupModel.STATE, Qt.ItemDataRole.ForegroundRole) == QColor(ERROR_COLOUR)
    assert _cell(view, 2, FollowupModel.STATE, Qt.ItemDataRole.ForegroundRole) is None
    assert _cell(view, 0, FollowupModel.DUE, Qt.ItemDataRole.AccessibleTextRole) == "2027-01-31, overdue"
    assert view.summary_label.text() == "6 records shown · 2 overdue"
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Request"
    # The first record is selected, and its (empty) evidence is said under the table.
    assert view.selected() is not None and view.selected().due_on == DUES[0]
    assert view.no_evidence_label.isVisible()
    assert not view.verify_button.isEnabled(), "verified needs evidence filed first"
    assert view.evidence_button.isEnabled() and view.breach_button.isEnabled()


def test_the_filters_and_the_as_of_date(
    on_1_march: None, recorded_file: Path, open_window: Callable[[Path], MainWindow]
) -> None:
    view = _page(open_window(recorded_file))
    view.state_combo.setCurrentIndex(view.state_combo.findData("overdue"))
    assert [r.due_on for r in view.records()] == DUES[:2]
    view.state_combo.setCurrentIndex(view.state_combo.findData(State.VERIFIED.value))
    assert view.records() == []
    assert view.selected() is None and not view.evidence_button.isEnabled()
    view.state_combo.setCurrentIndex(0)
    view.search_edit.setText("req-2026-0015")
    assert len(view.records()) == 6
    view.search_edit.setText(view.records()[0].employer[:5].lower())
    assert len(view.records()) == 6, "an employer's name finds its records too"
    view.search_edit.setText("REQ-2026-0001")
    assert view.records() == []
    view.search_edit.clear()
    view.set_as_of(dt.date(2027, 1, 1))
    assert not any(r.overdue for r in view.records())
    assert view.summary_label.text() == "6 records shown"


def test_the_overdue_count_is_said_at_start_after_the_first_paint(
    on_1_march: None, recorded_file: Path, open_window: Callable[[Path], MainWindow]
) -> None:
    window = open_window(recorded_file)
    assert window.overdue_label.isVisible()
    assert window.overdue_label.text() == "⚠ 2 follow-ups overdue"
    assert window.followup_view is None, "counting builds no page"


def test_nothing_is_said_when_nothing_is_overdue(
    sample_file: Path, open_window: Callable[[Path], MainWindow]
) -> None:
    window = open_window(sample_file)
    assert not window.overdue_label.isVisible()
    view = _page(window)
    assert view.records() == [] and view.empty_label.isVisible()


def test_attach_evidence_with_the_secretarys_pin(
    on_1_march: None, recorded_file: Path, open_window: Callable[[Path], MainWindow], qtbot,
    enter_pin: Callable[..., PinPrompt], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:  # fmt: skip
    window = open_window(recorded_file)
    view = _page(window)
    proof = tmp_path / "housing-inspection.pdf"
    proof.write_bytes(b"%PDF-1.7 inspection report, 12 beds, passed")
    photo = tmp_path / "dormitory.jpg"
    photo.write_bytes(b"\xff\xd8\xff photo of the dormitory")
    record_id = _select(view, "2027-01-31")
    _choose(monkeypatch, proof, photo)
    view.evidence_button.click()
    enter_pin(DEMO_PINS["sec1"], "sec1")
    qtbot.waitUntil(lambda: not view.is_busy() and view.selected() is not None
                    and view.selected().state is State.EVIDENCE_SUBMITTED, timeout=5000)  # fmt: skip
    assert view.selected().id == record_id, "the record stays selected"
    assert view.model.data(view.model.index(0, FollowupModel.STATE)) == "Evidence filed"
    assert view.model.data(view.model.index(0, FollowupModel.FILES)) == "2"
    files = view.evidence_model.files()
    assert [(f.name, f.size, f.sha256) for f in files] == [
        (proof.name, proof.stat().st_size, hashlib.sha256(proof.read_bytes()).hexdigest()),
        (photo.name, photo.stat().st_size, hashlib.sha256(photo.read_bytes()).hexdigest()),
    ]
    shown = view.evidence_model.data(view.evidence_model.index(0, 2))
    assert shown == files[0].sha256[:12] + "…"
    assert view.evidence_table.isVisible() and not view.no_evidence_label.isVisible()
    assert view.verify_button.isEnabled()
    # The record changed, so the start-up count is said again.
    assert window.overdue_label.text() == "⚠ 1 follow-up overdue"
    assert window.statusBar().currentMessage() == "Evidence filed: 2 files."
    db = store.connect(recorded_file)
    try:
        payload = db.execute("SELECT payload, actor FROM events WHERE action = 'followup.evidence_filed'").fetchone()
    finally:
        db.close()
    assert files[0].sha256 in payload[0] and "sec1" in payload[1]


def _find(view: FollowupView, button: object, note: str, qtbot) -> object:
    button.click()  # type: ignore[attr-defined]
    dialog = view.finding_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.note_edit.setPlainText(note)
    dialog.ok_button.click()
    return dialog


def test_verify_with_a_note(
    on_1_march: None, recorded_file: Path, open_window: Callable[[Path], MainWindow], qtbot,
    enter_pin: Callable[..., PinPrompt], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:  # fmt: skip
    window = open_window(recorded_file)
    view = _page(window)
    report = tmp_path / "q1-report.pdf"
    report.write_bytes(b"first quarter report")
    record_id = _select(view, "2027-02-20")
    _choose(monkeypatch, report)
    view.evidence_button.click()
    enter_pin(DEMO_PINS["sec1"], "sec1")
    qtbot.waitUntil(lambda: not view.is_busy() and view.selected().state is State.EVIDENCE_SUBMITTED, timeout=5000)
    _find(view, view.verify_button, "Report complete: hires, wages and training hours.", qtbot)
    enter_pin(DEMO_PINS["sec1"], "sec1")
    qtbot.waitUntil(lambda: view.finding_dialog is None)
    record = view.selected()
    assert record is not None and record.id == record_id and record.state is State.VERIFIED
    assert view.model.data(view.model.index(view.model.row_of(record_id), FollowupModel.STATE)) == "Verified"
    assert "Report complete" in view.detail_label.text()
    assert not view.evidence_button.isEnabled() and not view.verify_button.isEnabled()
    assert window.statusBar().currentMessage() == "Condition verified."
    assert [f.name for f in view.evidence_model.files()] == [report.name], "the evidence stays listed"


def test_record_a_breach_with_a_note(
    on_1_march: None, recorded_file: Path, open_window: Callable[[Path], MainWindow], qtbot,
    enter_pin: Callable[..., PinPrompt],
) -> None:  # fmt: skip
    window = open_window(recorded_file)
    view = _page(window)
    record_id = _select(view, "2027-01-31")
    _find(view, view.breach_button, "No inspection certificate after two reminders.", qtbot)
    enter_pin(DEMO_PINS["sec1"], "sec1")
    qtbot.waitUntil(lambda: view.finding_dialog is None)
    row = view.model.row_of(record_id)
    assert view.model.data(view.model.index(row, FollowupModel.STATE)) == "Breached"
    assert view.model.data(view.model.index(row, FollowupModel.STATE), Qt.ItemDataRole.ForegroundRole) == QColor(
        ERROR_COLOUR
    )
    assert window.overdue_label.text() == "⚠ 1 follow-up overdue"
    assert _states(recorded_file)[0] == "breached"


def test_a_finding_without_a_note_is_refused_before_any_pin_and_writes_nothing(
    on_1_march: None, recorded_file: Path, open_window: Callable[[Path], MainWindow], qtbot
) -> None:
    view = _page(open_window(recorded_file))
    before = _events(recorded_file)
    _select(view, "2027-01-31")
    dialog = _find(view, view.breach_button, "   ", qtbot)
    assert dialog.problem_label.text() == "A finding needs its note."  # type: ignore[attr-defined]
    assert not [w for w in view.window().findChildren(PinPrompt) if w.isVisible()]
    dialog.reject()  # type: ignore[attr-defined]
    assert _events(recorded_file) == before
    assert _states(recorded_file) == ["pending"] * 6


def test_a_wrong_pin_writes_nothing(
    on_1_march: None, recorded_file: Path, open_window: Callable[[Path], MainWindow], qtbot,
    enter_pin: Callable[..., PinPrompt],
) -> None:  # fmt: skip
    view = _page(open_window(recorded_file))
    before = _followup_events(recorded_file)
    _select(view, "2027-01-31")
    dialog = _find(view, view.breach_button, "Nothing came.", qtbot)
    prompt = enter_pin("0000", "sec1")
    assert prompt.isVisible() and prompt.message.text().startswith("Wrong PIN")
    prompt.reject()
    dialog.reject()  # type: ignore[attr-defined]
    assert _followup_events(recorded_file) == before, "only the wrong PIN itself is in the record"
    assert _states(recorded_file) == ["pending"] * 6
    assert view.selected().state is State.PENDING


def test_a_record_settled_meanwhile_refuses_the_evidence_in_the_apps_words(
    on_1_march: None, recorded_file: Path, open_window: Callable[[Path], MainWindow], qtbot,
    enter_pin: Callable[..., PinPrompt], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, boxes,
) -> None:  # fmt: skip
    view = _page(open_window(recorded_file))
    record_id = _select(view, "2027-01-31")
    db = store.connect(recorded_file)  # another laptop's command line finds it breached meanwhile
    try:
        followup.verify(db, record_id, State.BREACHED, "Found at the inspection.", operator(db))
    finally:
        db.close()
    before = _events(recorded_file)
    late = tmp_path / "late.pdf"
    late.write_bytes(b"too late")
    _choose(monkeypatch, late)
    view.evidence_button.click()
    enter_pin(DEMO_PINS["sec1"], "sec1")
    qtbot.waitUntil(lambda: not view.is_busy() and bool(boxes), timeout=5000)
    assert boxes == [("error", "This condition's follow-up is settled; it takes no more evidence or findings.")]
    assert _events(recorded_file) == before
    assert view.selected().state is State.BREACHED, "the page shows the record as it now stands"
    assert view.evidence_model.files() == []


def test_a_file_gone_before_it_is_read_is_refused_and_nothing_is_filed(
    on_1_march: None, recorded_file: Path, open_window: Callable[[Path], MainWindow], qtbot,
    enter_pin: Callable[..., PinPrompt], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, boxes,
) -> None:  # fmt: skip
    view = _page(open_window(recorded_file))
    before = _events(recorded_file)
    _select(view, "2027-01-31")
    kept = tmp_path / "kept.pdf"
    kept.write_bytes(b"kept")
    _choose(monkeypatch, kept, tmp_path / "gone.pdf")
    view.evidence_button.click()
    enter_pin(DEMO_PINS["sec1"], "sec1")
    qtbot.waitUntil(lambda: not view.is_busy() and bool(boxes), timeout=5000)
    assert boxes == [("error", f"{tmp_path / 'gone.pdf'} does not exist.")]
    assert _events(recorded_file) == before
    assert view.selected().state is State.PENDING


def test_the_page_has_its_key_and_its_sidebar_entry(
    recorded_file: Path, open_window: Callable[[Path], MainWindow]
) -> None:
    window = open_window(recorded_file)
    action = window.page_actions[PAGE_FOLLOWUP]
    assert action.shortcut().toString() == "Ctrl+5" and action.text() == "&Follow-up"
    assert window.nav.item(PAGE_FOLLOWUP).text() == "Follow-up"
    action.trigger()
    assert window.current_page() == PAGE_FOLLOWUP
    assert window.followup_view is not None and window.followup_view.isVisible()
