"""Fonts for the minutes: DejaVu Sans for Latin, Greek, Cyrillic and Arabic; WenQuanYi Micro Hei for CJK.

The fonts ship with the program under ``data/fonts`` (``tripartite.data``, read through ``importlib.resources``),
listed once in :data:`FONT_FILES`, so the PDF never depends on where a distribution puts its fonts
(``data/fonts/README.md`` says why each one is there, and their licences sit beside them).

reportlab has no font fallback, so text is cut into runs and each CJK run is wrapped in
``<font name="WQY">`` (reference/stack.md §5). Arabic (and Hebrew) is shaped with arabic-reshaper and
put in visual order with python-bidi, one line at a time: applied to a wrapped paragraph, bidi would
reverse the order of its lines (pitfall 8). User text is escaped here too, so no caller forgets it.
"""

from __future__ import annotations

import re
import threading
from importlib import resources
from pathlib import Path
from typing import Protocol
from xml.sax.saxutils import escape

from tripartite.errors import KnownError

BODY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
CJK = "WQY"

# The one list of the fonts the PDF face uses (the minutes and the signature stamps): reportlab name → file in
# data/fonts. A collection (.ttc) is read at its first face.
FONT_FILES: dict[str, str] = {BODY: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", CJK: "wqy-microhei.ttc"}

_lock = threading.Lock()
_registered = False


class FontsMissing(KnownError):
    """A font the minutes need is missing from the installed program."""


def font_path(name: str) -> Path:
    """The file of one of :data:`FONT_FILES`, inside the installed package.

    The package is installed as files (pip, editable or from a wheel), so the resource is a real path, which
    reportlab and fontTools open themselves.
    """
    return Path(str(resources.files("tripartite.data").joinpath("fonts", FONT_FILES[name])))


def missing_fonts() -> list[Path]:
    """The font files the minutes need that the installed package lacks."""
    return [path for name in FONT_FILES if not (path := font_path(name)).is_file()]


def register_fonts() -> None:
    """Register the minutes' fonts with reportlab once per process (thread-safe).

    Raises:
        FontsMissing: a font file is absent from the installed package (a broken installation).
    """
    global _registered
    with _lock:
        if _registered:
            return
        missing = missing_fonts()
        if missing:
            raise FontsMissing(
                "the minutes need fonts that are missing from this installation of Tripartite: "
                + ", ".join(str(p) for p in missing)
                + " (reinstall it)"
            )
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name in FONT_FILES:
            pdfmetrics.registerFont(TTFont(name, str(font_path(name)), subfontIndex=0))
        # <b> inside a Paragraph must find the bold face; WenQuanYi has none, so it maps to itself.
        addMapping(BODY, 0, 0, BODY)
        addMapping(BODY, 1, 0, BOLD)
        addMapping(BODY, 0, 1, BODY)
        addMapping(BODY, 1, 1, BOLD)
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(CJK, bold, italic, CJK)
        _registered = True


# ------------------------------------------------------------------------------------------- scripts

# Unified ideographs, their extensions and compatibility forms, kana, Hangul, CJK punctuation, full-width forms.
_CJK = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff]+"
)
# Right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]")


def is_cjk(char: str) -> bool:
    """Whether a character needs the CJK font."""
    return _CJK.fullmatch(char) is not None


def has_cjk(text: str) -> bool:
    """Whether any character of the text needs the CJK font."""
    return _CJK.search(text) is not None


def has_rtl(text: str) -> bool:
    """Whether the text holds right-to-left letters (Hebrew, Arabic, Syriac, Thaana…)."""
    return _RTL.search(text) is not None


def visual(line: str) -> str:
    """One line in visual order with Arabic letters joined; left-to-right text comes back unchanged.

    Call it per line: on a text that later wraps, bidi would reverse the order of the lines.
    """
    if not has_rtl(line):
        return line
    import arabic_reshaper
    from bidi import get_display

    return str(get_display(arabic_reshaper.reshape(line)))


def runs(text: str) -> list[tuple[str | None, str]]:
    """Cut text into ``(font, chunk)`` runs: ``CJK`` for CJK characters, None for the body font."""
    out: list[tuple[str | None, str]] = []
    at = 0
    for match in _CJK.finditer(text):
        if match.start() > at:
            out.append((None, text[at : match.start()]))
        out.append((CJK, match.group()))
        at = match.end()
    if at < len(text) or not out:
        out.append((None, text[at:]))
    return out


def _runs_markup(text: str) -> str:
    return "".join(
        escape(chunk) if font is None else f'<font name="{font}">{escape(chunk)}</font>' for font, chunk in runs(text)
    )


def markup(text: object, *, width: float | None = None, size: float = 9, font: str = BODY) -> str:
    """Paragraph markup for user text: escaped, CJK runs in the CJK font, RTL lines shaped, newlines kept.

    Args:
        text: the user's text (None becomes "").
        width: the frame width in points; with RTL text, lines are broken here first, so each line can
            be put in visual order on its own.
        size: the font size the width is measured at.
        font: the font the width is measured in.

    Returns:
        Markup for a reportlab ``Paragraph``.
    """
    raw = "" if text is None else str(text)
    lines = raw.splitlines() or [""]
    if width is not None and has_rtl(raw):
        lines = [part for line in lines for part in _break_rtl(line, width, size, font)]
    return "<br/>".join(_runs_markup(visual(line)) for line in lines)


def _break_rtl(line: str, width: float, size: float, font: str) -> list[str]:
    """Break one logical line into lines that fit ``width``, measured in their shaped form."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    out: list[str] = []
    current = ""
    for word in line.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and stringWidth(visual(candidate), font, size) > width:
            out.append(current)
            current = word
        else:
            current = candidate
    out.append(current)
    return out


class TextCanvas(Protocol):
    """What :func:`draw_text` uses of a reportlab canvas (reportlab itself loads only when a PDF is made)."""

    def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:
        """Set the font of what is drawn next."""

    def drawString(self, x: float, y: float, text: str) -> None:
        """Draw a string with its baseline starting at (x, y)."""


def draw_text(
    canvas: TextCanvas, x: float, y: float, text: str, font: str, size: float, *, align: str = "left"
) -> None:
    """Draw one line on a canvas with CJK runs in the CJK font and RTL text shaped (headers, footers, boxes).

    Args:
        canvas: a reportlab canvas.
        x: the anchor's x (left edge, right edge or centre, per ``align``).
        y: the baseline.
        text: the line.
        font: the body font for non-CJK runs.
        size: the font size.
        align: ``left``, ``right`` or ``centre``.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    parts = [(f or font, chunk) for f, chunk in runs(visual(text))]
    total = sum(stringWidth(chunk, f, size) for f, chunk in parts)
    start = x - total if align == "right" else x - total / 2 if align == "centre" else x
    for f, chunk in parts:
        canvas.setFont(f, size)
        canvas.drawString(start, y, chunk)
        start += stringWidth(chunk, f, size)


def text_width(text: str, font: str, size: float) -> float:
    """The drawn width of one line, with the same font switching as :func:`draw_text`."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(chunk, f or font, size) for f, chunk in runs(visual(text)))
