"""The minutes' page parts: palette, paragraph styles, tables, the numbered canvas and the signature grid.

The renderer (:mod:`reports.minutes_pdf`) builds its sections from these. Every paragraph of user text goes
through :func:`para`, which escapes it and switches fonts per script (:func:`reports.fonts.markup`); our own
markup goes through :func:`mark`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Paragraph, Table, TableStyle

from tripartite.reports import fonts
from tripartite.reports.fonts import BODY, BOLD, markup

RULE_COLOUR = colors.HexColor("#9AA5B1")
HEAD_FILL = colors.HexColor("#E8EDF2")
ITEM_FILL = colors.HexColor("#DDE6EE")
DECISION_FILL = colors.HexColor("#F3F6F9")
TEXT_GREY = colors.HexColor("#505A64")


# -------------------------------------------------------------------------------------------- styles


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of the minutes, by name (made once: reportlab styles are costly to build)."""
    base = ParagraphStyle("body", fontName=BODY, fontSize=9, leading=12, spaceAfter=3)
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


def para(text: object, style: str = "body", *, width: float | None = None) -> Paragraph:
    """A paragraph of user text: escaped and font-switched; CJK text may break between characters."""
    st = styles()[style]
    raw = "" if text is None else str(text)
    if fonts.has_cjk(raw):
        st = ParagraphStyle(f"{st.name}-cjk", parent=st, wordWrap="CJK")
    return Paragraph(markup(raw, width=width, size=st.fontSize, font=st.fontName), st)


def mark(markup_text: str, style: str = "body") -> Paragraph:
    """A paragraph of our own markup, whose user-text parts the caller escaped with :func:`markup`."""
    return Paragraph(markup_text, styles()[style])


def _cell(value: object, bold: bool, width: float) -> object:
    """A table cell: a plain string when it fits on one line in the body font, else an escaped paragraph.

    Plain strings are drawn as they are, never parsed as markup, so they need no escaping; they are five
    times cheaper to lay out than paragraphs, which matters in a 60-page document (B4).
    """
    if isinstance(value, Flowable):
        return value
    text = "" if value is None else str(value)
    font = BOLD if bold else BODY
    simple = "\n" not in text and not fonts.has_cjk(text) and not fonts.has_rtl(text)
    if simple and stringWidth(text, font, 8) <= width - 6:
        return text
    return para(text, "cellb" if bold else "cell")


def grid_table(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    header: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A table of cells (long or non-Latin strings become escaped paragraphs) that repeats its header row."""
    cells = [[_cell(c, header and r == 0, widths[i]) for i, c in enumerate(row)] for r, row in enumerate(rows)]
    table = Table(cells, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), BODY, 8, 10),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE_COLOUR),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
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
        for index, (role, first, second) in enumerate(self.blocks):
            column, line = index % 2, index // 2
            x = column * (box_width + self.GAP)
            label_top = top - line * row
            box_top = label_top - self.LABEL_HEIGHT
            fonts.draw_text(canvas, x, label_top - 9, first, BOLD, 9)
            canvas.setFillColor(TEXT_GREY)
            fonts.draw_text(canvas, x, label_top - 20, second, BODY, 8)
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
