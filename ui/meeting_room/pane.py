"""A constituency's pane: its present, entitled members with a "has voted" tick, and one member's private ballot.

Locked, the pane shows names and ticks only. Unlocked with a member's PIN, it shows that member's private
widgets: the scoring grid, the vote buttons, the explanation of vote and Cast. Those widgets exist only
while the pane is unlocked: locking (on cast, after :attr:`ConstituencyPane.IDLE_SECONDS` without
activity, when another pane unlocks, or when the item changes) empties every field and its undo history,
clears a clipboard the member wrote to, and destroys them (DESIGN §4.3). The private widgets are a
:class:`~tripartite.ui.meeting_room.private_ballot.PrivateBallot`; what the pane knows of the vote is a
:class:`~tripartite.ui.meeting_room.vote_context.VoteContext`. This module holds the pane itself: the
member list, unlocking, locking, casting and the idle lock.

Idle lock: the last :attr:`ConstituencyPane.WARN_SECONDS` are counted down beside Cast ("Locking in 12 s —
touch any key to keep working"), so a half-filled ballot is never thrown away without warning. Any key,
click, wheel turn or focus change inside the pane starts the minute again.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from tripartite import room_model, scoring
from tripartite.authority import Auth
from tripartite.errors import KnownError
from tripartite.meetings import ballots
from tripartite.models import Constituency
from tripartite.ui import a11y, boxes, labels, refusal_words
from tripartite.ui.dialogs.pin_prompt import PinPrompt
from tripartite.ui.meeting_room.elided_label import ElidedLabel
from tripartite.ui.meeting_room.models import PaneMembersModel
from tripartite.ui.meeting_room.private_ballot import PrivateBallot
from tripartite.ui.meeting_room.style import CONSTITUENCY_COLOURS, scale_font
from tripartite.ui.meeting_room.vote_context import VoteContext

_UNLOCK_TEXT = {
    Constituency.GOVERNMENT: QT_TRANSLATE_NOOP("ConstituencyPane", "Unlock Government…"),
    Constituency.EMPLOYER: QT_TRANSLATE_NOOP("ConstituencyPane", "Unlock Employers…"),
    Constituency.UNION: QT_TRANSLATE_NOOP("ConstituencyPane", "Unlock Unions…"),
}
# Alt+1/2/3 unlock the panes from left to right: a digit clashes with no menu or button letter (Alt+E is
# the Edit menu), and it is the same key in every language.
UNLOCK_KEYS = {Constituency.GOVERNMENT: "Alt+1", Constituency.EMPLOYER: "Alt+2", Constituency.UNION: "Alt+3"}
# A compact pane (while another is unlocked) is at most this wide; it may shrink to its content on a laptop.
COMPACT_WIDTH = 190
_ACTIVITY = (
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
    QEvent.Type.InputMethod,
    QEvent.Type.FocusIn,
)


class ConstituencyPane(QFrame):
    """A constituency's pane (objectName ``pane-<constituency>``).

    Signals:
        unlock_requested(str): a member of this constituency is about to enter a PIN (other panes lock now).
        unlocked(str): the pane unlocked for a member (their id).
        cast_done(): a ballot was cast here; the room shows the "pass the laptop" view.
        locked(): the pane locked.

    Args:
        db: the GUI thread's connection.
        constituency: whose pane this is.
        parent: the room.
    """

    #: Seconds without activity after which an unlocked pane locks itself.
    IDLE_SECONDS = 60
    #: The last seconds, counted down on screen.
    WARN_SECONDS = 15
    #: Milliseconds per idle tick (tests stretch it and call :meth:`_on_idle_timeout` themselves).
    TICK_MS = 1000

    unlock_requested = Signal(str)
    unlocked = Signal(str)
    cast_done = Signal()
    locked = Signal()

    def __init__(self, db: Database, constituency: Constituency, parent: QWidget):
        super().__init__(parent)
        self._db = db
        self.constituency = constituency
        self.setObjectName(f"pane-{constituency.value}")
        self.setAccessibleName(self.tr("%1 pane").replace("%1", labels.constituency(constituency)))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        colour = CONSTITUENCY_COLOURS[constituency.value]
        self.setStyleSheet(
            f"ConstituencyPane {{ border: 1px solid #c8c8c8; border-top: 5px solid {colour}; "
            "border-radius: 4px; background: palette(base); }"
        )
        self._context = VoteContext()
        self._auth: Auth | None = None
        self._member_name = ""
        self.ballot: PrivateBallot | None = None
        self._clipboard_written = False
        self._dying: list[PrivateBallot] = []
        self._compact = False

        # Elided (the whole name in its tooltip) and on up to two lines: a compact pane is narrow, and a
        # group's name in some languages is long.
        self.title = ElidedLabel(self, lines=2)
        self.title.setText(labels.constituency(constituency))
        self.title.setObjectName("paneTitle")
        scale_font(self.title, 1.35, bold=True)
        self.title.setStyleSheet(f"color: {colour};")
        self.progress = ElidedLabel(self, lines=2)
        self.progress.setObjectName("paneProgress")
        scale_font(self.progress, 1.05)
        self.progress.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.model = PaneMembersModel(self)
        self.member_list = QListView(self)
        self.member_list.setObjectName(f"members-{constituency.value}")
        self.member_list.setAccessibleName(
            self.tr("%1: members present").replace("%1", labels.constituency(constituency))
        )
        self.member_list.setModel(self.model)
        self.member_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Nothing is chosen here: a highlighted name on the shared screen would read as "this one voted".
        self.member_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.member_list.setSpacing(2)
        scale_font(self.member_list, 1.1)
        self.member_list.setFrameShape(QFrame.Shape.NoFrame)
        self.member_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.member_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.member_list.setUniformItemSizes(True)
        self.member_list.activated.connect(self._on_member_activated)
        self._member_current = a11y.current_only_while_focused(self.member_list)
        self.unlock_button = QPushButton(
            QCoreApplication.translate("ConstituencyPane", _UNLOCK_TEXT[constituency]), self
        )
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setAccessibleName(
            self.tr("Unlock the %1 pane").replace("%1", labels.constituency(constituency))
        )
        self._unlock_key = QKeySequence(UNLOCK_KEYS[constituency])
        self.unlock_button.setToolTip(
            self.tr("Unlock the %1 pane with a member's PIN (%2)")
            .replace("%1", labels.constituency(constituency))
            .replace("%2", self._unlock_key.toString(QKeySequence.SequenceFormat.NativeText))
        )
        self.unlock_button.setMinimumHeight(36)
        scale_font(self.unlock_button, 1.05)
        self.unlock_button.clicked.connect(self.request_unlock)
        self.unlock_shortcut = QShortcut(self._unlock_key, self)
        self.unlock_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.unlock_shortcut.activated.connect(self._on_unlock_shortcut)
        self.hint = QLabel(self)
        self.hint.setObjectName("paneHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")

        self._head = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._head.addWidget(self.title)
        self._head.addStretch(1)
        self._head.addWidget(self.progress)
        self._locked_view = QWidget(self)
        locked_layout = QVBoxLayout(self._locked_view)
        locked_layout.setContentsMargins(0, 0, 0, 0)
        locked_layout.addWidget(self.member_list, 1)
        locked_layout.addWidget(self.hint)
        locked_layout.addWidget(self.unlock_button)
        self._filler = QWidget(self._locked_view)  # keeps a compact pane's button at the top
        self._filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self._filler.hide()
        locked_layout.addWidget(self._filler, 1)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 8, 12, 10)
        self._layout.addLayout(self._head)
        self._layout.addWidget(self._locked_view, 1)

        self._idle = QTimer(self)
        self._idle.timeout.connect(self._on_idle_timeout)
        self._idle_left = 0
        QGuiApplication.clipboard().dataChanged.connect(self._on_clipboard_changed)
        self.set_context(VoteContext())

    # ---------------------------------------------------------------------------------------- state

    def is_unlocked(self) -> bool:
        """Whether a member's private ballot is showing."""
        return self.ballot is not None

    def unlocked_member(self) -> str | None:
        """The id of the member whose ballot is showing, if any."""
        return self._auth.member_id if self._auth is not None and self.ballot is not None else None

    def set_compact(self, compact: bool) -> None:
        """Shrink to title, count and a short unlock button while another pane is unlocked (it needs the width)."""
        self._compact = compact
        self.member_list.setVisible(not compact)
        self.hint.setVisible(not compact)
        self._filler.setVisible(compact)
        self._head.setDirection(QBoxLayout.Direction.TopToBottom if compact else QBoxLayout.Direction.LeftToRight)
        self.progress.setAlignment(
            Qt.AlignmentFlag.AlignLeft if compact else Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.unlock_button.setText(
            self.tr("Unlock…") if compact
            else QCoreApplication.translate("ConstituencyPane", _UNLOCK_TEXT[self.constituency])
        )  # fmt: skip
        margin = 6 if compact else 12
        self._layout.setContentsMargins(margin, 8, margin, 10)
        self.setMaximumWidth(COMPACT_WIDTH if compact else 16_777_215)

    def is_compact(self) -> bool:
        """Whether the pane is shrunk while another one is unlocked."""
        return self._compact

    def set_context(self, context: VoteContext) -> None:
        """Show the members and ticks for the vote in progress (locks if the vote or item changed)."""
        if self.ballot is not None and (
            context.motion_id != self._context.motion_id or self.unlocked_member() in context.voters
        ):
            self.lock()
        self._context = context
        self.model.set_members([(m, name, m in context.voters) for m, name in context.members])
        voted = sum(1 for m, _ in context.members if m in context.voters)
        if context.motion_id is None:
            self.progress.setText(self.tr("%n present", "", len(context.members)))
        else:
            self.progress.setText(
                self.tr("%1 of %2 voted").replace("%1", str(voted)).replace("%2", str(len(context.members)))
            )
        waiting = self._waiting()
        self.unlock_button.setEnabled(context.motion_id is not None and bool(waiting))
        if context.motion_id is None:
            self.hint.setText(self.tr("The pane opens when the vote on the motion opens."))
        elif not context.members:
            self.hint.setText(self.tr("No member of this group is entitled on this item."))
        elif not waiting:
            self.hint.setText(self.tr("Everyone in this group has voted."))
        else:
            self.hint.setText(
                self.tr("Select your name, then unlock with your PIN (%1).").replace(
                    "%1", self._unlock_key.toString(QKeySequence.SequenceFormat.NativeText)
                )
            )
        if self._member_current.kept().row() < 0 and waiting:
            self.member_list.setCurrentIndex(self.model.index([m for m, _ in context.members].index(waiting[0])))

    def _waiting(self) -> list[str]:
        return [m for m, _ in self._context.members if m not in self._context.voters]

    # ------------------------------------------------------------------------------------- unlocking

    def request_unlock(self) -> None:
        """Ask a member of this constituency who has not voted for their PIN."""
        waiting = self._waiting()
        if self._context.motion_id is None or not waiting:
            return
        self.unlock_requested.emit(self.constituency.value)
        current = self._member_current.kept()  # set aside while the list is not focused
        chosen = self.model.member_id(current.row()) if current.isValid() else waiting[0]
        names = dict(self._context.members)
        dialog = PinPrompt(
            self._db,
            [(m, names[m]) for m in waiting],
            self.tr("%1: choose your name and enter your PIN to open your private ballot.").replace(
                "%1", labels.constituency(self.constituency)
            ),
            self,
            selected=chosen if chosen in waiting else waiting[0],
        )
        dialog.authenticated.connect(self._on_authenticated)
        dialog.open()

    def _on_member_activated(self, _index: object) -> None:
        self.request_unlock()

    def _on_unlock_shortcut(self) -> None:
        # Exactly what pressing the button does (nothing while it is disabled).
        self.unlock_button.click()

    def _on_authenticated(self, auth: Auth) -> None:
        self.unlock(auth)

    def unlock(self, auth: Auth) -> None:
        """Show ``auth``'s member's private ballot (the PIN was checked by the caller)."""
        context = self._context
        if context.motion_id is None or context.item_id is None or auth.member_id not in self._waiting():
            return
        self.lock()
        self.unlock_requested.emit(self.constituency.value)  # a direct call locks the other panes too
        self._auth = auth
        self._member_name = dict(context.members)[auth.member_id]
        points, comments = room_model.own_scores(self._db, context.item_id, auth.member_id)
        self.ballot = PrivateBallot(
            self._member_name, context, points, comments, self, warn_seconds=type(self).WARN_SECONDS
        )
        self.ballot.cast_requested.connect(self.cast)
        self.ballot.lock_requested.connect(self.lock)
        self.ballot.activity.connect(self._restart_idle)
        self._locked_view.hide()
        self._layout.addWidget(self.ballot, 1)
        self.ballot.show()  # a child added after its parent was shown stays hidden until told
        self._clipboard_written = False
        app = QGuiApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._idle.setInterval(type(self).TICK_MS)
        self._restart_idle()
        self.ballot.vote_for.setFocus()
        self.unlocked.emit(auth.member_id)

    def lock(self) -> None:
        """Lock: wipe and destroy the private widgets, clear a clipboard written while unlocked."""
        ballot, self.ballot = self.ballot, None
        self._auth = None
        self._member_name = ""
        self._idle.stop()
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if ballot is None:
            return
        ballot.wipe()
        ballot.hide()
        self._layout.removeWidget(ballot)
        # Out of the window's widget tree now; destroyed at the next turn of the event loop (not at once:
        # this may run inside a signal of one of its own buttons). Kept referenced until then.
        ballot.setParent(None)
        self._dying = [b for b in self._dying if shiboken6.isValid(b)] + [ballot]
        ballot.deleteLater()
        if self._clipboard_written:
            QGuiApplication.clipboard().clear()
            self._clipboard_written = False
        self._locked_view.show()
        self.unlock_button.setFocus()
        self.locked.emit()

    def cast(self) -> None:
        """Check and save the member's scores, cast their ballot, then lock."""
        ballot, auth, context = self.ballot, self._auth, self._context
        if ballot is None or auth is None or context.motion_id is None or context.item_id is None:
            return
        vote = ballot.chosen_vote()
        if vote is None:
            ballot.show_problem(self.tr("Choose For, Against or Abstain first."))
            return
        points, comments = ballot.score_grid.points(), ballot.score_grid.comments()
        assert context.catalogue is not None
        problems = scoring.check_scores(points, comments, context.technical, context.catalogue)
        if problems:
            ballot.score_grid.show_problems(problems)
            ballot.show_problem(
                self.tr("A comment is required where your score departs from the data: %1.").replace(
                    "%1", ", ".join(p.criterion for p in problems)
                )
            )
            return
        member_id = str(auth.member_id)
        try:
            with self._db.atomic():
                if points:
                    scoring.save_scores(self._db, context.item_id, member_id, points, comments, auth)
                ballots.cast(self._db, context.motion_id, member_id, vote, ballot.explanation(), auth)
        except KnownError as exc:
            boxes.warn(self, refusal_words.say(exc))
            return
        self.lock()
        self.cast_done.emit()

    # -------------------------------------------------------------------------------------- idle lock

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Restart the idle minute on any key, click, wheel turn or focus change inside the unlocked pane."""
        if (
            self.ballot is not None
            and event.type() in _ACTIVITY
            and isinstance(watched, QWidget)
            and (watched is self or self.isAncestorOf(watched))
        ):
            self._restart_idle()
        return False

    def idle_seconds_left(self) -> int | None:
        """Seconds before the unlocked pane locks itself (None while locked)."""
        return self._idle_left if self.ballot is not None else None

    def _restart_idle(self) -> None:
        ballot = self.ballot
        if ballot is None:
            return
        self._idle_left = type(self).IDLE_SECONDS
        ballot.show_idle_warning(None)
        self._idle.start()  # a full second from now, not what was left of the last one

    def _on_idle_timeout(self) -> None:
        ballot = self.ballot
        if ballot is None:
            self._idle.stop()
            return
        self._idle_left -= 1
        if self._idle_left <= 0:
            self.lock()
        elif self._idle_left <= type(self).WARN_SECONDS:
            ballot.show_idle_warning(self._idle_left)

    def _on_clipboard_changed(self) -> None:
        if self.ballot is not None:
            self._clipboard_written = True
