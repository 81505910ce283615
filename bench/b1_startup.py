"""B1: start to the first painted main window with 100,000 requests, against a bare PySide6 start.

Both are child processes, measured the same way: wall time from ``subprocess.Popen`` to the child
printing ``painted`` on stdout after its main window's first paint. The app is the real one
(``python -m tripartite gui --db DB``); the environment variable ``TRIPARTITE_STARTUP_PROBE`` makes it
print that line and quit (see ``ui/app.py``). The baseline is a bare QMainWindow + QTableView with a
200-row QStandardItemModel. Medians of 5 runs each, after one warm-up run of each (the file cache).

Run alone: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/b1_startup.py [WORKDIR]`` prints JSON.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
ROOT = Path(__file__).resolve().parent.parent

BASELINE = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("painted", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv)
window = QMainWindow()
model = QStandardItemModel(0, 12, window)
for row in range(200):
    model.appendRow([QStandardItem(f"r{row}c{col}") for col in range(12)])
table = QTableView(window)
table.setModel(model)
window.setCentralWidget(table)
window.resize(1280, 760)
watch = Watch(window)
window.installEventFilter(watch)
window.show()
app.exec()
"""


def _time_child(argv: list[str], env: dict[str, str]) -> float:
    """Seconds from Popen to the child's "painted" line; the child is then left to quit (or killed)."""
    started = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True, cwd=ROOT)
    assert child.stdout is not None
    try:
        for line in child.stdout:
            if line.strip() == "painted":
                elapsed = time.perf_counter() - started
                break
        else:
            raise RuntimeError(f"{argv[1:3]} never painted (exit {child.wait()})")
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    return elapsed


def _database(workdir: Path) -> Path:
    """The 100k database of B2 (built by ``b2_register.build_db`` in a child process when missing)."""
    db_path = workdir / "b2-100k.db"
    subprocess.run([sys.executable, str(ROOT / "bench" / "b2_register.py"), "--build", str(workdir)], check=True)
    return db_path


def run(workdir: Path) -> dict[str, object]:
    """Measure B1 in ``workdir`` (which keeps the 100k database between runs).

    Returns:
        Medians in milliseconds for the app and the baseline, every run, and the ratio (target ≤ 2.5).
    """
    workdir.mkdir(parents=True, exist_ok=True)
    db_path = _database(workdir)
    # A settings folder of its own, so the user's remembered window (or page) does not change the start.
    config = Path(tempfile.mkdtemp(prefix="tripartite-b1-"))
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "XDG_CONFIG_HOME": str(config), "TRIPARTITE_STARTUP_PROBE": "1"}  # fmt: skip
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # compiled bytecode is what a user's start runs
    app = [sys.executable, "-m", "tripartite", "gui", "--db", str(db_path)]
    bare = [sys.executable, "-c", BASELINE]
    # The app in Arabic (from the system locale): its catalogue and Qt's are loaded, the layout mirrored.
    arabic = {**env, "LANG": "ar_AE.UTF-8", "LC_ALL": "ar_AE.UTF-8"}
    app_runs, bare_runs, arabic_runs = [], [], []
    _time_child(app, env)  # warm-up: file cache and bytecode
    _time_child(bare, env)
    _time_child(app, arabic)
    for _ in range(RUNS):
        # Interleaved, so a slow moment of the machine hits both alike.
        bare_runs.append(_time_child(bare, env) * 1000)
        app_runs.append(_time_child(app, env) * 1000)
        arabic_runs.append(_time_child(app, arabic) * 1000)
    app_ms, bare_ms = statistics.median(app_runs), statistics.median(bare_runs)
    return {
        "requests": 100_000,
        "app_first_paint_ms": round(app_ms, 1),
        "baseline_first_paint_ms": round(bare_ms, 1),
        "app_first_paint_arabic_ms": round(statistics.median(arabic_runs), 1),
        "app_runs_ms": [round(t, 1) for t in app_runs],
        "baseline_runs_ms": [round(t, 1) for t in bare_runs],
        "ratio": round(app_ms / bare_ms, 2),
        "target_ratio": "<= 2.5",
    }


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "bench" / "out"
    print(json.dumps(run(folder), indent=2))
