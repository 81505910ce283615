"""The minutes as a PDF (DESIGN §5): A4, reportlab platypus, then the evidence annex and empty signature fields.

:func:`render_minutes` words a :class:`tripartite.meetings.minutes_data.Minutes` and lays it out, pretix-style: a
template renderer with one method per section, a ``NumberedCanvas`` for "Page x of y", tables that
split across pages under a ``CondPageBreak`` heading (reference/style.md A6, D12). Every piece of user
text goes through :func:`reports.fonts.markup`, which escapes it and switches fonts per script.

The minutes are written in the board's language (``Header.language``, DESIGN §14): :func:`render_minutes`
builds them inside :func:`reports.i18n.language`, every sentence here is a literal of the catalogue
(``_``/``ngettext``, extracted by ``scripts/translations.py update``), and the PDF's ``/Lang`` says which.
Arabic pages are mirrored by the layout (:mod:`reports.layout`). Request data (names, titles, notes) is
printed as written, never translated.

The renderer's parts live beside it: the words in :mod:`reports.words`, the phrases built from them in
:mod:`reports.phrases`, the page parts (styles, tables, canvas, signature grid) in :mod:`reports.layout`,
the score chart in :mod:`reports.chart`. The rendered file then gets, in one incremental update and before
any signature, the evidence annex and one empty, visible signature field per signatory role, laid out on
the last page (:func:`reports.annex.prepare`). Signatures made later cover both.

Why this module is longer than 500 lines: it is one template class whose methods are the document's
sections in the order they print; cutting the class across files would scatter that order.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from tripartite import __version__
from tripartite.criteria import Family
from tripartite.gates import GateStatus
from tripartite.meetings.minutes_data import DecisionMinutes, ItemMinutes, Minutes, MotionMinutes
from tripartite.models import Authority, Constituency, ItemStatus, Outcome, Role, Vote
from tripartite.reports import fonts, i18n
from tripartite.reports.annex import ANNEX_NAME, annex_bytes, prepare
from tripartite.reports.chart import score_chart
from tripartite.reports.fonts import BODY, BOLD, markup
from tripartite.reports.i18n import _, ngettext, pgettext
from tripartite.reports.layout import (
    DECISION_FILL,
    HEAD_FILL,
    ITEM_FILL,
    RULE_COLOUR,
    TEXT_GREY,
    MinutesDoc,
    SignatureGrid,
    boxed,
    clip,
    grid_table,
    mark,
    numbered_canvas,
    para,
)
from tripartite.reports.phrases import (
    attendee_note,
    catalogue_name,
    condition_text,
    day_text,
    fragile_text,
    gate_label,
    gate_reason,
    missing_groups,
    money_text,
    resolution_short,
    rule_text,
    score_text,
    time_text,
    turnout_text,
    workers_text,
)
from tripartite.reports.words import (
    BALLOT,
    CONDITION_KIND,
    CONSTITUENCY,
    FAMILY_SHORT,
    GATE_STATUS,
    LANGUAGE_NAMES,
    MEMBERS_OF,
    NOTE,
    PROPOSAL,
    QUORUM,
    QUORUM_IN_TEXT,
    REASON,
    RESOLUTION,
    RESOLVED,
    ROLE,
    RULE,
    VOTE,
)

# Streams are Flate-compressed binary: ASCII85 on top made the file a quarter larger and cost a tenth of the
# render time in pure Python. The app is reportlab's only user in the process, so the global setting is ours.
rl_config.useA85 = 0

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
        with i18n.language(self.m.header.language):
            return self._render()

    def _render(self) -> _Rendered:
        fonts.register_fonts()
        buffer = io.BytesIO()
        header = self.m.header
        doc = MinutesDoc(
            buffer,
            pagesize=A4,
            leftMargin=self.MARGIN_X,
            rightMargin=self.MARGIN_X,
            topMargin=self.MARGIN_TOP,
            bottomMargin=self.MARGIN_BOTTOM,
            title=_("Minutes: {title} ({date})").format(title=header.title, date=header.date),
            subject=_("{board}: minutes of the session of {date}").format(
                board=header.board_name, date=day_text(header.date)
            ),
            author=header.board_name,
            creator=f"Tripartite {__version__}",
            keywords=_("minutes, tripartite board, labour admission"),
            lang=i18n.current(),
            invariant=int(self.invariant),
            # Not Helvetica: every font the file names is then embedded.
            initialFontName=BODY,
            initialFontSize=9,
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0, rightPadding=0)
        doc.addPageTemplates([PageTemplate(id="minutes", frames=[frame], onPage=self._on_page)])
        grid = self._signature_grid()
        doc.build(self._story(grid), canvasmaker=numbered_canvas(self._footer))
        if doc.signature_page is None or len(grid.rects) != len(self.m.signatories):
            raise AssertionError("the signature boxes were not laid out")  # a layout bug, never user input
        return _Rendered(buffer.getvalue(), doc.page, doc.signature_page, dict(grid.rects))

    def _on_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """The running header: board on the left, session on the right (mirrored right to left), a rule under."""
        header = self.m.header
        top = A4[1] - 12 * mm
        canvas.saveState()
        canvas.setFillColor(TEXT_GREY)
        session = _("Minutes · {title} · {date}").format(title=header.title, date=day_text(header.date))
        session_width = fonts.text_width(session, BODY, 7.5)
        board = clip(header.board_name, self.width - session_width - 8 * mm, BOLD, 7.5)
        left, right = self.MARGIN_X, A4[0] - self.MARGIN_X
        if i18n.is_rtl():
            fonts.draw_text(canvas, right, top, board, BOLD, 7.5, align="right")
            fonts.draw_text(canvas, left, top, session, BODY, 7.5)
        else:
            fonts.draw_text(canvas, left, top, board, BOLD, 7.5)
            fonts.draw_text(canvas, right, top, session, BODY, 7.5, align="right")
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
        meeting = _("Meeting {meeting} · minutes prepared {time}").format(
            meeting=header.meeting_id, time=time_text(self.m.prepared_at)
        )
        page = _("Page {number} of {total}").format(number=number, total=total)
        left, right = self.MARGIN_X, A4[0] - self.MARGIN_X
        if i18n.is_rtl():
            meeting, page = page, meeting
        fonts.draw_text(canvas, left, y, meeting, BODY, 7.5)
        fonts.draw_text(canvas, right, y, page, BODY, 7.5, align="right")
        canvas.restoreState()

    def _story(self, grid: SignatureGrid) -> list[Flowable]:
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
        return [CondPageBreak(40 * mm), para(text, "h1")]

    # ---- 1. the session

    def _session(self) -> list[Flowable]:
        h = self.m.header
        label = _("decisions") if self.authority is Authority.DECIDES else _("opinions (the board advises)")
        # A session entered afterwards from its own record: the stamps say when it was entered, and saying
        # "Opened" at that time would misdate the session.
        sat: list[list[object]] = (
            [[_("Recorded"), _("entered from the session's own record on {time}").format(
                time=time_text(h.closed_at or h.opened_at))]]
            if h.recorded
            else [[_("Opened"), time_text(h.opened_at)], [_("Closed"), time_text(h.closed_at)]]
        )  # fmt: skip
        rows: list[list[object]] = [
            [_("Date"), day_text(h.date)],
            [_("Place"), h.place or "–"],
            *sat,
            [_("Legal basis"), h.legal_basis or "–"],
            [_("The board issues"), label],
            [pgettext("session table", "Meeting"),
             _("no. {meeting} · country {country}").format(meeting=h.meeting_id, country=h.country)],
        ]  # fmt: skip
        if h.amends is not None:
            amended = _("the signed minutes of meeting {meeting}, {title} ({date})").format(
                meeting=h.amends.meeting_id, title=h.amends.title, date=day_text(h.amends.date)
            )
            if h.amends.minutes_sha256:
                amended += _(", final file SHA-256 {sha256}").format(sha256=h.amends.minutes_sha256)
            rows.append([_("Amends"), amended])
        kicker = _("AMENDMENT TO THE MINUTES") if h.amends else _("MINUTES OF THE SESSION")
        return [
            para(h.board_name, "board", width=self.width),
            para(kicker, "kicker"),
            para(h.title, "title", width=self.width),
            grid_table(rows, [32 * mm, self.width - 32 * mm], header=False,
                       extra=[("BACKGROUND", (0, 0), (0, -1), HEAD_FILL)]),
        ]  # fmt: skip

    def _at_a_glance(self) -> list[Flowable]:
        noun = RESOLUTION[self.authority]
        rows: list[list[object]] = [[_("Item"), _("Request"), _("Employer"), noun, _("Workers")]]
        for item in self.m.items:
            rows.append(
                [
                    str(item.position),
                    item.request.reference,
                    item.request.employer_name,
                    resolution_short(item, self.authority),
                    workers_text(item),
                ]
            )
        widths = [11 * mm, 30 * mm, self.width - 11 * mm - 30 * mm - 50 * mm - 22 * mm, 50 * mm, 22 * mm]
        heading = _("Decisions at a glance") if self.authority is Authority.DECIDES else _("Opinions at a glance")
        return [*self._heading(heading), grid_table(rows, widths)]

    # ---- 2. attendance

    def _attendance(self) -> list[Flowable]:
        rows: list[list[object]] = [[_("Constituency"), _("Name"), _("Role"), _("Attendance"), _("Notes")]]
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
                        _("present") if member.present else _("apologies") if member.apologies else _("absent"),
                        attendee_note(member),
                    ]
                )
            spans.append(("SPAN", (0, first), (0, len(rows) - 1)))
        widths = [30 * mm, 58 * mm, 20 * mm, 22 * mm, self.width - 130 * mm]
        story: list[Flowable] = [*self._heading(_("1. Attendance")), grid_table(rows, widths, extra=spans)]
        apologies = self.m.apologies
        if apologies:
            names = "; ".join(markup(a.name) for a in apologies)
            story.append(Spacer(1, 3))
            story.append(mark(_("<b>Apologies:</b> {names}.").format(names=names), "body"))
        return story

    # ---- 3. quorum

    def _quorum(self) -> list[Flowable]:
        q = self.m.opening_quorum
        rule = QUORUM_IN_TEXT[q.rule]
        opening = ngettext(
            "At the opening, <b>{present}</b> member with a vote was present out of <b>{seats}</b> seats; "
            "the quorum ({rule}) requires <b>{required}</b>.",
            "At the opening, <b>{present}</b> members with a vote were present out of <b>{seats}</b> seats; "
            "the quorum ({rule}) requires <b>{required}</b>.",
            q.present,
        ).format(present=q.present, seats=q.seats, rule=rule, required=q.required)
        opening += " " + (
            _("The quorum was <b>met</b>.")
            if q.met
            else _("The quorum was <b>not met</b>{missing}.").format(missing=missing_groups(q))
        )
        rows: list[list[object]] = [
            [_("Item"), _("Request"), _("Entitled present"), _("Required"), _("Groups missing"), _("Quorum")]
        ]
        for item in self.m.items:
            iq = item.quorum
            rows.append(
                [
                    str(item.position),
                    item.request.reference,
                    _("{present} of {seats}").format(present=iq.present, seats=iq.seats),
                    str(iq.required),
                    ", ".join(CONSTITUENCY[g] for g in iq.groups_missing) or _("none"),
                    _("met") if iq.met else _("NOT MET"),
                ]
            )
        widths = [11 * mm, 30 * mm, 30 * mm, 20 * mm, self.width - 121 * mm, 30 * mm]
        return [
            *self._heading(_("2. Quorum")),
            mark(opening),
            para(_("Per item, after recusals:"), "small"),
            grid_table(rows, widths),
        ]

    # ---- 4. rules in force

    def _rules(self) -> list[Flowable]:
        r = self.m.rules
        catalogue = _("{catalogue}; pass mark {pass_mark}, conditions from {conditional_mark}").format(
            catalogue=catalogue_name(r.criteria_name),
            pass_mark=i18n.number(r.pass_mark),
            conditional_mark=i18n.number(r.conditional_mark),
        )
        rows: list[list[object]] = [
            [_("Decision rule"), rule_text(r.decision_rule, self.m)],
            [_("Fallback without consensus"),
             rule_text(r.consensus_fallback, self.m) if r.consensus_fallback else "–"],
            [_("Chair's casting vote on a tie"), _("yes") if r.casting_vote else _("no")],
            [_("Quorum"), QUORUM[r.quorum]],
            [_("Ballot"), BALLOT[r.ballot]],
            [ROLE[Role.SECRETARY], _("votes") if r.secretary_votes else _("does not vote and holds no seat")],
            [_("Criteria catalogue"), catalogue],
            [_("Catalogue version"), r.criteria_version],
        ]  # fmt: skip
        return [
            *self._heading(_("3. Rules of procedure in force")),
            grid_table(rows, [55 * mm, self.width - 55 * mm], header=False,
                       extra=[("BACKGROUND", (0, 0), (0, -1), HEAD_FILL)]),
        ]  # fmt: skip

    # ---- 5. declarations of interest

    def _recusals(self) -> list[Flowable]:
        story = self._heading(_("4. Declarations of interest and recusals"))
        if not self.m.recusals:
            return [*story, para(_("No member declared an interest; nobody was recused."))]
        rows: list[list[object]] = [[_("Item"), _("Request"), ROLE[Role.MEMBER], _("Constituency"), _("Reason")]]
        for r in self.m.recusals:
            rows.append([str(r.item_position), r.reference, r.name, CONSTITUENCY[r.constituency], r.reason or "–"])
        widths = [11 * mm, 30 * mm, 45 * mm, 27 * mm, self.width - 113 * mm]
        return [*story, para(_("These members took no part in the scoring, debate or vote on the item."), "small"),
                grid_table(rows, widths)]  # fmt: skip

    # ---- 6. the items

    def _items(self) -> list[Flowable]:
        story: list[Flowable] = self._heading(_("5. Items"))
        for item in self.m.items:
            story += self._item(item)
        return story

    def _item(self, item: ItemMinutes) -> list[Flowable]:
        r = item.request
        title = Table(
            [
                [
                    para(
                        _("Item {position} · {reference} · {employer}").format(
                            position=item.position, reference=r.reference, employer=r.employer_name
                        ),
                        "h2",
                        width=self.width - 8,
                    )
                ]
            ],
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
        months = ngettext("{count} month", "{count} months", r.duration_months).format(count=r.duration_months)
        a_month = _("{amount} a month")
        rows: list[list[object]] = [
            [_("Employer"), f"{r.employer_name}" + (f" ({r.employer_id})" if r.employer_id else ""),
             _("Sector (ISIC)"), r.sector_isic],
            [_("Occupation"), occupation, _("Region"), r.region],
            [_("Workers requested"), str(r.workers_requested), _("Duration"), months],
            [_("Wage offered"), a_month.format(amount=money_text(r.wage_offered, r.currency)),
             _("Prevailing wage"), f"{money_text(r.prevailing_wage, r.currency)} ({i18n.number(ratio, 2)}×)"],
            [_("Origin countries"), ", ".join(r.origin_countries) or "–", _("Submitted"), day_text(r.submitted_on)],
        ]  # fmt: skip
        widths = [30 * mm, self.width - 30 * mm - 28 * mm - 38 * mm, 28 * mm, 38 * mm]
        shade = [("BACKGROUND", (0, 0), (0, -1), HEAD_FILL), ("BACKGROUND", (2, 0), (2, -1), HEAD_FILL)]
        return [para(_("Request"), "h3"), grid_table(rows, widths, header=False, extra=shade)]

    def _participation(self, item: ItemMinutes) -> list[Flowable]:
        """Who sat on the item: its quorum after recusals, and each recused member with the reason given."""
        q = item.quorum
        verdict = _("met") if q.met else _("<b>not met</b>{missing}").format(missing=missing_groups(q))
        text = ngettext(
            "<b>Participation:</b> {present} member with a vote present and entitled, of {seats} seats; "
            "quorum {required}: {verdict}.",
            "<b>Participation:</b> {present} members with a vote present and entitled, of {seats} seats; "
            "quorum {required}: {verdict}.",
            q.present,
        ).format(present=q.present, seats=q.seats, required=q.required, verdict=verdict)
        lines = [text]
        for r in item.recusals:
            reason = (
                _("“{reason}”").format(reason=markup(r.reason, width=self.width)) if r.reason else _("no reason given")
            )
            lines.append(
                _(
                    "<b>Recused:</b> {name} ({constituency}), who took no part in the scoring, debate or vote on "
                    "this item — {reason}"
                ).format(name=markup(r.name), constituency=CONSTITUENCY[r.constituency], reason=reason)
            )
        if not item.recusals:
            lines[0] += " " + _("Nobody was recused.")
        return [Spacer(1, 2), *(mark(line, "small") for line in lines)]

    def _gates(self, item: ItemMinutes) -> list[Flowable]:
        rows: list[list[object]] = [[_("Gate"), _("Check"), _("Result"), _("Reason")]]
        marks: list[tuple[Any, ...]] = []
        for index, gate in enumerate(item.gates, start=1):
            rows.append([gate.code, gate_label(gate.code, gate.label), GATE_STATUS[gate.status],
                         gate_reason(gate.why, gate.reason)])  # fmt: skip
            if gate.status is GateStatus.FAILED:
                marks.append(("TEXTCOLOR", (2, index), (2, index), colors.HexColor("#B00020")))
        widths = [12 * mm, 58 * mm, 28 * mm, self.width - 98 * mm]
        return [CondPageBreak(30 * mm), para(_("Compliance gates"), "h3"), grid_table(rows, widths, extra=marks)]

    def _scores(self, item: ItemMinutes) -> list[Flowable]:
        s = item.scores
        rows: list[list[object]] = [[_("Scores (0–100)"), _("Overall"), *(FAMILY_SHORT[f] for f in Family)]]
        technical = [score_text(s.technical_family_scores.get(f)) for f in Family]
        rows.append([_("Technical (dossier)"), score_text(s.technical_score), *technical])
        unscored: list[tuple[Any, ...]] = []
        for group in Constituency:
            if group in s.constituency_scores:
                families = s.family_scores.get(group, {})
                rows.append([CONSTITUENCY[group], score_text(s.constituency_scores[group]),
                             *(score_text(families.get(f)) for f in Family)])  # fmt: skip
            else:
                row = len(rows)
                rows.append([CONSTITUENCY[group], mark(_("no member of the group scored"), "cellnote"), "", "", ""])
                unscored.append(("SPAN", (1, row), (-1, row)))
        rows.append([_("Board score"), score_text(s.board_score), "", "", ""])
        widths = [30 * mm, 14 * mm, *(22 * mm for _family in Family)]
        table_width = sum(widths)
        table = grid_table(
            rows,
            widths,
            extra=[
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), DECISION_FILL),
                *unscored,
            ],
        )
        chart = score_chart(item, self.width - table_width - 4 * mm, self.m.rules.pass_mark)
        pair, pair_widths = [table, chart], [table_width + 4 * mm, self.width - table_width - 4 * mm]
        if i18n.is_rtl():  # the table on the right, where a right-to-left reader starts
            pair, pair_widths = pair[::-1], pair_widths[::-1]
        side = Table([pair], colWidths=pair_widths,
                     style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
        lines = [self._assessment_line(item)]
        if s.member_totals:
            # Names from the attendance: a member who scored need not have voted, and an id is never printed.
            names = {a.member_id: a.name for g in self.m.attendance for a in g.members}
            totals = "; ".join(f"{markup(names.get(k, '–'))} {score_text(v)}" for k, v in s.member_totals.items())
            lines.append(_("<b>Members' totals:</b> {totals}.").format(totals=totals))
        for comment in s.score_comments:
            lines.append(
                _("<b>{name}</b> on {criterion}: “{comment}”").format(
                    name=markup(comment.name), criterion=markup(comment.criterion), comment=markup(comment.comment)
                )
            )
        # The heading, the scores and the chart are one small block: never a heading alone at a page's foot.
        return [
            KeepTogether([para(_("Assessment"), "h3"), side]),
            Spacer(1, 3),
            *(mark(line, "small") for line in lines),
        ]

    def _assessment_line(self, item: ItemMinutes) -> str:
        s = item.scores
        parts = []
        if s.divergence is None:
            parts.append(_("Divergence: fewer than two constituencies scored."))
        else:
            split = _(" — <b>constituency split</b>") if s.split else ""
            drivers = (
                _(", driven by {criteria}").format(criteria=", ".join(s.split_drivers))
                if s.split and s.split_drivers
                else ""
            )
            parts.append(
                _("Divergence between constituencies: {points} points{split}{drivers}.").format(
                    points=score_text(s.divergence), split=split, drivers=drivers
                )
            )
        if s.robust is None:
            parts.append(_("Sensitivity: no score to test."))
        elif s.robust:
            parts.append(_("Sensitivity: <b>robust</b> (no ±10-point move of a family weight changes the band)."))
        else:
            fragile = ", ".join(fragile_text(f) for f in s.fragile_on)
            parts.append(_("Sensitivity: <b>fragile</b> on {weights}.").format(weights=fragile))
        if s.critical is not None:
            c = s.critical
            parts.append(
                _(
                    "Critical weight: {criterion} {delta} points (to {weight}) would move the score to {score}, "
                    "across the pass mark."
                ).format(criterion=c.criterion, delta=f"{c.delta:+d}", weight=i18n.number(c.weight),
                         score=score_text(c.score))
            )  # fmt: skip
        rec = RESOLVED[Authority.DECIDES][s.recommendation].lower()
        why = REASON.get(s.recommendation_reason, s.recommendation_reason)
        gates = f" ({', '.join(s.recommendation_gates)})" if s.recommendation_gates else ""
        conditions = ""
        if s.recommended_conditions:
            conditions = _("; suggested conditions: {kinds}").format(
                kinds=", ".join(CONDITION_KIND[k] for k in s.recommended_conditions)
            )
        parts.append(
            _("Recommendation (advisory; the vote decides): <b>{recommendation}</b>, because {why}.").format(
                recommendation=rec, why=f"{why}{gates}{conditions}"
            )
        )
        return " ".join(parts)

    def _motions(self, item: ItemMinutes) -> list[Flowable]:
        if not item.motions:
            return []
        story: list[Flowable] = []
        for index, motion in enumerate(item.motions):
            story += self._motion(item, motion, para(_("Motions and votes"), "h3") if index == 0 else None)
        return story

    def _motion(self, item: ItemMinutes, motion: MotionMinutes, heading: Flowable | None) -> list[Flowable]:
        proposal = PROPOSAL[motion.outcome]
        requested = item.request.workers_requested
        if motion.outcome in (Outcome.APPROVE, Outcome.APPROVE_WITH_CONDITIONS):
            proposal += ngettext(", {workers} of {requested} worker", ", {workers} of {requested} workers",
                                 requested).format(workers=motion.workers, requested=requested)  # fmt: skip
        if motion.conditions:
            count = len(motion.conditions)
            proposal += ngettext(", {count} condition", ", {count} conditions", count).format(count=count)
        by = _(", proposed by {name}").format(name=markup(motion.proposed_by_name)) if motion.proposed_by_name else ""
        if motion.adopted is None:
            verdict = _("not put to the vote")
        else:
            if motion.rule is not None:
                adopted = (
                    _("<b>ADOPTED</b> under the {rule} rule")
                    if motion.adopted
                    else _("<b>NOT ADOPTED</b> under the {rule} rule")
                )
                verdict = adopted.format(rule=rule_text(motion.rule, self.m))
            else:
                verdict = _("<b>ADOPTED</b>") if motion.adopted else _("<b>NOT ADOPTED</b>")
        lines = [
            _("<b>Motion {round}</b>: {proposal}{by} — {verdict}.").format(
                round=motion.round, proposal=proposal, by=by, verdict=verdict
            )
        ]
        if motion.note is not None and motion.note in NOTE:
            lines.append(NOTE[motion.note].format(rule=RULE.get(motion.rule, "") if motion.rule else ""))
        elif motion.casting_vote_used:
            lines.append(NOTE["casting_vote"])
        block: list[Flowable] = [mark(" ".join(lines)), _tally_table(motion, self.width)]
        if heading is not None:
            block.insert(0, heading)
        if motion.votes is None and motion.adopted is not None:
            secret = _("Secret ballot: only the tallies by constituency are minuted.")
            block.append(mark(f"{secret} {turnout_text(motion)}", "small"))
        # A motion and its five-row tally are short: kept on one page, a reader sees who voted how at a glance.
        return [KeepTogether(block), Spacer(1, 4)]

    def _outcome(self, item: ItemMinutes) -> list[Flowable]:
        if item.note == "no_quorum" or item.status == ItemStatus.NO_QUORUM:
            q = item.quorum
            text = ngettext(
                "<b>No quorum for this item</b>: {present} member with a vote was present after recusals, "
                "{required} were required{missing}. The item was not decided and no vote was taken.",
                "<b>No quorum for this item</b>: {present} members with a vote were present after recusals, "
                "{required} were required{missing}. The item was not decided and no vote was taken.",
                q.present,
            ).format(present=q.present, required=q.required, missing=missing_groups(q))
            return [boxed([mark(text)], self.width)]
        decision = item.decision
        if decision is None:
            rounds = len(item.motions)
            if self.authority is Authority.DECIDES:
                text = ngettext(
                    "<b>No decision</b>: no motion was adopted in {count} round. The request was not decided at "
                    "this session.",
                    "<b>No decision</b>: no motion was adopted in {count} rounds. The request was not decided at "
                    "this session.",
                    rounds,
                ).format(count=rounds)
            else:
                text = ngettext(
                    "<b>No opinion</b>: no motion was adopted in {count} round. The request was not decided at "
                    "this session.",
                    "<b>No opinion</b>: no motion was adopted in {count} rounds. The request was not decided at "
                    "this session.",
                    rounds,
                ).format(count=rounds)
            return [boxed([mark(text)], self.width)]
        return [CondPageBreak(30 * mm), boxed(self._decision(item, decision), self.width)]

    def _decision(self, item: ItemMinutes, d: DecisionMinutes) -> list[Flowable]:
        noun = RESOLUTION[self.authority]
        resolved = RESOLVED[self.authority][d.outcome]
        workers = ""
        if d.outcome in (Outcome.APPROVE, Outcome.APPROVE_WITH_CONDITIONS):
            requested = item.request.workers_requested
            workers = ngettext(" — {workers} of the {requested} worker requested",
                               " — {workers} of the {requested} workers requested",
                               requested).format(workers=d.workers, requested=requested)  # fmt: skip
        story: list[Flowable] = [mark(f"{noun.upper()}: {resolved}{workers}", "decision")]
        cast = sum(t.votes_for + t.against + t.abstain for t in d.tally)
        facts = ngettext(
            "Adopted on motion {round} under the {rule} rule; {cast} vote cast by {present} members with a vote "
            "present (quorum {required} of {seats} seats).",
            "Adopted on motion {round} under the {rule} rule; {cast} votes cast by {present} members with a vote "
            "present (quorum {required} of {seats} seats).",
            cast,
        ).format(round=d.motion_round, rule=rule_text(d.rule, self.m), cast=cast, present=d.quorum.present,
                 required=d.quorum.required, seats=d.quorum.seats)  # fmt: skip
        if d.casting_vote_used:
            facts += " " + _("The chair's casting vote decided.")
        story.append(mark(facts, "small"))
        if d.conditions:
            rows: list[list[object]] = [[_("Condition"), _("Terms"), _("Due"), _("Verification")]]
            for index, c in enumerate(d.conditions, start=1):
                rows.append([str(index), condition_text(c, item.request.currency), day_text(c.due) if c.due else "–",
                             c.verification or "–"])  # fmt: skip
            widths = [18 * mm, self.width - 18 * mm - 30 * mm - 45 * mm - 8, 30 * mm, 45 * mm]
            story.append(Spacer(1, 2))
            story.append(grid_table(rows, widths))
        if d.valid_until:
            story.append(mark(_("Valid until {date}.").format(date=day_text(d.valid_until)), "small"))
        reasons = d.reasons or self._grounds(item)
        story.append(Spacer(1, 2))
        shown = markup(reasons, width=self.width - 12) if d.reasons else reasons
        story.append(mark(_("<b>Reasons:</b> {reasons}").format(reasons=shown), "body"))
        return story

    def _grounds(self, item: ItemMinutes) -> str:
        """Reasons in data terms when none were written: the gates, the scores and the vote."""
        s = item.scores
        failed = [g.code for g in item.gates if g.status is GateStatus.FAILED]
        unknown = [g.code for g in item.gates if g.status is GateStatus.UNKNOWN]
        parts = []
        if failed:
            parts.append(_("gates failed: {gates}").format(gates=", ".join(failed)))
        else:
            parts.append(_("no compliance gate failed"))
        if unknown:
            parts.append(_("evidence missing for {gates}").format(gates=", ".join(unknown)))
        pass_mark = i18n.number(self.m.rules.pass_mark)
        if s.board_score is not None:
            parts.append(
                _("board score {score} against a pass mark of {pass_mark}").format(
                    score=score_text(s.board_score), pass_mark=pass_mark
                )
            )
        elif s.technical_score is not None:
            parts.append(
                _("technical score {score} against a pass mark of {pass_mark}").format(
                    score=score_text(s.technical_score), pass_mark=pass_mark
                )
            )
        rec = RESOLVED[Authority.DECIDES][s.recommendation].lower()
        return _(
            "on the assessment minuted above ({facts}; recommendation: {recommendation}) and the board's vote."
        ).format(facts="; ".join(parts), recommendation=rec)

    def _explanations(self, item: ItemMinutes) -> list[Flowable]:
        explained = item.explanations
        unattributed = [(m.round, group, text) for m in item.motions for group, text in m.unattributed]
        if not explained and not unattributed:
            return []
        story: list[Flowable] = [para(_("Explanations of vote"), "h3")]
        for round_number, vote in explained:
            story.append(
                mark(
                    _("<b>{name}</b> · {constituency}, {vote} on motion {round}: “{text}”").format(
                        name=markup(vote.name), constituency=CONSTITUENCY[vote.constituency],
                        vote=VOTE[vote.vote].lower(), round=round_number, text=markup(vote.comment, width=self.width))
                )
            )  # fmt: skip
        if unattributed:
            story.append(
                mark(_("A secret ballot: each explanation is minuted with its group, not its author or vote."))
            )
        for round_number, group, text in unattributed:
            story.append(
                mark(_("{constituency}, on motion {round}: “{text}”").format(
                    constituency=CONSTITUENCY[group], round=round_number, text=markup(text, width=self.width)))
            )  # fmt: skip
        return story

    def _item_dissents(self, item: ItemMinutes) -> list[Flowable]:
        if not item.dissents:
            return []
        story: list[Flowable] = [para(_("Written dissents"), "h3")]
        for d in item.dissents:
            story.append(
                mark(_("<b>{name}</b> · {constituency}, filed {time}: “{text}”").format(
                    name=markup(d.name), constituency=CONSTITUENCY[d.constituency], time=time_text(d.filed_at),
                    text=markup(d.text, width=self.width)))
            )  # fmt: skip
        return story

    # ---- 7. dissents and the window

    def _dissents_summary(self) -> list[Flowable]:
        filed = [(i, d) for i in self.m.items for d in i.dissents]
        window = self.m.dissent_window
        items = sorted({i.position for i, _ in filed})
        if not filed:
            count = _("No written dissent was filed.")
        else:
            count = ngettext(
                "One written dissent was filed ({items}).", "{count} written dissents were filed ({items}).", len(filed)
            ).format(
                count=len(filed),
                items=ngettext("item {positions}", "items {positions}", len(items)).format(
                    positions=", ".join(map(str, items))
                ),
            )
        if window.open:
            state = _(
                "When these minutes were prepared ({prepared}), the 48-hour window for written dissents was "
                "<b>still open</b>; it closes on {closes}. A dissent filed after these minutes were prepared is not "
                "included here and is recorded by an amendment."
            ).format(prepared=time_text(self.m.prepared_at), closes=time_text(window.closes_at))
        else:
            state = _("The 48-hour window for written dissents <b>closed</b> on {closes}.").format(
                closes=time_text(window.closes_at)
            )
        return [*self._heading(_("6. Written dissents")), mark(f"{count} {state}")]

    # ---- 8. evidence annex

    def _annex(self) -> list[Flowable]:
        digest = hashlib.sha256(self.annex).hexdigest()
        size = len(self.annex)
        rows: list[list[object]] = [
            [_("Embedded file"), ngettext("{name} ({size} byte)", "{name} ({size} bytes)", size).format(
                name=ANNEX_NAME, size=i18n.number(size))],
            [_("SHA-256 of the file"), digest],
            [_("Criteria catalogue version"), self.m.rules.criteria_version],
            [_("Audit chain head"), _("event {seq}: {hash}").format(seq=self.m.audit_seq, hash=self.m.audit_head)],
            [_("Read into the record as"), f"{self.m.audit_seq}:{self.m.audit_head[:16]}"],
            [_("Prepared"), time_text(self.m.prepared_at)],
            # TRANSLATORS: the language the minutes are written in, then its name in that language.
            [_("Language of the minutes"), f"{LANGUAGE_NAMES.get(i18n.current(), i18n.current())} ({i18n.current()})"],
        ]  # fmt: skip
        text = _(
            "The evidence annex is embedded in this PDF. It holds the tallies by constituency, the quorum figures, "
            "the rules of procedure in force, the criteria catalogue version and the hash of the last event in the "
            "board's audit log when these minutes were prepared. The signatures below cover it. Anyone can check "
            "the board's database against it later (tripartite audit verify --anchor); the chair reads its short "
            "form into the record of the next meeting."
        )
        return [
            *self._heading(_("7. Evidence annex")),
            para(text),
            grid_table(rows, [48 * mm, self.width - 48 * mm], header=False,
                       extra=[("BACKGROUND", (0, 0), (0, -1), HEAD_FILL)]),
        ]  # fmt: skip

    # ---- 9. signatures

    def _signature_grid(self) -> SignatureGrid:
        blocks = []
        for s in self.m.signatories:
            # The same words as every other table of the minutes: Chair, Secretary, Government, Employers, Unions.
            if s.role in (Role.CHAIR, Role.SECRETARY):
                label = ROLE[Role(s.role)]
                second = s.name or _("(nobody holds this role)")
            elif s.constituency is not None:
                label = CONSTITUENCY[s.constituency]
                second = _("For {members}").format(members=MEMBERS_OF[s.constituency])
            else:
                label, second = s.role.replace("_", " ").capitalize(), ""
            blocks.append((s.role, label, second))
        return SignatureGrid(blocks, self.width)

    def _signatures(self, grid: SignatureGrid) -> list[Flowable]:
        text = _(
            "Each signatory signs electronically in the box of their role. The first signature certifies the "
            "document, which then admits only further signatures; each one is appended as an incremental update, "
            "so any later change to a word, a figure or the annex is detected on verification."
        )
        height = grid.wrap(self.width, 0)[1]
        return [
            CondPageBreak(height + 22 * mm),
            KeepTogether([para(_("8. Signatures"), "h1"), para(text, "small"), Spacer(1, 4), grid]),
        ]


def _tally_table(motion: MotionMinutes, width: float) -> Table:
    """Votes by constituency; with named ballots, who voted how and who did not vote."""
    tally, votes = motion.tally, motion.votes
    named = votes is not None
    head: list[object] = [_("Constituency"), VOTE[Vote.FOR], VOTE[Vote.AGAINST], _("Abstain"),
                          *([_("Members")] if named else [])]  # fmt: skip
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
                parts.append(_("<b>did not vote</b>: {names}").format(names=", ".join(markup(n) for n in silent)))
            row.append(mark("; ".join(parts) or "–", "cell"))
        rows.append(row)
    rows.append([_("Total"), *(str(sum(getattr(t, k) for t in tally)) for k in ("votes_for", "against", "abstain")),
                 *([""] if named else [])])  # fmt: skip
    numbers = [15 * mm, 17 * mm, 16 * mm]
    widths = [32 * mm, *numbers] + ([width - 32 * mm - sum(numbers)] if named else [])
    last = len(rows) - 1
    return grid_table(rows, widths, extra=[("ALIGN", (1, 1), (3, -1), "RIGHT"),
                                           ("BACKGROUND", (0, last), (-1, last), DECISION_FILL)])  # fmt: skip


# ------------------------------------------------------------------------------------------- output


def render_minutes(minutes: Minutes, *, invariant: bool = True) -> bytes:
    """Render the minutes, embed the evidence annex and add an empty signature field per signatory role.

    Args:
        minutes: the minutes' data (:func:`tripartite.meetings.minutes.build_minutes`).
        invariant: byte-stable output for the same data: the PDF's dates are the minutes' preparation
            time and its identifiers derive from the content. False uses the clock and random ids.

    Returns:
        The unsigned PDF, ready for its first (certifying) signature.

    Raises:
        FontsMissing: a font the minutes need is not installed.
    """
    renderer = MinutesRenderer(minutes, invariant=invariant)
    rendered = renderer.render()  # in the minutes' language
    return prepare(
        rendered.pdf,
        minutes,
        renderer.annex,
        signature_page=rendered.signature_page,
        rects=rendered.rects,
        invariant=invariant,
    )
