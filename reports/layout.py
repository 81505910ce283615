"""The minutes' page parts: palette, paragraph styles, tables, the numbered canvas and the signature grid.

The renderer (:mod:`reports.minutes_pdf`) builds its sections from these. Every paragraph of user text goes
through :func:`para`, which escapes it and switches fonts per script (:func:`reports.fonts.markup`); our own
markup goes through :func:`mark`.

In a right-to-left document (Arabic) the page is mirrored: paragraphs are right-aligned and broken into
lines at their real width before each line is put in visual order (:class:`RtlParagraph`); tables run their
columns from right to left (:func:`grid_table`); the signature boxes start on the right.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Paragraph, Table, TableStyle

from tripartite.reports import fonts, i18n
from tripartite.reports.fonts import BODY, BOLD, markup

RULE_COLOUR = colors.HexColor("#9AA5B1")
HEAD_FILL = colors.HexColor("#E8EDF2")
ITEM_FILL = colors.HexColor("#DDE6EE")
DECISION_FILL = colors.HexColor("#F3F6F9")
TEXT_GREY = colors.HexColor("#505A64")


# -------------------------------------------------------------------------------------------- styles


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of the minutes, by name, for the direction of the document being built."""
    return _styles(i18n.is_rtl())


@cache
def _styles(rtl: bool) -> dict[str, ParagraphStyle]:
    """The styles of one direction (made once: reportlab styles are costly to build)."""
    base = ParagraphStyle("body", fontName=BODY, fontSize=9, leading=12, spaceAfter=3)
    if rtl:
        base = ParagraphStyle("body-rtl", parent=base, alignment=TA_RIGHT)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=TEXT_GREY),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10, spaceAfter=0),
        "cellnote": ParagraphStyle("cellnote", parent=base, fontSize=8, leading=10, spaceAfter=0, textColor=TEXT_GREY),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=BOLD, fontSize=8, leading=10, spaceAfter=0),
        "board": ParagraphStyle("board", parent=base, fontName=BOLD, fontSize=15, leading=19, spaceAfter=2),
        "kicker": ParagraphStyle("kicker", parent=base, fontSize=10, leading=13, textColor=TEXT_GREY, spaceAfter=1),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=13, leading=17, spaceAfter=8),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=5),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=10.5, leading=14, spaceAfter=0),
        "h3": ParagraphStyle("h3", parent=base, fontName=BOLD, fontSize=9, leading=12, spaceBefore=6, spaceAfter=2),
        "decision": ParagraphStyle("decision", parent=base, fontName=BOLD, fontSize=10, leading=13, spaceAfter=2),
        "sigrole": ParagraphStyle("sigrole", parent=base, fontName=BOLD, fontSize=9, alignment=TA_CENTER),
    }


def para(text: object, style: str = "body", *, width: float | None = None) -> Flowable:
    """A paragraph of user text: escaped and font-switched; CJK text may break between characters."""
    st = styles()[style]
    raw = "" if text is None else str(text)
    if i18n.is_rtl():
        return RtlParagraph(markup(raw), st)
    if fonts.has_cjk(raw):
        st = ParagraphStyle(f"{st.name}-cjk", parent=st, wordWrap="CJK")
    return Paragraph(markup(raw, width=width, size=st.fontSize, font=st.fontName), st)


def mark(markup_text: str, style: str = "body") -> Flowable:
    """A paragraph of our own markup, whose user-text parts the caller escaped with :func:`markup`."""
    if i18n.is_rtl():
        return RtlParagraph(markup_text, styles()[style])
    return Paragraph(markup_text, styles()[style])


