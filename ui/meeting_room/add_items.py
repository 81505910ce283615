"""The "Add items…" dialog: tick pending requests to put on the meeting's agenda."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from tripartite.ui.dialogs import form_parts
from tripartite.ui.meeting_room.models import PendingRequestsModel


class AddItemsDialog(QDialog):
    """Pending (and deferred) requests, each with a check box; OK adds the ticked ones to the agenda.

    Args:
        db: the GUI thread's connection.
        parent: the room.
    """

    def __init__(self, db: Database, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("addItemsDialog")
        self.setWindowTitle(self.tr("Add items to the agenda"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.model = PendingRequestsModel(db, self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("pendingFilter")
        self.filter_edit.setAccessibleName(self.tr("Filter requests"))
        self.filter_edit.setPlaceholderText(self.tr("Reference, employer, job or region"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._apply_filter)
        self.table = QTableView(self)
        self.table.setObjectName("pendingTable")
        self.table.setAccessibleName(self.tr("Pending requests"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setCurrentIndex(self.model.index(0, 0))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("pendingCount")
        hint = QLabel(self.tr("Space ticks a request; Enter adds the ticked ones."), self)
        hint.setStyleSheet("color: #555;")
        buttons, self.ok_button = form_parts.ok_cancel(
            self,
            self.tr("&Add to agenda"),
            ok_name=self.tr("Add the ticked requests to the agenda"),
            object_name="addToAgenda",
        )
        filter_label = QLabel(self.tr("&Find:"), self)
        filter_label.setBuddy(self.filter_edit)
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter_edit, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(hint, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.model.dataChanged.connect(self._on_checked_changed)
        self.model.modelReset.connect(self._on_checked_changed)
        self.resize(860, 480)
        self._on_checked_changed()

    def request_ids(self) -> list[int]:
        """The ticked requests."""
        return self.model.checked_ids()

    def _on_filter_changed(self, _text: str) -> None:
        self._debounce.start()

    def _apply_filter(self) -> None:
        self.model.set_filter(self.filter_edit.text())

    def _on_checked_changed(self, *_args: object) -> None:
        ticked = len(self.model.checked_ids())
        shown, total = self.model.rowCount(), self.model.total()
        text = self.tr("%1 ticked · %2 of %3 shown").replace("%1", str(ticked)).replace("%2", str(shown))
        self.count_label.setText(text.replace("%3", str(total)))
        self.ok_button.setEnabled(ticked > 0)
