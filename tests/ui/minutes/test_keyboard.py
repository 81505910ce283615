"""The minutes dialogs with a keyboard and a screen reader: accessible names, Tab reaches every button."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from tripartite.ui.minutes.verify_panel import VerifyDialog

from .conftest import Signed, focus_cycle, open_sign_dialog, sign_through_dialog

_INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractScrollArea)


def _unnamed(root: QWidget) -> list[str]:
    """Visible controls a person can reach (by Tab or click) that a screen reader could not name."""
    return [f"{type(w).__name__}:{w.objectName()}" for w in root.findChildren(QWidget)
            if isinstance(w, _INTERACTIVE) and w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not w.accessibleName()]  # fmt: skip


def _buttons(root: QWidget) -> list[QAbstractButton]:
    return [b for b in root.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled() and b.window() is root]


def _mnemonics(root: QWidget) -> list[str]:
    keys = []
    for widget in root.findChildren(QWidget):
        if widget.window() is root and widget.isVisible() and isinstance(widget, QAbstractButton | QLabel):
            match = re.search(r"&([^&\s])", widget.text())
            if match and (not isinstance(widget, QLabel) or widget.buddy() is not None):
                keys.append(match.group(1).lower())
    return keys


def test_every_control_is_named_and_tab_reaches_every_button(open_minutes, recorded, key_chooser, keys,
                                                              qtbot) -> None:  # fmt: skip
    dialog = open_minutes(*recorded)
    sign_through_dialog(qtbot, dialog, key_chooser, keys, "chair")  # every button applies now
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert not _unnamed(dialog)
    buttons = _buttons(dialog)
    names = {b.objectName() for b in buttons}
    assert {"signAsButton", "verifyButton", "saveAsButton", "nextPageButton", "closeMinutesButton"} <= names
    seen = focus_cycle(qtbot, dialog.sign_button)
    missing = [b.objectName() for b in buttons if b is not dialog.sign_button and b not in seen]
    assert not missing, missing
    assert any(w.objectName() == "pdfView" for w in seen), "the preview takes the focus, to scroll by keys"
    assert len(set(_mnemonics(dialog))) == len(_mnemonics(dialog))


def test_the_sign_dialog_by_keyboard(open_minutes, recorded, qtbot) -> None:
    dialog = open_minutes(*recorded)
    sign = open_sign_dialog(qtbot, dialog)
    sign.activateWindow()
    qtbot.waitUntil(sign.isActiveWindow)
    assert not _unnamed(sign)
    assert sign.passphrase_edit.accessibleName() == "Passphrase"
    assert sign.passphrase_edit.echoMode() == QLineEdit.EchoMode.Password
    seen = focus_cycle(qtbot, sign.role_combo)
    assert [w.objectName() for w in seen] == ["keyFileEdit", "chooseKeyButton", "passphraseEdit", "signButton",
                                              "cancelSignButton"]  # fmt: skip
    assert len(set(_mnemonics(sign))) == len(_mnemonics(sign))


def test_the_verify_dialog_by_keyboard(qtbot, host, signed: Signed) -> None:
    dialog = VerifyDialog(signed.db_path, host)
    dialog.open()
    with qtbot.waitSignal(dialog.panel.verified, timeout=15_000):
        dialog.panel.verify_bytes(signed.pdf, "minutes.pdf")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert not _unnamed(dialog)
    seen = focus_cycle(qtbot, dialog.panel.table)
    missing = [b.objectName() for b in _buttons(dialog) if b not in seen]
    assert not missing, missing
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
