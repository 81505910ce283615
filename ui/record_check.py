"""The check of the record the app runs once its window has painted (chain and every table, DESIGN §6).

As ``tripartite audit verify`` does, without anchors. A silent read: it neither holds the File menu's one
writer's slot nor shows progress; what it finds appears as the red banner above the register.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from sqlite_utils import Database

from tripartite import store
from tripartite.errors import Cancelled
from tripartite.ui import refusal_words
from tripartite.ui.jobs import Job, start_job

if TYPE_CHECKING:
    from tripartite import audit_check

_PROBLEM_MS = 15000  # how long the status bar says that the record could not be checked


def check_in_worker(db_path: Path, *, progress: Any, cancelled: Any) -> audit_check.Report:
    """Check the record on this thread's own connection."""
    from tripartite import audit_check

    db = store.connect(db_path)
    try:
        # One read transaction: the check sees one snapshot, never half of a write committed meanwhile.
        with store.read_snapshot(db):
            return audit_check.verify(db, progress=progress, cancelled=cancelled)
    finally:
        db.close()


class RecordCheck(QObject):
    """Runs the check once on the pool and reports its end.

    Signals:
        finished(object): the check ended, with its :class:`tripartite.audit_check.Report` (None if it
            could not run or was cancelled).
        message(str, int): why the check could not run, for the status bar, and how long it stays (ms).

    Args:
        db: the GUI thread's connection (to see whether there is anything to check).
        db_path: the database, which the check opens on its own thread.
        parent: the window.
    """

    finished = Signal(object)
    message = Signal(str, int)

    def __init__(self, db: Database, db_path: Path, parent: QObject):
        super().__init__(parent)
        self._db = db
        self._db_path = db_path
        self._job: Job | None = None
        self._done = False
        self._closed = False

    def is_done(self) -> bool:
        """Whether a check has ended (or there was nothing to check)."""
        return self._done

    def start(self) -> Job | None:
        """Start the check.

        Returns:
            The job, or None when there is nothing to check (an empty file) or a check already runs.
        """
        if self._closed or self._job is not None:
            return None
        if store.is_empty(self._db):
            self._done = True
            return None
        # Owned by the application, not the window: a window deleted without its closeEvent's wait for the
        # pool (a close refused during a vote, then destroyed) must not take the Job from under a running
        # check. Its results go to this object's bound methods, which disconnect when the window dies.
        job = start_job(
            functools.partial(check_in_worker, self._db_path), QCoreApplication.instance(),
            on_success=self._on_succeeded, on_failure=self._on_failed,
        )  # fmt: skip
        self._job = job
        return job

    def shut(self) -> None:
        """The window is closing: cancel a check still running; its end is no longer reported."""
        if self._job is not None:
            self._job.cancel()
        self._closed = True

    def _on_succeeded(self, report: audit_check.Report) -> None:
        self._job, self._done = None, True
        if not self._closed:
            self.finished.emit(report)

    def _on_failed(self, exc: object) -> None:
        # Any failure is the check's result: it could not run, and the status bar says why (no bug box).
        self._job, self._done = None, True
        if self._closed:
            return
        if not isinstance(exc, Cancelled):
            text = self.tr("The record could not be checked: {error}").format(error=refusal_words.say(exc))
            self.message.emit(text, _PROBLEM_MS)
        self.finished.emit(None)
