"""The chair's motion editor: outcome, workers (≤ requested), conditions with their parameters and due dates.

The motion starts from the recommendation (DESIGN §3) and stays a draft in memory until the chair opens
the vote; only then does :func:`tripartite.meetings.motions.propose` record it, so editing never leaves stray
motions behind.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tripartite import conditions
from tripartite.models import INTEGRATION_ITEMS, ConditionKind, Outcome
from tripartite.recommendation import Recommendation
from tripartite.ui import labels, style
from tripartite.ui.dialogs import form_parts
from tripartite.ui.plurals import plurals

_APPROVING = (Outcome.APPROVE, Outcome.APPROVE_WITH_CONDITIONS)


@dataclass
class MotionDraft:
    """A motion not yet put to the vote.

    Attributes:
        outcome: what the motion proposes.
        workers: workers approved (0 unless approving).
        conditions: each ``{"kind", parameters…, "due"?, "verification"?}``.
    """

    outcome: Outcome
    workers: int
    conditions: list[dict[str, Any]] = field(default_factory=list)

    def summary(self, *, short: bool = False) -> str:
        """The motion in words; ``short`` names the conditions without their parameters."""
        text = labels.outcome(self.outcome)
        if self.outcome in _APPROVING:
            text += " · " + plurals().workers(self.workers)
        if self.conditions and short:
            text += " · " + ", ".join(labels.condition(c["kind"]) for c in self.conditions)
        elif self.conditions:
            text += " · " + "; ".join(labels.format_condition(c) for c in self.conditions)
        return text


def default_condition(kind: ConditionKind, request: dict[str, Any], due: str) -> dict[str, Any]:
    """A condition of ``kind`` with parameters taken from the dossier, due on ``due``."""
    n = int(request["workers_requested"])
    params: dict[str, Any] = {
        ConditionKind.QUOTA: {"workers": n},
        ConditionKind.MAX_DURATION: {"months": int(request["duration_months"])},
        ConditionKind.WAGE_FLOOR: {"amount": float(max(request["wage_offered"], request["prevailing_wage"]))},
        ConditionKind.TRAINING: {"locals": max(1, n // 2)},
        ConditionKind.LOCAL_HIRING: {"ratio": 0.5},
        ConditionKind.HOUSING_STANDARD: {},
        ConditionKind.INTEGRATION_SUPPORT: {
            "items": [i for i in INTEGRATION_ITEMS if i not in (request.get("integration_support") or "").split(";")]
            or list(INTEGRATION_ITEMS)
        },
        ConditionKind.RECRUITMENT_CHANNEL: {},
        ConditionKind.REPORTING: {"frequency": "quarterly"},
        ConditionKind.NO_FEES_ATTESTATION: {},
    }[kind]
    return {"kind": kind.value, **params, "due": due}


def default_due(meeting_date: str) -> str:
    """A condition's default due date: about six months after the meeting."""
    try:
        start = dt.date.fromisoformat(meeting_date)
    except ValueError:
        start = dt.date.today()
    return (start + dt.timedelta(days=182)).isoformat()


def draft_from(recommendation: Recommendation, request: dict[str, Any], meeting_date: str) -> MotionDraft:
    """The motion the recommendation suggests: its outcome, all workers requested, its conditions."""
    due = default_due(meeting_date)
    outcome = recommendation.outcome
    workers = int(request["workers_requested"]) if outcome in _APPROVING else 0
    return MotionDraft(outcome, workers, [default_condition(k, request, due) for k in recommendation.conditions])


