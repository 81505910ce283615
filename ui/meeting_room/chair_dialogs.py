"""The chair's small dialogs: recusals, the attestation gates (G6, G7) of an item, and who presides.

Recusals and attestations write through the core at once (:func:`tripartite.meetings.agenda.recuse`,
:func:`tripartite.meetings.agenda.attest`), which records the audit events; both are used before the item's vote
opens. Both are chair actions: the first recording in a dialog asks for the chair's PIN, and the events
name the chair as actor. Who presides over a meeting the chair cannot attend is named before it opens
(:func:`tripartite.meetings.attendance.name_stand_in`), on the stand-in's PIN and the secretary's.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from tripartite import authority, item_assessment, room_model
from tripartite.authority import Auth
from tripartite.board import BoardConfig
from tripartite.criteria import Catalogue
from tripartite.errors import KnownError
from tripartite.meetings import agenda, attendance, lookup
from tripartite.models import Role
from tripartite.ui import authorize, boxes, labels, refusal_words, style
from tripartite.ui.dialogs import form_parts
from tripartite.ui.meeting_room.chair_pin import ChairAuthority


class RecusalDialog(QDialog):
    """Record that a member steps aside from an item, with the reason (declaration of interest).

    Signals:
        recorded(): a recusal was recorded.

    Args:
        db: the GUI thread's connection.
        item_id: the agenda item.
        members: ``(member id, name)`` of the members who hold a seat.
        parent: the room.
    """

    recorded = Signal()

    def __init__(self, db: Database, item_id: int, members: list[tuple[str, str]], parent: QWidget):
        super().__init__(parent)
        self.setObjectName("recusalDialog")
        self.setWindowTitle(self.tr("Recusals"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._db = db
        self._item_id = item_id
        self._names = dict(members)
        self.current = QStringListModel(self)
        current_view = QListView(self)
        current_view.setObjectName("recusalList")
        current_view.setAccessibleName(self.tr("Recusals recorded"))
        current_view.setModel(self.current)
        current_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.member_combo = QComboBox(self)
        self.member_combo.setObjectName("recusalMember")
        self.member_combo.setAccessibleName(self.tr("Member who steps aside"))
        for member_id, name in members:
            self.member_combo.addItem(name, member_id)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("recusalReason")
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setPlaceholderText(self.tr("The interest declared, as it will be minuted"))
        self.reason_edit.returnPressed.connect(self.record)
        self.chair = ChairAuthority(
            db, self, self.tr("Enter your PIN to record the recusal."), lookup.meeting_of_item(db, item_id)
        )
        self.record_button = QPushButton(self.tr("&Record recusal"), self)
        self.record_button.setObjectName("recordRecusal")
        self.record_button.setAccessibleName(self.tr("Record recusal"))
        self.record_button.clicked.connect(self.record)
        self.problem_label = style.problem_label(self)
        form = form_parts.labelled_form(
            self, (self.tr("&Member:"), self.member_combo), (self.tr("R&eason:"), self.reason_edit)
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Recorded for this item:"), self))
        layout.addWidget(current_view, 1)
        layout.addLayout(form)
        layout.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        self.resize(520, 360)
        self._show_current()

    def _show_current(self) -> None:
        recusals = room_model.recusals(self._db, self._item_id)
        rows = [f"{self._names.get(m, m)}: {reason}" for m, reason in recusals.items()]
        self.current.setStringList(rows or [self.tr("None")])

    def record(self) -> None:
        """Record the recusal of the member chosen, with the reason typed."""
        reason = self.reason_edit.text().strip()
        if not reason:
            self.problem_label.setText(self.tr("Write the reason: it is minuted."))
            return
        if not self.chair.require(self.record):
            return  # recorded once the chair's PIN matched
        try:
            agenda.recuse(self._db, self._item_id, str(self.member_combo.currentData()), reason, self.chair.auth())
        except KnownError as exc:
            self.problem_label.setText(refusal_words.say(exc))
            return
        self.problem_label.clear()
        self.reason_edit.setText("")
        self._show_current()
        self.recorded.emit()


class AttestationDialog(QDialog):
    """Answer the attestation gates (G6 genuine offer, G7 equal treatment) for an item.

    Signals:
        recorded(): an answer was recorded.

    Args:
        db: the GUI thread's connection.
        item_id: the agenda item.
        catalogue: the meeting's catalogue (which gates are attestations).
        parent: the room.
    """

    recorded = Signal()

    def __init__(self, db: Database, item_id: int, catalogue: Catalogue, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("attestationDialog")
        self.setWindowTitle(self.tr("Attestations"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._db = db
        self._item_id = item_id
        answers = item_assessment.item_attestations(db, item_id)
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        for gate in catalogue.gates:
            if gate.kind != "attestation":
                continue
            combo = QComboBox(self)
            combo.setObjectName(f"attest-{gate.code}")
            combo.setAccessibleName(f"{gate.code} {gate.label}")
            combo.setToolTip(gate.description)
            combo.addItem(self.tr("Not answered yet"), None)
            combo.addItem(self.tr("Yes: the board attests it"), True)
            combo.addItem(self.tr("No: attestation refused"), False)
            if gate.code in answers:
                combo.setCurrentIndex(1 if answers[gate.code] else 2)
            label = QLabel(f"{gate.code} {gate.label}", self)
            label.setBuddy(combo)
            form.addRow(label, combo)
            self.combos[gate.code] = combo
        self._before = answers
        self.chair = ChairAuthority(
            db,
            self,
            self.tr("Enter your PIN to record the board's answers."),
            lookup.meeting_of_item(db, item_id),
        )
        buttons, _ok = form_parts.ok_cancel(self)
        intro = QLabel(self.tr("These gates count only once the board has answered them."), self)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, bool]:
        """The answers given here that differ from those recorded."""
        return {
            gate: bool(combo.currentData())
            for gate, combo in self.combos.items()
            if combo.currentData() is not None and self._before.get(gate) != combo.currentData()
        }

    def accept(self) -> None:
        """Record the answers that changed (after the chair's PIN), then close."""
        changes = self.changes()
        if changes and not self.chair.require(self.accept):
            return  # recorded once the chair's PIN matched
        try:
            for gate, answer in changes.items():
                agenda.attest(self._db, self._item_id, gate, answer, self.chair.auth())
        except KnownError as exc:
            boxes.warn(self, refusal_words.say(exc))
        if changes:
            self.recorded.emit()
        super().accept()


class StandInDialog(QDialog):
    """Name the member who presides over a meeting in the chair's place, before it opens (DESIGN §4).

    The stand-in types their PIN, then the secretary (or the chair) vouches with theirs; from then on the
    stand-in's PIN does what the chair's would: attendance, recusals, motions, votes, the reveal.
    Choosing the chair again gives the meeting back on an officer's PIN. The casting vote, where the rules
    give one, stays with the board's chair by design: a stand-in conducts the meeting, not the chair's vote.

    Signals:
        recorded(): who presides was recorded.

    Args:
        db: the GUI thread's connection.
        meeting_id: a draft meeting.
        config: the board (its voting members and its chair).
        parent: the chair's bar.
    """

    recorded = Signal()

    def __init__(self, db: Database, meeting_id: int, config: BoardConfig, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("standInDialog")
        self.setWindowTitle(self.tr("Who presides"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._db = db
        self._meeting_id = meeting_id
        chair = next((m for m in config.members if m.role is Role.CHAIR and m.active), None)
        intro = QLabel(
            self.tr(
                "When the chair cannot attend, another voting member presides over this meeting and confirms "
                "each of the chair's steps with their own PIN. The member named and the secretary confirm it "
                "with their PINs."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.member_combo = QComboBox(self)
        self.member_combo.setObjectName("standInCombo")
        self.member_combo.setAccessibleName(self.tr("Who presides"))
        if chair is not None:
            self.member_combo.addItem(self.tr("%1 (the chair)").replace("%1", chair.name), chair.id)
        for member in config.members:
            if member.active and member.role is Role.MEMBER:
                label = f"{member.name} · {labels.constituency(member.constituency)}"
                self.member_combo.addItem(label, member.id)
        current = authority.presiding(db, meeting_id)
        self.member_combo.setCurrentIndex(max(0, self.member_combo.findData(current)))
        form = QFormLayout()
        presides = QLabel(self.tr("&Presides:"), self)
        presides.setBuddy(self.member_combo)
        form.addRow(presides, self.member_combo)
        buttons, self.ok_button = form_parts.ok_cancel(self, self.tr("&Confirm with PINs"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._chair = chair.id if chair is not None else None
        self._groups = [(m.id, m.constituency) for m in config.members if m.active and m.role is Role.MEMBER]
        self._chair_group = chair.constituency if chair is not None else None
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)

    def suggest_present(self, present: list[str]) -> None:
        """Choose a member marked present, the chair's own constituency first (the chair is absent)."""
        group = dict(self._groups)
        chair_group = self._chair_group
        candidates = [m for m in present if m in group and m != self._chair]
        candidates.sort(key=lambda m: group[m] != chair_group)  # stable: board order within each
        if candidates:
            self.member_combo.setCurrentIndex(self.member_combo.findData(candidates[0]))

    def chosen(self) -> str | None:
        """The member chosen to preside; None for the chair."""
        member = self.member_combo.currentData()
        return None if member == self._chair else str(member)

    def accept(self) -> None:
        """Ask the PINs the choice needs; the dialog closes once it is recorded."""
        member = self.chosen()
        if (member or self._chair) == authority.presiding(self._db, self._meeting_id):
            super().accept()  # nothing changes
            return
        if member is None:
            authorize.ask(
                self, self._db, authorize.Need.OFFICER,
                self.tr("The secretary or the chair gives the meeting back to the chair."),
                self._record, ok_text=self.tr("&Confirm"),
            )  # fmt: skip
        else:
            authorize.ask(
                self, self._db, authorize.Need.MEMBER_AND_OFFICER,
                self.tr("%1 presides over this meeting in the chair's place.").replace(
                    "%1", self.member_combo.currentText().split(" · ")[0]
                ),
                self._record, member=member, ok_text=self.tr("&Confirm"),
            )  # fmt: skip

    def _record(self, auth: Auth) -> None:
        try:
            attendance.name_stand_in(self._db, self._meeting_id, self.chosen(), auth)
        except KnownError as exc:
            boxes.warn(self, refusal_words.say(exc))
            return
        self.recorded.emit()
        super().accept()
