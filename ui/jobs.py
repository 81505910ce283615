"""Long work off the GUI thread: a parented :class:`Job` in the GUI thread, a runnable on the pool.

The work is a plain core function taking ``progress(done, total)`` and ``cancelled()`` keywords; it knows
nothing of Qt. It must open its own database connection, because a connection belongs to the thread that
opened it. The runnable keeps only the job's bound signals and a thread-safe cancel flag, never the
QObject itself, so the Job is always created and destroyed in the GUI thread (a QObject deleted from
another thread crashes Qt).

How a failure reaches the user is written once, in :func:`report_failure` (Anki's ``CollectionOp``): a job
takes ``on_success`` and, unless given another ``on_failure``, reports a known error as a message box named
for its place, a cancel quietly in the status bar, and anything else as a bug with its traceback.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QMainWindow, QProgressDialog, QWidget

from tripartite.errors import Cancelled, KnownError
from tripartite.ui import boxes, refusal_words

Work = Callable[..., Any]
Failure = Callable[[Any], None]
# Progress appears only if the work lasts longer than this; anything quicker should not flash a dialog
# (Anki waits 600 ms).
PROGRESS_DELAY_MS = 500
# How long the status bar says that a cancelled job changed nothing.
_CANCELLED_MS = 10000


def report_failure(
    parent: QWidget | None,
    exc: object,
    *,
    place: str = "",
    known: Failure | None = None,
    cancelled: Failure | None = None,
    bug: Failure | None = None,
) -> None:
    """Tell the user how a job failed: the one known-error / cancelled / bug cascade of the app.

    Args:
        parent: the widget the message belongs to.
        exc: what the job's ``failed`` signal carried.
        place: where it happened, already translated (the message box's title; default: the app).
        known: shows a :class:`KnownError` another way (say, under a field); default: a message box with
            its words from :func:`tripartite.ui.refusal_words.say`.
        cancelled: shows a cancel another way; default: "nothing was changed" in the window's status bar.
        bug: says in place that the work failed; the bug box with the traceback follows anyway.
    """
    if isinstance(exc, Cancelled):
        if cancelled is not None:
            cancelled(exc)
            return
        window = parent.window() if parent is not None else None
        if isinstance(window, QMainWindow):
            text = QCoreApplication.translate("MainWindow", "Cancelled; nothing was changed.")
            window.statusBar().showMessage(text, _CANCELLED_MS)
    elif isinstance(exc, KnownError):
        if known is not None:
            known(exc)
        else:
            boxes.show_error(parent, refusal_words.say(exc), place=place)
    elif isinstance(exc, BaseException):
        if bug is not None:
            bug(exc)
        boxes.show_bug(parent, exc)


class Job(QObject):
    """One piece of background work, seen from the GUI thread.

    Signals:
        progress(int, int): ``done`` and ``total`` as the work reports them.
        succeeded(object): the work's return value.
        failed(object): the exception the work raised (``tripartite.errors.Cancelled`` after a cancel).

    Args:
        parent: the owning QObject in the GUI thread (required: an unowned Job could be collected mid-run).
        place: where the work runs, already translated; names the box of a known error (default: the app).
    """

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject, *, place: str = ""):
        super().__init__(parent)
        self._place = place
        self._cancel = threading.Event()
        self._runnable: _Runnable | None = None
        self._running = False
        self.succeeded.connect(self._on_finished)
        self.failed.connect(self._on_finished)

    def cancel(self) -> None:
        """Ask the work to stop; it rolls back and the job fails with ``Cancelled``."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._cancel.is_set()

    def is_running(self) -> bool:
        """Whether the work is queued or running and has not reported its end yet."""
        return self._running

    def _prepare(self, fn: Work) -> None:
        self._runnable = _Runnable(fn, self.progress, self.succeeded, self.failed, self._cancel.is_set)
        self._running = True

    def _launch(self) -> None:
        runnable, self._runnable = self._runnable, None
        if runnable is None:
            return
        if self.is_cancelled():
            # Cancelled before it started (a window closed at once): it never starts. Started anyway, it
            # would run past the owner's wait_for_jobs() and report to a Job deleted meanwhile.
            self.failed.emit(Cancelled("cancelled before it started"))
            return
        QThreadPool.globalInstance().start(runnable)

    def report_failure(self, exc: object) -> None:
        """The default ``on_failure``: :func:`report_failure` over the widget that owns the job."""
        owner = self.parent()
        report_failure(owner if isinstance(owner, QWidget) else None, exc, place=self._place)

    def _on_finished(self, _result: object) -> None:
        # No deleteLater() here: the worker may still be inside emit(), posting the calls of the other
        # receivers, and deleting the sender meanwhile lost them (1 run in 15). The
        # job is tiny and dies with its parent.
        self._running = False


class _Runnable(QRunnable):
    """Runs the work on a pool thread and reports through the job's bound signals only."""

    def __init__(
        self,
        fn: Work,
        progress: SignalInstance,
        succeeded: SignalInstance,
        failed: SignalInstance,
        cancelled: Callable[[], bool],
    ):
        super().__init__()
        self._fn = fn
        self._progress = progress
        self._succeeded = succeeded
        self._failed = failed
        self._cancelled = cancelled

    def run(self) -> None:
        """Call the work; never let an exception escape into Qt."""
        try:
            result = self._fn(progress=self._progress.emit, cancelled=self._cancelled)
        except Exception as exc:  # reported to the GUI thread, which tells a known error from a bug
            self._failed.emit(exc)
        else:
            self._succeeded.emit(result)


def start_job(
    fn: Work,
    parent: QObject,
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Failure | None = None,
    place: str = "",
    progress: str = "",
    cancellable: bool = True,
) -> Job:
    """Run ``fn(progress=..., cancelled=...)`` on the global thread pool.

    The work starts when control returns to the event loop, so signals connected right after this call
    can never miss a fast result.

    Args:
        fn: the work; typically ``functools.partial(worker, db_path, ...)`` of a module-level function.
        parent: the Job's owner in the GUI thread (the widget a failure is reported over).
        on_success: called with the work's return value.
        on_failure: called with the exception instead of :meth:`Job.report_failure`, the default.
        place: names the box of a known error when the default reports it.
        progress: what is being done, already translated: shown in a :class:`ProgressDialog` over
            ``parent`` (a widget) if the work lasts; empty for none.
        cancellable: False hides the progress dialog's Cancel button.

    Returns:
        The job, to connect to and to cancel.
    """
    job = Job(parent, place=place)
    if progress and isinstance(parent, QWidget):
        # First, so the dialog is gone before a result's box opens.
        ProgressDialog(job, progress, parent, cancellable=cancellable)
    if on_success is not None:
        job.succeeded.connect(on_success)
    job.failed.connect(on_failure if on_failure is not None else job.report_failure)
    job._prepare(fn)
    QTimer.singleShot(0, job, job._launch)
    return job


def wait_for_jobs() -> None:
    """Block until every pool job has finished (on quit, so no worker outlives its receivers)."""
    QThreadPool.globalInstance().waitForDone()


class ProgressDialog(QProgressDialog):
    """A progress dialog for a job, shown only if the work lasts more than half a second.

    Args:
        job: the job to follow; Cancel calls :meth:`Job.cancel`.
        label: what is being done, already translated.
        parent: the window the dialog belongs to.
        cancellable: False hides the Cancel button for work that cannot stop halfway.
    """

    def __init__(self, job: Job, label: str, parent: QWidget, *, cancellable: bool = True):
        super().__init__(label, self.tr("Cancel"), 0, 0, parent)
        self.setObjectName("jobProgress")
        self.setWindowTitle(self.tr("Tripartite"))
        # Not modal: a modal QProgressDialog runs processEvents() inside setValue(), which would deliver
        # the job's result re-entrantly. The window disables its job actions instead.
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setMinimumDuration(PROGRESS_DELAY_MS)
        self.setAutoClose(False)
        self.setAutoReset(False)
        if not cancellable:
            self.setCancelButton(None)
        self._job = job
        self.canceled.connect(job.cancel)
        job.progress.connect(self._on_job_progress)
        job.succeeded.connect(self._on_job_finished)
        job.failed.connect(self._on_job_finished)

    def _on_job_progress(self, done: int, total: int) -> None:
        if self.wasCanceled():
            return
        if self.maximum() != total:
            self.setMaximum(total)
        self.setValue(min(done, total))

    def _on_job_finished(self, _result: object) -> None:
        # reset() also stops the timer that would otherwise show the dialog after the job ended.
        self.reset()
        self.hide()
        self.deleteLater()
