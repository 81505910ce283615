"""Colours, fonts and the small status icons of the meeting room: calm, high contrast, readable on a projector.

Each constituency has a colour, used only as an accent (a pane's top border, a chart series), never as the
only carrier of meaning: every status also has a word and an icon shape (check, dot, cross).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QWidget

from tripartite.ui.views.status_icons import Mark, disc_icon

CONSTITUENCY_COLOURS = {"government": "#2f5d8a", "employer": "#9a6a12", "union": "#8a2f4f"}
GOOD = "#2e7d32"
BAD = "#b3261e"
WAIT = "#7a7a7a"
ACTIVE = "#1f5fa8"
# The room's text is larger than the rest of the app: people read it from across a table or a screen.
ROOM_SCALE = 1.15


def scale_font(widget: QWidget, factor: float = ROOM_SCALE, *, bold: bool = False) -> QFont:
    """Set ``widget``'s font to its current size times ``factor`` and return it."""
    font = QFont(widget.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * factor)
    font.setBold(bold)
    widget.setFont(font)
    return font


def status_icon(kind: str, size: int = 18) -> QIcon:
    """A round status icon: ``done`` (check), ``open`` (ring), ``active`` (dot), ``bad`` (cross), ``wait``.

    Not cached globally: a pixmap must not outlive the QApplication, so callers keep their own.
    """
    colour, mark = {
        "done": (GOOD, Mark.CHECK), "open": (WAIT, Mark.RING), "active": (ACTIVE, Mark.DOT),
        "bad": (BAD, Mark.CROSS), "wait": (WAIT, Mark.RING),
    }[kind]  # fmt: skip
    # Drawn at twice the size, so it stays crisp on a high-density screen.
    return disc_icon(colour, mark, size, density=2.0)
