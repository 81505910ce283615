"""Fixtures of the minutes dialogs: a recorded sample meeting, P-256 keys made once per session, signed minutes.

Everything is real: SQLite files under tmp_path, the reportlab PDF, pyHanko signatures and verification.
The board trusts the five signers' certificates (as `tripartite keys trust` would store them).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from tests.helpers import PASSPHRASE, ROLES
from tripartite import sample, store
from tripartite.authority import operator
from tripartite.meetings import recording
from tripartite.reports import demo, service, trust
from tripartite.reports.keys import Identity, new_identity
from tripartite.ui.minutes import sign_dialog, work
from tripartite.ui.minutes.minutes_dialog import MinutesDialog
from tripartite.ui.minutes.sign_dialog import SignDialog

from ..conftest import REPO

MEETING = REPO / "data" / "sample" / "meeting.toml"


@dataclass(frozen=True)
class Keys:
    """Each role's key file and certificate on disk, and the identities themselves."""

    folder: Path
    identities: dict[str, Identity]

    def p12(self, role: str) -> Path:
        return self.folder / f"{role}.p12"

    def pem(self, role: str) -> Path:
        return self.folder / f"{role}.pem"


@pytest.fixture(scope="session")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Keys:
    """A P-256 signing identity per role (milliseconds each), written as .p12 and .pem files."""
    folder = tmp_path_factory.mktemp("keys")
    identities = {}
    for role in ROLES:
        identity = new_identity(f"Signer for {role}", role, PASSPHRASE, algorithm="p-256")
        (folder / f"{role}.p12").write_bytes(identity.p12)
        (folder / f"{role}.pem").write_bytes(identity.cert_pem)
        identities[role] = identity
    return Keys(folder, identities)


@pytest.fixture(scope="session")
def _recorded_template(tmp_path_factory: pytest.TempPathFactory, keys: Keys) -> tuple[Path, int]:
    """The sample board, the sample meeting recorded (closed), and the five signers' certificates trusted."""
    path = tmp_path_factory.mktemp("recorded") / "board.db"
    db = store.open_db(path)
    try:
        sample.load_sample(db, demo_pins=True)  # the officers' PINs build the minutes in the app
        meeting_id = int(recording.record_meeting(db, MEETING, auth=operator(db))["meeting_id"])
        for role, member in demo.demo_signers(db).items():
            trust.trust_certificate(db, keys.identities[role].cert_pem, member, operator(db))
    finally:
        db.close()  # the last close checkpoints the WAL into the main file, so a copy is whole
    return path, meeting_id


@pytest.fixture
def recorded(tmp_path: Path, _recorded_template: tuple[Path, int]) -> tuple[Path, int]:
    """A fresh copy of the recorded template: (database, meeting id)."""
    source, meeting_id = _recorded_template
    path = tmp_path / "board.db"
    shutil.copyfile(source, path)
    return path, meeting_id


@dataclass(frozen=True)
class Signed:
    """Minutes signed by every role through the service, and the database that recorded them."""

    db_path: Path
    meeting_id: int
    pdf: bytes
    partly: bytes  # the file after two signatures (chair, secretary)


@pytest.fixture(scope="session")
def _signed_template(tmp_path_factory: pytest.TempPathFactory, _recorded_template: tuple[Path, int],
                     keys: Keys) -> Signed:  # fmt: skip
    source, meeting_id = _recorded_template
    path = tmp_path_factory.mktemp("signed") / "board.db"
    shutil.copyfile(source, path)
    db = store.open_db(path)
    try:
        exported = service.export_minutes(db, meeting_id, auth=operator(db))
        revisions = {}
        for role in ROLES:
            done = service.sign_minutes(db, exported.minutes_id, role, keys.identities[role].p12, PASSPHRASE)
            revisions[role] = done.pdf
    finally:
        db.close()
    return Signed(path, meeting_id, revisions["union"], revisions["secretary"])


