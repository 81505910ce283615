"""Open the meeting and say who presides: the board's chair, or a stand-in for this meeting (DESIGN §4).

DESIGN §4's table gives the meeting's conduct (attendance, recusals, attestations, motions, opening and
revealing votes, closing) to "the chair (or the chair's stand-in for the meeting, named when it opens)".
:class:`OpenMeetingDialog` is where the stand-in is named: "Who presides: the chair (name) / a stand-in:
[present voting members]".

- With the chair: the chair's PIN, as when the first vote opens a draft meeting.
- With a stand-in: the stand-in's own PIN, then the secretary's (or the chair's), who vouches for them;
  :func:`tripartite.meeting.open_meeting` records the stand-in on the meeting and names both as the
  opening's actors. From then on :func:`tripartite.authority.presiding` is the stand-in, so every chair
  action in the room (:mod:`~tripartite.ui.meeting_room.chair_pin`) asks the stand-in's PIN, and the
  chair's no longer works in this meeting.

By design the casting vote (``casting_vote``, DESIGN §4) stays with the board's chair: it is the chair's
vote that breaks a tie, whoever presides, and an absent chair casts none. A stand-in conducts the
meeting; they do not acquire the chair's vote. The dialog says so when the meeting's rules have one.

Candidates are the members marked present who hold a seat (active, not the secretary), the chair aside:
the core refuses a stand-in who is not marked present. The chair's own choice is offered only while the
chair is marked present.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from tripartite import meeting
from tripartite.authority import Auth
from tripartite.errors import KnownError
from tripartite.models import Role
from tripartite.ui import a11y, authorize
from tripartite.ui.meeting_room import boxes, data, labels
from tripartite.ui.meeting_room.chair_pin import ask_chair_pin
from tripartite.ui.meeting_room.style import BAD, WAIT


def stand_in_candidates(db: Database, meeting_id: int) -> list[tuple[str, str]]:
    """``(member id, name)`` of who may stand in for the chair: present, holding a seat, not the chair."""
    config = data.board(db)
    present = set(meeting.present_ids(db, meeting_id))
    return [(m.id, m.name) for m in config.members if m.id in present and m.active and m.role is Role.MEMBER]


class OpenMeetingDialog(QDialog):
    """Who presides, then the PINs that open the meeting.

    Signals:
        opened(): the meeting was opened (the dialog then closes).

    Args:
        db: the GUI thread's connection.
        meeting_id: a draft meeting.
        parent: the chair's bar.
    """

    opened = Signal()

    def __init__(self, db: Database, meeting_id: int, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("openMeetingDialog")
        self.setWindowTitle(self.tr("Open the meeting"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._db = db
        self._meeting_id = meeting_id
        config = data.board(db)
        self._chair = data.chair_id(config)
        names = {m.id: m.name for m in config.members}
        present = meeting.present_ids(db, meeting_id)
        self._chair_present = self._chair is not None and self._chair in present
        candidates = stand_in_candidates(db, meeting_id)

        intro = QLabel(
            self.tr(
                "Whoever presides conducts the whole meeting: attendance, recusals, motions, votes and the "
                "reveal ask for their PIN. %n member(s) marked present.",
                "",
                len(present),
            ),
            self,
        )
        intro.setWordWrap(True)

        group = QGroupBox(self.tr("Who presides"), self)
        chair_name = names.get(self._chair or "", "")
        self.chair_radio = QRadioButton(self.tr("The &chair, %1").replace("%1", chair_name), group)
        self.chair_radio.setObjectName("presideChair")
        self.chair_note = QLabel(group)
        self.chair_note.setObjectName("chairNote")
        self.chair_note.setWordWrap(True)
        self.stand_in_radio = QRadioButton(self.tr("A &stand-in:"), group)
        self.stand_in_radio.setObjectName("presideStandIn")
        self.stand_in_combo = QComboBox(group)
        self.stand_in_combo.setObjectName("standInCombo")
        self.stand_in_combo.setAccessibleName(self.tr("Stand-in for the chair"))
        for member_id, name in candidates:
            self.stand_in_combo.addItem(name, member_id)
        self.stand_in_note = QLabel(
            self.tr("The stand-in types their PIN, then the secretary (or the chair) confirms with theirs."), group
        )
        self.stand_in_note.setWordWrap(True)
        self.stand_in_note.setStyleSheet(f"color: {WAIT};")
        for radio in (self.chair_radio, self.stand_in_radio):
            a11y.name_button(radio)
        choice = QButtonGroup(self)
        choice.addButton(self.chair_radio)
        choice.addButton(self.stand_in_radio)

        if self._chair is None:
            self.chair_radio.setText(self.tr("The chair (the board has none)"))
            a11y.name_button(self.chair_radio)
        if not self._chair_present:
            self.chair_radio.setEnabled(False)
            if self._chair is not None:
                self.chair_note.setText(self.tr("The chair is not marked present."))
                self.chair_note.setStyleSheet(f"color: {BAD};")
        self.chair_note.setVisible(bool(self.chair_note.text()))
        if not candidates:
            self.stand_in_radio.setEnabled(False)
            self.stand_in_combo.addItem(self.tr("Nobody else with a seat is marked present"), "")
        if self._chair_present:
            self.chair_radio.setChecked(True)
        elif candidates:
            self.stand_in_radio.setChecked(True)
            # The chair's own constituency first: the usual stand-in is a vice-chair from the same side.
            group_of = {m.id: m.constituency for m in config.members}
            chair_group = group_of.get(self._chair or "")
            first = next((i for i, (m, _n) in enumerate(candidates) if group_of.get(m) == chair_group), 0)
            self.stand_in_combo.setCurrentIndex(first)

        stand_in_row = QHBoxLayout()
        stand_in_row.addWidget(self.stand_in_radio)
        stand_in_row.addWidget(self.stand_in_combo, 1)
        group_layout = QVBoxLayout(group)
        group_layout.addWidget(self.chair_radio)
        group_layout.addWidget(self.chair_note)
        group_layout.addLayout(stand_in_row)
        group_layout.addWidget(self.stand_in_note)

        procedure, _mode = meeting.frozen_rules(db, meeting_id)
        self.casting_note = QLabel(
            self.tr("The casting vote stays with the board's chair, whoever presides: a stand-in does not acquire it."),
            self,
        )
        self.casting_note.setWordWrap(True)
        self.casting_note.setVisible(procedure.casting_vote)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = self.buttons.addButton(self.tr("&Open meeting"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("openMeetingConfirm")
        self.open_button.setAccessibleName(self.tr("Open meeting"))
        self.open_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        # The button asks the PINs; the dialog closes only once the meeting is open.
        self.open_button.clicked.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(group)
        layout.addWidget(self.casting_note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.stand_in_radio.toggled.connect(self._on_stand_in_radio_toggled)
        self.chair_radio.toggled.connect(self._on_stand_in_radio_toggled)
        self._on_stand_in_radio_toggled()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def stand_in(self) -> str | None:
        """The member chosen to stand in for the chair, or None when the chair presides."""
        if not self.stand_in_radio.isChecked():
            return None
        return str(self.stand_in_combo.currentData() or "") or None

    def _on_stand_in_radio_toggled(self, _checked: bool = False) -> None:
        self.stand_in_combo.setEnabled(self.stand_in_radio.isChecked())
        self.open_button.setEnabled(self.chair_radio.isChecked() or self.stand_in() is not None)

    def confirm(self) -> None:
        """Ask the PINs the choice needs; the meeting opens once they match."""
        stand_in = self.stand_in()
        if self.chair_radio.isChecked():
            ask_chair_pin(
                self._db, self, self.tr("Enter your PIN to open the meeting."), self._on_authorised, self._meeting_id
            )
        elif stand_in is not None:
            name = self.stand_in_combo.currentText()
            presiding = self.tr("Presiding: %1 (stand-in for the chair)").replace("%1", name)
            vouch = self.tr("The secretary (or the chair) confirms that %1 stands in for the chair at this meeting.")
            authorize.ask(
                self,
                self._db,
                authorize.Need.MEMBER_THEN_OFFICER,
                presiding + "\n" + self.tr("Enter your PIN to open the meeting as the chair's stand-in."),
                self._on_authorised,
                member=stand_in,
                ok_text=self.tr("&Confirm"),
                second_intro=presiding + "\n" + vouch.replace("%1", name),
            )

    def _on_authorised(self, auth: Auth) -> None:
        try:
            meeting.open_meeting(self._db, self._meeting_id, auth, presiding=self.stand_in())
        except KnownError as exc:
            boxes.warn(self, labels.problem(exc))
            return
        self.opened.emit()
        self.accept()
