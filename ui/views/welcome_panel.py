"""The welcome panel of a first start: what the sample board is, and the demo PIN of each member.

With the PINs on screen a newcomer can run a whole vote at once. The panel can be dismissed and is
reachable again from Help › Welcome and demo PINs.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tripartite.board import Member
from tripartite.models import Constituency, Role
from tripartite.ui import a11y, labels


class WelcomePanel(QFrame):
    """A calm, dismissable panel above the register.

    Signals:
        dismissed: the user closed the panel.

    Args:
        parent: the owning widget.
    """

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcomePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#welcomePanel { background: #eef4fb; border: 1px solid #b9cde6; border-radius: 6px; }")
        heading = QLabel(self.tr("Welcome to Tripartite — this is the sample board"), self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.dismiss_button = QPushButton(self.tr("&Dismiss"), self)
        self.dismiss_button.setObjectName("dismissWelcome")
        a11y.name_button(self.dismiss_button)
        self.dismiss_button.clicked.connect(self.dismissed)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self._grid_host = QWidget(self)
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 4, 0, 0)
        self._grid.setHorizontalSpacing(28)
        self._grid.setVerticalSpacing(3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addLayout(top)
        layout.addWidget(self.text)
        layout.addWidget(self._grid_host)

    def set_members(self, members: Sequence[Member], pins: dict[str, str]) -> None:
        """Show each member with a demo PIN, in three constituency columns (the secretary last)."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if pins:
            self.text.setText(self.tr(
                "Try a whole meeting at once: each member unlocks their own pane with the demo PIN below. "
                "A real board sets its own PINs under Board › Members, and these published PINs are then refused."
            ))  # fmt: skip
        else:
            self.text.setText(self.tr(
                "The demo PINs are no longer in force: every member has set their own PIN under Board › Members."
            ))  # fmt: skip
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setBold(True)
        bold = QFont(self.font())
        bold.setBold(True)
        for column, group in enumerate(Constituency):
            heading = QLabel(labels.constituency(group), self._grid_host)
            heading.setFont(bold)
            self._grid.addWidget(heading, 0, column * 2, 1, 2)
            row = 1
            for member in members:
                if member.constituency is not group or member.id not in pins:
                    continue
                name = member.name if member.role is Role.MEMBER else self.tr("{name} ({role})").format(
                    name=member.name, role=labels.role(member.role).lower())  # fmt: skip
                if not member.active:
                    name = self.tr("{name}, alternate").format(name=name)
                self._grid.addWidget(QLabel(name, self._grid_host), row, column * 2)
                pin = QLabel(pins[member.id], self._grid_host)
                pin.setObjectName(f"demoPin-{member.id}")
                pin.setFont(mono)
                pin.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self._grid.addWidget(pin, row, column * 2 + 1)
                row += 1
        for column in range(3):
            self._grid.setColumnStretch(column * 2, 1)
