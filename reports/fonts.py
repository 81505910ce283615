"""Fonts for the minutes: DejaVu Sans for Latin, Greek, Cyrillic and Arabic; WenQuanYi Micro Hei for CJK.

The fonts ship with the program under ``data/fonts`` (``tripartite.data``, read through ``importlib.resources``),
listed once in :data:`FONT_FILES`, so the PDF never depends on where a distribution puts its fonts
(``data/fonts/README.md`` says why each one is there, and their licences sit beside them).

reportlab has no font fallback, so text is cut into runs and each CJK run is wrapped in
``<font name="WQY">`` (reference/stack.md §5). Arabic (and Hebrew) is shaped with arabic-reshaper and
put in visual order with python-bidi, one line at a time: applied to a wrapped paragraph, bidi would
reverse the order of its lines (pitfall 8). User text is escaped here too, so no caller forgets it.

A document in a right-to-left language (:func:`reports.i18n.is_rtl`) is laid out right to left as a whole:
every line's base direction is right to left, and a paragraph's markup is kept in logical order until
:func:`rtl_markup` breaks it into lines at the width it is laid out at, then puts each line in visual order
(numbers and Latin names stay left to right inside it).
"""

from __future__ import annotations

import functools
import re
import threading
from importlib import resources
from pathlib import Path
from typing import Protocol
from xml.sax.saxutils import escape, unescape

from tripartite.errors import KnownError
from tripartite.reports import i18n

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


# Bidirectional controls: the fonts have no glyphs for them, and the text is in visual order once drawn.
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def visual(line: str, *, rtl: bool | None = None) -> str:
    """One line in visual order with Arabic letters joined; left-to-right text comes back unchanged.

    Call it per line: on a text that later wraps, bidi would reverse the order of the lines.

    Args:
        line: one line, in logical order.
        rtl: whether the line's base direction is right to left; by default, that of the document being
            built (:func:`reports.i18n.is_rtl`). In a left-to-right document a line of Arabic still reads
            right to left (bidi finds its direction from its first letter).
    """
    if not has_rtl(line):  # a Latin name or a figure reads the same in either direction
        return line
    if rtl is None:
        rtl = i18n.is_rtl()
    return _shaped(line, rtl)


# Layout measures the same lines again and again (a table's cells, each wrap of a paragraph): shaping
# them once keeps Arabic minutes near the speed of the others.
@functools.lru_cache(maxsize=8192)
def _shaped(line: str, rtl: bool) -> str:
    import arabic_reshaper
    from bidi.algorithm import get_display  # python-bidi's own implementation: it mirrors brackets (rule L4)

    shown = get_display(arabic_reshaper.reshape(line), base_dir="R" if rtl else None)
    return str(shown).translate(_BIDI_CONTROLS)


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
    if i18n.is_rtl():  # kept in logical order: the paragraph puts each line in visual order (rtl_markup)
        return "<br/>".join(escape(line) for line in lines)
    if width is not None and has_rtl(raw):
        lines = [part for line in lines for part in _break_rtl(line, width, size, font)]
    return "<br/>".join(_runs_markup(visual(line)) for line in lines)


_BREAK = re.compile(r"<br\s*/?>")
_BOLD = re.compile(r"<b>(.*?)</b>", re.S)
_TAG = re.compile(r"<[^>]*>")


def rtl_markup(text: str, width: float, size: float, font: str, bold_font: str = BOLD) -> str:
    """A right-to-left paragraph's markup in lines that fit ``width``, each in visual order, bold kept.

    Args:
        text: the paragraph's markup in logical order (``<b>`` and ``<br/>``; user text escaped).
        width: the width the paragraph is laid out at, in points.
        size: its font size.
        font: its font.
        bold_font: the font lines holding bold words are measured in, so that none comes out too long.

    Returns:
        Markup whose lines (``<br/>``) are in visual order, for a right-aligned paragraph. Bold survives
        as whole phrases with a letter in them (a bold lone figure is found again ambiguously).
    """
    out: list[str] = []
    for logical in _BREAK.split(text):
        phrases = [unescape(_TAG.sub("", p)).strip() for p in _BOLD.findall(logical)]
        phrases = [p for p in phrases if any(c.isalpha() for c in p)]
        plain = unescape(_TAG.sub("", logical))
        measure = bold_font if phrases else font
        for line in _break_rtl(plain, width, size, measure, rtl=True):
            out.append(_bolded(visual(line, rtl=True), [visual(p, rtl=True) for p in phrases]))
    return "<br/>".join(out)


def _bolded(line: str, phrases: list[str]) -> str:
    """A visual line's markup with each phrase found in it (first unclaimed occurrence) made bold."""
    spans: list[tuple[int, int]] = []
    for phrase in phrases:
        start = line.find(phrase)
        while start >= 0 and any(a < start + len(phrase) and start < b for a, b in spans):
            start = line.find(phrase, start + 1)
        if start >= 0:
            spans.append((start, start + len(phrase)))
    parts, at = [], 0
    for a, b in sorted(spans):
        parts.append(_runs_markup(line[at:a]))
        parts.append(f"<b>{_runs_markup(line[a:b])}</b>")
        at = b
    parts.append(_runs_markup(line[at:]))
    return "".join(parts)


def _break_rtl(line: str, width: float, size: float, font: str, *, rtl: bool | None = None) -> list[str]:
    """Break one logical line into lines that fit ``width``, measured in their shaped form."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    # Letters join only within a word, so a line's shaped width is its shaped words' widths and its spaces.
    space = stringWidth(" ", font, size)
    out: list[str] = []
    current, used = "", 0.0
    for word in line.split(" "):
        advance = stringWidth(visual(word, rtl=rtl), font, size)
        if current and used + space + advance > width:
            out.append(current)
            current, used = word, advance
        elif current:
            current, used = f"{current} {word}", used + space + advance
        else:
            current, used = word, advance
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
