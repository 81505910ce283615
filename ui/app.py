"""Start of the desktop app: QApplication, translators, exception hook, database, main window."""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from tripartite import paths
from tripartite.errors import KnownError
from tripartite.ui import boxes, language, mainwindow, refusal_words
from tripartite.ui.jobs import report_failure, wait_for_jobs
from tripartite.ui.settings import Settings

# Set (to anything) by the start-up benchmark (bench/b1_startup.py): print "painted" after the main
# window's first paint, then quit. Nothing else changes, so the start-up measured is the real one.
STARTUP_PROBE = "TRIPARTITE_STARTUP_PROBE"


class _ExceptionHook:
    """``sys.excepthook`` for the GUI: reported as a job's failure is (a known error's box, or the bug box)."""

    def __init__(self) -> None:
        self._showing = False

    def __call__(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        traceback.print_exception(kind, exc, tb, file=sys.stderr)
        if self._showing or QApplication.instance() is None:
            return  # an error while a box is open: the traceback above is enough
        self._showing = True
        try:
            parent = QApplication.activeWindow()
            report_failure(parent, exc)
        finally:
            self._showing = False


class _StartupProbe(QObject):
    """Reports the first paint on stdout and ends the event loop (the start-up benchmark's hook)."""

    def __init__(self, app: QApplication, parent: QObject):
        super().__init__(parent)
        self._app = app

    def on_painted(self) -> None:
        """Print the line the benchmark waits for, then quit once the event loop is free."""
        print("painted", flush=True)
        QTimer.singleShot(0, self._app, self._app.quit)


def run_event_loop(app: QApplication) -> int:
    """Run the event loop until the last window closes (tests replace this)."""
    return app.exec()


def main(db_path: Path | None = None, argv: list[str] | None = None) -> int:
    """Run the desktop app.

    Args:
        db_path: the database (default: ``tripartite.paths.default_db_path()``, which honours
            ``TRIPARTITE_DB``).
        argv: arguments for Qt (default: ``sys.argv``).

    Returns:
        The event loop's exit code, or 2 if the database cannot be opened.
    """
    existing = QApplication.instance()
    qt_argv = argv if argv is not None else sys.argv
    app = existing if isinstance(existing, QApplication) else QApplication(qt_argv)
    app.setApplicationName("Tripartite")
    app.setOrganizationName("Tripartite")
    settings = Settings(parent=app)
    translators = language.install_translators(app, settings.language() or language.system_language())
    previous_hook = sys.excepthook
    sys.excepthook = _ExceptionHook()
    try:
        path = Path(db_path) if db_path is not None else paths.default_db_path()
        try:
            window = mainwindow.MainWindow(path, settings=settings)
        except KnownError as exc:
            boxes.show_error(None, refusal_words.say(exc))
            return 2
        if os.environ.get(STARTUP_PROBE):
            probe = _StartupProbe(app, window)
            window.first_painted.connect(probe.on_painted)
        else:
            # After the window is up, so the question appears over a drawn window.
            QTimer.singleShot(0, window, window.offer_sample_if_empty)
        window.show()
        code = run_event_loop(app)
        window.close()
        return code
    finally:
        wait_for_jobs()
        sys.excepthook = previous_hook
        language.remove_translators(app, translators)
