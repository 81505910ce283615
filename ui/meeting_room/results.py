"""The results view, shown to everyone after the reveal: tallies, the rule in words, a chart, sensitivity, dissents.

Named ballots show each member's vote and explanation; secret ballots show the tallies only, with a
warning when a tally identifies one member (DESIGN §4.5). Dissents can be filed within 48 hours.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from tripartite import item_assessment, room_model, rules
from tripartite.authority import Auth
from tripartite.board import BoardConfig
from tripartite.criteria import Catalogue
from tripartite.errors import KnownError
from tripartite.meetings import dissents, lookup
from tripartite.meetings.ballots import revealed_ballots, voters
from tripartite.meetings.errors import Sealed
from tripartite.meetings.motions import motion_conditions
from tripartite.models import Authority, BallotMode, ItemStatus, MotionStatus, Outcome
from tripartite.ui import authorize, labels, refusal_words, style
from tripartite.ui.dialogs import form_parts
from tripartite.ui.meeting_room import explain
from tripartite.ui.meeting_room.chart import make_chart_view
from tripartite.ui.meeting_room.motion_editor import MotionDraft
from tripartite.ui.meeting_room.result_models import BallotModel, DissentModel, TallyModel
from tripartite.ui.meeting_room.style import BAD, GOOD, WAIT, scale_font

# Narrower than this (logical pixels), the results read in one column; the chart then keeps this height.
STACK_BELOW = 860
CHART_HEIGHT = 280


def _table(model: TallyModel | BallotModel | DissentModel, name: str, accessible: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setTabKeyNavigation(False)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    scale_font(view, 1.05)
    return view


class DissentDialog(QDialog):
    """File a member's written dissent on a decided item.

    Signals:
        filed(): the dissent was recorded.

    Args:
        db: the GUI thread's connection.
        item_id: the decided item.
        members: ``(member id, name)`` of the members who sat on the item.
        parent: the results view.
    """

    filed = Signal()

    def __init__(self, db: Database, item_id: int, members: list[tuple[str, str]], parent: QWidget):
        super().__init__(parent)
        self.setObjectName("dissentDialog")
        self.setWindowTitle(self.tr("Written dissent"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._db = db
        self._item_id = item_id
        self.member_combo = QComboBox(self)
        self.member_combo.setObjectName("dissentMember")
        self.member_combo.setAccessibleName(self.tr("Member filing the dissent"))
        for member_id, name in members:
            self.member_combo.addItem(name, member_id)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("dissentText")
        self.text_edit.setAccessibleName(self.tr("Text of the dissent"))
        self.text_edit.setTabChangesFocus(True)
        self.problem_label = style.problem_label(self)
        form = form_parts.labelled_form(
            self, (self.tr("&Member:"), self.member_combo), (self.tr("&Dissent:"), self.text_edit)
        )
        buttons, _ok = form_parts.ok_cancel(self, self.tr("&File dissent"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def accept(self) -> None:
        """Ask the dissenting member's own PIN (a dissent is theirs alone), then file it through the core."""
        member = str(self.member_combo.currentData())
        if not self.text_edit.toPlainText().strip():
            self.problem_label.setText(self.tr("Write the dissent first."))
            return
        authorize.ask(
            self,
            self._db,
            authorize.Need.MEMBER,
            self.tr("The member filing the dissent confirms with their own PIN."),
            self._file,
            member=member,
            ok_text=self.tr("&File dissent"),
        )

    def _file(self, auth: Auth) -> None:
        try:
            dissents.file_dissent(
                self._db, self._item_id, str(self.member_combo.currentData()), self.text_edit.toPlainText(), auth
            )
        except KnownError as exc:
            self.problem_label.setText(refusal_words.say(exc))
            return
        self.filed.emit()
        super().accept()


