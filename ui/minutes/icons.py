"""Round status icons for signatures: a glyph in a coloured disc, so a state never reads from colour alone.

Not cached at module level: a pixmap must not outlive the QApplication (a test session makes several
windows), so each model or panel keeps the few it uses in an :class:`Icons` instance.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

# The house palette (ui/views/status_icons.py): dark enough for white glyphs on a washed-out projector.
_KINDS = {
    "ok": ("#1e6b34", "✓"),
    "bad": ("#a61b1b", "✗"),
    "pending": ("#6b7280", "…"),
    "partial": ("#8a5300", "!"),
    # Intact but not trusted: not a forgery, a question (whose certificate is this?), so neither red nor green.
    "untrusted": ("#1f4e8c", "?"),
}


def status_icon(kind: str, size: int = 64) -> QIcon:
    """A disc with a glyph: ``ok`` ✓ green, ``bad`` ✗ red, ``pending`` … grey, ``partial`` ! amber, ``untrusted`` ?."""
    colour, glyph = _KINDS.get(kind, _KINDS["pending"])
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QRectF(2, 2, size - 4, size - 4))
    font = QFont()
    font.setPixelSize(int(size * 0.6))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    return QIcon(pixmap)


class Icons:
    """The status icons one owner uses, drawn once each."""

    def __init__(self) -> None:
        self._icons: dict[str, QIcon] = {}

    def get(self, kind: str) -> QIcon:
        """The icon of a kind (see :func:`status_icon`)."""
        if kind not in self._icons:
            self._icons[kind] = status_icon(kind)
        return self._icons[kind]
