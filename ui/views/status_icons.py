"""Round status icons with a glyph inside (✓ ✗ ? –): the state reads from shape and colour together."""

from __future__ import annotations

import functools

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from tripartite.ui import labels

# Dark enough for white glyphs and for a washed-out projector; the glyph carries the meaning anyway.
COLOURS = {
    "passed": QColor("#1e6b34"),
    "failed": QColor("#a61b1b"),
    "unknown": QColor("#8a5300"),
    "not_assessed": QColor("#6b7280"),
}
# Outcomes share the palette: approve reads as passed, reject as failed, defer as missing evidence.
OUTCOME_STATES = {
    "approve": "passed",
    "approve_with_conditions": "unknown",
    "reject": "failed",
    "defer": "not_assessed",
}
OUTCOME_GLYPHS = {"approve": "✓", "approve_with_conditions": "✓", "reject": "✗", "defer": "…"}


@functools.cache
def _icon(state: str, glyph: str, size: int = 64) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(COLOURS.get(state, COLOURS["not_assessed"]))
    painter.drawEllipse(QRectF(2, 2, size - 4, size - 4))
    font = QFont()
    font.setPixelSize(int(size * 0.62))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    return QIcon(pixmap)


def gate_icon(state: str) -> QIcon:
    """The icon of a gate state (``passed``, ``failed``, ``unknown``, ``not_assessed``)."""
    return _icon(state, labels.gate_glyph(state))


def outcome_icon(outcome: str) -> QIcon:
    """The icon of a recommended outcome."""
    return _icon(OUTCOME_STATES.get(outcome, "not_assessed"), OUTCOME_GLYPHS.get(outcome, "?"))


def colour(state: str) -> QColor:
    """The text colour that goes with a gate state."""
    return COLOURS.get(state, COLOURS["not_assessed"])
