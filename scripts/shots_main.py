"""Screenshots of the main window for the README: the register, a dossier, board settings.

Run under Xvfb, so the window is a real X11 window with the real fonts:

    xvfb-run -a -s "-screen 0 1366x800x24" .venv/bin/python scripts/shots_main.py docs/

It builds the sample board (with its demo PINs) in a temporary folder, opens the real MainWindow at
1280×760 and saves ``register.png``, ``dossier.png`` and ``board.png`` with ``QWidget.grab()``; then it
records the sample meeting and saves ``followup.png``: the Follow-up page on 1 March 2027 (two records
overdue), with evidence filed for the first reporting period.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from tripartite import followup, sample, store
from tripartite.authority import operator
from tripartite.meetings import recording
from tripartite.ui import language, mainwindow
from tripartite.ui.mainwindow import PAGE_BOARD, PAGE_FOLLOWUP, PAGE_REQUESTS, MainWindow
from tripartite.ui.settings import Settings
from tripartite.ui.views import followup_view

# The app's language for the shots (SHOTS_LANG=es|fr|ar); other languages' files end in -<lang>.
LANG = os.environ.get("SHOTS_LANG", "en")
SUFFIX = "" if LANG == "en" else f"-{LANG}"
SIZE = (1280, 760)
# A request with a conditional recommendation: the suggested conditions, a fragile band and the chart.
DOSSIER_REFERENCE = "REQ-2026-0015"


def _settle(app: QApplication, seconds: float = 0.4) -> None:
    """Let layouts, deferred start-up work and the first paints finish."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def _as_of() -> dt.date:
    return dt.date(2027, 3, 1)


def _followup(db_path: Path) -> None:
    """Record the sample meeting, and file two files of evidence for its first reporting period."""
    db = store.connect(db_path)
    try:
        meeting = Path(__file__).resolve().parents[1] / "data" / "sample" / "meeting.toml"
        recording.record_meeting(db, meeting, auth=operator(db))
        records = followup.listing(db, _as_of())
        reporting = next(r for r in records if r.kind.value == "reporting")
        files = [
            followup.EvidenceFile("q1-report-2027.pdf", b"%PDF-1.7 " + b"x" * 48_000),
            followup.EvidenceFile("payroll-q1.csv", b"name,wage\n" * 900),
        ]
        followup.file_evidence(db, reporting.id, files, None, operator(db))
    finally:
        db.close()


def main(out: Path) -> int:
    """Build the sample, open the window and save the three screenshots into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    language.install_translators(app, LANG)
    app.setApplicationName("Tripartite")
    work = Path(tempfile.mkdtemp(prefix="tripartite-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
    db_path = work / "board.db"
    db = store.open_db(db_path)
    try:
        sample.load_sample(db, demo_pins=True)
    finally:
        db.close()
    settings = Settings(work / "shots.ini")
    settings.set_flag("welcomeDismissed", True)  # the register first; the welcome panel has its own moment
    window = MainWindow(db_path, settings=settings)
    window.resize(*SIZE)
    window.show()
    _settle(app)

    db = store.connect(db_path)
    request_id = db.execute("SELECT id FROM requests WHERE reference = ?", [DOSSIER_REFERENCE]).fetchone()[0]
    db.close()
    window.show_page(PAGE_REQUESTS)
    window.register.select_request(request_id)
    window.register.table.setFocus()
    _settle(app)
    window.grab().save(str(out / f"register{SUFFIX}.png"))

    window.register.dossier.tabs.setCurrentIndex(1)  # Scores: the criteria and the chart by family
    _settle(app)
    window.grab().save(str(out / f"dossier{SUFFIX}.png"))

    window.show_welcome()
    _settle(app)
    window.grab().save(str(out / f"welcome{SUFFIX}.png"))
    window.register.welcome.hide()

    window.show_page(PAGE_BOARD)
    _settle(app)
    window.grab().save(str(out / f"board{SUFFIX}.png"))

    _followup(db_path)
    followup_view.today = _as_of  # the page opens on 1 March 2027, and the count is judged then too
    mainwindow.today = _as_of
    window.count_overdue()
    window.show_page(PAGE_FOLLOWUP)
    assert window.followup_view is not None
    filed = next(r for r in window.followup_view.records() if r.evidence)
    window.followup_view.select(filed.id)  # its files listed under the table
    window.followup_view.table.setFocus()
    _settle(app)
    window.grab().save(str(out / f"followup{SUFFIX}.png"))
    window.close()
    names = ("register.png", "dossier.png", "welcome.png", "board.png", "followup.png")
    print("\n".join(str(out / name) for name in names))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs")))
