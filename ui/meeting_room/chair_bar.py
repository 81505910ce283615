"""The chair's bar: who presides, quorum, attendance, recusals, attestations, the motion, open the vote, reveal.

Chair actions (open the vote, close and reveal it, minute an item as lacking quorum, close the meeting)
need the presiding member's PIN (DESIGN §4): the board's chair, or the stand-in named for the meeting.
The bar asks for it through :mod:`~tripartite.ui.meeting_room.chair_pin` (the same PIN dialog as the
panes), then calls the core; the attendance, recusal and attestation dialogs ask for it the same way.
Its first line says who presides ("Presiding: … (stand-in for the chair)").

The chair's stand-in: before the meeting opens, Stand-in… (:class:`~tripartite.ui.meeting_room.chair_dialogs.
StandInDialog`) names a voting member to preside, on their PIN and the secretary's (or the chair's); the
meeting then opens at the first Open vote… on the stand-in's PIN, and every chair prompt asks theirs.
When the attendance shows the chair absent and nobody is named yet, the first Open vote… asks who
presides first, then goes on with the vote.

The casting vote stays with the board's chair, by design: where the rules give one (``casting_vote``,
DESIGN §4), it is the board chair's own vote that breaks a tie, whoever presides, so at a meeting the
chair does not attend there is none. A stand-in conducts the meeting; they do not acquire the chair's vote.

It never shows a ballot: before the reveal it knows only who has voted.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlite_utils import Database

from tripartite import room_model
from tripartite.authority import Auth
from tripartite.board import BoardConfig
from tripartite.criteria import Catalogue
from tripartite.errors import KnownError
from tripartite.gates import GateStatus
from tripartite.meetings import agenda, attendance, ballots, lifecycle, motions
from tripartite.models import ItemStatus, MeetingStatus, MotionStatus, Outcome, Role
from tripartite.ui import boxes, refusal_words
from tripartite.ui.meeting_room import explain
from tripartite.ui.meeting_room.chair_dialogs import AttestationDialog, RecusalDialog, StandInDialog
from tripartite.ui.meeting_room.chair_pin import ask_chair_pin, presiding
from tripartite.ui.meeting_room.elided_label import ElidedLabel
from tripartite.ui.meeting_room.motion_editor import MotionDialog, MotionDraft, draft_from
from tripartite.ui.meeting_room.style import BAD, GOOD, scale_font


class ChairBar(QFrame):
    """The chair's controls for the current item.

    Signals:
        changed(): something was recorded; the room reads everything again.
        revealed(int): the vote on this item was revealed (the item id).
        next_item_requested(): go to the next item still to decide.
        attendance_requested(): show the attendance.
        minutes_requested(int): the chair asked for the minutes of this meeting (its id).

    Args:
        db: the GUI thread's connection.
        parent: the room.
    """

    changed = Signal()
    revealed = Signal(int)
    next_item_requested = Signal()
    attendance_requested = Signal()
    minutes_requested = Signal(int)

    def __init__(self, db: Database, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("chairBar")
        self.setAccessibleName(self.tr("Chair's bar"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("ChairBar { background: #f3f5f8; border: 1px solid #cfd6df; border-radius: 4px; }")
        self._db = db
        self._config: BoardConfig | None = None
        self._meeting: dict[str, object] = {}
        self._catalogue: Catalogue | None = None
        self._ctx: room_model.ItemContext | None = None
        self._drafts: dict[int, MotionDraft] = {}
        self._edited: set[int] = set()
        self._pending = ""
        self._motion_dialog: MotionDialog | None = None
        self._vote_after_stand_in = False

        # Who presides: the chair, or the stand-in named for the meeting (one line, elided).
        self.presiding_label = ElidedLabel(self)
        self.presiding_label.setObjectName("presidingLabel")
        self.presiding_label.setAccessibleName(self.tr("Who presides"))
        scale_font(self.presiding_label, 1.1, bold=True)
        # Two lines at most, elided (full text in the tooltip): the bar keeps one height at any width.
        self.quorum_label = ElidedLabel(self, lines=2)
        self.quorum_label.setObjectName("quorumLabel")
        self.quorum_label.setAccessibleName(self.tr("Quorum"))
        scale_font(self.quorum_label, 1.05, bold=True)
        self.attendance_button = self._button(self.tr("Atten&dance…"), "attendanceButton", self.tr("Attendance"))
        self.attendance_button.clicked.connect(self.attendance_requested)
        self.recusal_button = self._button(self.tr("Re&cusals…"), "recusalButton", self.tr("Recusals"))
        self.recusal_button.clicked.connect(self.edit_recusals)
        self.attest_button = self._button(self.tr("&Attestations…"), "attestButton", self.tr("Attestations G6 and G7"))
        self.attest_button.clicked.connect(self.edit_attestations)
        self.close_meeting_button = self._button(
            self.tr("C&lose meeting…"), "closeMeetingButton", self.tr("Close the meeting")
        )
        self.close_meeting_button.clicked.connect(self.close_meeting)
        self.stand_in_button = self._button(
            self.tr("Stand-i&n…"), "standInButton", self.tr("Who presides over this meeting")
        )
        self.stand_in_button.setToolTip(
            self.tr("When the chair cannot attend, name who presides (before the meeting opens)")
        )
        self.stand_in_button.clicked.connect(self.edit_stand_in)
        self.export_button = self._button(
            self.tr("Ex&port minutes…"), "exportMinutesButton", self.tr("Export the minutes")
        )
        self.export_button.clicked.connect(self._on_export_clicked)

        motion_title = QLabel(self.tr("Motion:"), self)
        motion_title.setStyleSheet("font-weight: bold;")
        self.motion_label = ElidedLabel(self, lines=2)
        self.motion_label.setObjectName("motionSummary")
        self.motion_label.setAccessibleName(self.tr("Motion"))
        scale_font(self.motion_label, 1.05)
        self.motion_button = self._button(self.tr("M&otion…"), "motionButton", self.tr("Edit the motion"))
        self.motion_button.clicked.connect(self.edit_motion)
        self.open_button = self._button(self.tr("Open vo&te…"), "openVoteButton", self.tr("Open the vote"))
        self.open_button.clicked.connect(self.open_vote)
        self.no_quorum_button = self._button(
            self.tr("Minute: no &quorum"),
            "noQuorumButton",
            self.tr("Minute the item as not decided for want of quorum"),
        )
        self.no_quorum_button.clicked.connect(self.minute_no_quorum)
        self.reveal_button = self._button(self.tr("&Reveal result…"), "revealButton", self.tr("Reveal the result"))
        self.reveal_button.clicked.connect(self.reveal)
        self.next_button = self._button(self.tr("Ne&xt item"), "nextItemButton", self.tr("Next item"))
        self.next_button.clicked.connect(self.next_item_requested)
        for button in (self.open_button, self.reveal_button):
            scale_font(button, 1.05, bold=True)
            button.setMinimumHeight(34)

        top = QHBoxLayout()
        top.addWidget(self.quorum_label, 1)
        for button in (self.attendance_button, self.recusal_button, self.attest_button, self.stand_in_button,
                       self.close_meeting_button, self.export_button):  # fmt: skip
            top.addWidget(button)
        bottom = QHBoxLayout()
        bottom.addWidget(motion_title)
        bottom.addWidget(self.motion_label, 1)
        for button in (self.motion_button, self.open_button, self.no_quorum_button, self.reveal_button,
                       self.next_button):  # fmt: skip
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        layout.addWidget(self.presiding_label)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.set_state(None, {}, None, None)

    def _button(self, text: str, name: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        return button

    # ------------------------------------------------------------------------------------------ state

    def set_state(
        self,
        config: BoardConfig | None,
        meeting_row: dict[str, object],
        catalogue: Catalogue | None,
        ctx: room_model.ItemContext | None,
    ) -> None:
        """Show the current item's procedure state and enable what the chair may do now."""
        self._config, self._meeting, self._catalogue, self._ctx = config, meeting_row, catalogue, ctx
        status = str(meeting_row.get("status", ""))
        live = status in (MeetingStatus.DRAFT.value, MeetingStatus.OPEN.value)
        motion = ctx.motion if ctx else None
        voting = motion is not None and motion["status"] == MotionStatus.OPEN
        settled = ctx is not None and ctx.row["status"] in (ItemStatus.DECIDED, ItemStatus.NO_QUORUM)
        quorum_met = ctx is not None and ctx.state.quorum.met
        self.attendance_button.setEnabled(live)
        self.recusal_button.setEnabled(live and ctx is not None and not voting and not settled and motion is None)
        self.attest_button.setEnabled(live and ctx is not None and not voting and not settled)
        self.motion_button.setEnabled(live and ctx is not None and not voting and not settled)
        self.open_button.setEnabled(live and ctx is not None and not voting and not settled and quorum_met)
        self.reveal_button.setEnabled(voting)
        self.no_quorum_button.setVisible(ctx is not None and not quorum_met and not settled and not voting)
        self.no_quorum_button.setEnabled(live)
        self.next_button.setEnabled(ctx is not None)
        self.close_meeting_button.setEnabled(status == MeetingStatus.OPEN.value and not voting)
        draft = status == MeetingStatus.DRAFT.value
        # Before the opening, who presides can still change; after it, the meeting can be closed instead.
        self.stand_in_button.setVisible(draft)
        self.close_meeting_button.setVisible(not draft)
        self._show_presiding()
        # While members vote, what the chair cannot do until the reveal steps aside: the motion being voted
        # gets the width (on a 1024 px laptop it would otherwise be cut to a few words).
        for button in (self.recusal_button, self.attest_button, self.motion_button, self.open_button):
            button.setVisible(not voting)
        if voting:
            self.close_meeting_button.setVisible(False)
        closed = status in (MeetingStatus.CLOSED.value, MeetingStatus.MINUTES_SIGNED.value)
        self.export_button.setVisible(closed)  # nothing to export before the meeting closes
        self.export_button.setEnabled(closed)
        self._show_quorum()
        self._show_motion()
        if voting and ctx is not None and motion is not None:
            missing = self._not_voted()
            if missing:
                self.reveal_button.setText(self.tr("Close vote and &reveal…"))
            else:
                self.reveal_button.setText(self.tr("&Reveal result…"))
        else:
            self.reveal_button.setText(self.tr("&Reveal result…"))
        if ctx is not None and not quorum_met and not settled:
            self.open_button.setToolTip(self.tr("No quorum: this item cannot be voted."))
        else:
            self.open_button.setToolTip(self.tr("Put the motion to the vote (the presiding member's PIN)"))

    def _meeting_id(self) -> int | None:
        value = self._meeting.get("id")
        return int(value) if value is not None else None  # type: ignore[call-overload]

    def _chair_missing(self) -> bool:
        """A draft whose attendance is taken without the chair, and nobody named to preside in their place."""
        meeting_id = self._meeting_id()
        if meeting_id is None or self._meeting.get("status") != MeetingStatus.DRAFT.value:
            return False
        lead = presiding(self._db, meeting_id)
        present = attendance.present_ids(self._db, meeting_id)
        return lead is not None and not lead.stand_in and bool(present) and lead.member_id not in present

    def presiding_text(self) -> str:
        """Who presides, in words (the bar's first line)."""
        meeting_id = self._meeting_id()
        lead = presiding(self._db, meeting_id) if meeting_id is not None else None
        if lead is None:
            return self.tr("Chair")
        if self._chair_missing():
            return self.tr("The chair is not marked present: Stand-in… names who presides.")
        return lead.words()

    def _show_presiding(self) -> None:
        self.presiding_label.setText(self.presiding_text())
        self.presiding_label.setStyleSheet(f"color: {BAD};" if self._chair_missing() else "")

    def _show_quorum(self) -> None:
        ctx, config = self._ctx, self._config
        if ctx is None or config is None:
            self.quorum_label.setText(self.tr("Select an agenda item."))
            self.quorum_label.setStyleSheet("")
            return
        if ctx.row["status"] == ItemStatus.NO_QUORUM:
            text = self.tr("Minuted as not decided: no quorum.")
        else:
            text = explain.quorum(ctx.state.quorum, ctx.in_force.procedure)
            if ctx.recusals:
                text += " " + self.tr("%n recused.", "", len(ctx.recusals))
        self.quorum_label.setText(text)
        self.quorum_label.setStyleSheet(f"color: {GOOD if ctx.state.quorum.met else BAD};")

    def _show_motion(self) -> None:
        ctx = self._ctx
        if ctx is None:
            self.motion_label.setText("")
            self.motion_label.setToolTip("")
            return
        motion = ctx.motion
        if motion is not None and motion["status"] in (MotionStatus.OPEN, MotionStatus.REVEALED):
            shown = MotionDraft(
                Outcome(motion["outcome"]), motion["workers"] or 0, motions.motion_conditions(self._db, motion["id"])
            )
            voting = motion["status"] == MotionStatus.OPEN
            prefix = self.tr("Round %1, voting:") if voting else self.tr("Round %1, revealed:")
            text = prefix.replace("%1", str(motion["round"])) + " " + shown.summary(short=True)
            undecided = ctx.row["status"] != ItemStatus.DECIDED
            if undecided and motion["status"] == MotionStatus.REVEALED and not self._edited_since(ctx):
                text += " — " + self.tr("edit a new motion for another round")
            self.motion_label.setText(text)
            self.motion_label.setToolTip(shown.summary())
            return
        self.motion_label.setText(self.draft().summary(short=True))
        self.motion_label.setToolTip(self.draft().summary())

    def _edited_since(self, ctx: room_model.ItemContext) -> bool:
        return int(ctx.row["id"]) in self._edited

    def draft(self) -> MotionDraft:
        """The motion to put to the vote on the current item (from the recommendation until edited)."""
        ctx = self._ctx
        assert ctx is not None
        item_id = int(ctx.row["id"])
        if item_id not in self._drafts or item_id not in self._edited:
            self._drafts[item_id] = draft_from(
                ctx.assessment.recommendation, ctx.request, str(self._meeting.get("date") or "")
            )
        return self._drafts[item_id]

    def _not_voted(self) -> list[str]:
        ctx = self._ctx
        if ctx is None or ctx.motion is None:
            return []
        voted = set(ballots.voters(self._db, ctx.motion["id"]))
        return [s.member_id for s in ctx.state.entitled if s.member_id not in voted]

    def _names(self) -> dict[str, str]:
        return {m.id: m.name for m in self._config.members} if self._config else {}

    # ---------------------------------------------------------------------------------- the dialogs

    def edit_recusals(self) -> None:
        """Show the recusals of the current item."""
        if self._ctx is None or self._config is None:
            return
        members = [(m.id, m.name) for m in self._config.members if m.role is not Role.SECRETARY]
        dialog = RecusalDialog(self._db, int(self._ctx.row["id"]), members, self)
        dialog.recorded.connect(self.changed)
        dialog.open()

    def edit_stand_in(self) -> StandInDialog | None:
        """Name who presides over this meeting (the chair, or a stand-in), before it opens."""
        meeting_id = self._meeting_id()
        if self._config is None or meeting_id is None:
            return None
        dialog = StandInDialog(self._db, meeting_id, self._config, self)
        dialog.recorded.connect(self._on_stand_in_dialog_recorded)
        dialog.rejected.connect(self._on_stand_in_dialog_rejected)
        dialog.open()
        return dialog

    def _on_stand_in_dialog_recorded(self) -> None:
        self.changed.emit()  # the room reads who presides back
        then_vote, self._vote_after_stand_in = self._vote_after_stand_in, False
        if then_vote:
            self.open_vote()  # the vote that asked who presides goes on, with the presiding member's PIN

    def _on_stand_in_dialog_rejected(self) -> None:
        self._vote_after_stand_in = False

    def edit_attestations(self) -> None:
        """Answer G6 and G7 for the current item."""
        if self._ctx is None or self._catalogue is None:
            return
        dialog = AttestationDialog(self._db, int(self._ctx.row["id"]), self._catalogue, self)
        dialog.recorded.connect(self.changed)
        dialog.open()

    def edit_motion(self) -> None:
        """Edit the motion of the current item."""
        ctx = self._ctx
        if ctx is None:
            return
        date = str(self._meeting.get("date") or "")
        recommended = draft_from(ctx.assessment.recommendation, ctx.request, date)
        dialog = MotionDialog(self.draft(), recommended, ctx.request, date, self)
        dialog.accepted.connect(self._on_motion_accepted)
        self._motion_dialog = dialog
        dialog.open()

    def _on_motion_accepted(self) -> None:
        ctx = self._ctx
        if ctx is None:
            return
        if self._motion_dialog is None:
            return
        item_id = int(ctx.row["id"])
        self._drafts[item_id] = self._motion_dialog.draft()
        self._edited.add(item_id)
        self._show_motion()

    # ------------------------------------------------------------------------------- chair actions

    def _ask_chair(self, action: str, intro: str) -> None:
        self._pending = action
        ask_chair_pin(self._db, self, intro, self._on_chair_authenticated, self._meeting_id())

    def _on_chair_authenticated(self, auth: Auth) -> None:
        action, self._pending = self._pending, ""
        try:
            if action == "open":
                self._open(auth)
            elif action in ("reveal", "close_vote"):
                self._reveal(auth, force=action == "close_vote")
            elif action == "close_meeting":
                lifecycle.close_meeting(self._db, int(self._meeting["id"]), auth)  # type: ignore[call-overload]
            elif action == "no_quorum" and self._ctx is not None:
                agenda.mark_no_quorum(self._db, int(self._ctx.row["id"]), auth)
        except KnownError as exc:
            boxes.warn(self, refusal_words.say(exc))
        self.changed.emit()

    def open_vote(self) -> None:
        """Ask for the presiding member's PIN, then put the motion to the vote.

        On a draft meeting whose attendance shows the chair absent, with nobody named in their place, ask
        first who presides (Stand-in…), then go on with the vote.
        """
        ctx = self._ctx
        if ctx is None:
            return
        if not ctx.state.quorum.met:
            boxes.warn(self, self.tr("No quorum: this item cannot be voted."))
            return
        if self._chair_missing():
            dialog = self.edit_stand_in()
            self._vote_after_stand_in = dialog is not None
            if dialog is not None:
                dialog.suggest_present(attendance.present_ids(self._db, self._meeting_id()))  # type: ignore[arg-type]
            return
        if not self._confirm_unassessed_gates(ctx):
            return
        self._ask_chair(
            "open", self.tr("Enter your PIN to put this motion to the vote.") + "\n" + self.draft().summary()
        )

    def _confirm_unassessed_gates(self, ctx: room_model.ItemContext) -> bool:
        """Whether to go on although attestation gates (G6, G7) are unanswered: asked, never assumed."""
        catalogue = self._catalogue
        attested = {g.code: g.label for g in catalogue.gates if g.kind == "attestation"} if catalogue else {}
        missing = [g.code for g in ctx.assessment.gates if g.code in attested and g.status is GateStatus.NOT_ASSESSED]
        if not missing:
            return True
        if set(missing) == {"G6", "G7"}:
            text = self.tr(
                "The genuineness and equal-treatment gates are not assessed for this item. Open the vote anyway?"
            )
        else:
            text = self.tr("The gate %1 is not assessed for this item. Open the vote anyway?").replace(
                "%1", ", ".join(f"{code} ({attested[code]})" for code in missing)
            )
        text += "\n\n" + self.tr("The chair records the board's answers with Attestations….")
        return boxes.confirm(self, self.tr("Gates not assessed"), text)

    def _open(self, auth: Auth) -> None:
        ctx = self._ctx
        assert ctx is not None
        if self._meeting.get("status") == MeetingStatus.DRAFT.value:
            lifecycle.open_meeting(self._db, int(self._meeting["id"]), auth)  # type: ignore[call-overload]
        draft = self.draft()
        # One transaction: a refused vote leaves no stray draft motion behind.
        motions.open_motion(
            self._db, int(ctx.row["id"]), draft.outcome, draft.workers, draft.conditions, auth,
            proposed_by=auth.member_id,
        )  # fmt: skip
        self._edited.discard(int(ctx.row["id"]))

    def reveal(self) -> None:
        """Reveal the result; if someone has not voted, confirm closing the vote, naming them."""
        ctx = self._ctx
        if ctx is None or ctx.motion is None or ctx.motion["status"] != MotionStatus.OPEN:
            return
        missing = self._not_voted()
        if missing:
            names = self._names()
            question = self.tr("Not everyone has voted. Not yet voted: %1.\n\nClose the vote now? They will not vote.")
            if not boxes.confirm(
                self, self.tr("Close the vote"), question.replace("%1", ", ".join(names.get(m, m) for m in missing))
            ):
                return
            self._ask_chair("close_vote", self.tr("Enter your PIN to close the vote and reveal the result."))
        else:
            self._ask_chair("reveal", self.tr("Enter your PIN to reveal the result."))

    def _reveal(self, auth: Auth, *, force: bool) -> None:
        ctx = self._ctx
        assert ctx is not None and ctx.motion is not None
        ballots.reveal(self._db, int(ctx.motion["id"]), auth, force=force)
        self.revealed.emit(int(ctx.row["id"]))

    def minute_no_quorum(self) -> None:
        """Minute the current item as not decided for want of quorum (after confirmation and the presiding PIN)."""
        ctx = self._ctx
        if ctx is None or ctx.state.quorum.met:
            return
        if not boxes.confirm(
            self,
            self.tr("No quorum"),
            self.tr("Minute this item as not decided for want of quorum?"),
        ):
            return
        self._ask_chair("no_quorum", self.tr("Enter your PIN to minute this item as not decided (no quorum)."))

    def close_meeting(self) -> None:
        """Ask for the presiding member's PIN, then close the meeting (the 48-hour dissent window starts)."""
        if not boxes.confirm(
            self,
            self.tr("Close the meeting"),
            self.tr(
                "Close the meeting? Items not decided stay on the agenda; written dissents may follow for 48 hours."
            ),
        ):
            return
        self._ask_chair("close_meeting", self.tr("Enter your PIN to close the meeting."))

    def _on_export_clicked(self) -> None:
        if self._meeting:
            self.minutes_requested.emit(int(self._meeting["id"]))  # type: ignore[call-overload]
