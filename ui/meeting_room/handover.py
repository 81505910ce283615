"""The neutral "pass the laptop" view shown between two voters (DESIGN §4.3 pattern 2).

It says only that a ballot was cast: no name, no choice, nothing the next person could read back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from tripartite.ui.meeting_room.style import scale_font


class HandoverView(QWidget):
    """The message that a ballot was cast, and a Continue button.

    Signals:
        continued(): the next person is at the keyboard; show the panes again.

    Args:
        parent: the room.
    """

    continued = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("handoverView")
        self.setAccessibleName(self.tr("Pass the laptop"))
        self.message = QLabel(self.tr("Ballot cast. Pass the laptop to the next member."), self)
        self.message.setObjectName("handoverMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        scale_font(self.message, 1.7, bold=True)
        detail = QLabel(self.tr("Your ballot is sealed until the chair reveals the result."), self)
        detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        detail.setWordWrap(True)
        scale_font(detail, 1.15)
        detail.setStyleSheet("color: #555;")
        self.continue_button = QPushButton(self.tr("Co&ntinue"), self)
        self.continue_button.setObjectName("handoverContinue")
        self.continue_button.setAccessibleName(self.tr("Continue to the panes"))
        self.continue_button.setMinimumSize(200, 44)
        scale_font(self.continue_button, 1.2)
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.continued)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.message)
        layout.addSpacing(8)
        layout.addWidget(detail)
        layout.addSpacing(24)
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def set_everyone_voted(self, everyone: bool) -> None:
        """Say whether more members are to vote (a count-free, name-free sentence either way)."""
        if everyone:
            self.message.setText(self.tr("Ballot cast. Everyone entitled has voted: the chair may reveal the result."))
        else:
            self.message.setText(self.tr("Ballot cast. Pass the laptop to the next member."))
