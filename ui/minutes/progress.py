"""An inline progress bar that appears only when the work lasts (half a second), so quick work never flashes one."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressBar, QWidget

from tripartite.ui.jobs import PROGRESS_DELAY_MS


class DelayedProgress(QProgressBar):
    """A progress bar hidden until :meth:`begin` has waited half a second, and hidden again by :meth:`end`.

    Args:
        accessible_name: what the bar measures, already translated.
        parent: the owning widget.
    """

    def __init__(self, accessible_name: str, parent: QWidget):
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setTextVisible(False)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PROGRESS_DELAY_MS)
        self._timer.timeout.connect(self.show)

    def begin(self) -> None:
        """Start waiting; the bar shows a busy indicator until the first progress report."""
        self.setRange(0, 0)
        self._timer.start()

    def report(self, done: int, total: int) -> None:
        """Show ``done`` of ``total`` (a job's ``progress`` signal)."""
        if total > 0:
            if self.maximum() != total:
                self.setRange(0, total)
            self.setValue(min(done, total))

    def end(self) -> None:
        """Stop waiting and hide."""
        self._timer.stop()
        self.hide()
