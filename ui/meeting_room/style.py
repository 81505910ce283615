"""Colours, fonts and the small status icons of the meeting room: calm, high contrast, readable on a projector.

Each constituency has a colour, used only as an accent (a pane's top border, a chart series), never as the
only carrier of meaning: every status also has a word and an icon shape (check, dot, cross).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QWidget

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
    colour = {"done": GOOD, "open": WAIT, "active": ACTIVE, "bad": BAD, "wait": WAIT}[kind]
    pixmap = QPixmap(size * 2, size * 2)  # drawn at 2x so it stays crisp on a high-density screen
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(1.5, 1.5, size - 3, size - 3)
    if kind == "open":
        painter.setPen(QPen(QColor(colour), 1.6))
        painter.drawEllipse(box)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(box)
        pen = QPen(QColor("white"), max(1.8, size / 9))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        s = size
        if kind == "done":
            path = QPainterPath(QPointF(s * 0.28, s * 0.52))
            path.lineTo(QPointF(s * 0.44, s * 0.68))
            path.lineTo(QPointF(s * 0.72, s * 0.34))
            painter.drawPath(path)
        elif kind == "bad":
            painter.drawLine(QPointF(s * 0.34, s * 0.34), QPointF(s * 0.66, s * 0.66))
            painter.drawLine(QPointF(s * 0.66, s * 0.34), QPointF(s * 0.34, s * 0.66))
        elif kind == "active":
            painter.setBrush(QColor("white"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QRectF(s * 0.35, s * 0.35, s * 0.3, s * 0.3))
    painter.end()
    return QIcon(pixmap)
