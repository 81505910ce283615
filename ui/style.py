"""The one look of an inline problem: a red line of text (bold where it must catch the eye at once).

Red with enough contrast on the default background, and the same red as a failed gate's icon
(``ui/views/status_icons.py``); the words say what is wrong, so the colour is never the only carrier.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

ERROR_COLOUR = "#a61b1b"
ERROR_STYLE = f"color: {ERROR_COLOUR};"
# A problem the person at the keyboard must see before anything else (a wrong PIN, a refused vote).
ERROR_BOLD_STYLE = f"color: {ERROR_COLOUR}; font-weight: bold;"


def error_style(widget: QWidget, *, bold: bool = False) -> None:
    """Give ``widget`` (a problem label, usually) the look of an inline problem."""
    widget.setStyleSheet(ERROR_BOLD_STYLE if bold else ERROR_STYLE)


def problem_label(parent: QWidget, object_name: str = "", *, bold: bool = False) -> QLabel:
    """A wrapping label with the look of an inline problem, empty until a problem is shown in it."""
    label = QLabel(parent)
    if object_name:
        label.setObjectName(object_name)
    label.setWordWrap(True)  # a sentence, not a field: it must never widen its dialog
    error_style(label, bold=bold)
    return label


def set_error_shown(label: QLabel, shown: bool) -> None:
    """Show ``label``'s text as a problem, or plain again (a total that is sometimes wrong)."""
    label.setStyleSheet(ERROR_STYLE if shown else "")
