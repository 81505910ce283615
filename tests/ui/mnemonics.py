"""Which Alt+key shortcuts a window offers, and which of them clash (Qt then triggers neither, or the wrong one).

A window's Alt keys come from its menu bar titles, the mnemonics of its visible buttons, of labels with a
buddy, of group box titles and of tab bars, and from QShortcut objects and actions bound to Alt+key. The
items inside one menu are their own scope (they work only while that menu is open).
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QMenu, QTabBar, QWidget


def _key(text: str) -> str:
    sequence = QKeySequence.mnemonic(text)
    return sequence.toString() if not sequence.isEmpty() else ""


def _mine(widget: QWidget, window: QWidget) -> bool:
    """Shown, and in this window (not in a dialog that is a child object of it)."""
    return widget.window() is window and widget.isVisible()


def window_keys(window: QWidget) -> dict[str, list[str]]:
    """Alt key → what offers it, for one top-level window in its current state."""
    keys: dict[str, list[str]] = defaultdict(list)

    def add(text: str, owner: str) -> None:
        key = _key(text)
        if key:
            keys[key].append(owner)

    if isinstance(window, QMainWindow) and window.menuBar().isVisible():
        for action in window.menuBar().actions():
            if action.isVisible():
                add(action.text(), f"menu {action.text()!r}")
    for widget in window.findChildren(QWidget):
        if not _mine(widget, window):
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            add(widget.text(), f"{name} {widget.text()!r}")
        elif isinstance(widget, QGroupBox):
            add(widget.title(), f"{name} {widget.title()!r}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget.tabText(index), f"tab {widget.tabText(index)!r}")
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if isinstance(parent, QWidget) and _mine(parent, window) and shortcut.isEnabled():
            sequences: list[QKeySequence] = shortcut.keys()
            for sequence in sequences:
                if sequence.toString().startswith("Alt+"):
                    keys[sequence.toString()].append(f"shortcut of {parent.objectName()!r}")
    for action in window.findChildren(QAction):
        owners = [w for w in action.associatedObjects() if isinstance(w, QWidget) and not isinstance(w, QMenu)]
        if action.isEnabled() and any(_mine(w, window) for w in owners):
            for sequence in action.shortcuts():
                if sequence.toString().startswith("Alt+"):
                    keys[sequence.toString()].append(f"action {action.text()!r}")
    return keys


def menu_keys(window: QMainWindow) -> dict[str, dict[str, list[str]]]:
    """Menu title → Alt key → the items offering it inside that menu (sub-menus included as items)."""
    out: dict[str, dict[str, list[str]]] = {}
    for menu in window.findChildren(QMenu):
        keys: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            key = _key(action.text())
            if key and action.isVisible() and not action.isSeparator():
                keys[key].append(action.text())
        out[menu.title() or menu.objectName()] = keys
    return out


def clashes(window: QWidget) -> list[str]:
    """Every Alt key offered twice in ``window`` right now (and inside each of its menus), in words."""
    found = [f"{key}: {', '.join(owners)}" for key, owners in window_keys(window).items() if len(owners) > 1]
    if isinstance(window, QMainWindow):
        for title, keys in menu_keys(window).items():
            found += [f"menu {title!r} {key}: {', '.join(o)}" for key, o in keys.items() if len(o) > 1]
    return found
