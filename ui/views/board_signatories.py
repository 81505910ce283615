"""The Signatories tab of the Board page: who signs the minutes of each meeting, and the trusted certificates.

The roles are ticked in signing order; at least one must sign. The board's trusted certificates (each for a
member and a signatory box) are kept in :class:`~tripartite.ui.dialogs.certificates_dialog.CertificatesDialog`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QVBoxLayout, QWidget
from sqlite_utils import Database

from tripartite import board, board_settings
from tripartite.authority import Auth
from tripartite.board import BoardConfig
from tripartite.ui import a11y, labels
from tripartite.ui.views.board_tab import BoardTab, settings_button


class SignatoriesTab(BoardTab):
    """A check box per signatory role, the Trusted certificates button, and Save and Revert.

    Built like every :class:`~tripartite.ui.views.board_tab.BoardTab`, from the page's connection and the page.
    """

    def __init__(self, db: Database, parent: QWidget):
        super().__init__(db, parent)
        intro = self._intro(self.tr("Who signs the minutes of each meeting, in this order."))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.signatory_checks: dict[str, QCheckBox] = {}
        for role in board.SIGNATORY_ROLES:
            check = QCheckBox(labels.signatory(role), self)
            check.setObjectName(f"signatory-{role}")
            a11y.name_button(check)
            self.signatory_checks[role] = check
            layout.addWidget(check)
        self.certificates_button = settings_button(self.tr("Trusted &certificates…"), self, "certificatesButton")
        self.certificates_button.setToolTip(self.tr("The certificates the board trusts for each signature box"))
        self.certificates_button.clicked.connect(self.show_certificates)
        self.save_signatories_button = settings_button(self.tr("&Save signatories"), self, "saveSignatoriesButton")
        self.revert_signatories_button = settings_button(self.tr("Rever&t"), self, "revertSignatoriesButton")
        self.save_signatories_button.clicked.connect(self.save_signatories)
        self.revert_signatories_button.clicked.connect(self._load_signatories)
        buttons = QHBoxLayout()
        buttons.addWidget(self.certificates_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_signatories_button)
        buttons.addWidget(self.save_signatories_button)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def show_certificates(self) -> QDialog:
        """List, add and remove the board's trusted certificates (returned, for tests)."""
        from tripartite.ui.dialogs.certificates_dialog import CertificatesDialog

        return CertificatesDialog.ask(self._db, self)

    def load(self, config: BoardConfig) -> None:
        """Tick the roles that sign now."""
        super().load(config)
        self._load_signatories()

    def _load_signatories(self) -> None:
        chosen = set(self._config.signatories) if self._config else set()
        for role, check in self.signatory_checks.items():
            check.setChecked(role in chosen)

    def save_signatories(self) -> QDialog | None:
        """Ask the chair's or the secretary's PIN, then save who signs the minutes (returns the PIN dialog)."""
        if not any(check.isChecked() for check in self.signatory_checks.values()):
            self.message.emit(self.tr("At least one role must sign the minutes."))
            return None
        return self._ask_officer(self.store_signatories)

    def store_signatories(self, auth: Auth) -> bool:
        """Save who signs the minutes (one audit event)."""
        roles = [role for role, check in self.signatory_checks.items() if check.isChecked()]
        if not roles:
            self.message.emit(self.tr("At least one role must sign the minutes."))
            return False
        return bool(self._save(
            lambda: board_settings.save_signatories(self._db, roles, auth),
            self.tr("The signatories are unchanged; nothing to save."),
            lambda _changed: self.tr("Saved the signatories."),
        ))  # fmt: skip
