"""A compact, read-only summary of the request being decided: key facts, gates, technical score, recommendation.

The full dossier view lives elsewhere; this one fits above the panes. It reads only the dossier and the
technical assessment: member scores stay sealed until the reveal (DESIGN §4.3).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from tripartite.assessment import Assessment
from tripartite.gates import GateStatus
from tripartite.ui import labels
from tripartite.ui.meeting_room.elided_label import ElidedLabel
from tripartite.ui.meeting_room.style import BAD, GOOD, WAIT, scale_font

_GATE_COLOURS = {
    GateStatus.PASSED: ("#e6f2e7", GOOD, "✓"),
    GateStatus.FAILED: ("#f9e3e1", BAD, "✗"),
    GateStatus.UNKNOWN: ("#fff3d6", "#8a5a00", "?"),
    GateStatus.NOT_ASSESSED: ("#efefef", WAIT, "–"),
}


class DossierSummary(QFrame):
    """Key facts, gates, technical score and recommendation of one request.

    Args:
        parent: the room.
    """

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("dossierSummary")
        self.setAccessibleName(self.tr("Request summary"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "DossierSummary { background: palette(base); border: 1px solid #d0d0d0; border-radius: 4px; }"
        )
        self.heading = ElidedLabel(self)  # reference and employer; elided rather than widen the room
        self.heading.setObjectName("dossierHeading")
        scale_font(self.heading, 1.35, bold=True)
        self.facts = QLabel(self)
        self.facts.setObjectName("dossierFacts")
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setWordWrap(True)
        scale_font(self.facts, 1.05)
        self.gates = QLabel(self)
        self.gates.setObjectName("dossierGates")
        self.gates.setTextFormat(Qt.TextFormat.RichText)
        self.gates.setWordWrap(True)
        scale_font(self.gates)
        self.score = QLabel(self)
        self.score.setObjectName("dossierScore")
        self.score.setTextFormat(Qt.TextFormat.RichText)
        self.score.setWordWrap(True)
        scale_font(self.score, 1.05)
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.heading, 0, 0, 1, 2)
        grid.addWidget(self.facts, 1, 0, 1, 2)
        grid.addWidget(self.gates, 2, 0)
        grid.addWidget(self.score, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.clear()

    def set_compact(self, compact: bool) -> None:
        """Keep only the heading and the key facts (a short screen while a member fills in a ballot)."""
        self.gates.setVisible(not compact)
        self.score.setVisible(not compact)

    def is_compact(self) -> bool:
        """Whether the gates and the score are folded away."""
        return self.gates.isHidden()

    def clear(self) -> None:
        """Show that no item is selected."""
        self.heading.setText(self.tr("No item selected"))
        self.facts.setText(self.tr("Add requests to the agenda, then select one."))
        self.gates.clear()
        self.score.clear()

    def show_request(self, request: dict[str, object], result: Assessment) -> None:
        """Show one request and its technical assessment."""
        locale = QLocale()
        self.heading.setText(f"{request['reference']} — {request['employer_name']}")
        currency = str(request.get("currency") or "")
        wage, prevailing = float(request["wage_offered"]), float(request["prevailing_wage"])  # type: ignore[arg-type]
        job = request.get("job_title") or request["occupation_isco"]
        self.facts.setText(
            self.tr("%1 (ISCO %2) · %3 · %4 workers for %5 months · wage %6 %8 (prevailing %7)")
            .replace("%1", str(job))
            .replace("%2", str(request["occupation_isco"]))
            .replace("%3", str(request["region"]))
            .replace("%4", str(request["workers_requested"]))
            .replace("%5", str(request["duration_months"]))
            .replace("%6", locale.toString(wage, "f", 0))
            .replace("%7", locale.toString(prevailing, "f", 0))
            .replace("%8", escape(currency))
        )
        chips = []
        tips = []
        for gate in result.gates:
            background, colour, mark = _GATE_COLOURS[gate.status]
            chips.append(
                f'<span style="background-color:{background}; color:{colour}; font-weight:bold;">'
                f"&nbsp;{escape(gate.code)}&nbsp;{mark}&nbsp;</span>"
            )
            reason = labels.gate_reason(gate.why)
            tips.append(f"{gate.code}: {labels.label(labels.GATE_STATES_IN_TEXT, gate.status)} — {reason}")
        gates = self.tr("Gates")
        self.gates.setText(f"<b>{escape(gates)}</b>&nbsp; " + " ".join(chips))
        self.gates.setToolTip("\n".join(tips))
        self.gates.setAccessibleDescription("; ".join(tips))
        technical = result.technical_score
        shown = "—" if technical is None else locale.toString(technical, "f", 1)
        rec = result.recommendation
        reason = self._reason(rec.reason, rec.gates)
        conditions = ", ".join(labels.condition(c) for c in rec.conditions)
        score, recommendation = self.tr("Technical score: %1 / 100"), self.tr("Recommendation: %1")
        text = (
            escape(score).replace("%1", f"<b>{escape(shown)}</b>")
            + "<br>"
            + escape(recommendation).replace("%1", f"<b>{escape(labels.outcome(rec.outcome))}</b>")
        )
        if conditions:
            text += f" ({escape(conditions)})"
        text += f"<br><span style='color:#555'>{escape(reason)}</span>"
        self.score.setText(text)

    def _reason(self, reason: str, gates: list[str]) -> str:
        codes = ", ".join(gates)
        if reason == "gate_failed":
            return self.tr("Gate failed: %1").replace("%1", codes)
        if reason == "missing_evidence":
            return self.tr("Missing evidence: %1").replace("%1", codes)
        if reason == "score_approve":
            return self.tr("Score at or above the pass mark")
        if reason == "score_conditions":
            return self.tr("Score just below the pass mark: approve with conditions")
        if reason == "score_reject":
            return self.tr("Score below the conditional mark")
        return self.tr("No score yet")