class ConditionEditor(QFrame):
    """One condition: its parameters, a due date, a verification note, and Remove.

    Args:
        condition: the condition to edit.
        workers_requested: the upper bound of a quota.
        parent: the motion dialog's list.
    """

    def __init__(self, condition: dict[str, Any], workers_requested: int, parent: QWidget):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.kind = ConditionKind(condition["kind"])
        self._editors: dict[str, QWidget] = {}
        form = QFormLayout()
        title = QLabel(labels.condition(self.kind), self)
        title.setStyleSheet("font-weight: bold;")
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(
            self.tr("Remove the condition %1").replace("%1", labels.condition(self.kind))
        )
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.remove_button)
        for key, (kind, _required) in conditions.PARAMETERS[self.kind].items():
            editor = self._editor(key, kind, condition.get(key), workers_requested)
            editor.setAccessibleName(f"{labels.condition(self.kind)}: {labels.label(labels.PARAMETERS, key)}")
            self._editors[key] = editor
            form.addRow(labels.label(labels.PARAMETERS, key), editor)
        self.due_check = QCheckBox(self.tr("Due by"), self)
        self.due_check.setAccessibleName(self.tr("Has a due date"))
        self.due_edit = QDateEdit(self)
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.due_edit.setAccessibleName(self.tr("Due date"))
        due = condition.get("due")
        self.due_check.setChecked(bool(due))
        self.due_edit.setDate(QDate.fromString(due, "yyyy-MM-dd") if due else QDate.currentDate().addMonths(6))
        self.due_edit.setEnabled(bool(due))
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit, 1)
        form.addRow(self.tr("Due"), due_row)
        self.verification = QLineEdit(str(condition.get("verification") or ""), self)
        self.verification.setAccessibleName(self.tr("Verification note"))
        self.verification.setPlaceholderText(self.tr("How compliance will be checked (optional)"))
        form.addRow(self.tr("Verification"), self.verification)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(form)

    def _editor(self, key: str, kind: type, value: Any, workers_requested: int) -> QWidget:
        if kind is int:
            spin = QSpinBox(self)
            low, high = {"workers": (1, max(1, workers_requested)), "months": (1, 60), "locals": (1, 10_000)}.get(
                key, (0, 10_000)
            )
            spin.setRange(low, high)
            if low == 0:
                spin.setSpecialValueText(self.tr("not set"))
            spin.setValue(int(value) if value is not None else low)
            return spin
        if kind is float:
            spin = QDoubleSpinBox(self)
            if key == "ratio":
                spin.setRange(0.05, 1.0)
                spin.setSingleStep(0.05)
            else:
                spin.setRange(1.0, 10_000_000.0)
                spin.setSingleStep(50.0)
            spin.setDecimals(2)
            spin.setValue(float(value) if value is not None else spin.minimum())
            return spin
        if key == "frequency":
            combo = QComboBox(self)
            for code in conditions.FREQUENCIES:
                combo.addItem(labels.label(labels.FREQUENCIES, code), code)
            combo.setCurrentIndex(max(0, combo.findData(value or "quarterly")))
            return combo
        if kind is list:
            box = QWidget(self)
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            for item in INTEGRATION_ITEMS:
                check = QCheckBox(labels.integration_item(item), box)
                check.setObjectName(f"item-{item}")
                check.setAccessibleName(labels.integration_item(item))
                check.setChecked(item in (value or []))
                row.addWidget(check)
            return box
        edit = QLineEdit(str(value or ""), self)
        return edit

    def condition(self) -> dict[str, Any]:
        """The condition as edited (optional parameters left empty are omitted)."""
        out: dict[str, Any] = {"kind": self.kind.value}
        for key, editor in self._editors.items():
            if isinstance(editor, QSpinBox):
                if editor.value() or editor.minimum() > 0:
                    out[key] = editor.value()
            elif isinstance(editor, QDoubleSpinBox):
                out[key] = round(editor.value(), 2)
            elif isinstance(editor, QComboBox):
                out[key] = editor.currentData()
            elif isinstance(editor, QLineEdit):
                if editor.text().strip():
                    out[key] = editor.text().strip()
            else:
                items = [i for i in INTEGRATION_ITEMS if editor.findChild(QCheckBox, f"item-{i}").isChecked()]
                if items:
                    out[key] = items
        if self.due_check.isChecked():
            out["due"] = self.due_edit.date().toString("yyyy-MM-dd")
        if self.verification.text().strip():
            out["verification"] = self.verification.text().strip()
        return out


