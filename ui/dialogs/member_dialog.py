"""Add a board member, or change one's name, constituency, role, seat or alternate."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from tripartite import board, board_settings
from tripartite.authority import Auth
from tripartite.board import BoardConfig, Member
from tripartite.errors import InputError, KnownError, Problem, Refusal
from tripartite.models import Constituency, Role
from tripartite.ui import a11y, authorize, labels, refusal_words
from tripartite.ui.dialogs import form_parts
from tripartite.ui.problem_words import problem_message

_PREFIX = {Constituency.GOVERNMENT: "gov", Constituency.EMPLOYER: "emp", Constituency.UNION: "uni"}
_NONE = ""


def next_id(config: BoardConfig, constituency: Constituency) -> str:
    """A fresh id in the sample's style (gov4, emp5 …)."""
    taken = {m.id for m in config.members}
    prefix = _PREFIX[constituency]
    numbers = [int(m.group(1)) for i in taken if (m := re.fullmatch(rf"{prefix}(\d+)", i))]
    candidate = max(numbers, default=0) + 1
    while f"{prefix}{candidate}" in taken:
        candidate += 1
    return f"{prefix}{candidate}"


class MemberDialog(QDialog):
    """The member's fields; OK validates the whole board as the core would, then saves with an audit event.

    Signals:
        saved(str): the member's id, after the change was written.

    Args:
        db: the GUI thread's connection.
        parent: the board view.
        member_id: the member to edit; None to add one.
    """

    saved = Signal(str)

    def __init__(self, db: Database, parent: QWidget, *, member_id: str | None = None):
        super().__init__(parent)
        self.setObjectName("memberDialog")
        self._db = db
        config = board.read_board(db)
        if config is None:
            raise Refusal("no_board")
        self._config = config
        self._new = member_id is None
        self._pending: Member | None = None
        existing = next((m for m in config.members if m.id == member_id), None)
        if not self._new and existing is None:
            raise Refusal("unknown_member", member=member_id)
        self.setWindowTitle(self.tr("Add a member") if self._new else self.tr("Edit member"))

        self.id_edit = QLineEdit(self)
        self.id_edit.setObjectName("memberId")
        self.id_edit.setToolTip(self.tr("A short id used in meeting files; it cannot change later."))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("memberName")
        self.constituency_combo = QComboBox(self)
        self.constituency_combo.setObjectName("memberConstituency")
        for group in Constituency:
            self.constituency_combo.addItem(labels.constituency(group), group.value)
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("memberRole")
        for role in Role:
            self.role_combo.addItem(labels.role(role), role.value)
        self.active_check = QCheckBox(self.tr("Holds a seat (active)"), self)
        self.active_check.setObjectName("memberActive")
        a11y.name_button(self.active_check)
        self.alternate_combo = QComboBox(self)
        self.alternate_combo.setObjectName("memberAlternateOf")

        form = QFormLayout()
        self.errors: dict[str, QLabel] = {}
        rows = (
            ("id", self.tr("&Id:"), self.id_edit),
            ("name", self.tr("&Name:"), self.name_edit),
            ("constituency", self.tr("&Constituency:"), self.constituency_combo),
            ("role", self.tr("&Role:"), self.role_combo),
            ("active", self.tr("S&eat:"), self.active_check),
            ("alternate_of", self.tr("&Alternate of:"), self.alternate_combo),
        )
        for key, caption, field in rows:
            label = QLabel(caption, self)
            if key == "active":
                label.setBuddy(field)
            else:
                a11y.label_for(label, field)
            error = form_parts.error_label(self, f"error-{key}")
            self.errors[key] = error
            cell = QVBoxLayout()
            cell.setSpacing(1)
            cell.addWidget(field)
            cell.addWidget(error)
            form.addRow(label, cell)
        self.general_error = form_parts.error_label(self, "formError")

        self.buttons, self.ok_button = form_parts.save_cancel(self, self.tr("&Save member"), "saveMemberButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)

        if existing is not None:
            self.id_edit.setText(existing.id)
            self.id_edit.setReadOnly(True)
            self.name_edit.setText(existing.name)
            self.constituency_combo.setCurrentIndex(self.constituency_combo.findData(existing.constituency.value))
            self.role_combo.setCurrentIndex(self.role_combo.findData(existing.role.value))
            self.active_check.setChecked(existing.active)
        else:
            self.active_check.setChecked(True)
            self.role_combo.setCurrentIndex(self.role_combo.findData(Role.MEMBER.value))
            self.id_edit.setText(next_id(config, Constituency.GOVERNMENT))
        self._fill_alternates(existing.alternate_of if existing else None)
        self.constituency_combo.currentIndexChanged.connect(self._on_constituency_changed)

    def member(self) -> Member:
        """The member as entered."""
        alternate = self.alternate_combo.currentData() or None
        return Member(
            id=self.id_edit.text().strip(),
            name=self.name_edit.text().strip(),
            constituency=Constituency(self.constituency_combo.currentData()),
            role=Role(self.role_combo.currentData()),
            active=self.active_check.isChecked(),
            alternate_of=alternate,
        )

    def save(self) -> bool:
        """Validate the board with this member; ask the PINs the change needs, then save it with an audit event.

        A name needs the chair's or the secretary's PIN; a new member, or a change of constituency, role,
        seat or alternate (who sits, with what authority), needs both (DESIGN §4).

        Returns:
            Whether the member is valid (it is then saved once the PINs are typed); problems show at their fields.
        """
        member = self.member()
        try:
            changed = board_settings.member_changes(self._db, member, new=self._new)
        except InputError as error:
            self.show_problems(error.problems)
            return False
        if not changed:
            self.accept()
            return True
        self._pending = member
        both = self._new or any(f in board_settings.SEAT_FIELDS for f in changed)
        authorize.ask(
            self,
            self._db,
            authorize.Need.BOTH if both else authorize.Need.OFFICER,
            self.tr("The chair and the secretary confirm who sits on the board, and with what role.")
            if both
            else self.tr("The chair or the secretary confirms the change."),
            self._store,
            ok_text=self.tr("&Save"),
        )
        return True

    def _store(self, auth: Auth) -> None:
        member, self._pending = self._pending, None
        if member is None:
            return
        try:
            board_settings.save_member(self._db, member, auth, new=self._new)
        except InputError as error:
            self.show_problems(error.problems)
            return
        except KnownError as error:
            self.show_problems([Problem("board", 0, "", "rule_conflict", params={"reason": refusal_words.say(error)})])
            return
        self.saved.emit(member.id)
        self.accept()

    def show_problems(self, problems: list[Problem]) -> None:
        """Show each problem under its field; problems about the whole board above the buttons."""
        for label in self.errors.values():
            label.clear()
            label.hide()
        general = []
        index = len(self._config.members) if self._new else next(
            i for i, m in enumerate(self._config.members) if m.id == self.id_edit.text().strip())  # fmt: skip
        for problem in problems:
            match = re.fullmatch(r"member\[(\d+)\]\.(\w+)", problem.column)
            message = problem_message(problem)
            if problem.code == "duplicate_id":
                message = self.tr("This id is already used by another member.")
            if match and int(match.group(1)) == index and match.group(2) in self.errors:
                label = self.errors[match.group(2)]
                label.setText(message)
                label.show()
            else:
                general.append(message)
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))

    def _fill_alternates(self, current: str | None) -> None:
        group = self.constituency_combo.currentData()
        self.alternate_combo.clear()
        self.alternate_combo.addItem(self.tr("nobody (a full member)"), _NONE)
        for member in self._config.members:
            if member.constituency.value == group and member.id != self.id_edit.text().strip():
                self.alternate_combo.addItem(member.name, member.id)
        self.alternate_combo.setCurrentIndex(max(self.alternate_combo.findData(current or _NONE), 0))

    def _on_constituency_changed(self, _index: int) -> None:
        if self._new:
            self.id_edit.setText(next_id(self._config, Constituency(self.constituency_combo.currentData())))
        self._fill_alternates(self.alternate_combo.currentData())
