"""The first-start question: load the sample board and requests into an empty database?"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from tripartite.ui import a11y


class FirstRunDialog(QDialog):
    """Offers the sample board (with demo PINs) and its 48 requests when the database is empty.

    Args:
        parent: the main window.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to Tripartite"))
        heading = QLabel(self.tr("This database is empty."), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        text = QLabel(
            self.tr(
                "Load the sample board (members with demo PINs, rules of procedure) and 48 sample requests "
                "to try Tripartite, a whole vote included? You can also start with an empty board and import "
                "your own requests later with File › Import requests."
            ),
            self,
        )
        text.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        load = buttons.addButton(self.tr("&Load the sample"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("&Start empty"), QDialogButtonBox.ButtonRole.RejectRole)
        load.setDefault(True)
        for button in buttons.buttons():
            a11y.name_button(button)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        """Ask; True means load the sample. Tests monkeypatch this instead of clicking."""
        dialog = cls(parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
