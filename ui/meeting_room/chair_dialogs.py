"""The chair's small dialogs: recusals (member and reason) and the attestation gates (G6, G7) of an item.

Both write through the core at once (:func:`tripartite.meeting.recuse`, :func:`tripartite.meeting.attest`),
which records the audit events; both are used before the item's vote opens. Both are chair actions: the
first recording in a dialog asks for the chair's PIN, and the events name the chair as actor.
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

from tripartite import meeting
from tripartite.criteria import Catalogue
from tripartite.errors import KnownError
from tripartite.ui.meeting_room import boxes, data, labels
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
            db, self, self.tr("Enter your PIN to record the recusal."), meeting.meeting_of_item(db, item_id)
        )
        self.record_button = QPushButton(self.tr("&Record recusal"), self)
        self.record_button.setObjectName("recordRecusal")
        self.record_button.setAccessibleName(self.tr("Record recusal"))
        self.record_button.clicked.connect(self.record)
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b3261e;")
        form = QFormLayout()
        member_label = QLabel(self.tr("&Member:"), self)
        member_label.setBuddy(self.member_combo)
        reason_label = QLabel(self.tr("R&eason:"), self)
        reason_label.setBuddy(self.reason_edit)
        form.addRow(member_label, self.member_combo)
        form.addRow(reason_label, self.reason_edit)
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
        rows = [f"{self._names.get(m, m)}: {reason}" for m, reason in data.recusals(self._db, self._item_id).items()]
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
            meeting.recuse(
                self._db, self._item_id, str(self.member_combo.currentData()), reason, self.chair.auth()
            )
        except KnownError as exc:
            self.problem_label.setText(labels.problem(exc))
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
        answers = data.attestations(db, item_id)
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
            meeting.meeting_of_item(db, item_id),
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
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
                meeting.attest(self._db, self._item_id, gate, answer, self.chair.auth())
        except KnownError as exc:
            boxes.warn(self, labels.problem(exc))
        if changes:
            self.recorded.emit()
        super().accept()
