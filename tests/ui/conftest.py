"""Fixtures for the desktop app's tests: real SQLite files under tmp_path, user paths redirected, no modal boxes."""

from __future__ import annotations

import csv
import gc
import importlib.util
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

# Belt and braces: tests/conftest.py sets this too, but these tests must never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt

from tripartite import sample, store
from tripartite.ui import boxes as ui_boxes
from tripartite.ui import language
from tripartite.ui.jobs import wait_for_jobs
from tripartite.ui.mainwindow import MainWindow
from tripartite.ui.settings import Settings

REPO = Path(__file__).resolve().parents[2]


def _load_gen() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_gen", REPO / "bench" / "gen.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gen = _load_gen()


@pytest.fixture(scope="session", autouse=True)
def english(qapp) -> Iterator[None]:
    """The app's English catalogue (its plural forms: "1 worker", "2 workers"), as the app installs it."""
    installed = language.install_translators(qapp, "en")
    if not any(t.filePath().endswith("tripartite_en.qm") for t in installed):
        pytest.fail(f"{language.I18N_DIR / 'tripartite_en.qm'} is missing: run `make setup` to compile the catalogues")
    yield
    language.remove_translators(qapp, installed)


@pytest.fixture(autouse=True)
def isolated_user_dirs(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Send every per-user path (settings, default database) into tmp_path."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "user-settings"))
    monkeypatch.setenv("TRIPARTITE_DB", str(tmp_path / "user-data" / "board.db"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    yield
    # No worker may outlive the test, and parented jobs/dialogs queued for deletion go now, not at exit.
    wait_for_jobs()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # Collect this test's widgets and models now: left to the cyclic collector, one test's leftovers were
    # freed in the middle of a later test's nested event loop (a PIN dialog's), while a view painted.
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class Shown(list[tuple[str, str]]):
    """The boxes shown, as ``(kind, text)``; ``answer`` is what a question box answers (Yes unless a test says)."""

    answer: bool = True


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[Shown]:
    """Record message boxes instead of blocking on them; a bug box fails the test."""
    shown = Shown()

    def inform(parent: object, title: str, text: str) -> None:
        shown.append(("info", text))

    def show_bug(parent: object, exc: BaseException) -> None:
        shown.append(("bug", repr(exc)))

    def ask(parent: object, title: str, text: str) -> bool:
        shown.append(("question", text))
        return shown.answer

    def show_error(parent: object, text: str, *, place: str = "") -> None:
        shown.append(("error", text))

    def warn(parent: object, text: str) -> None:
        shown.append(("warning", text))

    def about(parent: object, title: str, text: str) -> None:
        shown.append(("about", text))

    # Every box of the app is looked up in ui/boxes.py when shown, so these replace them all.
    for name, fake in (("inform", inform), ("show_error", show_error), ("warn", warn), ("show_bug", show_bug),
                       ("confirm", ask), ("about", about)):  # fmt: skip
        monkeypatch.setattr(ui_boxes, name, fake)
    yield shown
    bugs = [text for kind, text in shown if kind == "bug"]
    assert not bugs, f"a bug box was shown: {bugs}"


@pytest.fixture(scope="session")
def _sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "sample.db"
    db = store.open_db(path)
    try:
        # As the first-run path loads it: with the demo PINs (sample.DEMO_PINS), scrypt-hashed once per session.
        sample.load_sample(db, demo_pins=True)
    finally:
        db.close()  # the last close checkpoints the WAL into the main file
    return path


@pytest.fixture
def sample_file(tmp_path: Path, _sample_template: Path) -> Path:
    """A database holding the sample board (members with the demo PINs) and its 48 requests (a fresh copy per test)."""
    path = tmp_path / "sample.db"
    shutil.copyfile(_sample_template, path)
    return path


@pytest.fixture
def db(sample_file: Path) -> Iterator[store.Database]:
    """Overrides tests/conftest.py's empty ``db``: an open connection to a fresh copy of the sample."""
    database = store.open_db(sample_file)
    yield database
    database.close()


@pytest.fixture
def empty_file(tmp_path: Path) -> Path:
    """A migrated database with neither board nor requests."""
    path = tmp_path / "empty.db"
    store.open_db(path).close()
    return path


@pytest.fixture
def csv_500(tmp_path: Path) -> Path:
    """A valid requests file with 500 generated requests (BENCH-0000000 …)."""
    return gen.write_csv(tmp_path / "requests-500.csv", 500)


@pytest.fixture
def big_file(tmp_path: Path, csv_500: Path) -> Path:
    """A database holding the 500 generated requests and no board."""
    from tripartite import importer

    path = tmp_path / "big.db"
    db = store.open_db(path)
    try:
        importer.import_requests(db, csv_500, auth=None)
    finally:
        db.close()
    return path


@pytest.fixture
def request_rows() -> Callable[[int], tuple[list[str], list[list[str]]]]:
    """Make N valid generated request rows: ``(header, rows)``, as text."""

    def make(n: int) -> tuple[list[str], list[list[str]]]:
        return list(gen.NAMES), gen.rows(n, seed=5)

    return make


@pytest.fixture
def bad_csv(tmp_path: Path) -> Path:
    """A requests file with two bad cells (rows 3 and 4) and an unknown column (a warning)."""
    rows = gen.rows(3, seed=11)
    header = [*gen.NAMES, "remarks"]
    workers = gen.NAMES.index("workers_requested")
    isco = gen.NAMES.index("occupation_isco")
    rows[1][workers] = "lots"
    rows[2][isco] = "99999"
    path = tmp_path / "bad.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        writer.writerows([*row, "x"] for row in rows)
    return path


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings in a file under tmp_path."""
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def open_window(qtbot, settings: Settings) -> Callable[[Path], MainWindow]:
    """Build, register and show a main window on a database, and wait for its deferred start-up work."""

    def make(db_path: Path) -> MainWindow:
        window = MainWindow(db_path, settings=settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(window.is_ready)
        return window

    return make


def _fingerprint(path: Path) -> tuple[int, ...]:
    db = store.connect(path)
    try:
        tables = ("requests", "events", "board", "members")
        return tuple(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables)
    finally:
        db.close()


@pytest.fixture
def fingerprint() -> Callable[[Path], tuple[int, ...]]:
    """Row counts of requests, audit events, board and members (to prove nothing was written)."""
    return _fingerprint


@pytest.fixture
def enter_pin(qtbot) -> Callable[..., object]:
    """Type a PIN into the PIN dialog now open, as the member at the laptop does, and press Enter.

    ``enter_pin("4001", "sec1")`` chooses the member first when the dialog offers several.
    """
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from tripartite.ui.dialogs.pin_prompt import PinPrompt

    def enter(pin: str, member: str | None = None) -> PinPrompt:
        found: list[PinPrompt] = []

        def visible() -> bool:
            found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, PinPrompt) and w.isVisible()]
            return bool(found)

        qtbot.waitUntil(visible, timeout=3000)
        dialog = found[-1]
        if member is not None:
            dialog.member_combo.setCurrentIndex(dialog.member_combo.findData(member))
        dialog.pin_edit.setFocus()
        QTest.keyClicks(dialog.pin_edit, pin)
        QTest.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
        return dialog

    return enter
