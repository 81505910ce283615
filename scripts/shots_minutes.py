"""Screenshots of the minutes in the app for the README: the minutes dialog and the verification panel.

Run under Xvfb, so the windows are real X11 windows with the real fonts:

    xvfb-run -a -s "-screen 0 1366x800x24" .venv/bin/python scripts/shots_minutes.py docs/

It builds the sample board in a temporary folder, records the sample meeting, makes a P-256 key for each
signatory (trusted by the board, as ``tripartite keys trust`` would do), then drives the real dialogs:
the minutes dialog builds the minutes, three roles sign through "Sign as…" and ``minutes-dialog.png`` is
saved (preview and signing state); the last two roles sign, and ``verify-panel.png`` shows the
verification of the fully signed minutes.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from tripartite import sample, store
from tripartite.authority import operator
from tripartite.meetings import recording
from tripartite.reports import demo, files, trust
from tripartite.reports.keys import new_identity
from tripartite.ui.dialogs.pin_prompt import PinPrompt
from tripartite.ui.minutes import MinutesDialog
from tripartite.ui.minutes.sign_dialog import SignDialog

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "a passphrase for the screenshots"
FIRST_SIGNERS = ("chair", "secretary", "government")


def _settle(app: QApplication, seconds: float = 0.5) -> None:
    """Let layouts, QPdfView's page rendering and the first paints finish."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def _wait(app: QApplication, done: Callable[[], bool], what: str, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        app.processEvents()
        time.sleep(0.01)


def _shown(kind: type) -> QWidget | None:
    return next((w for w in QApplication.allWidgets() if isinstance(w, kind) and w.isVisible()), None)


def _board(work: Path) -> tuple[Path, int, dict[str, Path]]:
    """The sample board, the sample meeting recorded, and a trusted key file per signatory role."""
    db_path = work / "board.db"
    keys: dict[str, Path] = {}
    db = store.open_db(db_path)
    try:
        sample.load_sample(db, demo_pins=True)  # the secretary's PIN builds the minutes
        meeting_id = int(
            recording.record_meeting(db, ROOT / "data" / "sample" / "meeting.toml", auth=operator(db))["meeting_id"]
        )
        names = {m["id"]: m["name"] for m in db.query("SELECT id, name FROM members")}
        for role, member in demo.demo_signers(db).items():
            identity = new_identity(names[member], role, PASSPHRASE, algorithm="p-256")
            keys[role] = work / f"{role}.p12"
            files.write_file(keys[role], identity.p12, private=True)
            trust.trust_certificate(db, identity.cert_pem, member, operator(db))
    finally:
        db.close()
    return db_path, meeting_id, keys


def _sign(app: QApplication, dialog: MinutesDialog, role: str, key: Path) -> None:
    """Sign one role through the real "Sign as…" dialog, as a person would fill it in."""
    dialog.sign_as()
    sign = next(d for d in dialog.findChildren(SignDialog) if d.isVisible())
    sign.role_combo.setCurrentIndex(sign.role_combo.findData(role))
    sign.key_edit.setText(str(key))
    sign.passphrase_edit.setText(PASSPHRASE)
    sign.sign()
    _wait(app, lambda: dialog.state is not None and role in dialog.state.signed, f"the {role} signature")


def _grab(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not save {path}")
    print(f"wrote {path}")


def main(out: Path) -> int:
    """Build, sign and verify the sample minutes through the dialogs; save the two screenshots into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Tripartite")
    work = Path(tempfile.mkdtemp(prefix="tripartite-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
    db_path, meeting_id, keys = _board(work)

    host = QMainWindow()  # the dialogs' parent, as the meetings page would be
    host.setWindowTitle("Tripartite")
    dialog = MinutesDialog(db_path, meeting_id, host)
    dialog.resize(1280, 760)
    dialog.show()
    _wait(app, lambda: _shown(PinPrompt) is not None, "the secretary's PIN")
    pin = _shown(PinPrompt)
    pin.member_combo.setCurrentIndex(pin.member_combo.findData("sec1"))
    pin.pin_edit.setText(sample.DEMO_PINS["sec1"])
    pin.try_pin()
    _wait(app, lambda: dialog.state is not None, "the minutes")
    for role in FIRST_SIGNERS:
        _sign(app, dialog, role, keys[role])
    dialog.activateWindow()
    _settle(app, 1.0)
    _grab(dialog, out / "minutes-dialog.png")

    for role in dialog.state.remaining if dialog.state else ():
        _sign(app, dialog, role, keys[role])
    verify = dialog.verify()
    if verify is None:
        raise SystemExit("no minutes to verify")
    verify.resize(1100, 440)
    _wait(app, lambda: verify.panel.last is not None, "the verification")
    _settle(app)
    _grab(verify, out / "verify-panel.png")
    verify.reject()
    dialog.reject()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"))
