"""A member's private scoring grid: 0/10/20 per criterion, the technical score beside it (DESIGN §3).

It exists only inside an unlocked pane and is destroyed when the pane locks; :meth:`ScoreGrid.wipe`
first empties every field and its undo history, so nothing lingers even until the deletion runs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from tripartite.criteria import Catalogue
from tripartite.scoring import ScoreProblem, departs
from tripartite.ui import labels
from tripartite.ui.meeting_room.elided_label import ElidedLabel
from tripartite.ui.meeting_room.private_fields import PrivateLineEdit

_POINTS = (None, 0, 10, 20)
# The criterion column elides its names (full name and description in the tooltip), so the grid never needs
# a horizontal scroll bar in a pane: at most NAME_WIDTH px on a wide screen, at least NAME_CHARS average
# characters on a 1024 px laptop.
NAME_WIDTH = 230
NAME_CHARS = 18


class ScoreGrid(QWidget):
    """One row per criterion, grouped by family: criterion, technical points, the member's points, a comment.

    A comment is required where the member's points depart from a known technical score
    (checked by :func:`tripartite.scoring.check_scores` before saving); the field says so as soon as
    the points depart.

    Signals:
        edited(): the member changed a score or a comment.

    Args:
        catalogue: the meeting's catalogue.
        technical: the request's technical points (None for judgement criteria and unknown data).
        points: the member's own points saved earlier (a second round), to start from.
        comments: the member's own comments saved earlier.
        parent: the private ballot widget.
    """

    edited = Signal()

    def __init__(
        self,
        catalogue: Catalogue,
        technical: dict[str, int | None],
        points: dict[str, int],
        comments: dict[str, str],
        parent: QWidget,
    ):
        super().__init__(parent)
        self.setObjectName("scoreGrid")
        self.setAccessibleName(self.tr("Your scores"))
        self._technical = technical
        self.combos: dict[str, QComboBox] = {}
        self.comment_edits: dict[str, QLineEdit] = {}
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.setContentsMargins(4, 4, 4, 4)
        for column, text in enumerate((self.tr("Criterion"), self.tr("Data"), self.tr("You"), self.tr("Comment"))):
            header = QLabel(text, self)
            header.setStyleSheet("font-weight: bold; color: #444;")
            grid.addWidget(header, 0, column)
        row = 1
        family = None
        for criterion in catalogue.criteria:
            if criterion.family is not family:
                family = criterion.family
                title = QLabel(labels.family(family), self)
                title.setStyleSheet("font-weight: bold; padding-top: 6px;")
                grid.addWidget(title, row, 0, 1, 4)
                row += 1
            code = criterion.code
            full = f"{code}  {criterion.label}"
            name = ElidedLabel(self)
            name.setText(full)
            name.setToolTip(f"{full}\n{criterion.description}")
            name.setMinimumWidth(self.fontMetrics().averageCharWidth() * NAME_CHARS)
            name.setMaximumWidth(NAME_WIDTH)
            # The name gives way to the comment field (it has a tooltip; a cut comment field has nothing).
            name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            grid.addWidget(name, row, 0)
            grid.addWidget(self._technical_label(criterion.auto, technical.get(code)), row, 1)
            combo = QComboBox(self)
            combo.setObjectName(f"score-{code}")
            combo.setAccessibleName(self.tr("%1 %2: your points").replace("%1", code).replace("%2", criterion.label))
            for value in _POINTS:
                combo.addItem("—" if value is None else str(value), value)
            if code in points:
                combo.setCurrentIndex(_POINTS.index(points[code]))
            name.setBuddy(combo)
            combo.currentIndexChanged.connect(self._on_points_changed)
            grid.addWidget(combo, row, 2)
            edit = PrivateLineEdit(self)  # never the X11 PRIMARY selection
            edit.setObjectName(f"comment-{code}")
            edit.setAccessibleName(self.tr("%1: comment").replace("%1", code))
            edit.setText(comments.get(code, ""))
            edit.setModified(False)
            edit.textEdited.connect(self._on_comment_edited)
            edit.setMinimumWidth(80)
            grid.addWidget(edit, row, 3)
            self.combos[code] = combo
            self.comment_edits[code] = edit
            row += 1
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(3, 3)
        self._refresh_comment_fields()

    def _technical_label(self, auto: bool, value: int | None) -> QLabel:
        if value is not None:
            text, tip = str(value), self.tr("Technical score from the dossier")
        elif auto:
            text, tip = "?", self.tr("Missing evidence: the dossier lacks the data")
        else:
            text, tip = "—", self.tr("Member judgement: no technical score")
        label = QLabel(text, self)
        label.setToolTip(tip)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def points(self) -> dict[str, int]:
        """The member's points for the criteria they scored."""
        return {code: combo.currentData() for code, combo in self.combos.items() if combo.currentData() is not None}

    def comments(self) -> dict[str, str]:
        """The member's non-empty comments."""
        return {code: edit.text().strip() for code, edit in self.comment_edits.items() if edit.text().strip()}

    def accept_technical(self) -> None:
        """Set every criterion with a known technical score to that score."""
        for code, value in self._technical.items():
            if value is not None and code in self.combos:
                self.combos[code].setCurrentIndex(_POINTS.index(value))

    def show_problems(self, problems: list[ScoreProblem]) -> None:
        """Mark the rows whose comment is missing and focus the first."""
        codes = {p.criterion for p in problems}
        for code, edit in self.comment_edits.items():
            edit.setStyleSheet("border: 2px solid #b3261e;" if code in codes else "")
        first = next((self.comment_edits[p.criterion] for p in problems if p.criterion in self.comment_edits), None)
        if first is not None:
            first.setFocus()

    def wipe(self) -> None:
        """Empty every field and its undo history (the pane is locking)."""
        for edit in self.comment_edits.values():
            edit.clear()
            edit.setText("")  # setText drops the undo/redo history
            edit.setModified(False)
        for combo in self.combos.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)

    def _on_points_changed(self, _index: int) -> None:
        self._refresh_comment_fields()
        self.edited.emit()

    def _on_comment_edited(self, _text: str) -> None:
        self.edited.emit()

    def _refresh_comment_fields(self) -> None:
        # A comment belongs to a score: the field opens once the criterion is scored, and says when it is required.
        for code, combo in self.combos.items():
            edit = self.comment_edits[code]
            value = combo.currentData()
            edit.setEnabled(value is not None)
            if value is not None and departs(code, value, self._technical):
                edit.setPlaceholderText(self.tr("Required: why you depart from the data"))
            elif value is not None:
                edit.setPlaceholderText(self.tr("Optional"))
            else:
                edit.setPlaceholderText("")