class RtlParagraph(Flowable):
    """A right-to-left paragraph, broken into lines at the width it gets, each line in visual order.

    Its markup stays in logical order until reportlab says how wide it may be (a frame, a table cell);
    :func:`reports.fonts.rtl_markup` then breaks the lines with the font's metrics and puts each in visual
    order, and a right-aligned :class:`Paragraph` of those lines draws it (and splits it across pages).
    """

    def __init__(self, text: str, style: ParagraphStyle):
        super().__init__()
        self.text = text
        self.style = style
        self._inner: Paragraph | None = None
        self._built_for: float | None = None

    def _paragraph(self, width: float) -> Paragraph:
        if self._inner is None or self._built_for != width:
            style = self.style
            # A little slack: reportlab must never wrap a visual line again (it would move its start).
            text = fonts.rtl_markup(self.text, width - 2, style.fontSize, style.fontName)
            self._inner = Paragraph(text, style)
            self._built_for = width
        return self._inner

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:  # reportlab's API
        """Lay out at this width (reportlab's API)."""
        self.width, self.height = self._paragraph(avail_width).wrap(avail_width, avail_height)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:  # reportlab's API
        """Split across a page break, between visual lines (reportlab's API)."""
        return list(self._paragraph(avail_width).split(avail_width, avail_height))

    def draw(self) -> None:
        """Draw the laid-out lines (reportlab's API)."""
        if self._inner is None:
            raise AssertionError("drawn before it was wrapped")  # reportlab always wraps first
        self._inner.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self) -> float:  # reportlab's API
        """The style's space before (reportlab's API)."""
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # reportlab's API
        """The style's space after (reportlab's API)."""
        return float(self.style.spaceAfter)


def _cell(value: object, bold: bool, width: float) -> object:
    """A table cell: a plain string when it fits on one line in the body font, else an escaped paragraph.

    Plain strings are drawn as they are, never parsed as markup, so they need no escaping; they are five
    times cheaper to lay out than paragraphs, which matters in a 60-page document (B4).
    """
    if isinstance(value, Flowable):
        return value
    text = "" if value is None else str(value)
    font = BOLD if bold else BODY
    if bold and text and " " not in text and "\n" not in text and not fonts.has_cjk(text):
        # One word of a header row, longer in some languages than the column was made for ("Trabajadores"):
        # a smaller size, down to 6 points, rather than a word broken in two.
        shown = fonts.visual(text)
        natural = stringWidth(shown, font, 8)
        if natural > width - 6:
            size = max(6.0, 8 * (width - 6) / natural)
            base = styles()["cellb"]
            small = ParagraphStyle(f"cellb-{size:.2f}", parent=base, fontSize=size, leading=size + 2)
            return Paragraph(markup(shown) if not i18n.is_rtl() else escape(shown), small)
    if i18n.is_rtl():  # one line that fits: drawn as it is, in visual order (the column is right-aligned)
        if "\n" not in text and not fonts.has_cjk(text) and stringWidth(fonts.visual(text), font, 8) <= width - 6:
            return fonts.visual(text)
        return para(text, "cellb" if bold else "cell")
    simple = "\n" not in text and not fonts.has_cjk(text) and not fonts.has_rtl(text)
    if simple and stringWidth(text, font, 8) <= width - 6:
        return text
    return para(text, "cellb" if bold else "cell")


def _mirrored(command: tuple[Any, ...], columns: int) -> tuple[Any, ...]:
    """A table style command for the same cells once the columns run right to left."""
    name, (c0, r0), (c1, r1), *rest = command
    first, last = c0 % columns, c1 % columns
    return (name, (columns - 1 - last, r0), (columns - 1 - first, r1), *rest)