class ResultsView(QWidget):
    """What the board sees after the reveal of the current item.

    Args:
        db: the GUI thread's connection.
        parent: the room.
    """

    def __init__(self, db: Database, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("resultsView")
        self.setAccessibleName(self.tr("Result"))
        self._db = db
        self._item_id: int | None = None
        self._members: list[tuple[str, str]] = []
        self._chart: QWidget | None = None

        self.headline = QLabel(self)
        self.headline.setObjectName("resultHeadline")
        self.headline.setWordWrap(True)
        scale_font(self.headline, 1.6, bold=True)
        self.motion_label = QLabel(self)
        self.motion_label.setObjectName("resultMotion")
        self.motion_label.setWordWrap(True)
        scale_font(self.motion_label, 1.1)
        self.rule_label = QLabel(self)
        self.rule_label.setObjectName("resultRule")
        self.rule_label.setWordWrap(True)
        scale_font(self.rule_label, 1.05)
        self.tally_model = TallyModel(self)
        self.tally_view = _table(self.tally_model, "tallyTable", self.tr("Tally by group"), self)
        self.tally_view.horizontalHeader().setStretchLastSection(False)
        self.tally_view.horizontalHeader().setMinimumSectionSize(80)
        self.secret_label = QLabel(self)
        self.secret_label.setObjectName("secretNotice")
        self.secret_label.setWordWrap(True)
        self.not_voted_label = QLabel(self)
        self.not_voted_label.setObjectName("notVoted")
        self.not_voted_label.setWordWrap(True)
        self.not_voted_label.hide()
        self.ballot_model = BallotModel(self)
        self.ballot_view = _table(self.ballot_model, "ballotTable", self.tr("Votes and explanations"), self)
        # The explanation is what people read: it takes the width left and wraps.
        self.ballot_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.ballot_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ballot_title = QLabel(self.tr("Votes and explanations of vote"), self)
        self.ballot_title.setStyleSheet("font-weight: bold;")

        self._chart_box = QVBoxLayout()
        self.sensitivity_label = QLabel(self)
        self.sensitivity_label.setObjectName("sensitivityText")
        self.sensitivity_label.setWordWrap(True)
        scale_font(self.sensitivity_label, 1.0)
        self.dissent_window = QLabel(self)
        self.dissent_window.setObjectName("dissentWindow")
        self.dissent_window.setWordWrap(True)
        self.dissent_model = DissentModel(self)
        self.dissent_view = _table(self.dissent_model, "dissentTable", self.tr("Written dissents"), self)
        self.dissent_view.setMaximumHeight(96)
        self.dissent_button = QPushButton(self.tr("File di&ssent…"), self)
        self.dissent_button.setObjectName("fileDissentButton")
        self.dissent_button.setAccessibleName(self.tr("File a written dissent"))
        self.dissent_button.clicked.connect(self.file_dissent)

        left = QVBoxLayout()
        left.addWidget(self.headline)
        left.addWidget(self.motion_label)
        left.addWidget(self.rule_label)
        left.addWidget(self.tally_view)
        left.addWidget(self.not_voted_label)
        left.addWidget(self.secret_label)
        left.addWidget(self.ballot_title)
        left.addWidget(self.ballot_view, 1)
        right = QVBoxLayout()
        right.addLayout(self._chart_box, 3)
        sensitivity_title = QLabel(self.tr("Agreement and sensitivity"), self)
        sensitivity_title.setStyleSheet("font-weight: bold;")
        right.addWidget(sensitivity_title)
        right.addWidget(self.sensitivity_label)
        dissent_title = QLabel(self.tr("Written dissents"), self)
        dissent_title.setStyleSheet("font-weight: bold;")
        dissent_head = QHBoxLayout()
        dissent_head.addWidget(dissent_title)
        dissent_head.addStretch(1)
        dissent_head.addWidget(self.dissent_button)
        right.addLayout(dissent_head)
        right.addWidget(self.dissent_window)
        right.addWidget(self.dissent_view)
        body = QWidget(self)
        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, body)
        self._columns.setContentsMargins(4, 4, 4, 4)
        self._columns.addLayout(left, 3)
        self._columns.addSpacing(16)
        self._columns.addLayout(right, 2)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def is_stacked(self) -> bool:
        """Whether the chart and dissents sit under the votes (a narrow window) rather than beside them."""
        return self._columns.direction() == QBoxLayout.Direction.TopToBottom

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Lay the results out in two columns, or in one on a narrow window."""
        # Beside each other, on a 1024-pixel laptop, the tallies scroll sideways, the explanations wrap a word
        # to a line and the chart drops its family names; one under the other, each gets the whole width.
        stacked = event.size().width() < STACK_BELOW
        self._columns.setDirection(QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight)
        super().resizeEvent(event)
        self._fit_stacking()

    def _fit_stacking(self) -> None:
        """In one column the page scrolls, not its parts: the votes table and the chart take their full height."""
        stacked = self.is_stacked()
        if self._chart is not None:
            self._chart.setMinimumHeight(CHART_HEIGHT if stacked else 0)
        view = self.ballot_view
        rows = view.verticalHeader().length() if stacked else 0
        view.setMinimumHeight(view.horizontalHeader().height() + rows + 2 * view.frameWidth() if rows else 0)

    def show_item(
        self, item_id: int, config: BoardConfig, catalogue: Catalogue, ctx: room_model.ItemContext, meeting_id: int
    ) -> None:
        """Show the revealed result of an item (or why it was not decided).

        Every figure, sentence and the named-or-secret choice follow the rules frozen with the meeting
        (``ctx.in_force``), never the board's current settings: an old meeting reads as it was held.
        """
        self._item_id = item_id
        names = {m.id: m.name for m in config.members}
        groups = {m.id: m.constituency for m in config.members}
        self._members = [(s.member_id, names[s.member_id]) for s in ctx.state.entitled]
        procedure = ctx.in_force.procedure
        motions = room_model.motions(self._db, item_id)
        revealed = [m for m in motions if m["status"] == MotionStatus.REVEALED]
        decision = room_model.decision(self._db, item_id)
        self.ballot_model.clear()
        self.not_voted_label.hide()
        if ctx.row["status"] == ItemStatus.NO_QUORUM:
            self._headline(self.tr("Not decided: no quorum"), BAD)
            self.motion_label.setText("")
            self.rule_label.setText(explain.quorum(ctx.state.quorum, procedure))
            self.tally_model.set_tally(rules.empty_tally())
        elif revealed:
            motion = revealed[-1]
            tally = room_model.tally_of(motion)
            draft = MotionDraft(
                Outcome(motion["outcome"]), motion["workers"] or 0, motion_conditions(self._db, motion["id"])
            )
            if decision is not None:
                advises = ctx.in_force.authority is Authority.ADVISES
                verb = self.tr("Opinion adopted: %1") if advises else self.tr("Adopted: %1")
                self._headline(verb.replace("%1", labels.outcome(decision["outcome"])), GOOD)
            else:
                self._headline(self.tr("Not adopted"), BAD)
            rounds = "" if len(revealed) == 1 else self.tr("Round %1. ").replace("%1", str(motion["round"]))
            self.motion_label.setText(rounds + self.tr("Motion: %1").replace("%1", draft.summary()))
            self.rule_label.setText(" ".join(explain.decision(motion, tally, procedure)))
            self.tally_model.set_tally(tally)
            self._fit(self.tally_view)
            self._show_ballots(motion, tally, ctx, names, groups)
            self._show_non_voters(int(motion["id"]), tally, ctx, names, groups)
        else:
            self._headline(self.tr("No result yet"), WAIT)
            self.motion_label.setText("")
            self.rule_label.setText("")
            self.tally_model.set_tally(rules.empty_tally())
        self._show_scores(config, catalogue, ctx)
        self._show_dissents(meeting_id, names, decision is not None)
        self._fit_stacking()

    @staticmethod
    def _fit(view: QTableView) -> None:
        """Size a short table to its rows, so no empty space sits under it."""
        view.resizeRowsToContents()
        view.resizeColumnsToContents()
        rows = sum(view.rowHeight(r) for r in range(view.model().rowCount()))
        columns = sum(view.columnWidth(c) for c in range(view.model().columnCount()))
        view.setFixedHeight(view.horizontalHeader().height() + rows + 2 * view.frameWidth())
        view.setMaximumWidth(columns + 2 * view.frameWidth())

    def _headline(self, text: str, colour: str) -> None:
        self.headline.setText(text)
        self.headline.setStyleSheet(f"color: {colour};")

    def _show_ballots(
        self,
        motion: dict[str, object],
        tally: rules.Tally,
        ctx: room_model.ItemContext,
        names: dict[str, str],
        groups: dict,
    ) -> None:
        secret = ctx.in_force.ballot is BallotMode.SECRET
        self.ballot_title.setVisible(not secret)
        self.ballot_view.setVisible(not secret)
        if secret:
            text = self.tr("Secret ballot: only the tallies by group are shown and minuted.")
            warning = explain.identifying_warning(tally)
            if warning:
                text += "\n" + warning
            self.secret_label.setText(text)
            self.secret_label.setStyleSheet("color: #8a5a00; font-weight: bold;" if warning else "")
            self.secret_label.show()
            return
        self.secret_label.hide()
        try:
            ballots = revealed_ballots(self._db, int(motion["id"]))  # type: ignore[call-overload]
        except Sealed:
            ballots = []
        self.ballot_model.set_ballots(ballots, names, groups)

    def _show_non_voters(
        self, motion_id: int, tally: rules.Tally, ctx: room_model.ItemContext, names: dict[str, str], groups: dict
    ) -> None:
        """Name the entitled members who cast no ballot: who voted is never secret, only how."""
        voted = set(voters(self._db, motion_id))
        cast = sum(sum(counts.values()) for counts in tally.values())
        entitled = [s.member_id for s in ctx.state.entitled]
        if len(voted.intersection(entitled)) != cast:
            # A secret ballot recorded from a held meeting's tally keeps no record of who voted.
            missing = max(len(entitled) - cast, 0)
            if not missing:
                return
            text = self.tr("%n member(s) entitled to vote cast no ballot; the record does not say who.", "", missing)
        else:
            silent = [m for m in entitled if m not in voted]
            if not silent:
                return
            who = ", ".join(f"{names[m]} ({labels.constituency(groups[m])})" for m in silent)
            text = self.tr("Did not vote: %1.").replace("%1", who)
        self.not_voted_label.setText(text)
        self.not_voted_label.show()

    def _show_scores(self, config: BoardConfig, catalogue: Catalogue, ctx: room_model.ItemContext) -> None:
        # After the reveal the members' scores are no longer sealed: aggregate them (DESIGN §3).
        result = item_assessment.assess_item(self._db, int(ctx.row["id"]), config=config, catalogue=catalogue).result
        if self._chart is not None:
            self._chart_box.removeWidget(self._chart)
            self._chart.hide()  # deleted only when the event loop next runs; it must not show meanwhile
            self._chart.deleteLater()
        self._chart = make_chart_view(result.aggregate, result.technical_points, catalogue, self)
        self._chart_box.addWidget(self._chart)
        lines = []
        agg = result.aggregate
        if agg is not None and agg.board_score is not None:
            locale = QLocale()
            parts = [
                f"{labels.constituency(g)} {locale.toString(s, 'f', 1)}" for g, s in agg.constituency_scores.items()
            ]
            lines.append(
                self.tr("Board score %1 (%2).")
                .replace("%1", locale.toString(agg.board_score, "f", 1))
                .replace("%2", ", ".join(parts))
            )
            if agg.missing:
                lines.append(self.tr("No member scored for: %1.").replace("%1", explain.groups(agg.missing)))
        else:
            lines.append(self.tr("No member scored this item; the chart shows the technical score."))
        lines += explain.sensitivity(result.sensitivity, catalogue)
        self.sensitivity_label.setText("\n".join(f"• {line}" for line in lines))

    def _show_dissents(self, meeting_id: int, names: dict[str, str], decided: bool) -> None:
        assert self._item_id is not None
        self.dissent_model.set_dissents(room_model.dissents(self._db, self._item_id), names)
        is_open, closes = dissents.dissent_window(self._db, meeting_id)
        row = lookup.meeting_row(self._db, meeting_id)
        when = closes.astimezone().strftime("%Y-%m-%d %H:%M")
        if not decided:
            self.dissent_window.setText(self.tr("Dissents are filed against a decision; this item has none."))
        elif not row["closed_at"]:
            self.dissent_window.setText(self.tr("Open: dissents may be filed until 48 hours after the meeting closes."))
        elif is_open:
            self.dissent_window.setText(self.tr("Open until %1.").replace("%1", when))
        else:
            self.dissent_window.setText(self.tr("Closed on %1.").replace("%1", when))
        self.dissent_button.setEnabled(decided and is_open)

    def file_dissent(self) -> None:
        """Ask for a member's written dissent."""
        if self._item_id is None:
            return
        dialog = DissentDialog(self._db, self._item_id, self._members, self)
        dialog.filed.connect(self._on_dissent_filed)
        dialog.open()

    def _on_dissent_filed(self) -> None:
        if self._item_id is None:
            return
        config = room_model.board(self._db)
        names = {m.id: m.name for m in config.members}
        self.dissent_model.set_dissents(room_model.dissents(self._db, self._item_id), names)