@pytest.fixture
def signed(tmp_path: Path, _signed_template: Signed) -> Signed:
    """A fresh copy of the fully signed template."""
    path = tmp_path / "signed.db"
    shutil.copyfile(_signed_template.db_path, path)
    return Signed(path, _signed_template.meeting_id, _signed_template.pdf, _signed_template.partly)


@pytest.fixture
def host(qtbot) -> QMainWindow:
    """A shown, active top-level window to parent the dialogs (offscreen has no window manager)."""
    window = QMainWindow()
    window.setWindowTitle("Tripartite")
    window.resize(1200, 800)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


@pytest.fixture
def open_minutes(qtbot, host: QMainWindow, enter_pin) -> Callable[..., MinutesDialog]:
    """Open the minutes dialog on a database, give the secretary's PIN if they must be built, wait for them."""

    def make(db_path: Path, meeting_id: int, **kwargs: object) -> MinutesDialog:
        dialog = MinutesDialog(db_path, meeting_id, host, **kwargs)  # type: ignore[arg-type]
        dialog.open()
        if work.needs_build(db_path, meeting_id):
            enter_pin(sample.DEMO_PINS["sec1"], "sec1")
        qtbot.waitUntil(lambda: dialog.state is not None, timeout=15_000)
        return dialog

    return make


def counts(db_path: Path) -> tuple[object, ...]:
    """What a refused action must leave alone: minutes, signatures, audit events, the meeting's status."""
    db = store.connect(db_path)
    try:
        tables = tuple(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                       for t in ("minutes", "signatures", "events"))  # fmt: skip
        return (*tables, db.execute("SELECT group_concat(status) FROM meetings").fetchone()[0])
    finally:
        db.close()


def files(folder: Path) -> dict[str, bytes]:
    """Every file in a folder with its bytes, except SQLite's own WAL and shared-memory files."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if p.is_file() and not p.name.endswith(("-wal", "-shm", ".db"))}  # fmt: skip


@pytest.fixture
def key_chooser(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], None]:
    """Make the key file chooser return a path, as if the user had picked it."""

    def choose(path: Path) -> None:
        monkeypatch.setattr(sign_dialog, "choose_key_file", lambda parent: path)

    return choose


def open_sign_dialog(qtbot, dialog: MinutesDialog) -> SignDialog:
    """Press "Sign as…" and return the sign dialog it opens."""
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    found: list[SignDialog] = []

    def visible() -> bool:
        found[:] = [d for d in dialog.findChildren(SignDialog) if d.isVisible()]
        return bool(found)

    qtbot.waitUntil(visible)
    return found[-1]


def fill_sign_dialog(qtbot, sign: SignDialog, role: str, key: Path, passphrase: str) -> None:
    """Choose the role, the key file (through the chooser) and type the passphrase, as a person would."""
    sign.role_combo.setCurrentIndex(sign.role_combo.findData(role))
    qtbot.mouseClick(sign.browse_button, Qt.MouseButton.LeftButton)
    assert sign.key_edit.text() == str(key)
    sign.passphrase_edit.setFocus()
    QTest.keyClicks(sign.passphrase_edit, passphrase)  # ASCII only: keyClicks aborts on other text (a PySide6 defect)


def sign_through_dialog(qtbot, dialog: MinutesDialog, key_chooser: Callable[[Path], None], keys: Keys,
                        role: str) -> None:  # fmt: skip
    """Sign one role through "Sign as…" and wait for the minutes dialog to show the new state."""
    key_chooser(keys.p12(role))
    sign = open_sign_dialog(qtbot, dialog)
    fill_sign_dialog(qtbot, sign, role, keys.p12(role), PASSPHRASE)
    with qtbot.waitSignal(sign.signed, timeout=15_000):
        qtbot.mouseClick(sign.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state is not None and role in dialog.state.signed)


def focus_cycle(qtbot, start: QWidget, limit: int = 40) -> list[QWidget]:
    """Press Tab from ``start`` until the focus comes back to it; the widgets reached on the way."""
    start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen: list[QWidget] = []
    for _ in range(limit):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is start:
            break
        seen.append(widget)
    return seen
