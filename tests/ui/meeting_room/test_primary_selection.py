"""The X11 PRIMARY selection: text selected in a private field never becomes pasteable with a middle click.

The offscreen platform has no selection (``supportsSelection()`` is False), so under it the test runs itself
again in a child pytest on the xcb platform, against an Xvfb server it starts (and stops); it is skipped,
saying why, only when Xvfb is not installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from .conftest import Driver, type_text

SECRET = "secreto-7c1f explicación"
SCORE_SECRET = "nota-44ab privada"
_CHILD = "TRIPARTITE_PRIMARY_SELECTION_CHILD"
_REPO = Path(__file__).resolve().parents[3]


def _primary() -> str:
    return QGuiApplication.clipboard().text(QClipboard.Mode.Selection)


def _assert_not_exported(*secrets: str) -> None:
    clipboard = QGuiApplication.clipboard()
    text = _primary()
    assert not any(s in text or (text and text in s) for s in secrets), f"PRIMARY holds {text!r}"
    assert not clipboard.ownsSelection() or not text


def _check_private_fields(driver: Driver, qtbot) -> None:
    clipboard = QGuiApplication.clipboard()
    assert clipboard.supportsSelection()
    driver.create_meeting()
    driver.set_attendance()
    driver.add_items(["REQ-2026-0002"])
    driver.open_vote()
    pane = driver.unlock("uni1")
    ballot = pane.ballot
    edit = ballot.comment_edit
    edit.setFocus()
    type_text(edit, SECRET)

    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all
    assert edit.textCursor().selectedText() == SECRET
    _assert_not_exported(SECRET)
    QTest.keyClick(edit, Qt.Key.Key_End)
    QTest.keyClick(edit, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)  # select with the keyboard
    _assert_not_exported(SECRET)
    word = edit.cursorRect(edit.textCursor()).center() + QPoint(4, 0)
    QTest.mouseDClick(edit.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, word)
    assert edit.textCursor().hasSelection()
    _assert_not_exported(SECRET)

    combo = ballot.score_grid.combos["P1"]
    combo.setCurrentIndex(combo.findData(0))  # departs from the data: a comment is asked for
    comment = ballot.score_grid.comment_edits["P1"]
    comment.setFocus()
    type_text(comment, SCORE_SECRET)
    QTest.keyClick(comment, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)
    assert comment.selectedText() == SCORE_SECRET
    _assert_not_exported(SCORE_SECRET)
    QTest.mouseDClick(comment, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(8, 8))
    _assert_not_exported(SCORE_SECRET)

    # A middle click in an ordinary field, while the ballot is open and after the cast, pastes none of it.
    scratch = QLineEdit(driver.window)
    scratch.setObjectName("scratch")
    scratch.move(4, 4)
    scratch.show()
    QTest.mouseClick(scratch, Qt.MouseButton.MiddleButton)
    assert SECRET not in scratch.text() and SCORE_SECRET not in scratch.text()
    QTest.keyClick(ballot.vote_against, Qt.Key.Key_Space)
    QTest.mouseClick(ballot.cast_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not pane.is_unlocked())
    QTest.mouseClick(scratch, Qt.MouseButton.MiddleButton)
    assert SECRET not in scratch.text() and SCORE_SECRET not in scratch.text()
    _assert_not_exported(SECRET, SCORE_SECRET)


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        pytest.fail("Xvfb did not start")
    return server, f":{number}"


def test_private_fields_never_own_the_primary_selection(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    if QGuiApplication.clipboard().supportsSelection():
        _check_private_fields(request.getfixturevalue("driver"), request.getfixturevalue("qtbot"))
        return
    if os.environ.get(_CHILD):
        pytest.fail("the xcb platform was asked for but has no selection")
    if shutil.which("Xvfb") is None:
        pytest.skip("the offscreen platform has no X11 selection, and Xvfb (to run this on xcb) is not installed")
    server, display = _start_xvfb()
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display, _CHILD: "1", "XDG_RUNTIME_DIR": str(runtime)}
    try:
        child = subprocess.run(
            [sys.executable, "-m", "pytest", f"{__file__}::{request.node.name}", "-q", "-p", "no:cacheprovider"],
            cwd=_REPO, env=env, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert child.returncode == 0, child.stdout[-4000:] + child.stderr[-2000:]
    assert "1 passed" in child.stdout
