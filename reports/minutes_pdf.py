"""The minutes as a PDF (DESIGN §5): A4, reportlab platypus, then the evidence annex and empty signature fields.

:func:`render_minutes` words a :class:`tripartite.minutes.Minutes` and lays it out, pretix-style: a
template renderer with one method per section, a ``NumberedCanvas`` for "Page x of y", tables that
split across pages under a ``CondPageBreak`` heading (reference/style.md A6, D12). Every piece of user
text goes through :func:`reports.fonts.markup`, which escapes it and switches fonts per script.

The rendered file then gets, in one incremental update and before any signature, the evidence annex
(``evidence.json``, an embedded file) and one empty, visible signature field per signatory role, laid
out on the last page. Signatures made later cover both.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from reportlab import rl_config
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from tripartite import __version__
from tripartite.assessment import GateStatus
from tripartite.criteria import Family
from tripartite.minutes import (
    Condition,
    DecisionMinutes,
    ItemMinutes,
    Minutes,
    MotionMinutes,
    QuorumFigures,
)
from tripartite.models import Authority, ConditionKind, Constituency, DecisionRule, Outcome, Role, Vote
from tripartite.reasons import gate_reason
from tripartite.reports import fonts
from tripartite.reports.annex import ANNEX_DESCRIPTION, ANNEX_NAME, INFO_MEETING, field_name
from tripartite.reports.fonts import BODY, BOLD, markup

# Streams are Flate-compressed binary: ASCII85 on top made the file a quarter larger and cost a tenth of the
# render time in pure Python. The app is reportlab's only user in the process, so the global setting is ours.
rl_config.useA85 = 0

# ---------------------------------------------------------------------------------------------- words

CONSTITUENCY = {
    Constituency.GOVERNMENT: "Government",
    Constituency.EMPLOYER: "Employers",
    Constituency.UNION: "Unions",
}
FAMILY = {
    Family.PRODUCTIVITY: "Productivity",
    Family.INCOME_DISTRIBUTION: "Income distribution",
    Family.SOCIAL_INTEGRATION: "Social integration",
}
FAMILY_SHORT = {
    Family.PRODUCTIVITY: "Productivity",
    Family.INCOME_DISTRIBUTION: "Income",
    Family.SOCIAL_INTEGRATION: "Integration",
}
# The constituencies' members as a group of people, where a phrase needs them ("for the union members").
MEMBERS_OF = {
    Constituency.GOVERNMENT: "the government members",
    Constituency.EMPLOYER: "the employers' members",
    Constituency.UNION: "the union members",
}
RULE = {
    DecisionRule.CONSENSUS: "consensus",
    DecisionRule.SIMPLE_MAJORITY: "simple majority",
    DecisionRule.QUALIFIED_MAJORITY: "qualified majority",
    DecisionRule.GROUP_MAJORITY: "group majority",
    DecisionRule.GROUP_WEIGHTED: "group-weighted vote",
}
# What a motion proposes, then what a decision-making board and an advisory board resolve.
PROPOSAL = {
    Outcome.APPROVE: "approve",
    Outcome.APPROVE_WITH_CONDITIONS: "approve with conditions",
    Outcome.REJECT: "reject",
    Outcome.DEFER: "defer",
}
RESOLVED = {
    Authority.DECIDES: {
        Outcome.APPROVE: "APPROVED",
        Outcome.APPROVE_WITH_CONDITIONS: "APPROVED WITH CONDITIONS",
        Outcome.REJECT: "REJECTED",
        Outcome.DEFER: "DEFERRED",
    },
    Authority.ADVISES: {
        Outcome.APPROVE: "FAVOURABLE",
        Outcome.APPROVE_WITH_CONDITIONS: "FAVOURABLE WITH CONDITIONS",
        Outcome.REJECT: "UNFAVOURABLE",
        Outcome.DEFER: "DEFERRED",
    },
}
RESOLUTION = {Authority.DECIDES: "Decision", Authority.ADVISES: "Opinion"}
GATE_STATUS = {
    GateStatus.PASSED: "passed",
    GateStatus.FAILED: "FAILED",
    GateStatus.UNKNOWN: "missing evidence",
    GateStatus.NOT_ASSESSED: "not assessed",
}
VOTE = {Vote.FOR: "For", Vote.AGAINST: "Against", Vote.ABSTAIN: "Abstaining"}
ROLE = {Role.CHAIR: "Chair", Role.SECRETARY: "Secretary", Role.MEMBER: "Member"}
REASON = {
    "gate_failed": "a compliance gate failed",
    "missing_evidence": "evidence is missing",
    "score_approve": "the score reaches the pass mark",
    "score_conditions": "the score falls in the conditional band",
    "score_reject": "the score is below the conditional band",
    "no_score": "no criterion could be scored",
}
NOTE = {
    "no_consensus_fallback": "No consensus; the fallback rule ({rule}) decided.",
    "casting_vote": "Tied vote, resolved by the chair's casting vote.",
    "tie": "Tied vote; without a casting vote a tie is not adopted.",
}
REPORTING = {"monthly": "monthly", "quarterly": "quarterly", "half_yearly": "every six months", "yearly": "yearly"}

SERIES_COLOURS = {
    Constituency.GOVERNMENT: colors.HexColor("#1F4E79"),
    Constituency.EMPLOYER: colors.HexColor("#C55A11"),
    Constituency.UNION: colors.HexColor("#2E7D32"),
}
TECHNICAL_COLOUR = colors.HexColor("#A0A0A0")
RULE_COLOUR = colors.HexColor("#9AA5B1")
HEAD_FILL = colors.HexColor("#E8EDF2")
ITEM_FILL = colors.HexColor("#DDE6EE")
DECISION_FILL = colors.HexColor("#F3F6F9")
TEXT_GREY = colors.HexColor("#505A64")


def _date(value: str | None) -> str:
    """``2026-11-20`` → ``20 November 2026``."""
    if not value:
        return "–"
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return value
    return f"{day.day} {day.strftime('%B')} {day.year}"


def _moment(value: str | None) -> str:
    """An ISO timestamp → ``27 November 2026, 19:06 UTC``; a time without a zone → ``27 November 2026, 09:30``.

    The app's own stamps carry their zone and are printed in UTC. Arrivals and departures are the room's
    clock as the secretary wrote it down (HH:MM on the meeting's day): calling them UTC would be false.
    """
    if not value:
        return "–"
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is None:
        return f"{_date(moment.date().isoformat())}, {moment.strftime('%H:%M')}"
    moment = moment.astimezone(dt.UTC)
    return f"{_date(moment.date().isoformat())}, {moment.strftime('%H:%M')} UTC"


def _score(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def _money(value: float, currency: str) -> str:
    shown = f"{value:,.2f}".removesuffix(".00")
    return f"{shown} {currency}"


def _rule_text(rule: DecisionRule, minutes: Minutes) -> str:
    in_force = minutes.rules
    if rule is DecisionRule.GROUP_MAJORITY:
        return f"group majority ({in_force.groups_required} of 3 constituency blocks)"
    if rule is DecisionRule.QUALIFIED_MAJORITY:
        return f"qualified majority ({in_force.qualified_fraction} of the votes cast)"
    return RULE[rule]


def condition_text(condition: Condition, currency: str) -> str:
    """A condition's terms in words (kind and parameters; the due date is shown apart)."""
    p = condition.params
    kind = condition.kind
    if kind is ConditionKind.QUOTA:
        return f"Quota: at most {p.get('workers')} workers"
    if kind is ConditionKind.MAX_DURATION:
        return f"Maximum duration of the permits: {p.get('months')} months"
    if kind is ConditionKind.WAGE_FLOOR:
        return f"Wage floor: at least {_money(float(p.get('amount', 0)), currency)} a month"
    if kind is ConditionKind.TRAINING:
        hours = f", {p['hours']} hours each" if p.get("hours") else ""
        return f"Training of {p.get('locals')} local workers{hours}"
    if kind is ConditionKind.LOCAL_HIRING:
        return f"Local hiring: at least {float(p.get('ratio', 0)):.0%} of the positions"
    if kind is ConditionKind.HOUSING_STANDARD:
        return "Housing standard" + (f": {p['standard']}" if p.get("standard") else "")
    if kind is ConditionKind.INTEGRATION_SUPPORT:
        items = ", ".join(str(i).replace("_", " ") for i in p.get("items", []))
        return "Integration support package" + (f": {items}" if items else "")
    if kind is ConditionKind.RECRUITMENT_CHANNEL:
        return "Recruitment through " + str(p.get("channel") or "an approved channel")
    if kind is ConditionKind.REPORTING:
        return f"Report to the board {REPORTING.get(str(p.get('frequency')), p.get('frequency'))}"
    if kind is ConditionKind.NO_FEES_ATTESTATION:
        return "Attestation that no recruitment fees are charged to the workers"
    rest = ", ".join(f"{k} {v}" for k, v in sorted(p.items()))  # a kind added later still prints its terms
    return f"{kind.value.replace('_', ' ')}: {rest}"


# -------------------------------------------------------------------------------------------- styles


@cache
def _styles() -> dict[str, ParagraphStyle]:
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


def _p(text: object, style: str = "body", *, width: float | None = None) -> Paragraph:
    """A paragraph of user text: escaped and font-switched; CJK text may break between characters."""
    st = _styles()[style]
    raw = "" if text is None else str(text)
    if fonts.has_cjk(raw):
        st = ParagraphStyle(f"{st.name}-cjk", parent=st, wordWrap="CJK")
    return Paragraph(markup(raw, width=width, size=st.fontSize, font=st.fontName), st)


def _m(markup_text: str, style: str = "body") -> Paragraph:
    """A paragraph of our own markup, whose user-text parts the caller escaped with :func:`markup`."""
    return Paragraph(markup_text, _styles()[style])


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
    return _p(text, "cellb" if bold else "cell")


def _grid(
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


def _numbered_canvas(draw_footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas that holds every page until the end, so each footer can say "Page x of y" (pretix)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw_footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


class _SignatureGrid(Flowable):
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
        row = self.LABEL_HEIGHT + self.BOX_HEIGHT + self.ROW_GAP
        return self.width, self._rows() * row

    def draw(self) -> None:
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


class _Doc(BaseDocTemplate):
    """Notes the page the signature grid lands on, so the fields go on that page."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.signature_page: int | None = None

    def afterFlowable(self, flowable: Flowable) -> None:  # reportlab's API
        if isinstance(flowable, _SignatureGrid):
            self.signature_page = self.page


# ------------------------------------------------------------------------------------------ renderer


@dataclass
class _Rendered:
    pdf: bytes
    pages: int
    signature_page: int
    rects: dict[str, tuple[float, float, float, float]] = field(default_factory=dict)


class MinutesRenderer:
    """Lays out one :class:`Minutes`; each section is a method returning flowables (template pattern)."""

    MARGIN_X = 18 * mm
    MARGIN_TOP = 22 * mm
    MARGIN_BOTTOM = 18 * mm

    def __init__(self, minutes: Minutes, *, invariant: bool = True):
        self.m = minutes
        self.invariant = invariant
        self.authority = minutes.header.authority
        self.width = A4[0] - 2 * self.MARGIN_X
        self.annex = annex_bytes(minutes)

    # ---- the document

    def render(self) -> _Rendered:
        """Build the PDF (without the annex and fields, which :func:`render_minutes` adds)."""
        fonts.register_fonts()
        buffer = io.BytesIO()
        header = self.m.header
        doc = _Doc(
            buffer,
            pagesize=A4,
            leftMargin=self.MARGIN_X,
            rightMargin=self.MARGIN_X,
            topMargin=self.MARGIN_TOP,
            bottomMargin=self.MARGIN_BOTTOM,
            title=f"Minutes: {header.title} ({header.date})",
            subject=f"{header.board_name}: minutes of the session of {_date(header.date)}",
            author=header.board_name,
            creator=f"Tripartite {__version__}",
            keywords="minutes, tripartite board, labour admission",
            invariant=int(self.invariant),
            # Not Helvetica: every font the file names is then embedded.
            initialFontName=BODY,
            initialFontSize=9,
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0, rightPadding=0)
        doc.addPageTemplates([PageTemplate(id="minutes", frames=[frame], onPage=self._on_page)])
        grid = self._signature_grid()
        doc.build(self._story(grid), canvasmaker=_numbered_canvas(self._footer))
        if doc.signature_page is None or len(grid.rects) != len(self.m.signatories):
            raise AssertionError("the signature boxes were not laid out")  # a layout bug, never user input
        return _Rendered(buffer.getvalue(), doc.page, doc.signature_page, dict(grid.rects))

    def _on_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """The running header: board on the left, session on the right, a rule under them."""
        header = self.m.header
        top = A4[1] - 12 * mm
        canvas.saveState()
        canvas.setFillColor(TEXT_GREY)
        right = f"Minutes · {header.title} · {_date(header.date)}"
        right_width = fonts.text_width(right, BODY, 7.5)
        board = _clip(header.board_name, self.width - right_width - 8 * mm, BOLD, 7.5)
        fonts.draw_text(canvas, self.MARGIN_X, top, board, BOLD, 7.5)
        fonts.draw_text(canvas, A4[0] - self.MARGIN_X, top, right, BODY, 7.5, align="right")
        canvas.setStrokeColor(RULE_COLOUR)
        canvas.setLineWidth(0.5)
        canvas.line(self.MARGIN_X, top - 3 * mm, A4[0] - self.MARGIN_X, top - 3 * mm)
        canvas.restoreState()

    def _footer(self, canvas: Canvas, number: int, total: int) -> None:
        """The running footer, drawn once the page count is known."""
        header = self.m.header
        y = 10 * mm
        canvas.saveState()
        canvas.setStrokeColor(RULE_COLOUR)
        canvas.setLineWidth(0.5)
        canvas.line(self.MARGIN_X, y + 4 * mm, A4[0] - self.MARGIN_X, y + 4 * mm)
        canvas.setFillColor(TEXT_GREY)
        left = f"Meeting {header.meeting_id} · minutes prepared {_moment(self.m.prepared_at)}"
        fonts.draw_text(canvas, self.MARGIN_X, y, left, BODY, 7.5)
        fonts.draw_text(canvas, A4[0] - self.MARGIN_X, y, f"Page {number} of {total}", BODY, 7.5, align="right")
        canvas.restoreState()

    def _story(self, grid: _SignatureGrid) -> list[Flowable]:
        story: list[Flowable] = []
        story += self._session()
        story += self._at_a_glance()
        story += self._attendance()
        story += self._quorum()
        story += self._rules()
        story += self._recusals()
        story += self._items()
        story += self._dissents_summary()
        story += self._annex()
        story += self._signatures(grid)
        return story

    def _heading(self, text: str) -> list[Flowable]:
        # A conditional break, never KeepTogether around a long table (reference/style.md D12).
        return [CondPageBreak(40 * mm), _p(text, "h1")]

    # ---- 1. the session

    def _session(self) -> list[Flowable]:
        h = self.m.header
        label = "decisions" if self.authority is Authority.DECIDES else "opinions (the board advises)"
        # A session entered afterwards from its own record: the stamps say when it was entered, and saying
        # "Opened" at that time would misdate the session.
        sat = (
            [["Recorded", f"entered from the session's own record on {_moment(h.closed_at or h.opened_at)}"]]
            if h.recorded
            else [["Opened", _moment(h.opened_at)], ["Closed", _moment(h.closed_at)]]
        )
        rows: list[list[object]] = [
            ["Date", _date(h.date)],
            ["Place", h.place or "–"],
            *sat,
            ["Legal basis", h.legal_basis or "–"],
            ["The board issues", label],
            ["Meeting", f"no. {h.meeting_id} · country {h.country}"],
        ]
        if h.amends is not None:
            sha = f", final file SHA-256 {h.amends.minutes_sha256}" if h.amends.minutes_sha256 else ""
            rows.append(
                ["Amends", f"the signed minutes of meeting {h.amends.meeting_id}, {h.amends.title} "
                           f"({_date(h.amends.date)}){sha}"]
            )  # fmt: skip
        kicker = "AMENDMENT TO THE MINUTES" if h.amends else "MINUTES OF THE SESSION"
        return [
            _p(h.board_name, "board", width=self.width),
            _p(kicker, "kicker"),
            _p(h.title, "title", width=self.width),
            _grid(rows, [32 * mm, self.width - 32 * mm], header=False,
                  extra=[("BACKGROUND", (0, 0), (0, -1), HEAD_FILL)]),
        ]  # fmt: skip

    def _at_a_glance(self) -> list[Flowable]:
        noun = RESOLUTION[self.authority]
        rows: list[list[object]] = [["Item", "Request", "Employer", noun, "Workers"]]
        for item in self.m.items:
            rows.append(
                [
                    str(item.position),
                    item.request.reference,
                    item.request.employer_name,
                    _resolution_short(item, self.authority),
                    _workers(item),
                ]
            )
        widths = [11 * mm, 30 * mm, self.width - 11 * mm - 30 * mm - 50 * mm - 22 * mm, 50 * mm, 22 * mm]
        return [*self._heading(f"{noun}s at a glance"), _grid(rows, widths)]

    # ---- 2. attendance

    def _attendance(self) -> list[Flowable]:
        rows: list[list[object]] = [["Constituency", "Name", "Role", "Attendance", "Notes"]]
        spans: list[tuple[Any, ...]] = []
        for group in self.m.attendance:
            if not group.members:
                continue
            first = len(rows)
            for index, member in enumerate(group.members):
                rows.append(
                    [
                        CONSTITUENCY[group.constituency] if index == 0 else "",
                        member.name,
                        ROLE[member.role],
                        "present" if member.present else "apologies" if member.apologies else "absent",
                        _attendee_note(member),
                    ]
                )
            spans.append(("SPAN", (0, first), (0, len(rows) - 1)))
        widths = [30 * mm, 58 * mm, 20 * mm, 22 * mm, self.width - 130 * mm]
        story: list[Flowable] = [*self._heading("1. Attendance"), _grid(rows, widths, extra=spans)]
        apologies = self.m.apologies
        if apologies:
            names = "; ".join(markup(a.name) for a in apologies)
            story.append(Spacer(1, 3))
            story.append(_m(f"<b>Apologies:</b> {names}.", "body"))
        return story

    # ---- 3. quorum

    def _quorum(self) -> list[Flowable]:
        q = self.m.opening_quorum
        rule = "half the seats" if q.rule.value == "half" else "half the seats and at least one member of each group"
        opening = (
            f"At the opening, <b>{q.present}</b> members with a vote were present out of <b>{q.seats}</b> seats; "
            f"the quorum ({rule}) requires <b>{q.required}</b>. "
            + ("The quorum was <b>met</b>." if q.met else f"The quorum was <b>not met</b>{_missing(q)}.")
        )
        rows: list[list[object]] = [["Item", "Request", "Entitled present", "Required", "Groups missing", "Quorum"]]
        for item in self.m.items:
            iq = item.quorum
            rows.append(
                [
                    str(item.position),
                    item.request.reference,
                    f"{iq.present} of {iq.seats}",
                    str(iq.required),
                    ", ".join(CONSTITUENCY[g] for g in iq.groups_missing) or "none",
                    "met" if iq.met else "NOT MET",
                ]
            )
        widths = [11 * mm, 30 * mm, 30 * mm, 20 * mm, self.width - 121 * mm, 30 * mm]
        return [
            *self._heading("2. Quorum"),
            _m(opening),
            _p("Per item, after recusals:", "small"),
            _grid(rows, widths),
        ]

    # ---- 4. rules in force

    def _rules(self) -> list[Flowable]:
        r = self.m.rules
        rows: list[list[object]] = [
            ["Decision rule", _rule_text(r.decision_rule, self.m)],
            ["Fallback without consensus", _rule_text(r.consensus_fallback, self.m) if r.consensus_fallback else "–"],
            ["Chair's casting vote on a tie", "yes" if r.casting_vote else "no"],
            ["Quorum", "half the seats" if r.quorum.value == "half" else "half the seats and every constituency"],
            ["Ballot", "named: each member's vote is minuted" if r.ballot.value == "named"
                       else "secret: only the tallies by constituency are minuted"],
            ["Secretary", "votes" if r.secretary_votes else "does not vote and holds no seat"],
            ["Criteria catalogue", f"{r.criteria_name}; pass mark {r.pass_mark:g}, "
                                   f"conditions from {r.conditional_mark:g}"],
            ["Catalogue version", r.criteria_version],
        ]  # fmt: skip
        return [
            *self._heading("3. Rules of procedure in force"),
            _grid(rows, [55 * mm, self.width - 55 * mm], header=False,
                  extra=[("BACKGROUND", (0, 0), (0, -1), HEAD_FILL)]),
        ]  # fmt: skip

    # ---- 5. declarations of interest

    def _recusals(self) -> list[Flowable]:
        story = self._heading("4. Declarations of interest and recusals")
        if not self.m.recusals:
            return [*story, _p("No member declared an interest; nobody was recused.")]
        rows: list[list[object]] = [["Item", "Request", "Member", "Constituency", "Reason"]]
        for r in self.m.recusals:
            rows.append([str(r.item_position), r.reference, r.name, CONSTITUENCY[r.constituency], r.reason or "–"])
        widths = [11 * mm, 30 * mm, 45 * mm, 27 * mm, self.width - 113 * mm]
        return [*story, _p("These members took no part in the scoring, debate or vote on the item.", "small"),
                _grid(rows, widths)]  # fmt: skip

    # ---- 6. the items

    def _items(self) -> list[Flowable]:
        story: list[Flowable] = self._heading("5. Items")
        for item in self.m.items:
            story += self._item(item)
        return story

    def _item(self, item: ItemMinutes) -> list[Flowable]:
        r = item.request
        title = Table(
            [[_p(f"Item {item.position} · {r.reference} · {r.employer_name}", "h2", width=self.width - 8)]],
            colWidths=[self.width],
            style=TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), ITEM_FILL),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            ),
        )
        story: list[Flowable] = [CondPageBreak(60 * mm), Spacer(1, 4), title, Spacer(1, 4)]
        story += self._facts(item)
        story += self._participation(item)
        story += self._gates(item)
        story += self._scores(item)
        story += self._motions(item)
        story += self._outcome(item)
        story += self._explanations(item)
        story += self._item_dissents(item)
        story.append(Spacer(1, 6))
        return story

    def _facts(self, item: ItemMinutes) -> list[Flowable]:
        r = item.request
        occupation = f"{r.job_title or r.occupation_title or ''} (ISCO {r.occupation_isco}"
        occupation += f" {r.occupation_title})" if r.occupation_title else ")"
        ratio = r.wage_offered / r.prevailing_wage if r.prevailing_wage else 0
        rows: list[list[object]] = [
            ["Employer", f"{r.employer_name}" + (f" ({r.employer_id})" if r.employer_id else ""),
             "Sector (ISIC)", r.sector_isic],
            ["Occupation", occupation, "Region", r.region],
            ["Workers requested", str(r.workers_requested), "Duration", f"{r.duration_months} months"],
            ["Wage offered", f"{_money(r.wage_offered, r.currency)} a month",
             "Prevailing wage", f"{_money(r.prevailing_wage, r.currency)} ({ratio:.2f}×)"],
            ["Origin countries", ", ".join(r.origin_countries) or "–", "Submitted", _date(r.submitted_on)],
        ]  # fmt: skip
        widths = [30 * mm, self.width - 30 * mm - 28 * mm - 38 * mm, 28 * mm, 38 * mm]
        shade = [("BACKGROUND", (0, 0), (0, -1), HEAD_FILL), ("BACKGROUND", (2, 0), (2, -1), HEAD_FILL)]
        return [_p("Request", "h3"), _grid(rows, widths, header=False, extra=shade)]

    def _participation(self, item: ItemMinutes) -> list[Flowable]:
        """Who sat on the item: its quorum after recusals, and each recused member with the reason given."""
        q = item.quorum
        verdict = "met" if q.met else f"<b>not met</b>{_missing(q)}"
        text = (
            f"<b>Participation:</b> {q.present} members with a vote present and entitled, of {q.seats} seats; "
            f"quorum {q.required}: {verdict}."
        )
        lines = [text]
        for r in item.recusals:
            reason = f"“{markup(r.reason, width=self.width)}”" if r.reason else "no reason given"
            lines.append(
                f"<b>Recused:</b> {markup(r.name)} ({CONSTITUENCY[r.constituency]}), who took no part in the scoring, "
                f"debate or vote on this item — {reason}"
            )
        if not item.recusals:
            lines[0] += " Nobody was recused."
        return [Spacer(1, 2), *(_m(line, "small") for line in lines)]

    def _gates(self, item: ItemMinutes) -> list[Flowable]:
        rows: list[list[object]] = [["Gate", "Check", "Result", "Reason"]]
        marks: list[tuple[Any, ...]] = []
        for index, gate in enumerate(item.gates, start=1):
            rows.append([gate.code, gate.label, GATE_STATUS[gate.status], gate_reason(gate.reason)])
            if gate.status is GateStatus.FAILED:
                marks.append(("TEXTCOLOR", (2, index), (2, index), colors.HexColor("#B00020")))
        widths = [12 * mm, 58 * mm, 28 * mm, self.width - 98 * mm]
        return [CondPageBreak(30 * mm), _p("Compliance gates", "h3"), _grid(rows, widths, extra=marks)]

    def _scores(self, item: ItemMinutes) -> list[Flowable]:
        s = item.scores
        rows: list[list[object]] = [["Scores (0–100)", "Overall", *(FAMILY_SHORT[f] for f in Family)]]
        rows.append(["Technical (dossier)", _score(s.technical_score), *(_score(s.technical_family_scores.get(f))
                                                                        for f in Family)])  # fmt: skip
        unscored: list[tuple[Any, ...]] = []
        for group in Constituency:
            if group in s.constituency_scores:
                families = s.family_scores.get(group, {})
                rows.append([CONSTITUENCY[group], _score(s.constituency_scores[group]),
                             *(_score(families.get(f)) for f in Family)])  # fmt: skip
            else:
                row = len(rows)
                rows.append([CONSTITUENCY[group], _m("no member of the group scored", "cellnote"), "", "", ""])
                unscored.append(("SPAN", (1, row), (-1, row)))
        rows.append(["Board score", _score(s.board_score), "", "", ""])
        widths = [30 * mm, 14 * mm, *(22 * mm for _ in Family)]
        table_width = sum(widths)
        table = _grid(
            rows,
            widths,
            extra=[
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), DECISION_FILL),
                *unscored,
            ],
        )
        chart = score_chart(item, self.width - table_width - 4 * mm, self.m.rules.pass_mark)
        side = Table([[table, chart]], colWidths=[table_width + 4 * mm, self.width - table_width - 4 * mm],
                     style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
        lines = [self._assessment_line(item)]
        if s.member_totals:
            # Names from the attendance: a member who scored need not have voted, and an id is never printed.
            names = {a.member_id: a.name for g in self.m.attendance for a in g.members}
            totals = "; ".join(f"{markup(names.get(k, '–'))} {v:.1f}" for k, v in s.member_totals.items())
            lines.append(f"<b>Members' totals:</b> {totals}.")
        for comment in s.score_comments:
            lines.append(f"<b>{markup(comment.name)}</b> on {markup(comment.criterion)}: “{markup(comment.comment)}”")
        # The heading, the scores and the chart are one small block: never a heading alone at a page's foot.
        return [KeepTogether([_p("Assessment", "h3"), side]), Spacer(1, 3), *(_m(line, "small") for line in lines)]

    def _assessment_line(self, item: ItemMinutes) -> str:
        s = item.scores
        parts = []
        if s.divergence is None:
            parts.append("Divergence: fewer than two constituencies scored.")
        else:
            split = " — <b>constituency split</b>" if s.split else ""
            drivers = f", driven by {', '.join(s.split_drivers)}" if s.split and s.split_drivers else ""
            parts.append(f"Divergence between constituencies: {s.divergence:.1f} points{split}{drivers}.")
        if s.robust is None:
            parts.append("Sensitivity: no score to test.")
        elif s.robust:
            parts.append("Sensitivity: <b>robust</b> (no ±10-point move of a family weight changes the band).")
        else:
            fragile = ", ".join(_fragile(f) for f in s.fragile_on)
            parts.append(f"Sensitivity: <b>fragile</b> on {fragile}.")
        if s.critical is not None:
            c = s.critical
            parts.append(
                f"Critical weight: {c.criterion} {c.delta:+d} points (to {c.weight:g}) would move the score to "
                f"{c.score:.1f}, across the pass mark."
            )
        rec = RESOLVED[Authority.DECIDES][s.recommendation].lower()
        why = REASON.get(s.recommendation_reason, s.recommendation_reason)
        gates = f" ({', '.join(s.recommendation_gates)})" if s.recommendation_gates else ""
        conditions = ""
        if s.recommended_conditions:
            conditions = "; suggested conditions: " + ", ".join(
                k.value.replace("_", " ") for k in s.recommended_conditions
            )
        parts.append(f"Recommendation (advisory; the vote decides): <b>{rec}</b>, because {why}{gates}{conditions}.")
        return " ".join(parts)

    def _motions(self, item: ItemMinutes) -> list[Flowable]:
        if not item.motions:
            return []
        story: list[Flowable] = []
        for index, motion in enumerate(item.motions):
            story += self._motion(item, motion, _p("Motions and votes", "h3") if index == 0 else None)
        return story

    def _motion(self, item: ItemMinutes, motion: MotionMinutes, heading: Flowable | None) -> list[Flowable]:
        proposal = PROPOSAL[motion.outcome]
        if motion.outcome in (Outcome.APPROVE, Outcome.APPROVE_WITH_CONDITIONS):
            proposal += f", {motion.workers} of {item.request.workers_requested} workers"
        if motion.conditions:
            proposal += f", {len(motion.conditions)} condition(s)"
        by = f", proposed by {markup(motion.proposed_by_name)}" if motion.proposed_by_name else ""
        if motion.adopted is None:
            verdict = "not put to the vote"
        else:
            verdict = "<b>ADOPTED</b>" if motion.adopted else "<b>NOT ADOPTED</b>"
            if motion.rule is not None:
                verdict += f" under the {_rule_text(motion.rule, self.m)} rule"
        lines = [f"<b>Motion {motion.round}</b>: {proposal}{by} — {verdict}."]
        if motion.note in NOTE:
            lines.append(NOTE[motion.note].format(rule=RULE.get(motion.rule, "") if motion.rule else ""))
        elif motion.casting_vote_used:
            lines.append(NOTE["casting_vote"])
        block: list[Flowable] = [_m(" ".join(lines)), _tally_table(motion, self.width)]
        if heading is not None:
            block.insert(0, heading)
        if motion.votes is None and motion.adopted is not None:
            block.append(_m(f"Secret ballot: only the tallies by constituency are minuted. {_turnout(motion)}",
                            "small"))  # fmt: skip
        # A motion and its five-row tally are short: kept on one page, a reader sees who voted how at a glance.
        return [KeepTogether(block), Spacer(1, 4)]

    def _outcome(self, item: ItemMinutes) -> list[Flowable]:
        noun = RESOLUTION[self.authority]
        if item.note == "no_quorum" or item.status == "no_quorum":
            q = item.quorum
            text = (
                f"<b>No quorum for this item</b>: {q.present} members with a vote were present after recusals, "
                f"{q.required} were required{_missing(q)}. The item was not decided and no vote was taken."
            )
            return [_boxed([_m(text)], self.width)]
        decision = item.decision
        if decision is None:
            text = (
                f"<b>No {noun.lower()}</b>: no motion was adopted"
                + (f" in {len(item.motions)} round(s)" if item.motions else "")
                + ". The request was not decided at this session."
            )
            return [_boxed([_m(text)], self.width)]
        return [CondPageBreak(30 * mm), _boxed(self._decision(item, decision), self.width)]

    def _decision(self, item: ItemMinutes, d: DecisionMinutes) -> list[Flowable]:
        noun = RESOLUTION[self.authority]
        resolved = RESOLVED[self.authority][d.outcome]
        workers = ""
        if d.outcome in (Outcome.APPROVE, Outcome.APPROVE_WITH_CONDITIONS):
            workers = f" — {d.workers} of the {item.request.workers_requested} workers requested"
        story: list[Flowable] = [_m(f"{noun.upper()}: {resolved}{workers}", "decision")]
        cast = sum(t.votes_for + t.against + t.abstain for t in d.tally)
        facts = (
            f"Adopted on motion {d.motion_round} under the {_rule_text(d.rule, self.m)} rule; {cast} votes cast "
            f"by {d.quorum.present} members with a vote present (quorum {d.quorum.required} of {d.quorum.seats} seats)."
        )
        if d.casting_vote_used:
            facts += " The chair's casting vote decided."
        story.append(_m(facts, "small"))
        if d.conditions:
            rows: list[list[object]] = [["Condition", "Terms", "Due", "Verification"]]
            for index, c in enumerate(d.conditions, start=1):
                rows.append([str(index), condition_text(c, item.request.currency), _date(c.due) if c.due else "–",
                             c.verification or "–"])  # fmt: skip
            widths = [18 * mm, self.width - 18 * mm - 30 * mm - 45 * mm - 8, 30 * mm, 45 * mm]
            story.append(Spacer(1, 2))
            story.append(_grid(rows, widths))
        if d.valid_until:
            story.append(_m(f"Valid until {_date(d.valid_until)}.", "small"))
        reasons = d.reasons or self._grounds(item)
        story.append(Spacer(1, 2))
        story.append(_m(f"<b>Reasons:</b> {markup(reasons, width=self.width - 12) if d.reasons else reasons}", "body"))
        return story

    def _grounds(self, item: ItemMinutes) -> str:
        """Reasons in data terms when none were written: the gates, the scores and the vote."""
        s = item.scores
        failed = [g.code for g in item.gates if g.status is GateStatus.FAILED]
        unknown = [g.code for g in item.gates if g.status is GateStatus.UNKNOWN]
        parts = []
        parts.append(f"gates failed: {', '.join(failed)}" if failed else "no compliance gate failed")
        if unknown:
            parts.append(f"evidence missing for {', '.join(unknown)}")
        score = s.board_score if s.board_score is not None else s.technical_score
        kind = "board score" if s.board_score is not None else "technical score"
        if score is not None:
            parts.append(f"{kind} {score:.1f} against a pass mark of {self.m.rules.pass_mark:g}")
        rec = RESOLVED[Authority.DECIDES][s.recommendation].lower()
        return f"on the assessment minuted above ({'; '.join(parts)}; recommendation: {rec}) and the board's vote."

    def _explanations(self, item: ItemMinutes) -> list[Flowable]:
        explained = item.explanations
        unattributed = [(m.round, group, text) for m in item.motions for group, text in m.unattributed]
        if not explained and not unattributed:
            return []
        story: list[Flowable] = [_p("Explanations of vote", "h3")]
        for round_number, vote in explained:
            story.append(
                _m(
                    f"<b>{markup(vote.name)}</b> · {CONSTITUENCY[vote.constituency]}, "
                    f"{VOTE[vote.vote].lower()} on motion {round_number}: “{markup(vote.comment, width=self.width)}”",
                )
            )
        if unattributed:
            story.append(_m("A secret ballot: each explanation is minuted with its group, not its author or vote."))
        for round_number, group, text in unattributed:
            story.append(_m(f"{CONSTITUENCY[group]}, on motion {round_number}: “{markup(text, width=self.width)}”"))
        return story

    def _item_dissents(self, item: ItemMinutes) -> list[Flowable]:
        if not item.dissents:
            return []
        story: list[Flowable] = [_p("Written dissents", "h3")]
        for d in item.dissents:
            story.append(
                _m(
                    f"<b>{markup(d.name)}</b> · {CONSTITUENCY[d.constituency]}, filed {_moment(d.filed_at)}: "
                    f"“{markup(d.text, width=self.width)}”"
                )
            )
        return story

    # ---- 7. dissents and the window

    def _dissents_summary(self) -> list[Flowable]:
        filed = [(i, d) for i in self.m.items for d in i.dissents]
        window = self.m.dissent_window
        items = sorted({i.position for i, _ in filed})
        if not filed:
            count, where = "No written dissent was filed", ""
        else:
            count = "One written dissent was filed" if len(filed) == 1 else f"{len(filed)} written dissents were filed"
            where = f" (item{'s' if len(items) > 1 else ''} {', '.join(map(str, items))})"
        if window.open:
            state = (
                f"When these minutes were prepared ({_moment(self.m.prepared_at)}), the 48-hour window for written "
                f"dissents was <b>still open</b>; it closes on {_moment(window.closes_at)}. A dissent filed after "
                "these minutes were prepared is not included here and is recorded by an amendment."
            )
        else:
            state = f"The 48-hour window for written dissents <b>closed</b> on {_moment(window.closes_at)}."
        return [*self._heading("6. Written dissents"), _m(f"{count}{where}. {state}")]

    # ---- 8. evidence annex

    def _annex(self) -> list[Flowable]:
        digest = hashlib.sha256(self.annex).hexdigest()
        rows: list[list[object]] = [
            ["Embedded file", f"{ANNEX_NAME} ({len(self.annex):,} bytes)"],
            ["SHA-256 of the file", digest],
            ["Criteria catalogue version", self.m.rules.criteria_version],
            ["Audit chain head", f"event {self.m.audit_seq}: {self.m.audit_head}"],
            ["Read into the record as", f"{self.m.audit_seq}:{self.m.audit_head[:16]}"],
            ["Prepared", _moment(self.m.prepared_at)],
        ]
        text = (
            "The evidence annex is embedded in this PDF. It holds the tallies by constituency, the quorum figures, "
            "the rules of procedure in force, the criteria catalogue version and the hash of the last event in the "
            "board's audit log when these minutes were prepared. The signatures below cover it. Anyone can check "
            "the board's database against it later (tripartite audit verify --anchor); the chair reads its short "
            "form into the record of the next meeting."
        )
        return [
            *self._heading("7. Evidence annex"),
            _p(text),
            _grid(rows, [48 * mm, self.width - 48 * mm], header=False,
                  extra=[("BACKGROUND", (0, 0), (0, -1), HEAD_FILL)]),
        ]  # fmt: skip

    # ---- 9. signatures

    def _signature_grid(self) -> _SignatureGrid:
        blocks = []
        for s in self.m.signatories:
            # The same words as every other table of the minutes: Chair, Secretary, Government, Employers, Unions.
            if s.role in (Role.CHAIR, Role.SECRETARY):
                label = ROLE[Role(s.role)]
                second = s.name or "(nobody holds this role)"
            elif s.constituency is not None:
                label = CONSTITUENCY[s.constituency]
                second = f"For {MEMBERS_OF[s.constituency]}"
            else:
                label, second = s.role.replace("_", " ").capitalize(), ""
            blocks.append((s.role, label, second))
        return _SignatureGrid(blocks, self.width)

    def _signatures(self, grid: _SignatureGrid) -> list[Flowable]:
        text = (
            "Each signatory signs electronically in the box of their role. The first signature certifies the "
            "document, which then admits only further signatures; each one is appended as an incremental update, "
            "so any later change to a word, a figure or the annex is detected on verification."
        )
        height = grid.wrap(self.width, 0)[1]
        return [
            CondPageBreak(height + 22 * mm),
            KeepTogether([_p("8. Signatures", "h1"), _p(text, "small"), Spacer(1, 4), grid]),
        ]


# --------------------------------------------------------------------------------------- small parts


def _clip(text: str, width: float, font: str, size: float) -> str:
    """Shorten a header line to fit, with an ellipsis."""
    if fonts.text_width(text, font, size) <= width:
        return text
    while text and fonts.text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _missing(q: QuorumFigures) -> str:
    if not q.groups_missing:
        return ""
    return "; not represented: " + ", ".join(CONSTITUENCY[g] for g in q.groups_missing)


def _fragile(code: str) -> str:
    if code.startswith("profile:"):
        return f"the {CONSTITUENCY[Constituency(code.split(':', 1)[1])].lower()} weight profile"
    try:
        return f"the {FAMILY[Family(code)].lower()} weight"
    except ValueError:
        return code


def _attendee_note(member: Any) -> str:
    notes = []
    if member.alternate_of_name:
        notes.append(f"alternate for {member.alternate_of_name}")
    if member.role is Role.SECRETARY and not member.holds_seat:
        notes.append("non-voting")
    elif member.present and not member.holds_seat:
        notes.append("no vote")
    if member.arrived_at:
        notes.append(f"arrived {_moment(member.arrived_at)}")
    if member.departed_at:
        notes.append(f"left {_moment(member.departed_at)}")
    return "; ".join(notes)


def _resolution_short(item: ItemMinutes, authority: Authority) -> str:
    if item.note == "no_quorum" or item.status == "no_quorum":
        return "not decided (no quorum)"
    if item.decision is None:
        return "not decided (no motion adopted)"
    text = RESOLVED[authority][item.decision.outcome].lower()
    if item.decision.conditions:
        text += f" ({len(item.decision.conditions)})"
    return text


def _workers(item: ItemMinutes) -> str:
    d = item.decision
    if d is None or d.outcome not in (Outcome.APPROVE, Outcome.APPROVE_WITH_CONDITIONS):
        return f"– / {item.request.workers_requested}"
    return f"{d.workers} / {item.request.workers_requested}"


def _turnout(motion: MotionMinutes) -> str:
    """Who did not vote on a secret ballot, by name (who voted is not secret, only how), as markup."""
    if motion.did_not_vote is None:
        if not motion.did_not_vote_count:
            return "Every member entitled to vote cast a ballot."
        count = motion.did_not_vote_count
        members = "One member" if count == 1 else f"{count} members"
        return f"{members} entitled to vote cast no ballot; the record of this ballot does not say who."
    if not motion.did_not_vote:
        return "Every member entitled to vote cast a ballot."
    who = ", ".join(f"{markup(v.name)} ({CONSTITUENCY[v.constituency]})" for v in motion.did_not_vote)
    return f"<b>Did not vote:</b> {who}."


def _tally_table(motion: MotionMinutes, width: float) -> Table:
    """Votes by constituency; with named ballots, who voted how and who did not vote."""
    tally, votes = motion.tally, motion.votes
    named = votes is not None
    head = ["Constituency", "For", "Against", "Abstain"] + (["Members"] if named else [])
    rows: list[list[object]] = [head]
    for t in tally:
        row: list[object] = [CONSTITUENCY[t.constituency], str(t.votes_for), str(t.against), str(t.abstain)]
        if named:
            parts = []
            for choice in Vote:
                who = [v.name for v in votes or () if v.constituency is t.constituency and v.vote is choice]
                if who:
                    parts.append(f"<b>{VOTE[choice].lower()}</b>: " + ", ".join(markup(n) for n in who))
            silent = [v.name for v in motion.did_not_vote or () if v.constituency is t.constituency]
            if silent:
                parts.append("<b>did not vote</b>: " + ", ".join(markup(n) for n in silent))
            row.append(_m("; ".join(parts) or "–", "cell"))
        rows.append(row)
    rows.append(["Total", *(str(sum(getattr(t, k) for t in tally)) for k in ("votes_for", "against", "abstain")),
                 *([""] if named else [])])  # fmt: skip
    numbers = [15 * mm, 17 * mm, 16 * mm]
    widths = [32 * mm, *numbers] + ([width - 32 * mm - sum(numbers)] if named else [])
    last = len(rows) - 1
    return _grid(rows, widths, extra=[("ALIGN", (1, 1), (3, -1), "RIGHT"),
                                      ("BACKGROUND", (0, last), (-1, last), DECISION_FILL)])  # fmt: skip


def _boxed(flowables: list[Flowable], width: float) -> Table:
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


def score_chart(item: ItemMinutes, width: float, pass_mark: float = 50.0) -> Drawing:
    """Bars per family: the technical score and each constituency's score, with the pass mark dashed.

    A score that does not exist (nobody scored the family, or its data is missing) has no bar, not a
    zero bar.
    """
    s = item.scores
    height = 52 * mm
    drawing = Drawing(width, height)
    series: list[tuple[str, colors.Color, list[float | None]]] = [
        ("Technical", TECHNICAL_COLOUR, [s.technical_family_scores.get(f) for f in Family])
    ]
    for group in Constituency:
        if group in s.family_scores:
            series.append((CONSTITUENCY[group], SERIES_COLOURS[group], [s.family_scores[group].get(f) for f in Family]))
    chart = VerticalBarChart()
    chart.x, chart.y = 20, 40
    chart.width, chart.height = width - 24, height - chart.y - 14
    chart.data = [values for _, _, values in series]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 25
    chart.valueAxis.labels.fontName = BODY
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.strokeColor = RULE_COLOUR
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E3E7EB")
    chart.valueAxis.visibleGrid = True
    chart.categoryAxis.categoryNames = [FAMILY_SHORT[f] for f in Family]
    chart.categoryAxis.labels.fontName = BODY
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = RULE_COLOUR
    chart.barSpacing = 1
    chart.groupSpacing = 6
    chart.bars.strokeColor = None
    for index, (_, colour, _) in enumerate(series):
        chart.bars[index].fillColor = colour
    drawing.add(chart)
    red = colors.HexColor("#B00020")
    pass_y = chart.y + chart.height * pass_mark / 100
    drawing.add(Line(chart.x, pass_y, chart.x + chart.width, pass_y, strokeColor=red, strokeWidth=0.7,
                     strokeDashArray=[3, 2]))  # fmt: skip
    drawing.add(Line(chart.x, height - 5, chart.x + 12, height - 5, strokeColor=red, strokeWidth=0.7,
                     strokeDashArray=[3, 2]))  # fmt: skip
    drawing.add(String(chart.x + 15, height - 7, f"pass mark ({pass_mark:g})", fontName=BODY, fontSize=6.5,
                       fillColor=red))  # fmt: skip
    if not s.family_scores:
        drawing.add(String(chart.x + chart.width, height - 7, "no member scores", fontName=BODY, fontSize=6.5,
                           fillColor=TEXT_GREY, textAnchor="end"))  # fmt: skip
    legend = Legend()
    legend.x, legend.y = chart.x, 20
    legend.alignment = "right"
    legend.columnMaximum = 2
    legend.deltax = chart.width / 2
    legend.deltay = 9
    legend.dxTextSpace = 3
    legend.dx = legend.dy = 6
    legend.fontName = BODY
    legend.fontSize = 6.5
    legend.strokeColor = None
    legend.colorNamePairs = [(colour, name) for name, colour, _ in series]
    drawing.add(legend)
    return drawing


# ------------------------------------------------------------------------------------------- output


def annex_bytes(minutes: Minutes) -> bytes:
    """The evidence annex as embedded: indented, key-sorted UTF-8 JSON, the same bytes for the same minutes."""
    return (json.dumps(minutes.evidence, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode("utf-8")


def render_minutes(minutes: Minutes, *, invariant: bool = True) -> bytes:
    """Render the minutes, embed the evidence annex and add an empty signature field per signatory role.

    Args:
        minutes: the minutes' data (:func:`tripartite.minutes.build_minutes`).
        invariant: byte-stable output for the same data: the PDF's dates are the minutes' preparation
            time and its identifiers derive from the content. False uses the clock and random ids.

    Returns:
        The unsigned PDF, ready for its first (certifying) signature.

    Raises:
        FontsMissing: a font the minutes need is not installed.
    """
    renderer = MinutesRenderer(minutes, invariant=invariant)
    rendered = renderer.render()
    return _prepare(rendered, minutes, renderer.annex, invariant=invariant)


def _prepare(rendered: _Rendered, minutes: Minutes, annex: bytes, *, invariant: bool) -> bytes:
    """One incremental update before any signature: the meeting's id, the annex and the empty signature fields.

    The meeting's id goes into the document information as ``/TripartiteMeeting`` (:data:`annex.INFO_MEETING`),
    beside the "Meeting N" the pages print: a dedicated key rather than a phrase in ``/Subject``, so a machine
    reads it without parsing prose. It is written before the first signature, so that signature covers it,
    and ``verify`` compares it with the evidence annex's ``meeting.id``: an annex taken from other minutes
    does not match.
    """
    from pyhanko.pdf_utils import embed
    from pyhanko.sign import fields

    moment = dt.datetime.fromisoformat(minutes.prepared_at) if invariant else dt.datetime.now(dt.UTC)
    writer = _writer_class()(io.BytesIO(rendered.pdf), moment=moment if invariant else None)
    writer.name_meeting(minutes.header.meeting_id)
    data = embed.EmbeddedFileObject.from_file_data(
        writer,
        annex,
        mime_type="application/json",
        params=embed.EmbeddedFileParams(creation_date=moment, modification_date=moment),
    )
    embed.embed_file(
        writer,
        embed.FileSpec(
            file_spec_string=ANNEX_NAME, file_name=ANNEX_NAME, embedded_data=data, description=ANNEX_DESCRIPTION
        ),
    )
    for signatory in minutes.signatories:
        fields.append_signature_field(
            writer,
            fields.SigFieldSpec(
                field_name(signatory.role), on_page=rendered.signature_page - 1, box=rendered.rects[signatory.role]
            ),
        )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@cache
def _writer_class() -> type:
    """The incremental writer of pyHanko, made deterministic on request (pyHanko is imported lazily)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    class StableWriter(IncrementalPdfFileWriter):  # type: ignore[misc]
        """Takes its dates from the minutes and its file id from the content, instead of the clock and chance."""

        def __init__(self, stream: io.BytesIO, *, moment: dt.datetime | None):
            super().__init__(stream)
            self._fixed_moment = moment
            if moment is not None:
                first = self._document_id[0]
                second = hashlib.sha256(stream.getvalue()).digest()[:16]
                self._document_id = generic.ArrayObject([first, generic.ByteStringObject(second)])

        def name_meeting(self, meeting_id: int) -> None:
            """Write the meeting's id into the document information (reportlab always writes one)."""
            if self._info is None:
                raise AssertionError("the rendered minutes have no document information")  # a bug, never input
            info = self._info.get_object()
            info[generic.NameObject(INFO_MEETING)] = generic.TextStringObject(str(meeting_id))
            self.mark_update(self._info)

        def _update_meta(self) -> None:
            super()._update_meta()
            if self._fixed_moment is not None and self._info is not None:
                info = self._info.get_object()
                info["/ModDate"] = generic.pdf_date(self._fixed_moment)
                info["/CreationDate"] = generic.pdf_date(self._fixed_moment)
                self.mark_update(self._info)

    return StableWriter
