"""B2/B5: the request register on 100,000 requests: first rows, filter keystrokes, resident memory.

Each figure is measured in-process (offscreen Qt) against a baseline from the same run: a bare
QMainWindow + QTableView showing a 200-row QStandardItemModel. The register's rows include the two
computed columns (gates and technical score, assessed lazily for the rows painted), and the window
includes the sidebar and the dossier beside the register, so every figure pays for what a user sees. Run alone:
``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/b2_register.py [WORKDIR]`` prints JSON.
"""

from __future__ import annotations

import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget

ROWS = 100_000
RUNS = 5
# Realistic searches, typed one character at a time: employer words, an accent-free surname, a region,
# and a reference (the generator's references are BENCH-0000000 …).
QUERIES = ("agricola", "nunez", "madrid", "bench-00001")


def _write_csv() -> Callable[[Path, int], Path]:
    spec = importlib.util.spec_from_file_location("bench_gen", Path(__file__).with_name("gen.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.write_csv


class _PaintWatch(QObject):
    """Notes when a widget receives a paint event."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _dispose(window: QWidget) -> None:
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def _until_painted(app: QApplication, table: QTableView, watch: _PaintWatch) -> None:
    deadline = time.perf_counter() + 10
    while not (watch.painted and table.model().rowCount() > 0):
        app.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError("the table never painted rows")


def build_db(workdir: Path) -> tuple[Path, float]:
    """A 100k-request database in ``workdir`` (reused if a complete one is there); seconds spent."""
    from tripartite import importer, store

    db_path = workdir / "b2-100k.db"
    if db_path.exists():
        db = store.connect(db_path)
        try:
            if db.execute("SELECT count(*) FROM requests").fetchone()[0] == ROWS:
                return db_path, 0.0
        finally:
            db.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    csv_path = _write_csv()(workdir / "b2-100k.csv", ROWS)
    db = store.open_db(db_path)
    try:
        importer.import_requests(db, csv_path, auth=None)
    finally:
        db.close()
    csv_path.unlink()
    return db_path, time.perf_counter() - started


def measure_first_rows(app: QApplication, db_path: Path, settings_path: Path) -> list[float]:
    """Construct + show MainWindow until the table has painted rows; 1 warm-up, then RUNS timings (ms)."""
    from tripartite.ui.mainwindow import MainWindow
    from tripartite.ui.settings import Settings

    times = []
    for run in range(RUNS + 1):
        settings = Settings(settings_path)
        started = time.perf_counter()
        window = MainWindow(db_path, settings=settings)
        watch = _PaintWatch(window)
        window.register.table.viewport().installEventFilter(watch)
        window.show()
        _until_painted(app, window.register.table, watch)
        elapsed = (time.perf_counter() - started) * 1000
        if run:
            times.append(elapsed)
        _dispose(window)
        settings.deleteLater()
    return times


def measure_baseline(app: QApplication) -> list[float]:
    """The same measure for a bare QMainWindow + QTableView on a 200-row QStandardItemModel (ms)."""
    times = []
    for run in range(RUNS + 1):
        started = time.perf_counter()
        window = QMainWindow()
        model = QStandardItemModel(0, 12, window)
        for row in range(200):
            model.appendRow([QStandardItem(f"r{row}c{col}") for col in range(12)])
        table = QTableView(window)
        table.setModel(model)
        window.setCentralWidget(table)
        window.resize(1200, 720)
        watch = _PaintWatch(window)
        table.viewport().installEventFilter(watch)
        window.show()
        _until_painted(app, table, watch)
        elapsed = (time.perf_counter() - started) * 1000
        if run:
            times.append(elapsed)
        _dispose(window)
    return times


def _type_queries(window: Any, timings: dict[str, list[float]] | None = None) -> dict[str, int]:
    """Type every query one character at a time; optionally time each keystroke; matches per query."""
    matches: dict[str, int] = {}
    for query in QUERIES:
        for n in range(1, len(query) + 1):
            started = time.perf_counter()
            window.register.filter_edit.setText(query[:n])
            window.register.apply_filter()  # what the debounce timer calls; the timer itself is bypassed
            ready = time.perf_counter()
            window.register.table.viewport().repaint()
            painted = time.perf_counter()
            if timings is not None:
                timings["to_rows"].append((ready - started) * 1000)
                timings["to_paint"].append((painted - started) * 1000)
        matches[query] = window.register.model.total()
        window.register.filter_edit.clear()
        window.register.apply_filter()
    return matches


def measure_keystrokes(app: QApplication, db_path: Path, settings_path: Path) -> dict[str, Any]:
    """Time each keystroke to rows ready, and to a repainted view (ms)."""
    from tripartite.ui.mainwindow import MainWindow
    from tripartite.ui.settings import Settings

    settings = Settings(settings_path)
    window = MainWindow(db_path, settings=settings)
    window.show()
    app.processEvents()
    timings: dict[str, list[float]] = {"to_rows": [], "to_paint": []}
    matches = _type_queries(window, timings)
    _dispose(window)
    settings.deleteLater()
    return {**timings, "matches": matches}


def measure_memory(db_path: Path, settings_path: Path) -> dict[str, float]:
    """Resident memory of a fresh process: Qt up, register open on 100k requests, after the searches (MB).

    Run in a child process (``--memory``), so whatever the caller did before (building the database,
    other benchmarks) does not count.
    """
    from tripartite.ui.mainwindow import MainWindow
    from tripartite.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    before = _rss_mb()
    settings = Settings(settings_path)
    window = MainWindow(db_path, settings=settings)
    window.show()
    app.processEvents()
    opened = _rss_mb()
    _type_queries(window)
    app.processEvents()
    after = _rss_mb()
    _dispose(window)
    return {"qt_only": before, "register_open": opened, "after_searches": after}


def _p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10, method="inclusive")[-1]


def run(workdir: Path) -> dict[str, object]:
    """Build the 100k database in ``workdir`` and measure B2 (first rows, keystrokes) and B5 (memory).

    Returns:
        Figures in milliseconds and megabytes, with the baseline and the ratio to it.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    # Built in a child process, so the import's garbage does not count in this process's memory (B5).
    started = time.perf_counter()
    subprocess.run([sys.executable, __file__, "--build", str(workdir)], check=True)
    build_s = time.perf_counter() - started
    db_path = workdir / "b2-100k.db"
    settings_path = workdir / "b2-settings.ini"
    settings_path.unlink(missing_ok=True)
    child = subprocess.run(
        [sys.executable, __file__, "--memory", str(db_path), str(settings_path)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    memory = json.loads(child.stdout)

    baseline = measure_baseline(app)
    first_rows = measure_first_rows(app, db_path, settings_path)
    keys = measure_keystrokes(app, db_path, settings_path)
    to_rows, to_paint = keys["to_rows"], keys["to_paint"]
    assert isinstance(to_rows, list) and isinstance(to_paint, list)
    baseline_ms = statistics.median(baseline)
    first_ms = statistics.median(first_rows)
    from tripartite.ui.models.request_model import COLUMNS

    return {
        "requests": ROWS,
        "register_columns": len(COLUMNS),
        "db_build_s": round(build_s, 2),  # 0-ish when an earlier run's database was reused
        "baseline_first_rows_ms": round(baseline_ms, 1),
        "first_rows_ms": round(first_ms, 1),
        "first_rows_runs_ms": [round(t, 1) for t in first_rows],
        "first_rows_vs_baseline": round(first_ms / baseline_ms, 2),
        "keystrokes": len(to_rows),
        "keystroke_to_rows_median_ms": round(statistics.median(to_rows), 1),
        "keystroke_to_rows_p90_ms": round(_p90(to_rows), 1),
        "keystroke_to_rows_max_ms": round(max(to_rows), 1),
        "keystroke_to_paint_median_ms": round(statistics.median(to_paint), 1),
        "keystroke_to_paint_p90_ms": round(_p90(to_paint), 1),
        "keystroke_to_paint_max_ms": round(max(to_paint), 1),
        "matches_per_query": keys["matches"],
        "rss_qt_only_mb": round(memory["qt_only"], 1),
        "rss_register_open_mb": round(memory["register_open"], 1),
        "rss_after_searches_mb": round(memory["after_searches"], 1),
        "targets": {"first_rows_ms": "< 100", "keystroke_median_ms": "< 50", "rss_mb": "<= 250"},
    }


if __name__ == "__main__":
    if sys.argv[1:2] == ["--build"]:
        build_db(Path(sys.argv[2]))
        sys.exit(0)
    if sys.argv[1:2] == ["--memory"]:
        print(json.dumps(measure_memory(Path(sys.argv[2]), Path(sys.argv[3]))))
        sys.exit(0)
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="tripartite-b2-"))
    print(json.dumps(run(folder), indent=2, ensure_ascii=False))
