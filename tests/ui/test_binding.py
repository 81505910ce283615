"""Guards on the Qt binding itself: a regression here aborts the whole app, not one test."""

from __future__ import annotations

import sys

import PySide6
import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLabel


class _Emitter(QObject):
    fired = Signal()


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None and True are immortal from Python 3.12 (PEP 683)")
def test_void_calls_keep_none_and_true_alive(qapp: object) -> None:
    """PySide6 6.12.0's abi3 wheels dropped a reference to None on every void call (and to True on
    every emit); on Python 3.11 that aborts the interpreter after a few thousand calls. Pinned 6.11.3
    does not; this fails loudly if an upgrade brings the bug back."""
    label, combo, timer, emitter = QLabel(), QComboBox(), QTimer(), _Emitter()
    combo.addItem("x")
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(500):
        label.setText("x")
        timer.start(1000)
        timer.stop()
        combo.currentData()
        emitter.fired.emit()
    assert sys.getrefcount(None) >= none_before - 10, f"PySide6 {PySide6.__version__} leaks None references"
    assert sys.getrefcount(True) >= true_before - 10, f"PySide6 {PySide6.__version__} leaks True references"
    label.deleteLater()
    combo.deleteLater()
