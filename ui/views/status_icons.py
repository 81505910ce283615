"""The app's round status icons: a mark in a coloured disc, so a state reads from shape and colour together.

One painter (:func:`disc_icon`) draws them all: the gates and outcomes of a dossier, the signatures of the
minutes (:class:`Icons`), and the meeting room's agenda (``ui/meeting_room/style.py``). A mark is a glyph
(✓ ✗ ? …) or one of the drawn :class:`Mark` shapes, which stay crisp at the room's small sizes.
"""

from __future__ import annotations

import enum
import functools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

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
# The states of a signature, in the same palette.
SIGNATURE_KINDS = {
    "ok": ("#1e6b34", "✓"),
    "bad": ("#a61b1b", "✗"),
    "pending": ("#6b7280", "…"),
    "partial": ("#8a5300", "!"),
    # Intact but not trusted: not a forgery, a question (whose certificate is this?), so neither red nor green.
    "untrusted": ("#1f4e8c", "?"),
}


class Mark(enum.Enum):
    """The marks drawn as lines rather than a glyph."""

    CHECK = "check"
    CROSS = "cross"
    DOT = "dot"
    RING = "ring"  # an outline, no fill: something still open


def disc_icon(colour: QColor | str, mark: Mark | str, size: int = 64, *, density: float = 1.0) -> QIcon:
    """A disc of ``colour`` with ``mark`` in white: the one painter of every status icon.

    Not cached here: a pixmap must not outlive the QApplication, so callers keep the few they use.

    Args:
        colour: the disc's colour (a ring's outline).
        mark: a glyph (text) or a drawn :class:`Mark`.
        size: the icon's size in device-independent pixels.
        density: the pixel ratio it is drawn at (2 keeps a small icon crisp on a high-density screen).
    """
    colour = QColor(colour)
    pixmap = QPixmap(round(size * density), round(size * density))
    pixmap.setDevicePixelRatio(density)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if isinstance(mark, Mark):
        _draw_mark(painter, colour, mark, size)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(2, 2, size - 4, size - 4))
        font = QFont()
        font.setPixelSize(int(size * 0.62))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, mark)
    painter.end()
    return QIcon(pixmap)


def _draw_mark(painter: QPainter, colour: QColor, mark: Mark, s: int) -> None:
    box = QRectF(1.5, 1.5, s - 3, s - 3)
    if mark is Mark.RING:
        painter.setPen(QPen(colour, 1.6))
        painter.drawEllipse(box)
        return
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(box)
    pen = QPen(QColor("white"), max(1.8, s / 9))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    if mark is Mark.CHECK:
        path = QPainterPath(QPointF(s * 0.28, s * 0.52))
        path.lineTo(QPointF(s * 0.44, s * 0.68))
        path.lineTo(QPointF(s * 0.72, s * 0.34))
        painter.drawPath(path)
    elif mark is Mark.CROSS:
        painter.drawLine(QPointF(s * 0.34, s * 0.34), QPointF(s * 0.66, s * 0.66))
        painter.drawLine(QPointF(s * 0.66, s * 0.34), QPointF(s * 0.34, s * 0.66))
    elif mark is Mark.DOT:
        painter.setBrush(QColor("white"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QRectF(s * 0.35, s * 0.35, s * 0.3, s * 0.3))


@functools.cache
def _state_icon(state: str, glyph: str) -> QIcon:
    return disc_icon(COLOURS.get(state, COLOURS["not_assessed"]), glyph)


def gate_icon(state: str) -> QIcon:
    """The icon of a gate state (``passed``, ``failed``, ``unknown``, ``not_assessed``)."""
    return _state_icon(state, labels.gate_glyph(state))


def outcome_icon(outcome: str) -> QIcon:
    """The icon of a recommended outcome."""
    return _state_icon(OUTCOME_STATES.get(outcome, "not_assessed"), OUTCOME_GLYPHS.get(outcome, "?"))


def colour(state: str) -> QColor:
    """The text colour that goes with a gate state."""
    return COLOURS.get(state, COLOURS["not_assessed"])


def signature_icon(kind: str, size: int = 64) -> QIcon:
    """A signature's state: ``ok`` ✓ green, ``bad`` ✗ red, ``pending`` … grey, ``partial`` ! amber, ``untrusted`` ?."""
    disc, glyph = SIGNATURE_KINDS.get(kind, SIGNATURE_KINDS["pending"])
    return disc_icon(disc, glyph, size)


class Icons:
    """The signature icons one owner uses, drawn once each (see :func:`signature_icon`)."""

    def __init__(self) -> None:
        self._icons: dict[str, QIcon] = {}

    def get(self, kind: str) -> QIcon:
        """The icon of a kind."""
        if kind not in self._icons:
            self._icons[kind] = signature_icon(kind)
        return self._icons[kind]
