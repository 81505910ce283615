"""Set, reset or change a member's PIN: typed twice, hidden, and stored only as a salted scrypt hash by the core.

Who may do it (DESIGN §4) is settled before this dialog opens: the Board view asks the chair's or the
secretary's PIN for a first PIN, both of theirs for a reset, and passes the proof in; a member changing
their own PIN gives the old one here instead.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from sqlite_utils import Database

from tripartite import pins
from tripartite.authority import Auth
from tripartite.errors import KnownError
from tripartite.ui import a11y, refusal_words
from tripartite.ui.dialogs import form_parts


class NewPinDialog(QDialog):
    """Two hidden entries of the new PIN; OK sets it through ``tripartite.pins.set_pin`` (audited).

    Not the PIN asked to authorise an act: that is :class:`~.pin_prompt.PinPrompt`.

    The typed digits are cleared as soon as the dialog is done with them, whatever the outcome.

    Signals:
        pin_set(str): the member's id, after the PIN was stored.

    Args:
        db: the GUI thread's connection.
        member_id: whose PIN.
        member_name: the name shown in the title.
        parent: the board view.
        auth: the proof that allows it (a first PIN: the chair or the secretary; a reset: both; None for the
            first officer PIN of a new board).
        change: the member changes their own PIN, giving the old one.
    """

    pin_set = Signal(str)

    def __init__(
        self,
        db: Database,
        member_id: str,
        member_name: str,
        parent: QWidget,
        *,
        auth: Auth | None = None,
        change: bool = False,
    ):
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self._db = db
        self._member_id = member_id
        self._auth = auth
        self._change = change
        resetting = pins.has_pin(db, member_id)
        if change:
            title = self.tr("Change the PIN of {name}")
        else:
            title = self.tr("Reset the PIN of {name}") if resetting else self.tr("Set the PIN of {name}")
        self.setWindowTitle(title.format(name=member_name))
        intro = QLabel(
            self.tr("The member types a new PIN of at least 6 digits, twice. Nobody else should watch. "
                    "Only a salted hash of it is stored."),
            self,
        )  # fmt: skip
        intro.setWordWrap(True)
        digits = QRegularExpressionValidator(QRegularExpression("[0-9]{0,12}"), self)
        self.old_edit = QLineEdit(self)
        self.old_edit.setObjectName("oldPinEdit")
        self.old_edit.setVisible(change)
        self.pin_edit = QLineEdit(self)
        self.pin_edit.setObjectName("newPinEdit")
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setObjectName("confirmPinEdit")
        for edit in (self.old_edit, self.pin_edit, self.confirm_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setValidator(digits)
            edit.textChanged.connect(self._on_pin_text_changed)
        form = QFormLayout()
        rows = [(self.tr("&New PIN:"), self.pin_edit), (self.tr("&Repeat the PIN:"), self.confirm_edit)]
        if change:
            rows.insert(0, (self.tr("&Old PIN:"), self.old_edit))
        for caption, field in rows:
            label = QLabel(caption, self)
            a11y.label_for(label, field)
            form.addRow(label, field)
        self.error = form_parts.error_label(self, "pinError")  # its line is kept: nothing jumps when it shows
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.addButton(self.tr("&Set PIN"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("setPinButton")
        self.ok_button.setDefault(True)
        self.ok_button.setEnabled(False)
        a11y.name_button(self.ok_button)
        a11y.name_button(self.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)

    def save(self) -> bool:
        """Check both entries agree and the core accepts the PIN; store it, or say why not at the field.

        Returns:
            Whether the PIN was set.
        """
        old, pin, again = self.old_edit.text(), self.pin_edit.text(), self.confirm_edit.text()
        message = ""
        if pin in pins.DEMO_PINS.values():
            message = self.tr("That PIN is published as a demo PIN; choose another.")
        elif not pins.valid_pin(pin):
            message = self.tr("A PIN has at least 6 digits, and digits only.")
        elif pin != again:
            message = self.tr("The two entries differ; type the same PIN twice.")
        else:
            try:
                if self._change:
                    pins.change_pin(self._db, self._member_id, old, pin)
                else:
                    pins.set_pin(self._db, self._member_id, pin, self._auth)
            except pins.WrongPin as exc:
                message = self.tr("The old PIN is wrong: %n tries left.", "", exc.remaining)
            except pins.LockedOut as exc:
                message = self.tr("Locked out for %1 s after too many wrong PINs.").replace("%1", str(exc.seconds))
            except KnownError as exc:
                message = refusal_words.say(exc)
        self._clear_entries()
        if message:
            self.error.setText(message)
            self.error.show()
            self.pin_edit.setAccessibleDescription(message)
            self.pin_edit.setFocus()
            return False
        self.pin_set.emit(self._member_id)
        self.accept()
        return True

    def _clear_entries(self) -> None:
        # No copy of the digits outlives the attempt: not in the fields, not in their undo history.
        for edit in (self.old_edit, self.pin_edit, self.confirm_edit):
            edit.blockSignals(True)
            edit.clear()
            edit.setModified(False)
            edit.blockSignals(False)
        self.ok_button.setEnabled(False)

    def _on_pin_text_changed(self, _text: str) -> None:
        old_given = bool(self.old_edit.text()) or not self._change
        self.ok_button.setEnabled(old_given and bool(self.pin_edit.text()) and bool(self.confirm_edit.text()))
        self.error.hide()

    def reject(self) -> None:
        """Cancel: the typed digits are cleared first."""
        self._clear_entries()
        super().reject()
