"""The minutes as a PDF (DESIGN §5): A4, reportlab platypus, then the evidence annex and empty signature fields.

:func:`render_minutes` words a :class:`tripartite.meetings.minutes_data.Minutes` and lays it out, pretix-style: a
template renderer with one method per section, a ``NumberedCanvas`` for "Page x of y", tables that
split across pages under a ``CondPageBreak`` heading (reference/style.md A6, D12). Every piece of user
text goes through :func:`reports.fonts.markup`, which escapes it and switches fonts per script.

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
from tripartite.reasons import gate_reason
from tripartite.reports import fonts
from tripartite.reports.annex import ANNEX_NAME, annex_bytes, prepare
from tripartite.reports.chart import score_chart
from tripartite.reports.fonts import BODY, BOLD, markup
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
    condition_text,
    day_text,
    fragile_text,
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
    CONSTITUENCY,
    FAMILY_SHORT,
    GATE_STATUS,
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
            title=f"Minutes: {header.title} ({header.date})",
            subject=f"{header.board_name}: minutes of the session of {day_text(header.date)}",
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
        doc.build(self._story(grid), canvasmaker=numbered_canvas(self._footer))
        if doc.signature_page is None or len(grid.rects) != len(self.m.signatories):
            raise AssertionError("the signature boxes were not laid out")  # a layout bug, never user input
        return _Rendered(buffer.getvalue(), doc.page, doc.signature_page, dict(grid.rects))

    def _on_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """The running header: board on the left, session on the right, a rule under them."""
        header = self.m.header
        top = A4[1] - 12 * mm
        canvas.saveState()
        canvas.setFillColor(TEXT_GREY)
        right = f"Minutes · {header.title} · {day_text(header.date)}"
        right_width = fonts.text_width(right, BODY, 7.5)
        board = clip(header.board_name, self.width - right_width - 8 * mm, BOLD, 7.5)
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
        left = f"Meeting {header.meeting_id} · minutes prepared {time_text(self.m.prepared_at)}"
        fonts.draw_text(canvas, self.MARGIN_X, y, left, BODY, 7.5)
        fonts.draw_text(canvas, A4[0] - self.MARGIN_X, y, f"Page {number} of {total}", BODY, 7.5, align="right")
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
        label = "decisions" if self.authority is Authority.DECIDES else "opinions (the board advises)"
        # A session entered afterwards from its own record: the stamps say when it was entered, and saying
        # "Opened" at that time would misdate the session.
        sat: list[list[object]] = (
            [["Recorded", f"entered from the session's own record on {time_text(h.closed_at or h.opened_at)}"]]
            if h.recorded
            else [["Opened", time_text(h.opened_at)], ["Closed", time_text(h.closed_at)]]
        )
        rows: list[list[object]] = [
            ["Date", day_text(h.date)],
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
                           f"({day_text(h.amends.date)}){sha}"]
            )  # fmt: skip
        kicker = "AMENDMENT TO THE MINUTES" if h.amends else "MINUTES OF THE SESSION"
        return [
            para(h.board_name, "board", width=self.width),
            para(kicker, "kicker"),
            para(h.title, "title", width=self.width),
            grid_table(rows, [32 * mm, self.width - 32 * mm], header=False,
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
                    resolution_short(item, self.authority),
                    workers_text(item),
                ]
            )
        widths = [11 * mm, 30 * mm, self.width - 11 * mm - 30 * mm - 50 * mm - 22 * mm, 50 * mm, 22 * mm]
        return [*self._heading(f"{noun}s at a glance"), grid_table(rows, widths)]

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
                        attendee_note(member),
                    ]
                )
            spans.append(("SPAN", (0, first), (0, len(rows) - 1)))
        widths = [30 * mm, 58 * mm, 20 * mm, 22 * mm, self.width - 130 * mm]
        story: list[Flowable] = [*self._heading("1. Attendance"), grid_table(rows, widths, extra=spans)]
        apologies = self.m.apologies
        if apologies:
            names = "; ".join(markup(a.name) for a in apologies)
            story.append(Spacer(1, 3))
            story.append(mark(f"<b>Apologies:</b> {names}.", "body"))
        return story

    # ---- 3. quorum

    def _quorum(self) -> list[Flowable]:
        q = self.m.opening_quorum
        rule = QUORUM_IN_TEXT[q.rule]
        opening = (
            f"At the opening, <b>{q.present}</b> members with a vote were present out of <b>{q.seats}</b> seats; "
            f"the quorum ({rule}) requires <b>{q.required}</b>. "
            + ("The quorum was <b>met</b>." if q.met else f"The quorum was <b>not met</b>{missing_groups(q)}.")
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
            mark(opening),
            para("Per item, after recusals:", "small"),
            grid_table(rows, widths),
        ]

    # ---- 4. rules in force

    def _rules(self) -> list[Flowable]:
        r = self.m.rules
        rows: list[list[object]] = [
            ["Decision rule", rule_text(r.decision_rule, self.m)],
            ["Fallback without consensus", rule_text(r.consensus_fallback, self.m) if r.consensus_fallback else "–"],
            ["Chair's casting vote on a tie", "yes" if r.casting_vote else "no"],
            ["Quorum", QUORUM[r.quorum]],
            ["Ballot", BALLOT[r.ballot]],
            ["Secretary", "votes" if r.secretary_votes else "does not vote and holds no seat"],
            ["Criteria catalogue", f"{r.criteria_name}; pass mark {r.pass_mark:g}, "
                                   f"conditions from {r.conditional_mark:g}"],
            ["Catalogue version", r.criteria_version],
        ]  # fmt: skip
        return [
            *self._heading("3. Rules of procedure in force"),
            grid_table(rows, [55 * mm, self.width - 55 * mm], header=False,
                       extra=[("BACKGROUND", (0, 0), (0, -1), HEAD_FILL)]),
        ]  # fmt: skip

    # ---- 5. declarations of interest

    def _recusals(self) -> list[Flowable]:
        story = self._heading("4. Declarations of interest and recusals")
        if not self.m.recusals:
            return [*story, para("No member declared an interest; nobody was recused.")]
        rows: list[list[object]] = [["Item", "Request", "Member", "Constituency", "Reason"]]
        for r in self.m.recusals:
            rows.append([str(r.item_position), r.reference, r.name, CONSTITUENCY[r.constituency], r.reason or "–"])
        widths = [11 * mm, 30 * mm, 45 * mm, 27 * mm, self.width - 113 * mm]
        return [*story, para("These members took no part in the scoring, debate or vote on the item.", "small"),
                grid_table(rows, widths)]  # fmt: skip

    # ---- 6. the items

    def _items(self) -> list[Flowable]:
        story: list[Flowable] = self._heading("5. Items")
        for item in self.m.items:
            story += self._item(item)
        return story

    def _item(self, item: ItemMinutes) -> list[Flowable]:
        r = item.request
        title = Table(
            [[para(f"Item {item.position} · {r.reference} · {r.employer_name}", "h2", width=self.width - 8)]],
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
            ["Wage offered", f"{money_text(r.wage_offered, r.currency)} a month",
             "Prevailing wage", f"{money_text(r.prevailing_wage, r.currency)} ({ratio:.2f}×)"],
            ["Origin countries", ", ".join(r.origin_countries) or "–", "Submitted", day_text(r.submitted_on)],
        ]  # fmt: skip
        widths = [30 * mm, self.width - 30 * mm - 28 * mm - 38 * mm, 28 * mm, 38 * mm]
        shade = [("BACKGROUND", (0, 0), (0, -1), HEAD_FILL), ("BACKGROUND", (2, 0), (2, -1), HEAD_FILL)]
        return [para("Request", "h3"), grid_table(rows, widths, header=False, extra=shade)]

    def _participation(self, item: ItemMinutes) -> list[Flowable]:
        """Who sat on the item: its quorum after recusals, and each recused member with the reason given."""
        q = item.quorum
        verdict = "met" if q.met else f"<b>not met</b>{missing_groups(q)}"
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
        return [Spacer(1, 2), *(mark(line, "small") for line in lines)]

    def _gates(self, item: ItemMinutes) -> list[Flowable]:
        rows: list[list[object]] = [["Gate", "Check", "Result", "Reason"]]
        marks: list[tuple[Any, ...]] = []
        for index, gate in enumerate(item.gates, start=1):
            rows.append([gate.code, gate.label, GATE_STATUS[gate.status], gate_reason(gate.reason)])
            if gate.status is GateStatus.FAILED:
                marks.append(("TEXTCOLOR", (2, index), (2, index), colors.HexColor("#B00020")))
        widths = [12 * mm, 58 * mm, 28 * mm, self.width - 98 * mm]
        return [CondPageBreak(30 * mm), para("Compliance gates", "h3"), grid_table(rows, widths, extra=marks)]

    def _scores(self, item: ItemMinutes) -> list[Flowable]:
        s = item.scores
        rows: list[list[object]] = [["Scores (0–100)", "Overall", *(FAMILY_SHORT[f] for f in Family)]]
        technical = [score_text(s.technical_family_scores.get(f)) for f in Family]
        rows.append(["Technical (dossier)", score_text(s.technical_score), *technical])
        unscored: list[tuple[Any, ...]] = []
        for group in Constituency:
            if group in s.constituency_scores:
                families = s.family_scores.get(group, {})
                rows.append([CONSTITUENCY[group], score_text(s.constituency_scores[group]),
                             *(score_text(families.get(f)) for f in Family)])  # fmt: skip
            else:
                row = len(rows)
                rows.append([CONSTITUENCY[group], mark("no member of the group scored", "cellnote"), "", "", ""])
                unscored.append(("SPAN", (1, row), (-1, row)))
        rows.append(["Board score", score_text(s.board_score), "", "", ""])
        widths = [30 * mm, 14 * mm, *(22 * mm for _ in Family)]
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
        return [KeepTogether([para("Assessment", "h3"), side]), Spacer(1, 3), *(mark(line, "small") for line in lines)]

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
            fragile = ", ".join(fragile_text(f) for f in s.fragile_on)
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
            story += self._motion(item, motion, para("Motions and votes", "h3") if index == 0 else None)
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
                verdict += f" under the {rule_text(motion.rule, self.m)} rule"
        lines = [f"<b>Motion {motion.round}</b>: {proposal}{by} — {verdict}."]
        if motion.note in NOTE:
            lines.append(NOTE[motion.note].format(rule=RULE.get(motion.rule, "") if motion.rule else ""))
        elif motion.casting_vote_used:
            lines.append(NOTE["casting_vote"])
        block: list[Flowable] = [mark(" ".join(lines)), _tally_table(motion, self.width)]
        if heading is not None:
            block.insert(0, heading)
        if motion.votes is None and motion.adopted is not None:
            block.append(mark(f"Secret ballot: only the tallies by constituency are minuted. {turnout_text(motion)}",
                              "small"))  # fmt: skip
        # A motion and its five-row tally are short: kept on one page, a reader sees who voted how at a glance.
        return [KeepTogether(block), Spacer(1, 4)]

    def _outcome(self, item: ItemMinutes) -> list[Flowable]:
        noun = RESOLUTION[self.authority]
        if item.note == "no_quorum" or item.status == ItemStatus.NO_QUORUM:
            q = item.quorum
            text = (
                f"<b>No quorum for this item</b>: {q.present} members with a vote were present after recusals, "
                f"{q.required} were required{missing_groups(q)}. The item was not decided and no vote was taken."
            )
            return [boxed([mark(text)], self.width)]
        decision = item.decision
        if decision is None:
            text = (
                f"<b>No {noun.lower()}</b>: no motion was adopted"
                + (f" in {len(item.motions)} round(s)" if item.motions else "")
                + ". The request was not decided at this session."
            )
            return [boxed([mark(text)], self.width)]
        return [CondPageBreak(30 * mm), boxed(self._decision(item, decision), self.width)]

    def _decision(self, item: ItemMinutes, d: DecisionMinutes) -> list[Flowable]:
        noun = RESOLUTION[self.authority]
        resolved = RESOLVED[self.authority][d.outcome]
        workers = ""
        if d.outcome in (Outcome.APPROVE, Outcome.APPROVE_WITH_CONDITIONS):
            workers = f" — {d.workers} of the {item.request.workers_requested} workers requested"
        story: list[Flowable] = [mark(f"{noun.upper()}: {resolved}{workers}", "decision")]
        cast = sum(t.votes_for + t.against + t.abstain for t in d.tally)
        facts = (
            f"Adopted on motion {d.motion_round} under the {rule_text(d.rule, self.m)} rule; {cast} votes cast "
            f"by {d.quorum.present} members with a vote present (quorum {d.quorum.required} of {d.quorum.seats} seats)."
        )
        if d.casting_vote_used:
            facts += " The chair's casting vote decided."
        story.append(mark(facts, "small"))
        if d.conditions:
            rows: list[list[object]] = [["Condition", "Terms", "Due", "Verification"]]
            for index, c in enumerate(d.conditions, start=1):
                rows.append([str(index), condition_text(c, item.request.currency), day_text(c.due) if c.due else "–",
                             c.verification or "–"])  # fmt: skip
            widths = [18 * mm, self.width - 18 * mm - 30 * mm - 45 * mm - 8, 30 * mm, 45 * mm]
            story.append(Spacer(1, 2))
            story.append(grid_table(rows, widths))
        if d.valid_until:
            story.append(mark(f"Valid until {day_text(d.valid_until)}.", "small"))
        reasons = d.reasons or self._grounds(item)
        story.append(Spacer(1, 2))
        shown = markup(reasons, width=self.width - 12) if d.reasons else reasons
        story.append(mark(f"<b>Reasons:</b> {shown}", "body"))
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
        story: list[Flowable] = [para("Explanations of vote", "h3")]
        for round_number, vote in explained:
            story.append(
                mark(
                    f"<b>{markup(vote.name)}</b> · {CONSTITUENCY[vote.constituency]}, "
                    f"{VOTE[vote.vote].lower()} on motion {round_number}: “{markup(vote.comment, width=self.width)}”",
                )
            )
        if unattributed:
            story.append(mark("A secret ballot: each explanation is minuted with its group, not its author or vote."))
        for round_number, group, text in unattributed:
            story.append(mark(f"{CONSTITUENCY[group]}, on motion {round_number}: “{markup(text, width=self.width)}”"))
        return story

    def _item_dissents(self, item: ItemMinutes) -> list[Flowable]:
        if not item.dissents:
            return []
        story: list[Flowable] = [para("Written dissents", "h3")]
        for d in item.dissents:
            story.append(
                mark(
                    f"<b>{markup(d.name)}</b> · {CONSTITUENCY[d.constituency]}, filed {time_text(d.filed_at)}: "
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
                f"When these minutes were prepared ({time_text(self.m.prepared_at)}), the 48-hour window for written "
                f"dissents was <b>still open</b>; it closes on {time_text(window.closes_at)}. A dissent filed after "
                "these minutes were prepared is not included here and is recorded by an amendment."
            )
        else:
            state = f"The 48-hour window for written dissents <b>closed</b> on {time_text(window.closes_at)}."
        return [*self._heading("6. Written dissents"), mark(f"{count}{where}. {state}")]

    # ---- 8. evidence annex

    def _annex(self) -> list[Flowable]:
        digest = hashlib.sha256(self.annex).hexdigest()
        rows: list[list[object]] = [
            ["Embedded file", f"{ANNEX_NAME} ({len(self.annex):,} bytes)"],
            ["SHA-256 of the file", digest],
            ["Criteria catalogue version", self.m.rules.criteria_version],
            ["Audit chain head", f"event {self.m.audit_seq}: {self.m.audit_head}"],
            ["Read into the record as", f"{self.m.audit_seq}:{self.m.audit_head[:16]}"],
            ["Prepared", time_text(self.m.prepared_at)],
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
                second = s.name or "(nobody holds this role)"
            elif s.constituency is not None:
                label = CONSTITUENCY[s.constituency]
                second = f"For {MEMBERS_OF[s.constituency]}"
            else:
                label, second = s.role.replace("_", " ").capitalize(), ""
            blocks.append((s.role, label, second))
        return SignatureGrid(blocks, self.width)

    def _signatures(self, grid: SignatureGrid) -> list[Flowable]:
        text = (
            "Each signatory signs electronically in the box of their role. The first signature certifies the "
            "document, which then admits only further signatures; each one is appended as an incremental update, "
            "so any later change to a word, a figure or the annex is detected on verification."
        )
        height = grid.wrap(self.width, 0)[1]
        return [
            CondPageBreak(height + 22 * mm),
            KeepTogether([para("8. Signatures", "h1"), para(text, "small"), Spacer(1, 4), grid]),
        ]


def _tally_table(motion: MotionMinutes, width: float) -> Table:
    """Votes by constituency; with named ballots, who voted how and who did not vote."""
    tally, votes = motion.tally, motion.votes
    named = votes is not None
    head: list[object] = ["Constituency", "For", "Against", "Abstain", *(["Members"] if named else [])]
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
            row.append(mark("; ".join(parts) or "–", "cell"))
        rows.append(row)
    rows.append(["Total", *(str(sum(getattr(t, k) for t in tally)) for k in ("votes_for", "against", "abstain")),
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
    rendered = renderer.render()
    return prepare(
        rendered.pdf,
        minutes,
        renderer.annex,
        signature_page=rendered.signature_page,
        rects=rendered.rects,
        invariant=invariant,
    )
