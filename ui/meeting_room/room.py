"""The meeting room: agenda, request summary, chair's bar, three constituency panes, handover and results.

Layout (DESIGN §7): the agenda on the left; on the right, the summary of the request being decided, the
chair's bar, then one of three views: the panes (during a vote), the neutral "pass the laptop" view
(between voters), or the results (after the reveal). Keyboard order: agenda → chair's bar → panes.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from tripartite import item_assessment, room_model, rules
from tripartite.authority import Auth
from tripartite.errors import KnownError
from tripartite.meetings import attendance, ballots, lookup
from tripartite.meetings.agenda import add_item, item_state
from tripartite.models import Constituency, ItemStatus, MeetingStatus, MotionStatus
from tripartite.ui import a11y, authorize, boxes, labels, refusal_words
from tripartite.ui.catalogue import localized
from tripartite.ui.meeting_room import explain
from tripartite.ui.meeting_room.add_items import AddItemsDialog
from tripartite.ui.meeting_room.attendance import AttendanceDialog
from tripartite.ui.meeting_room.chair_bar import ChairBar
from tripartite.ui.meeting_room.dossier import DossierSummary
from tripartite.ui.meeting_room.elided_label import ElidedLabel
from tripartite.ui.meeting_room.handover import HandoverView
from tripartite.ui.meeting_room.models import AgendaModel, ItemIdRole
from tripartite.ui.meeting_room.pane import ConstituencyPane
from tripartite.ui.meeting_room.results import ResultsView
from tripartite.ui.meeting_room.style import scale_font
from tripartite.ui.meeting_room.vote_context import VoteContext

# The agenda column's minimum width, in average characters (about 150 px at the default font).
AGENDA_CHARS = 22
# Below this height (a 1024×700 or 1366×768 laptop), an unlocked ballot folds the request's gates and score
# away, so the member's scoring grid keeps a few rows in view.
COMPACT_HEIGHT = 800


class MeetingRoom(QWidget):
    """One meeting, run around one laptop.

    Signals:
        requests_changed(): request statuses changed (items added or decided).
        back_requested(): go back to the list of meetings.
        minutes_requested(int): the chair asked for the minutes of this meeting.

    Args:
        db: the GUI thread's connection.
        meeting_id: the meeting.
        parent: the meetings page.
    """

    requests_changed = Signal()
    back_requested = Signal()
    minutes_requested = Signal(int)

    PANES, HANDOVER, RESULTS = range(3)

    def __init__(self, db: Database, meeting_id: int, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("meetingRoom")
        self.setAccessibleName(self.tr("Meeting room"))
        self._db = db
        self.meeting_id = meeting_id
        self._config = room_model.board(db)
        self._catalogue = localized(item_assessment.meeting_catalogue(db, meeting_id))
        self._ctx: room_model.ItemContext | None = None
        self._item_id: int | None = None
        self._add_dialog: AddItemsDialog | None = None
        self.attendance_dialog: AttendanceDialog | None = None

        self.back_button = QPushButton(self.tr("← All &meetings"), self)
        self.back_button.setObjectName("backButton")
        self.back_button.setAccessibleName(self.tr("Back to all meetings"))
        self.back_button.clicked.connect(self._on_back_clicked)
        self.title = ElidedLabel(self)  # a long title elides: it never widens the window
        self.title.setObjectName("meetingTitle")
        scale_font(self.title, 1.3, bold=True)
        self.add_button = QPushButton(self.tr("Add &items…"), self)
        self.add_button.setObjectName("addItemsButton")
        self.add_button.setAccessibleName(self.tr("Add items to the agenda"))
        self.add_button.clicked.connect(self.add_items)

        self.agenda_model = AgendaModel(db, meeting_id, self)
        self.agenda_list = QListView(self)
        self.agenda_list.setObjectName("agendaList")
        self.agenda_list.setAccessibleName(self.tr("Agenda"))
        self.agenda_list.setModel(self.agenda_model)
        self.agenda_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda_list.setSpacing(3)
        self.agenda_list.setWordWrap(True)
        self.agenda_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Never narrower than a reference and a few words, even while a pane takes the room it needs.
        self.agenda_list.setMinimumWidth(self.agenda_list.fontMetrics().averageCharWidth() * AGENDA_CHARS)
        self.agenda_list.selectionModel().currentChanged.connect(self._on_agenda_current_changed)
        a11y.current_only_while_focused(self.agenda_list)  # only one thing on the screen claims the focus
        agenda_title = QLabel(self.tr("Agenda"), self)  # Alt+G opens the Government pane
        agenda_title.setBuddy(self.agenda_list)
        scale_font(agenda_title, 1.15, bold=True)

        self.dossier = DossierSummary(self)
        self.chair_bar = ChairBar(db, self)
        self.chair_bar.changed.connect(self.refresh)
        self.chair_bar.revealed.connect(self._on_revealed)
        self.chair_bar.next_item_requested.connect(self.next_item)
        self.chair_bar.attendance_requested.connect(self.show_attendance)
        self.chair_bar.minutes_requested.connect(self.minutes_requested)

        self.panes: dict[Constituency, ConstituencyPane] = {}
        panes_widget = QWidget(self)
        panes_widget.setObjectName("panesView")
        self._panes_layout = QHBoxLayout(panes_widget)
        self._panes_layout.setContentsMargins(0, 0, 0, 0)
        self._panes_layout.setSpacing(10)
        for constituency in Constituency:
            pane = ConstituencyPane(db, constituency, panes_widget)
            pane.unlock_requested.connect(self._on_unlock_requested)
            pane.unlocked.connect(self._on_pane_unlocked)
            pane.locked.connect(self._on_pane_locked)
            pane.cast_done.connect(self._on_cast_done)
            self._panes_layout.addWidget(pane, 1)
            self.panes[constituency] = pane
        self.handover = HandoverView(self)
        self.handover.continued.connect(self._on_handover_continued)
        self.results = ResultsView(db, self)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("roomStack")
        self.stack.addWidget(panes_widget)
        self.stack.addWidget(self.handover)
        self.stack.addWidget(self.results)

        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addSpacing(8)
        header.addWidget(self.title, 1)
        header.addWidget(self.add_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(agenda_title)
        left_layout.addWidget(self.agenda_list, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(8)
        right_layout.addWidget(self.dossier)
        right_layout.addWidget(self.chair_bar)
        right_layout.addWidget(self.stack, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("roomSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.splitterMoved.connect(self._on_splitter_moved)
        self._splitter = splitter
        self._splitter_moved = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        self._set_tab_order()
        self.refresh()
        self.next_item()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Give the agenda a fifth of the width (150–260 px) until the user moves the splitter."""
        super().resizeEvent(event)
        if not self._splitter_moved:
            total = sum(self._splitter.sizes()) or self._splitter.width()
            agenda = max(self.agenda_list.minimumWidth(), min(total // 5, 260))
            self._splitter.setSizes([agenda, max(total - agenda, 0)])
        self._update_density()

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        self._splitter_moved = True

    def _update_density(self) -> None:
        unlocked = any(p.is_unlocked() for p in self.panes.values())
        self.dossier.set_compact(unlocked and self.height() < COMPACT_HEIGHT)

    def _set_tab_order(self) -> None:
        # Agenda, then the chair's bar, then the panes (the keyboard order).
        bar = self.chair_bar
        chain = [
            self.back_button,
            self.add_button,
            self.agenda_list,
            bar.attendance_button,
            bar.recusal_button,
            bar.attest_button,
            bar.stand_in_button,
            bar.close_meeting_button,
            bar.export_button,
            bar.motion_button,
            bar.open_button,
            bar.no_quorum_button,
            bar.reveal_button,
            bar.next_button,
        ]
        for pane in self.panes.values():
            chain += [pane.member_list, pane.unlock_button]
        chain.append(self.handover.continue_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ---------------------------------------------------------------------------------- reading state

    def current_item(self) -> int | None:
        """The agenda item being shown."""
        return self._item_id

    def refresh(self) -> None:
        """Read the meeting, agenda and current item again, and show them."""
        try:
            self._config = room_model.board(self._db)
            row = lookup.meeting_row(self._db, self.meeting_id)
        except KnownError as exc:
            boxes.warn(self, refusal_words.say(exc))
            return
        status = labels.label(labels.MEETING_STATUSES, row["status"])
        place = f" · {row['place']}" if row["place"] else ""
        self.title.setText(f"{row['title']} · {row['date']}{place} · {status}")
        self.add_button.setEnabled(row["status"] in (MeetingStatus.DRAFT, MeetingStatus.OPEN))
        self.agenda_model.reload()
        self._ctx = (
            room_model.item_context(self._db, self._item_id, self._config, self._catalogue)
            if self._item_id is not None
            else None
        )
        ctx = self._ctx
        if ctx is None:
            self.dossier.clear()
        else:
            self.dossier.show_request(ctx.request, ctx.assessment)
        self.chair_bar.set_state(self._config, row, self._catalogue, ctx)
        self._refresh_panes()
        self._choose_view()

    def _refresh_panes(self) -> None:
        ctx = self._ctx
        names = {m.id: m.name for m in self._config.members}
        motion = ctx.motion if ctx else None
        open_motion = motion["id"] if motion is not None and motion["status"] == MotionStatus.OPEN else None
        voted = set(ballots.voters(self._db, open_motion)) if open_motion is not None else set()
        technical = ctx.assessment.technical_points if ctx else {}
        for constituency, pane in self.panes.items():
            members = (
                [(s.member_id, names[s.member_id]) for s in ctx.state.entitled if s.constituency is constituency]
                if ctx
                else []
            )
            pane.set_context(
                VoteContext(
                    item_id=self._item_id,
                    motion_id=open_motion,
                    members=members,
                    voters=voted,
                    catalogue=self._catalogue,
                    technical=dict(technical),
                )
            )

    def _choose_view(self) -> None:
        ctx = self._ctx
        if ctx is None:
            self.stack.setCurrentIndex(self.PANES)
            self.dossier.show()
            return
        motion = ctx.motion
        settled = ctx.row["status"] in (ItemStatus.DECIDED, ItemStatus.NO_QUORUM)
        revealed = motion is not None and motion["status"] == MotionStatus.REVEALED
        if settled or revealed:
            self.lock_all()
            self.results.show_item(int(ctx.row["id"]), self._config, self._catalogue, ctx, self.meeting_id)
            self.stack.setCurrentIndex(self.RESULTS)
        elif self.stack.currentIndex() != self.HANDOVER:
            self.stack.setCurrentIndex(self.PANES)
        # The results name the request and the motion; the room they need comes from the summary.
        self.dossier.setVisible(self.stack.currentIndex() != self.RESULTS)

    def quorum_text(self) -> str:
        """The quorum in words: for the current item after its recusals, else for the meeting as a whole.

        Both follow the rules frozen with the meeting, which a later change to the board's settings leaves alone.
        """
        procedure = room_model.in_force(self._db, self.meeting_id, self._config).procedure
        if self._item_id is not None:
            return explain.quorum(item_state(self._db, self._item_id, self._config).quorum, procedure)
        board = attendance.seats_of(self._config)
        entitled = rules.entitled(board, attendance.present_ids(self._db, self.meeting_id), [], procedure)
        return explain.quorum(rules.quorum(rules.seat_count(board, procedure), entitled, procedure), procedure)

    # ------------------------------------------------------------------------------------- the agenda

    def select_item(self, item_id: int) -> None:
        """Show an agenda item (locks every pane first)."""
        row = self.agenda_model.row_of(item_id)
        if row >= 0:
            self.agenda_list.selectionModel().setCurrentIndex(
                self.agenda_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _on_agenda_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item_id = current.data(ItemIdRole) if current.isValid() else None
        if item_id == self._item_id:
            return
        self.lock_all()
        self._item_id = item_id
        self.stack.setCurrentIndex(self.PANES)
        self.refresh()

    def next_item(self) -> None:
        """Go to the next item not yet settled (after the current one, wrapping round)."""
        rows = self.agenda_model.rows()
        if not rows:
            self.refresh()
            return
        start = self.agenda_model.row_of(self._item_id) if self._item_id is not None else -1
        ordered = rows[start + 1 :] + rows[: start + 1]
        target = next((r for r in ordered if r.status not in (ItemStatus.DECIDED, ItemStatus.NO_QUORUM)), None)
        if target is None:
            target = rows[0] if self._item_id is None else None
        if target is not None:
            self.select_item(target.item_id)

    def add_items(self) -> None:
        """Ask which pending requests to put on the agenda."""
        dialog = AddItemsDialog(self._db, self)
        dialog.accepted.connect(self._on_add_items_accepted)
        self._add_dialog = dialog
        dialog.open()

    def _on_add_items_accepted(self) -> None:
        if self._add_dialog is None or not self._add_dialog.request_ids():
            return
        authorize.ask(
            self,
            self._db,
            authorize.Need.OFFICER,
            self.tr("The secretary or the chair puts these requests on the agenda."),
            self._add_items,
            ok_text=self.tr("&Add to agenda"),
        )

    def _add_items(self, auth: Auth) -> None:
        added: list[int] = []
        if self._add_dialog is None:
            return
        try:
            for request_id in self._add_dialog.request_ids():
                added.append(add_item(self._db, self.meeting_id, request_id, auth))
        except KnownError as exc:
            boxes.warn(self, refusal_words.say(exc))
        self.refresh()
        if added:
            self.requests_changed.emit()
            if self._item_id is None:
                self.select_item(added[0])

    def show_attendance(self) -> None:
        """Show the attendance, with the quorum live."""
        dialog = AttendanceDialog(self._db, self.meeting_id, self.quorum_text, self)
        dialog.model.changed.connect(self.refresh)
        self.attendance_dialog = dialog
        dialog.open()

    # ------------------------------------------------------------------------------------- the panes

    def lock_all(self) -> None:
        """Lock every pane."""
        for pane in self.panes.values():
            pane.lock()

    def _on_unlock_requested(self, constituency: str) -> None:
        for group, pane in self.panes.items():
            if group.value != constituency:
                pane.lock()

    def _on_pane_unlocked(self, _member_id: str) -> None:
        # The unlocked pane gets the room it needs for the scoring grid; the others keep their ticks.
        for pane in self.panes.values():
            pane.set_compact(not pane.is_unlocked())
            self._panes_layout.setStretchFactor(pane, 1 if pane.is_unlocked() else 0)
        self._update_density()

    def _on_pane_locked(self) -> None:
        if not any(p.is_unlocked() for p in self.panes.values()):
            for pane in self.panes.values():
                pane.set_compact(False)
                self._panes_layout.setStretchFactor(pane, 1)
            self._update_density()

    def _on_cast_done(self) -> None:
        self.stack.setCurrentIndex(self.HANDOVER)
        self.refresh()
        self.handover.set_everyone_voted(not any(p.unlock_button.isEnabled() for p in self.panes.values()))
        self.handover.continue_button.setFocus()

    def _on_handover_continued(self) -> None:
        self.stack.setCurrentIndex(self.PANES)
        self.refresh()
        waiting = next((p for p in self.panes.values() if p.unlock_button.isEnabled()), None)
        if waiting is not None:
            waiting.unlock_button.setFocus()
        else:
            self.chair_bar.reveal_button.setFocus()

    # -------------------------------------------------------------------------------------- the reveal

    def _on_revealed(self, _item_id: int) -> None:
        self.lock_all()
        self.refresh()
        self.requests_changed.emit()

    def _on_back_clicked(self) -> None:
        self.lock_all()
        self.back_requested.emit()
