"""The Members tab of the Board page: who sits on the board, and their PINs.

Adding or editing a member opens :class:`~tripartite.ui.dialogs.member_dialog.MemberDialog`; a PIN is set,
reset or changed with :class:`~tripartite.ui.dialogs.new_pin_dialog.NewPinDialog`, after the PINs that
allow it (DESIGN §4). Only a PIN's hash is stored.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QHeaderView, QVBoxLayout, QWidget
from sqlite_utils import Database

from tripartite import authority, pins
from tripartite.authority import Auth
from tripartite.board import BoardConfig
from tripartite.errors import KnownError
from tripartite.ui import a11y, authorize, refusal_words
from tripartite.ui.dialogs.member_dialog import MemberDialog
from tripartite.ui.dialogs.new_pin_dialog import NewPinDialog
from tripartite.ui.models.board_models import MemberTableModel
from tripartite.ui.views.board_tab import BoardTab, settings_button, settings_table
from tripartite.ui.views.row_selection import select_row


class MembersTab(BoardTab):
    """The board's members in a table, with buttons to add, edit, and set or change a PIN.

    Built like every :class:`~tripartite.ui.views.board_tab.BoardTab`, from the page's connection and the page.
    """

    def __init__(self, db: Database, parent: QWidget):
        super().__init__(db, parent)
        self._pin_member: str | None = None
        self.member_model = MemberTableModel(self._db, self)
        self.member_table = settings_table(self, "memberTable", self.tr("Board members"))
        self.member_table.setModel(self.member_model)
        # A board has a dozen members or so: measuring every cell costs nothing here.
        self.member_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.member_table.activated.connect(self._on_member_table_activated)
        self.member_table.selectionModel().currentRowChanged.connect(self._on_member_current_changed)
        self.add_member_button = settings_button(self.tr("&Add member…"), self, "addMemberButton")
        self.edit_member_button = settings_button(self.tr("Ed&it member…"), self, "editMemberButton")
        self.pin_button = settings_button(self.tr("Set or reset &PIN…"), self, "pinButton")
        self.change_pin_button = settings_button(self.tr("Change m&y PIN…"), self, "changePinButton")
        self.add_member_button.clicked.connect(self.add_member)
        self.edit_member_button.clicked.connect(self._on_edit_member_clicked)
        self.pin_button.clicked.connect(self._on_pin_button_clicked)
        self.change_pin_button.clicked.connect(self._on_change_pin_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_member_button)
        buttons.addWidget(self.edit_member_button)
        buttons.addWidget(self.pin_button)
        buttons.addWidget(self.change_pin_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.member_table, 1)
        layout.addLayout(buttons)

    def load(self, config: BoardConfig) -> None:
        """Read the members again and update the buttons for the member selected."""
        super().load(config)
        self.member_model.reload()
        self._on_member_current_changed(self.member_table.currentIndex(), QModelIndex())

    def _current_member(self) -> str | None:
        index = self.member_table.currentIndex()
        return self.member_model.member_id(index.row()) if index.isValid() else None

    def add_member(self) -> MemberDialog | None:
        """Open the dialog to add a member (returned, for tests)."""
        return self._open_member_dialog(None)

    def edit_member(self, member_id: str) -> MemberDialog | None:
        """Open the dialog to edit a member (returned, for tests)."""
        return self._open_member_dialog(member_id)

    def _open_member_dialog(self, member_id: str | None) -> MemberDialog | None:
        try:
            dialog = MemberDialog(self._db, self, member_id=member_id)
        except KnownError as exc:
            self.message.emit(refusal_words.say(exc))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_member_saved)
        dialog.open()
        return dialog

    def set_pin(self, member_id: str) -> QDialog | None:
        """Set a member's first PIN, or reset a forgotten one (DESIGN §4).

        First the PINs that allow it: the chair's or the secretary's for a first PIN (none for the first
        officer of a new board), the chair's and the secretary's together for a reset; then the member
        types the new PIN.

        Returns:
            The dialog now open (the authorising PIN dialog, or the new-PIN dialog), for tests.
        """
        self._pin_member = member_id
        if pins.has_pin(self._db, member_id):
            return authorize.ask(
                self,
                self._db,
                authorize.Need.BOTH,
                self.tr("Resetting a forgotten PIN needs two people: the chair and the secretary. "
                        "The member is told at their next unlock."),
                self._open_pin_dialog,
                member=member_id,
                ok_text=self.tr("&Allow"),
            )  # fmt: skip
        officers = [m for m in authority.officers(self._db) if m]
        if member_id in officers and not any(pins.has_pin(self._db, m) for m in officers):
            return self._open_pin_dialog(None)  # a new board's first officer: nobody yet to vouch
        return authorize.ask(
            self,
            self._db,
            authorize.Need.OFFICER,
            self.tr("The chair or the secretary allows this member's first PIN."),
            self._open_pin_dialog,
            ok_text=self.tr("&Allow"),
        )

    def change_pin(self, member_id: str) -> NewPinDialog:
        """A member changes their own PIN, with the old one (returned, for tests)."""
        return self._new_pin_dialog(member_id, None, change=True)

    def _open_pin_dialog(self, auth: Auth | None) -> NewPinDialog:
        return self._new_pin_dialog(self._pin_member or "", auth, change=False)

    def _new_pin_dialog(self, member_id: str, auth: Auth | None, *, change: bool) -> NewPinDialog:
        name = self._member_name(member_id) if self._config else ""
        dialog = NewPinDialog(self._db, member_id, name, self, auth=auth, change=change)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.pin_set.connect(self._on_pin_set)
        dialog.open()
        return dialog

    def _on_member_table_activated(self, index: QModelIndex) -> None:
        self.edit_member(self.member_model.member_id(index.row()))

    def _on_member_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.edit_member_button.setEnabled(current.isValid())
        self.pin_button.setEnabled(current.isValid())
        has = current.isValid() and pins.has_pin(self._db, self.member_model.member_id(current.row()))
        self.change_pin_button.setEnabled(has)
        if current.isValid():
            self.pin_button.setText(self.tr("Reset &PIN…") if has else self.tr("Set &PIN…"))
            a11y.name_button(self.pin_button)

    def _on_edit_member_clicked(self) -> None:
        member = self._current_member()
        if member is not None:
            self.edit_member(member)

    def _on_pin_button_clicked(self) -> None:
        member = self._current_member()
        if member is not None:
            self.set_pin(member)

    def _on_change_pin_clicked(self) -> None:
        member = self._current_member()
        if member is not None:
            self.change_pin(member)

    def _member_name(self, member_id: str) -> str:
        """A member's name for a message (people read names; the id is the file's key)."""
        config = self._config
        return next((m.name for m in config.members if m.id == member_id), member_id) if config else member_id

    def _select(self, member_id: str) -> None:
        row = self.member_model.row_of(member_id)
        if row >= 0:
            select_row(self.member_table, row)

    def _on_member_saved(self, member_id: str) -> None:
        self.changed.emit("")  # the page reads the board first, so a new member's name is known
        self.message.emit(self.tr("Saved {name}.").format(name=self._member_name(member_id)))
        self._select(member_id)

    def _on_pin_set(self, member_id: str) -> None:
        self.member_model.reload()
        self.message.emit(
            self.tr("PIN set for {name}; only its hash is stored.").format(name=self._member_name(member_id))
        )
        self._select(member_id)
