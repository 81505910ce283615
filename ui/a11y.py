"""Small helpers that give controls the accessible names screen readers and tests rely on."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def plain(text: str) -> str:
    """A label's text without its mnemonic ampersands ("&Save" → "Save", "R&&D" → "R&D")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def name_button(button: QAbstractButton) -> QAbstractButton:
    """Name a button after its (already translated) text, so the name follows a translation."""
    button.setAccessibleName(plain(button.text()))
    return button


def label_for(label: QLabel, widget: QWidget) -> QWidget:
    """Make ``label`` the buddy of ``widget`` and name the widget after it."""
    label.setBuddy(widget)
    widget.setAccessibleName(plain(label.text()).rstrip(":").strip())
    return widget