class MotionDialog(QDialog):
    """Edit the motion to put to the vote.

    Args:
        draft: the motion to start from.
        recommended: the recommendation's motion (for "Reset to the recommendation").
        request: the request row (workers requested, wages, duration).
        meeting_date: the meeting's date (conditions fall due about six months later).
        parent: the room.
    """

    def __init__(
        self, draft: MotionDraft, recommended: MotionDraft, request: dict[str, Any], meeting_date: str, parent: QWidget
    ):
        super().__init__(parent)
        self.setObjectName("motionDialog")
        self.setWindowTitle(self.tr("Motion"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._recommended = recommended
        self._request = request
        self._due = default_due(meeting_date)
        self._requested = int(request["workers_requested"])
        self._rows: list[ConditionEditor] = []

        self.outcome_combo = QComboBox(self)
        self.outcome_combo.setObjectName("motionOutcome")
        self.outcome_combo.setAccessibleName(self.tr("Outcome"))
        for outcome in Outcome:
            self.outcome_combo.addItem(labels.outcome(outcome), outcome.value)
        self.outcome_combo.currentIndexChanged.connect(self._on_outcome_changed)
        self.workers_spin = QSpinBox(self)
        self.workers_spin.setObjectName("motionWorkers")
        self.workers_spin.setAccessibleName(self.tr("Workers approved"))
        self.workers_spin.setRange(0, self._requested)
        self.workers_spin.setSuffix(self.tr(" of %1 requested").replace("%1", str(self._requested)))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("conditionKind")
        self.kind_combo.setAccessibleName(self.tr("Kind of condition to add"))
        for kind in ConditionKind:
            self.kind_combo.addItem(labels.condition(kind), kind.value)
        self.add_button = QPushButton(self.tr("&Add condition"), self)
        self.add_button.setObjectName("addCondition")
        self.add_button.setAccessibleName(self.tr("Add condition"))
        self.add_button.clicked.connect(self._on_add_clicked)
        reset = QPushButton(self.tr("&Reset to the recommendation"), self)
        reset.setAccessibleName(self.tr("Reset to the recommendation"))
        reset.clicked.connect(self._on_reset_clicked)

        self._list = QWidget(self)
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(self._list)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.problem_label = style.problem_label(self, "motionProblem", bold=True)

        form = QFormLayout()
        outcome_label = QLabel(self.tr("&Outcome:"), self)
        outcome_label.setBuddy(self.outcome_combo)
        workers_label = QLabel(self.tr("&Workers approved:"), self)
        workers_label.setBuddy(self.workers_spin)
        form.addRow(outcome_label, self.outcome_combo)
        form.addRow(workers_label, self.workers_spin)
        add_row = QHBoxLayout()
        add_row.addWidget(QLabel(self.tr("Conditions"), self))
        add_row.addStretch(1)
        add_row.addWidget(self.kind_combo)
        add_row.addWidget(self.add_button)
        buttons, self.ok_button = form_parts.ok_cancel(self)
        bottom = QHBoxLayout()
        bottom.addWidget(reset)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(add_row)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem_label)
        layout.addLayout(bottom)
        self.resize(640, 520)
        self._load(draft)

    def _load(self, draft: MotionDraft) -> None:
        for row in self._rows:
            row.deleteLater()
        self._rows = []
        self.outcome_combo.setCurrentIndex(self.outcome_combo.findData(draft.outcome.value))
        self.workers_spin.setValue(draft.workers)
        for condition in draft.conditions:
            self._add(condition)
        self._on_outcome_changed(self.outcome_combo.currentIndex())

    def _add(self, condition: dict[str, Any]) -> None:
        row = ConditionEditor(condition, self._requested, self._list)
        row.remove_button.clicked.connect(self._on_remove_clicked)
        self._list_layout.insertWidget(self._list_layout.count() - 1, row)
        self._rows.append(row)

    def _on_add_clicked(self) -> None:
        self._add(default_condition(ConditionKind(self.kind_combo.currentData()), self._request, self._due))

    def _on_remove_clicked(self) -> None:
        sender = self.sender()
        for row in list(self._rows):
            if row.remove_button is sender:
                self._rows.remove(row)
                row.hide()
                row.deleteLater()

    def _on_reset_clicked(self) -> None:
        self._load(self._recommended)

    def _on_outcome_changed(self, _index: int) -> None:
        approving = Outcome(self.outcome_combo.currentData()) in _APPROVING
        self.workers_spin.setEnabled(approving)
        self.workers_spin.setMinimum(1 if approving else 0)
        if not approving:
            self.workers_spin.setValue(0)
        elif self.workers_spin.value() == 0:
            self.workers_spin.setValue(self._requested)

    def draft(self) -> MotionDraft:
        """The motion as edited."""
        outcome = Outcome(self.outcome_combo.currentData())
        workers = self.workers_spin.value() if outcome in _APPROVING else 0
        return MotionDraft(outcome, workers, [row.condition() for row in self._rows])

    def accept(self) -> None:
        """Close only if every condition is valid (the core's own check)."""
        for condition in self.draft().conditions:
            problems = conditions.check_condition(condition, self._requested)
            if problems:
                key, _code, value = problems[0]
                self.problem_label.setText(
                    self.tr("%1: %2 is not valid (%3).")
                    .replace("%1", labels.condition(condition["kind"]))
                    .replace("%2", labels.label(labels.PARAMETERS, key))
                    .replace("%3", str(value))
                )
                return
        super().accept()
