"""The job runner (ui/jobs.py): work on the pool, results on the GUI thread, and the one failure handler."""

from __future__ import annotations

import functools

import pytest
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication

from tripartite.errors import Cancelled, KnownError
from tripartite.ui import file_actions
from tripartite.ui.jobs import report_failure, start_job


class _Recorder(QObject):
    """A GUI-thread receiver, as a window would be."""

    def __init__(self) -> None:
        super().__init__()
        self.threads: list[QThread] = []
        self.failures: list[object] = []

    def on_progress(self, done: int, total: int) -> None:
        self.threads.append(QThread.currentThread())

    def on_failure(self, exc: object) -> None:
        self.failures.append(exc)


def _fresh_copy(csv_500):
    # A second copy of the same references would be refused; use fresh ones so only the cancel stops it.
    fresh = csv_500.with_name("fresh.csv")
    fresh.write_text(csv_500.read_text(encoding="utf-8").replace("BENCH-", "NEW-"), encoding="utf-8")
    return fresh


def test_cancelled_job_fails_with_cancelled_and_rolls_back(qtbot, big_file, csv_500, fingerprint, boxes):
    owner = QObject()
    before = fingerprint(big_file)
    job = start_job(functools.partial(file_actions.import_in_worker, big_file, _fresh_copy(csv_500), None), owner)
    job.cancel()
    with qtbot.waitSignal(job.failed, timeout=10_000) as blocker:
        pass
    assert isinstance(blocker.args[0], Cancelled)
    assert fingerprint(big_file) == before
    assert not boxes  # the default handler says nothing of a cancel in a box
    owner.deleteLater()


def test_job_reports_progress_on_the_gui_thread_and_succeeds(qtbot, big_file, csv_500):
    owner = QObject()
    recorder = _Recorder()
    results: list[object] = []
    job = start_job(functools.partial(file_actions.import_in_worker, big_file, _fresh_copy(csv_500), None), owner,
                    on_success=results.append)  # fmt: skip
    job.progress.connect(recorder.on_progress)
    with qtbot.waitSignal(job.succeeded, timeout=10_000) as blocker:
        pass
    assert blocker.args[0].count == 500 and results == [blocker.args[0]]
    qtbot.waitUntil(lambda: bool(recorder.threads))
    assert set(recorder.threads) == {QApplication.instance().thread()}
    owner.deleteLater()


def _broken(**_callbacks: object) -> None:
    raise ValueError("a defect")


def test_a_bug_in_the_work_arrives_as_the_exception_to_the_failure_handler_given(qtbot, boxes):
    owner, recorder = QObject(), _Recorder()
    job = start_job(_broken, owner, on_failure=recorder.on_failure)
    with qtbot.waitSignal(job.failed, timeout=10_000) as blocker:
        pass
    assert isinstance(blocker.args[0], ValueError) and recorder.failures == [blocker.args[0]]
    assert not boxes  # the handler given replaces the default one
    owner.deleteLater()


def test_a_bug_with_no_failure_handler_shows_the_bug_box(qtbot, boxes):
    owner = QObject()
    job = start_job(_broken, owner)
    with qtbot.waitSignal(job.failed, timeout=10_000):
        pass
    assert boxes.pop() == ("bug", "ValueError('a defect')")  # popped: the fixture fails a test on a bug box
    owner.deleteLater()


@pytest.mark.parametrize("known", [True, False])
def test_the_default_failure_handler_shows_known_errors_and_bugs_as_boxes(open_window, sample_file, boxes, known):
    window = open_window(sample_file)
    report_failure(window, KnownError("disk full") if known else RuntimeError("oops"), place="Export requests")
    assert boxes.pop() == (("error", "disk full") if known else ("bug", "RuntimeError('oops')"))


def test_the_default_failure_handler_tells_a_cancel_in_the_status_bar(open_window, sample_file, boxes):
    window = open_window(sample_file)
    report_failure(window.register.table, Cancelled("stopped"))
    assert window.statusBar().currentMessage() == "Cancelled; nothing was changed."
    assert not boxes


def test_a_failure_shown_in_place_still_gets_the_bug_box(qapp, boxes):
    said: list[str] = []
    report_failure(None, KnownError("refused"), known=lambda exc: said.append(f"known {exc}"))
    report_failure(None, Cancelled("stopped"), cancelled=lambda exc: said.append("cancelled"))
    report_failure(None, ZeroDivisionError("oops"), bug=lambda exc: said.append("failed"))
    assert said == ["known refused", "cancelled", "failed"]
    assert boxes.pop() == ("bug", "ZeroDivisionError('oops')")
    assert not boxes