def grid_table(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    header: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A table of cells (long or non-Latin strings become escaped paragraphs) that repeats its header row.

    In a right-to-left document its columns run from right to left: the first column is on the right, and
    ``extra`` commands, given for the columns in reading order, follow their columns.
    """
    rtl = i18n.is_rtl()
    if rtl:
        columns = len(widths)
        rows = [list(reversed(row)) for row in rows]
        widths = list(reversed(widths))
        extra = [_mirrored(command, columns) for command in extra]
        for name, (c0, r0), (c1, _r1), *_rest in extra:
            if name == "SPAN" and c0 != c1:
                # A spanned cell shows its top-left cell: the text, first in reading order, is now its last.
                rows[r0][c0], rows[r0][c1] = rows[r0][c1], rows[r0][c0]
    cells = [[_cell(c, header and r == 0, widths[i]) for i, c in enumerate(row)] for r, row in enumerate(rows)]
    table = Table(cells, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="RIGHT" if rtl else "LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), BODY, 8, 10),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE_COLOUR),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if rtl:
        commands.append(("ALIGN", (0, 0), (-1, -1), "RIGHT"))
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL), ("FONT", (0, 0), (-1, 0), BOLD, 8, 10)]
    table.setStyle(TableStyle([*commands, *extra]))
    return table


# ----------------------------------------------------------------------------------- page furniture


def numbered_canvas(draw_footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas that holds every page until the end, so each footer can say "Page x of y" (pretix)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's API
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's own, absent from types-reportlab

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw_footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


class SignatureGrid(Flowable):
    """One labelled, empty box per signatory role; remembers where each box landed on the page.

    The boxes are drawn in the page content; the signature fields added after rendering sit exactly on
    them, so the visible stamp of each signature fills its box.
    """

    BOX_HEIGHT = 21 * mm
    LABEL_HEIGHT = 10 * mm
    GAP = 8 * mm
    ROW_GAP = 4 * mm

    def __init__(self, blocks: Sequence[tuple[str, str, str]], width: float):
        super().__init__()
        self.blocks = list(blocks)  # (role, first line, second line)
        self.width = width
        self.rects: dict[str, tuple[float, float, float, float]] = {}

    def _rows(self) -> int:
        return (len(self.blocks) + 1) // 2

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Two boxes a row, each under its label (reportlab's API)."""
        row = self.LABEL_HEIGHT + self.BOX_HEIGHT + self.ROW_GAP
        return self.width, self._rows() * row

    def draw(self) -> None:
        """Draw the labels and boxes and note where each box landed (reportlab's API)."""
        canvas = self.canv
        box_width = (self.width - self.GAP) / 2
        row = self.LABEL_HEIGHT + self.BOX_HEIGHT + self.ROW_GAP
        top = self._rows() * row
        rtl = i18n.is_rtl()
        for index, (role, first, second) in enumerate(self.blocks):
            column, line = index % 2, index // 2
            if rtl:  # the first box on the right, labels right-aligned over their box
                column = 1 - column
            x = column * (box_width + self.GAP)
            label_top = top - line * row
            box_top = label_top - self.LABEL_HEIGHT
            anchor, align = (x + box_width, "right") if rtl else (x, "left")
            fonts.draw_text(canvas, anchor, label_top - 9, first, BOLD, 9, align=align)
            canvas.setFillColor(TEXT_GREY)
            fonts.draw_text(canvas, anchor, label_top - 20, second, BODY, 8, align=align)
            canvas.setFillColor(colors.black)
            canvas.setStrokeColor(RULE_COLOUR)
            canvas.setLineWidth(0.6)
            canvas.rect(x, box_top - self.BOX_HEIGHT, box_width, self.BOX_HEIGHT, stroke=1, fill=0)
            x1, y1 = canvas.absolutePosition(x, box_top - self.BOX_HEIGHT)
            x2, y2 = canvas.absolutePosition(x + box_width, box_top)
            self.rects[role] = (round(x1, 2), round(y1, 2), round(x2, 2), round(y2, 2))


class MinutesDoc(BaseDocTemplate):
    """Notes the page the signature grid lands on, so the fields go on that page."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.signature_page: int | None = None

    def afterFlowable(self, flowable: Flowable) -> None:  # reportlab's API
        """Note the page the signature grid landed on."""
        if isinstance(flowable, SignatureGrid):
            self.signature_page = self.page


def clip(text: str, width: float, font: str, size: float) -> str:
    """Shorten a header line to fit, with an ellipsis."""
    if fonts.text_width(text, font, size) <= width:
        return text
    while text and fonts.text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def boxed(flowables: list[Flowable], width: float) -> Table:
    """A shaded, ruled box around the decision."""
    return Table(
        [[flowables]],
        colWidths=[width],
        style=TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), DECISION_FILL),
                ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#5B6B7B")),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        ),
    )
