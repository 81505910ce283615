from __future__ import annotations

import csv

from PySide6.QtGui import QGuiApplication

from tripartite.sample import DEMO_PINS
from tripartite.ui import file_actions
from tripartite.ui.dialogs import import_dialog
from tripartite.ui.dialogs.import_dialog import ImportDialog


def rows_of(dialog: ImportDialog) -> list[list[str]]:
    model = dialog.model
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


SECRETARY_PIN = DEMO_PINS["sec1"]


def test_bad_file_shows_the_problem_table_and_the_database_is_unchanged(
    qtbot, enter_pin, open_window, sample_file, bad_csv, monkeypatch, fingerprint
):
    window = open_window(sample_file)
    before = fingerprint(sample_file)
    monkeypatch.setattr(import_dialog, "choose_import_file", lambda parent: bad_csv)
    window.files.import_action.trigger()
    dialog = window.findChild(ImportDialog, "importDialog")
    assert dialog is not None and dialog.isVisible()
    assert not dialog.import_button.isEnabled()  # no file yet
    dialog.browse_button.click()
    assert dialog.path_edit.text() == str(bad_csv)
    dialog.import_button.click()
    enter_pin(SECRETARY_PIN, "sec1")  # importing is the secretary's (or the chair's)
    assert window.files.current_job() is not None and not window.files.import_action.isEnabled()
    qtbot.waitUntil(lambda: dialog.table.isVisible())
    assert dialog.status.text().startswith("Nothing was imported. Problems in bad.csv: 2.")
    rows = rows_of(dialog)
    assert ["Error", "3", "workers_requested", "not a whole number", "lots"] in rows
    assert any(r[:3] == ["Error", "4", "occupation_isco"] and r[4] == "99999" for r in rows)
    assert rows[-1][:3] == ["Warning", "1", "remarks"]
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text().splitlines()
    assert "bad.csv:3:workers_requested: not a whole number (lots)" in copied
    assert copied[-1].startswith("warning: bad.csv:1:remarks:")
    assert fingerprint(sample_file) == before
    assert window.register.model.total() == 48
    qtbot.waitUntil(lambda: window.files.current_job() is None)
    assert window.files.import_action.isEnabled()
    assert dialog.cancel_button.text() == "Close"
    dialog.cancel_button.click()
    assert not dialog.isVisible()


def test_good_file_imports_shows_the_count_and_refreshes_the_register(
    qtbot, enter_pin, open_window, sample_file, csv_500
):
    window = open_window(sample_file)
    window.files.import_file(csv_500)
    enter_pin(SECRETARY_PIN, "sec1")
    job = window.files.import_dialog.job()
    dialog = window.files.import_dialog
    assert job is not None and dialog.job() is job
    assert dialog.progress.isHidden()  # shown only if the work lasts past the delay
    assert dialog._progress_timer.interval() == import_dialog.PROGRESS_DELAY_MS == 500
    assert not dialog.import_button.isEnabled() and dialog.cancel_button.text() == "Cancel"
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as blocker:
        pass
    assert blocker.args[0].count == 500
    assert dialog.status.text() == "Imported 500 requests from requests-500.csv."
    assert window.register.count_label.text() == "548 of 548 requests"
    assert window.register.status_filter.itemText(1) == "Pending (548)"
    qtbot.waitUntil(lambda: window.files.import_action.isEnabled())
    assert not dialog.table.isVisible()  # no warnings either


def test_warnings_of_a_good_import_are_listed(qtbot, enter_pin, open_window, sample_file, tmp_path, request_rows):
    path = tmp_path / "extra.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        header, rows = request_rows(3)
        writer.writerow([*header, "remarks"])
        writer.writerows([*row, "ok"] for row in rows)
    window = open_window(sample_file)
    window.files.import_file(path)
    enter_pin(SECRETARY_PIN, "sec1")
    dialog = window.files.import_dialog
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Imported"))
    assert dialog.status.text() == "Imported 3 requests from extra.csv."
    assert rows_of(dialog) == [["Warning", "1", "remarks", "unknown column, ignored", "remarks"]]
    assert window.register.count_label.text() == "51 of 51 requests"


def test_cancel_before_the_work_starts_rolls_back(qtbot, enter_pin, open_window, sample_file, csv_500, fingerprint):
    window = open_window(sample_file)
    before = fingerprint(sample_file)
    window.files.import_file(csv_500)
    enter_pin(SECRETARY_PIN, "sec1")
    job = window.files.import_dialog.job()
    job.cancel()  # before the pool picks it up: the importer stops at its first check
    qtbot.waitUntil(lambda: window.files.current_job() is None)
    assert window.files.import_dialog.status.text() == "Cancelled; nothing was changed."
    assert fingerprint(sample_file) == before
    assert window.register.model.total() == 48


def test_cancel_button_cancels_the_job(qtbot, enter_pin, open_window, sample_file, csv_500, fingerprint):
    window = open_window(sample_file)
    before = fingerprint(sample_file)
    window.files.import_file(csv_500)
    enter_pin(SECRETARY_PIN, "sec1")
    job = window.files.import_dialog.job()
    dialog = window.files.import_dialog
    dialog.cancel_button.click()
    assert job.is_cancelled()
    assert dialog.isVisible()  # it stays to say what happened
    qtbot.waitUntil(lambda: window.files.current_job() is None)
    assert dialog.status.text() == "Cancelled; nothing was changed."
    assert fingerprint(sample_file) == before


def test_one_job_at_a_time(qtbot, enter_pin, open_window, sample_file, csv_500):
    window = open_window(sample_file)
    window.files.import_file(csv_500)
    enter_pin(SECRETARY_PIN, "sec1")
    first = window.files.import_dialog.job()
    assert first is not None
    assert window.files.start_import(csv_500, None) is None
    assert "another task" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.files.current_job() is None, timeout=10_000)


def test_closing_the_dialog_cancels_a_running_import(qtbot, enter_pin, open_window, sample_file, csv_500, fingerprint):
    window = open_window(sample_file)
    before = fingerprint(sample_file)
    window.files.import_file(csv_500)
    enter_pin(SECRETARY_PIN, "sec1")
    job = window.files.import_dialog.job()
    window.files.import_dialog.reject()
    assert job.is_cancelled()
    qtbot.waitUntil(lambda: window.files.current_job() is None)
    assert fingerprint(sample_file) == before


def test_a_bug_in_an_import_shows_the_bug_box_once_and_the_dialog_says_nothing_changed(
    qtbot, open_window, empty_file, csv_500, boxes, fingerprint, monkeypatch
):
    def broken(*_args, **_callbacks):
        raise RuntimeError("a defect")

    monkeypatch.setattr(file_actions, "import_in_worker", broken)
    before = fingerprint(empty_file)
    window = open_window(empty_file)  # no board yet: no PIN is asked
    job = window.files.import_file(csv_500)
    assert job is not None
    qtbot.waitUntil(lambda: window.files.current_job() is None)
    assert [entry for entry in boxes if entry[0] == "bug"] == [("bug", "RuntimeError('a defect')")]
    boxes.clear()  # seen: the fixture fails a test on a bug box
    assert window.files.import_dialog.status.text() == "The import failed; nothing was changed."
    assert window.files.import_action.isEnabled() and fingerprint(empty_file) == before
