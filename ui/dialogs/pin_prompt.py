"""The PIN prompt: a member (or the chair) proves who is at the keyboard, to authorise one act anywhere in the app.

It checks the PIN itself with :func:`tripartite.pins.verify`, so a wrong PIN keeps the dialog open with
"Wrong PIN: N tries left", and a lockout shows "Locked out for N s" counting down. The PIN field is
masked, takes digits only, and is emptied after every try and when the dialog closes. It opens with the
focus in the PIN field, so digits typed at once go there and nowhere else.

The message line is always reserved (one line, even when empty), so the usual "Wrong PIN" moves nothing;
a longer message wraps and the dialog grows to show all of it, never shrinking under the member's eyes.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from tripartite import pins
from tripartite.ui import style
from tripartite.ui.dialogs.form_parts import labelled_form, reserve_line

# The dialog's minimum width, in average characters.
MIN_WIDTH_CHARS = 60


class PinPrompt(QDialog):
    """Ask one of ``members`` for their PIN (to set or change a PIN, see :class:`~.new_pin_dialog.NewPinDialog`).

    Signals:
        authenticated(object): the :class:`tripartite.pins.Auth` of the member whose PIN matched.

    Args:
        db: the GUI thread's connection (the check takes about 50 ms: scrypt).
        members: ``(member id, name)`` of those who may unlock here, in order.
        intro: one sentence saying what the PIN is for.
        parent: the owning widget.
        selected: the member chosen first.
        ok_text: the accept button's text.
    """

    authenticated = Signal(object)

    def __init__(
        self,
        db: Database,
        members: list[tuple[str, str]],
        intro: str,
        parent: QWidget,
        *,
        selected: str | None = None,
        ok_text: str = "",
    ):
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Enter PIN"))
        self._db = db
        self._members = members
        self._seconds = 0

        intro_label = QLabel(intro, self)
        intro_label.setWordWrap(True)
        self.member_combo = QComboBox(self)
        self.member_combo.setObjectName("memberCombo")
        self.member_combo.setAccessibleName(self.tr("Member"))
        for member_id, name in members:
            self.member_combo.addItem(name, member_id)
        if selected is not None and (index := self.member_combo.findData(selected)) >= 0:
            self.member_combo.setCurrentIndex(index)
        self.member_combo.setEnabled(len(members) > 1)
        self.member_combo.currentIndexChanged.connect(self._on_member_changed)

        self.pin_edit = QLineEdit(self)
        self.pin_edit.setObjectName("pinEdit")
        self.pin_edit.setAccessibleName(self.tr("PIN"))
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,16}"), self.pin_edit))
        self.pin_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhDigitsOnly
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.pin_edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)

        self.message = style.problem_label(self, "pinMessage", bold=True)
        self.message.setAccessibleName(self.tr("PIN message"))
        reserve_line(self.message)

        form = labelled_form(self, (self.tr("&Member:"), self.member_combo), (self.tr("&PIN:"), self.pin_edit))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text or self.tr("&Unlock"))
        self.ok_button.setAccessibleName(self.ok_button.text().replace("&", ""))
        self.ok_button.setDefault(True)  # Enter in the PIN field presses it
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        self.ok_button.clicked.connect(self.try_pin)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._on_countdown)
        # Wide enough for the usual messages on one line; the intro and longer messages wrap.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * MIN_WIDTH_CHARS)
        self.pin_edit.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        """Take the keyboard at once: the PIN field has the focus, so typed digits land only there."""
        super().showEvent(event)
        self.activateWindow()
        self.pin_edit.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def show_message(self, text: str) -> None:
        """Say something under the PIN field (empty: nothing), growing the dialog if the text needs more room."""
        self.message.setText(text)
        layout = self.layout()
        layout.activate()
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def member_id(self) -> str:
        """The member chosen."""
        return str(self.member_combo.currentData())

    def try_pin(self) -> None:
        """Check the PIN typed; on success emit :attr:`authenticated` and close."""
        if self._seconds > 0:
            return
        pin = self.pin_edit.text()
        self._clear_pin()
        if not pin:
            self.show_message(self.tr("Type your PIN, then press Enter."))
            return
        try:
            auth = pins.verify(self._db, self.member_id(), pin)
        except pins.LockedOut as exc:
            self._start_lockout(exc.seconds)
        except pins.WrongPin as exc:
            if exc.remaining == 1:
                self.show_message(self.tr("Wrong PIN: 1 try left"))
            else:
                self.show_message(self.tr("Wrong PIN: %n tries left", "", exc.remaining))
            self.pin_edit.setFocus()
        except pins.NoPin:
            self.show_message(self.tr("This member has no PIN yet. The secretary sets one in the board settings."))
        else:
            self.show_message("")
            self.authenticated.emit(auth)
            self.accept()

    def done(self, result: int) -> None:
        """Close, leaving no PIN behind in the field or its undo history."""
        self._clear_pin()
        self._countdown.stop()
        super().done(result)

    def _clear_pin(self) -> None:
        self.pin_edit.clear()
        self.pin_edit.setText("")  # setText also drops the undo/redo history
        self.pin_edit.setModified(False)

    def _start_lockout(self, seconds: int) -> None:
        self._seconds = seconds
        self.pin_edit.setEnabled(False)
        self.ok_button.setEnabled(False)
        self._show_lockout()
        self._countdown.start()

    def _show_lockout(self) -> None:
        self.show_message(
            self.tr("Locked out for %1 s after too many wrong PINs.").replace("%1", str(self._seconds))
        )

    def _on_countdown(self) -> None:
        self._seconds -= 1
        if self._seconds > 0:
            self._show_lockout()
            return
        self._end_lockout()
        self.show_message(self.tr("You may try your PIN again."))

    def _end_lockout(self) -> None:
        self._seconds = 0
        self._countdown.stop()
        self.pin_edit.setEnabled(True)
        self.ok_button.setEnabled(True)
        self.pin_edit.setFocus()

    def _on_member_changed(self, _index: int) -> None:
        # A lockout belongs to one member; another member may try at once.
        self._end_lockout()
        self.show_message("")
        self._clear_pin()
