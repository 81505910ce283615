"""A label that fits its width by eliding, so a long title or motion never widens the window (1024 px laptops).

:meth:`ElidedLabel.text` stays the full text (screen readers and tests read it); only the painting is
elided, over at most ``lines`` lines, and the full text is the tooltip. The label always takes the height
of ``lines`` lines, so a longer or shorter text never moves what lies below it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QTextLayout
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

# The narrowest a label may become, in average characters: enough to tell what it is about.
_MINIMUM_CHARS = 12


def elide_lines(text: str, font: QFont, width: int, lines: int) -> list[str]:
    """``text`` wrapped at word boundaries into at most ``lines`` lines of ``width`` pixels, the last one elided."""
    if not text:
        return []
    metrics = QFontMetrics(font)
    layout = QTextLayout(text, font)
    out: list[str] = []
    layout.beginLayout()
    try:
        while len(out) < lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 1))
            start, length = line.textStart(), line.textLength()
            if len(out) == lines - 1:
                rest = text[start:].replace("\n", " ").strip()
                out.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, max(width, 1)))
                break
            out.append(text[start : start + length].rstrip())
    finally:
        layout.endLayout()
    return out


class ElidedLabel(QLabel):
    """A plain-text label elided to its width over at most ``lines`` lines.

    Args:
        parent: the owner.
        lines: how many lines it may wrap to before eliding (and the height it always keeps).
    """

    def __init__(self, parent: QWidget, *, lines: int = 1):
        super().__init__(parent)
        self._lines = max(1, lines)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:
        """Show ``text`` (elided when it does not fit); the full text becomes the tooltip."""
        super().setText(text)
        self.setToolTip(text)
        self.updateGeometry()

    def shown_lines(self) -> list[str]:
        """The lines as painted at the current width."""
        return elide_lines(self.text(), self.font(), self.contentsRect().width(), self._lines)

    def sizeHint(self) -> QSize:
        """The whole text on one line (as wide as it wants), ``lines`` lines high."""
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        width = metrics.horizontalAdvance(self.text()) + 2 + margins.left() + margins.right()
        return QSize(width, self._height())

    def minimumSizeHint(self) -> QSize:
        """A dozen characters wide: a long text elides instead of widening the window."""
        margins = self.contentsMargins()
        width = self.fontMetrics().averageCharWidth() * _MINIMUM_CHARS + margins.left() + margins.right()
        return QSize(min(width, self.sizeHint().width()), self._height())

    def _height(self) -> int:
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        # Measured as painted: a multi-line text takes a little more than lines × lineSpacing.
        sample = "\n".join(["Xg"] * self._lines)
        text_height = metrics.boundingRect(QRect(0, 0, 10_000, 10_000), 0, sample).height()
        return text_height + margins.top() + margins.bottom()

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Paint the elided lines in the label's colours (style sheet included)."""
        painter = QPainter(self)
        alignment = self.alignment()
        if not alignment & Qt.AlignmentFlag.AlignVertical_Mask:
            alignment |= Qt.AlignmentFlag.AlignVCenter
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(alignment),
            self.palette(),
            self.isEnabled(),
            "\n".join(self.shown_lines()),
            self.foregroundRole(),
        )
        painter.end()
