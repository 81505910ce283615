"""One member's private ballot: the scoring grid, the vote buttons, the explanation of vote and Cast.

A :class:`PrivateBallot` exists only while its constituency's pane is unlocked with the member's PIN
(:mod:`tripartite.ui.meeting_room.pane` creates, wipes and destroys it, DESIGN §4.3). It holds what the member
enters and says what stops the cast; it saves nothing itself: the pane checks and casts.
Beside Cast it counts down the pane's idle lock, in a room kept for the countdown so nothing moves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from tripartite.models import Vote
from tripartite.ui import style
from tripartite.ui.meeting_room.elided_label import ElidedLabel
from tripartite.ui.meeting_room.private_fields import PrivateTextEdit
from tripartite.ui.meeting_room.score_grid import ScoreGrid
from tripartite.ui.meeting_room.style import scale_font
from tripartite.ui.meeting_room.vote_context import VoteContext


class PrivateBallot(QWidget):
    """One member's private widgets: scoring grid, vote buttons, explanation of vote, Cast.

    Signals:
        cast_requested(): the member asked to cast (button or Ctrl+Return).
        lock_requested(): the member locked the pane without voting.
        activity(): the member changed something (restarts the idle timer).

    Args:
        member_name: the member's name, shown so they know whose ballot this is.
        context: the vote in progress.
        points: the member's own earlier scores for the item.
        comments: the member's own earlier score comments.
        parent: the pane.
        warn_seconds: how long the idle countdown runs (its longest text is measured for the room it keeps).
    """

    cast_requested = Signal()
    lock_requested = Signal()
    activity = Signal()

    def __init__(
        self,
        member_name: str,
        context: VoteContext,
        points: dict[str, int],
        comments: dict[str, str],
        parent: QWidget,
        *,
        warn_seconds: int = 15,
    ):
        super().__init__(parent)
        self.setObjectName("privateBallot")
        self.setAccessibleName(self.tr("Private ballot"))
        heading = ElidedLabel(self)
        heading.setText(self.tr("Ballot of %1").replace("%1", member_name))
        heading.setObjectName("ballotHeading")
        scale_font(heading, 1.2, bold=True)
        privacy = QLabel(self.tr("Only you see this. It locks when you cast or after a minute idle."), self)
        privacy.setWordWrap(True)
        privacy.setStyleSheet("color: #555;")
        scale_font(privacy, 0.92)

        assert context.catalogue is not None
        self.score_grid = ScoreGrid(context.catalogue, context.technical, points, comments, self)
        self.score_grid.edited.connect(self.activity)
        scroll = QScrollArea(self)
        scroll.setObjectName("scoreScroll")
        scroll.setAccessibleName(self.tr("Your scores"))
        scroll.setWidget(self.score_grid)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # At least a family title and three criteria stay in view, however short the screen.
        scroll.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.accept_button = QPushButton(self.tr("&Use the data scores"), self)
        self.accept_button.setObjectName("acceptTechnical")
        self.accept_button.setAccessibleName(self.tr("Use the technical scores from the dossier"))
        self.accept_button.setToolTip(self.tr("Set each criterion with a technical score to that score"))
        self.accept_button.clicked.connect(self.score_grid.accept_technical)
        scores_title = QLabel(self.tr("Your scores (optional)"), self)
        scores_title.setStyleSheet("font-weight: bold;")

        # No mnemonics on the three choices: the ballot opens with the focus on For, the arrows move and Space
        # chooses, and Alt+F/… belong to the menus (a clash makes Alt+key open the menu instead).
        self.vote_for = self._vote_button(self.tr("For"), "voteFor", self.tr("Vote for the motion"))
        self.vote_against = self._vote_button(self.tr("Against"), "voteAgainst", self.tr("Vote against the motion"))
        self.vote_abstain = self._vote_button(self.tr("Abstain"), "voteAbstain", self.tr("Abstain"))
        self.vote_group = QButtonGroup(self)
        self.vote_group.setExclusive(True)
        for button in (self.vote_for, self.vote_against, self.vote_abstain):
            self.vote_group.addButton(button)
        self.vote_group.buttonToggled.connect(self._on_vote_toggled)

        comment_label = QLabel(self.tr("Explanation of vote (minuted &with a named vote):"), self)
        comment_label.setWordWrap(True)
        self.comment_edit = PrivateTextEdit(self)  # never the X11 PRIMARY selection
        self.comment_edit.setObjectName("commentEdit")
        self.comment_edit.setAccessibleName(self.tr("Explanation of vote"))
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setPlaceholderText(self.tr("Optional"))
        self.comment_edit.textChanged.connect(self.activity)
        comment_label.setBuddy(self.comment_edit)

        self.cast_button = QPushButton(self.tr("Cast &ballot"), self)
        self.cast_button.setObjectName("castButton")
        self.cast_button.setAccessibleName(self.tr("Cast ballot"))
        self.cast_button.setEnabled(False)
        self.cast_button.setMinimumHeight(40)
        scale_font(self.cast_button, 1.1, bold=True)
        self.cast_button.clicked.connect(self.cast_requested)
        self.lock_button = QPushButton(self.tr("Loc&k without voting"), self)
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setAccessibleName(self.tr("Lock without voting"))
        self.lock_button.clicked.connect(self.lock_requested)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("ballotProblem")
        self.problem_label.setWordWrap(True)
        style.error_style(self.problem_label, bold=True)
        self.problem_label.hide()  # shown only with a problem, so it takes no room otherwise
        self.idle_warning = QLabel(self)
        self.idle_warning.setObjectName("idleWarning")
        self.idle_warning.setWordWrap(True)
        self.idle_warning.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.idle_warning.setStyleSheet(
            "QLabel#idleWarning { background: #fff3d6; color: #6b4500; border: 1px solid #e0b050; "
            "border-radius: 4px; padding: 2px 6px; font-weight: bold; }"
        )
        # Its room is kept while hidden, measured on the longest text it shows, so nothing moves (under the
        # member's finger, next to Cast) when the countdown appears.
        policy = self.idle_warning.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.idle_warning.setSizePolicy(policy)
        self.show_idle_warning(warn_seconds)
        self.idle_warning.hide()
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._on_cast_shortcut)

        self.vote_title = vote_title = QLabel(self.tr("Your vote:"), self)
        scale_font(vote_title, 1.1, bold=True)
        votes = QHBoxLayout()
        votes.setSpacing(8)
        votes.addWidget(vote_title)
        for button in (self.vote_for, self.vote_against, self.vote_abstain):
            votes.addWidget(button, 1)
        keys = self.tr("Arrow keys move between the three choices; Space chooses; Ctrl+Return casts.")
        for button in (self.vote_for, self.vote_against, self.vote_abstain, self.cast_button):
            button.setAccessibleDescription(keys)
            button.setToolTip(keys)
        scores_row = QHBoxLayout()
        scores_row.addWidget(scores_title)
        scores_row.addStretch(1)
        scores_row.addWidget(self.accept_button)
        self.comment_edit.setMaximumHeight(58)
        # Cast ends the ballot, at the bottom right, after the explanation: the order a member works in, and
        # the vote row stays narrow enough for a pane on a 1024 px laptop.
        self.cast_button.setMinimumWidth(self.cast_button.sizeHint().width() + 8)
        finish = QHBoxLayout()
        finish.addWidget(self.lock_button, 0, Qt.AlignmentFlag.AlignBottom)
        finish.addWidget(self.idle_warning, 1)
        finish.addWidget(self.cast_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(heading)
        layout.addWidget(privacy)
        layout.addLayout(votes)
        layout.addWidget(self.problem_label)
        layout.addSpacing(4)
        layout.addLayout(scores_row)
        layout.addWidget(scroll, 1)
        layout.addWidget(comment_label)
        layout.addWidget(self.comment_edit)
        layout.addLayout(finish)
        # Keyboard order: the vote first (the one thing every member does), then the scores.
        QWidget.setTabOrder(self.vote_for, self.vote_against)
        QWidget.setTabOrder(self.vote_against, self.vote_abstain)
        QWidget.setTabOrder(self.vote_abstain, self.comment_edit)
        QWidget.setTabOrder(self.comment_edit, self.cast_button)
        QWidget.setTabOrder(self.cast_button, self.lock_button)
        QWidget.setTabOrder(self.lock_button, self.accept_button)

    def _vote_button(self, text: str, name: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setCheckable(True)
        button.setMinimumHeight(40)
        scale_font(button, 1.1, bold=True)
        button.setStyleSheet(
            "QPushButton:checked { background: #1f5fa8; color: white; border: 2px solid #123f73; border-radius: 4px; }"
        )
        return button

    def show_idle_warning(self, seconds: int | None) -> None:
        """Count down the seconds left before the pane locks itself (None: hide the countdown)."""
        if seconds is None:
            self.idle_warning.hide()
            return
        self.idle_warning.setText(self.tr("Locking in %n s — touch any key to keep working", "", seconds))
        self.idle_warning.show()

    def show_problem(self, text: str) -> None:
        """Say what stops the cast (empty: nothing)."""
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

    def chosen_vote(self) -> Vote | None:
        """The vote button checked, if any."""
        checked = self.vote_group.checkedButton()
        if checked is self.vote_for:
            return Vote.FOR
        if checked is self.vote_against:
            return Vote.AGAINST
        if checked is self.vote_abstain:
            return Vote.ABSTAIN
        return None

    def explanation(self) -> str:
        """The explanation of vote as typed."""
        return self.comment_edit.toPlainText()

    def wipe(self) -> None:
        """Empty every field, uncheck the vote and drop all undo history (the pane is locking)."""
        self.comment_edit.setPlainText("")
        self.comment_edit.document().clearUndoRedoStacks()
        self.vote_group.setExclusive(False)
        for button in self.vote_group.buttons():
            button.setChecked(False)
        self.vote_group.setExclusive(True)
        self.score_grid.wipe()
        self.show_problem("")

    def _on_vote_toggled(self, _button: QPushButton, _checked: bool) -> None:
        self.cast_button.setEnabled(self.chosen_vote() is not None)
        self.activity.emit()

    def _on_cast_shortcut(self) -> None:
        if self.cast_button.isEnabled():
            self.cast_requested.emit()
        else:
            self.show_problem(self.tr("Choose For, Against or Abstain first."))
