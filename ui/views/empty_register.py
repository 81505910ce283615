"""What the Requests page shows in the register's place while it holds no request: how to get some.

A word on importing (File › Import requests…) or entering a request by hand, and an Import button that
asks the File menu to import (:mod:`tripartite.ui.file_actions`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from tripartite.ui import a11y


class EmptyRegister(QWidget):
    """The empty register's page: a centred explanation and its Import button.

    Signals:
        import_requested: the Import button was pressed.

    Args:
        parent: the Requests page.
    """

    import_requested = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.label = QLabel(
            self.tr(
                "<p><b>No requests yet.</b></p><p>Import employers' requests from a CSV or XLSX file "
                "with <i>File › Import requests…</i> (Ctrl+I), or enter one with <i>New request…</i>.</p>"
            ),
            self,
        )
        self.label.setObjectName("emptyRegister")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        import_button = QPushButton(self.tr("&Import requests…"), self)
        import_button.setObjectName("emptyImportButton")
        a11y.name_button(import_button)
        import_button.clicked.connect(self.import_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(import_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
