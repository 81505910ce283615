"""Screenshots of the main window for the README: the register, a dossier, board settings.

Run under Xvfb, so the window is a real X11 window with the real fonts:

    xvfb-run -a -s "-screen 0 1366x800x24" .venv/bin/python scripts/shots_main.py docs/

It builds the sample board (with its demo PINs) in a temporary folder, opens the real MainWindow at
1280×760 and saves ``register.png``, ``dossier.png`` and ``board.png`` with ``QWidget.grab()``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from tripartite import sample, store
from tripartite.ui import language
from tripartite.ui.mainwindow import PAGE_BOARD, PAGE_REQUESTS, MainWindow
from tripartite.ui.settings import Settings

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
    window.close()
    print("\n".join(str(out / name) for name in ("register.png", "dossier.png", "welcome.png", "board.png")))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs")))
