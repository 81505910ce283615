"""The dossier of one request: facts, gates, technical score, recommendation, sensitivity, history.

It shows the key facts; the gates as passed, failed, missing evidence or not assessed, with reasons; the
technical points per criterion and a bar chart by family; the recommendation with its suggested
conditions; the sensitivity in words; the request's history. Shown beside the register for the selected
request, it reads with the GUI thread's connection (a few short queries and one assessment, a few
milliseconds). QtCharts is imported only when the first dossier is shown, so start-up does not pay for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QLocale, QSize, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from tripartite import aggregation, assessment, board, classifications, criteria_toml, gates, register
from tripartite.assessment import Assessment
from tripartite.criteria import Catalogue, Family
from tripartite.ui import labels
from tripartite.ui.catalogue import localized
from tripartite.ui.models.dossier_models import CriterionTableModel, GateTableModel, HistoryTableModel, history_entries
from tripartite.ui.views import status_icons

if TYPE_CHECKING:
    from PySide6.QtCharts import QBarSet, QChart, QChartView

_BAR = "#3b6ea8"


def _table(parent: QWidget, name: str, accessible: str) -> QTableView:
    """A compact read-only table for the dossier's short lists."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setIconSize(QSize(16, 16))
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setCornerButtonEnabled(False)
    return table


def family_scores(catalogue: Catalogue, points: dict[str, int | None]) -> dict[Family, float | None]:
    """The technical score of each family: the DESIGN §3 total over its automatic criteria with known data."""
    scores: dict[Family, float | None] = {}
    for family in Family:
        family_points = {c.code: points.get(c.code) for c in catalogue.criteria if c.family is family and c.auto}
        scores[family] = aggregation.score_total(family_points, catalogue.weights)
    return scores


class DossierView(QWidget):
    """One request's dossier, or a hint to select one.

    Args:
        db: the GUI thread's connection.
        parent: the owning widget.
    """

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dossierView")
        self._db = db
        self._request_id: int | None = None
        self._catalogue: Catalogue | None = None
        self._context: gates.BoardContext | None = None
        self._chart_view: QChartView | None = None
        self._chart: QChart | None = None
        self._bar_set: QBarSet | None = None
        self.assessment: Assessment | None = None

        self._stack = QStackedWidget(self)
        self.hint = QLabel(self.tr("Select a request in the register to see its dossier."), self)
        self.hint.setObjectName("dossierHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self._content = QWidget(self)
        self._stack.addWidget(self.hint)
        self._stack.addWidget(self._content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

        self._build_header()
        self._build_recommendation()
        self._build_tabs()
        content = QVBoxLayout(self._content)
        content.setContentsMargins(12, 4, 4, 4)
        content.setSpacing(10)
        content.addWidget(self.title)
        content.addWidget(self.subtitle)
        content.addWidget(self.recommendation_box)
        content.addWidget(self.tabs, 1)

    # ------------------------------------------------------------------------------------------ building

    def _build_header(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("dossierTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("dossierSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _build_recommendation(self) -> None:
        self.recommendation_box = QFrame(self)
        self.recommendation_box.setObjectName("recommendationBox")
        self.recommendation_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.recommendation_icon = QLabel(self.recommendation_box)
        self.recommendation_icon.setFixedSize(32, 32)
        self.recommendation = QLabel(self.recommendation_box)
        self.recommendation.setObjectName("recommendationText")
        font = self.recommendation.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setBold(True)
        self.recommendation.setFont(font)
        self.recommendation.setWordWrap(True)
        self.score_line = QLabel(self.recommendation_box)
        self.score_line.setObjectName("scoreLine")
        self.score_line.setWordWrap(True)
        self.conditions = QLabel(self.recommendation_box)
        self.conditions.setObjectName("conditionsText")
        self.conditions.setWordWrap(True)
        self.sensitivity = QLabel(self.recommendation_box)
        self.sensitivity.setObjectName("sensitivityText")
        self.sensitivity.setWordWrap(True)
        words = QVBoxLayout()
        words.setSpacing(4)
        for label in (self.recommendation, self.score_line, self.conditions, self.sensitivity):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            words.addWidget(label)
        row = QHBoxLayout(self.recommendation_box)
        row.setContentsMargins(12, 10, 12, 10)
        row.setSpacing(12)
        row.addWidget(self.recommendation_icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(words, 1)

    def _build_tabs(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dossierTabs")
        self.tabs.setAccessibleName(self.tr("Dossier sections"))
        self.tabs.setDocumentMode(True)

        self.gate_model = GateTableModel(self)
        self.gate_table = _table(self, "gateTable", self.tr("Compliance gates"))
        self.gate_table.setModel(self.gate_model)
        gate_header = self.gate_table.horizontalHeader()
        gate_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        char = self.fontMetrics().averageCharWidth()
        for section, chars in enumerate((5, 21)):
            gate_header.resizeSection(section, chars * char)
        # The code column is as wide as its header, whatever the language calls a gate ("Requisito", "بوابة").
        gate_header.resizeSection(0, max(5 * char, gate_header.sectionSizeFromContents(0).width()))
        # The result column fits its longest word (translated) beside the icon.
        longest = max(self.fontMetrics().horizontalAdvance(labels.gate_state(s)) for s in labels.GATE_STATES)
        gate_header.resizeSection(2, longest + 16 + 28)
        self.tabs.addTab(self.gate_table, self.tr("&Gates"))

        # Chart above, criteria below, in a splitter: on a short screen the user gives the room to either.
        self.scores_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.scores_splitter.setObjectName("scoresSplitter")
        self.scores_splitter.setChildrenCollapsible(False)
        chart_host = QWidget(self.scores_splitter)
        self._chart_slot = QVBoxLayout(chart_host)
        self._chart_slot.setContentsMargins(0, 6, 0, 0)
        self.criterion_model = CriterionTableModel(self)
        self.criterion_table = _table(self.scores_splitter, "criterionTable", self.tr("Technical points per criterion"))
        self.criterion_table.setModel(self.criterion_model)
        # The chart shows the families; the table keeps the room for the criterion and its points.
        self.criterion_table.setColumnHidden(2, True)
        header = self.criterion_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for section, chars in ((0, 6), (3, 8), (4, 17)):
            header.resizeSection(section, chars * char)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.scores_splitter.addWidget(chart_host)
        self.scores_splitter.addWidget(self.criterion_table)
        self.scores_splitter.setStretchFactor(0, 1)
        self.scores_splitter.setStretchFactor(1, 1)
        self.tabs.addTab(self.scores_splitter, self.tr("S&cores"))

        facts = QScrollArea(self)
        facts.setObjectName("factsArea")
        facts.setWidgetResizable(True)
        facts.setFrameShape(QFrame.Shape.NoFrame)
        self._facts = QWidget(facts)
        self._facts_form = QFormLayout(self._facts)
        self._facts_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self._facts_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._facts_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        facts.setWidget(self._facts)
        self.tabs.addTab(facts, self.tr("F&acts"))

        self.history_model = HistoryTableModel(self)
        self.history_table = _table(self, "historyTable", self.tr("History of the request"))
        self.history_table.setModel(self.history_model)
        history_header = self.history_table.horizontalHeader()
        history_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The time column fits this locale's short date and time; the words get the rest.
        sample_time = QLocale().toString(QDateTime.currentDateTime(), QLocale.FormatType.ShortFormat)
        history_header.resizeSection(0, self.fontMetrics().horizontalAdvance(sample_time) + 20)
        for section, chars in ((1, 30), (2, 11)):
            history_header.resizeSection(section, chars * char)
        self.tabs.addTab(self.history_table, self.tr("Histo&ry"))

    def _ensure_chart(self) -> None:
        """Build the family chart on first use (the only place QtCharts is imported)."""
        if self._chart_view is not None:
            return
        from PySide6.QtCharts import (
            QBarCategoryAxis,
            QBarSet,
            QChart,
            QChartView,
            QHorizontalBarSeries,
            QValueAxis,
        )

        chart = QChart()
        chart.setObjectName("familyChart")
        chart.legend().hide()
        chart.setBackgroundVisible(False)
        chart.setMargins(chart.margins() * 0)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        title_font = QFont(self.font())
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.setTitle(self.tr("Technical score by family (0–100; 50 meets expectations)"))
        bar_set = QBarSet(self.tr("Technical score"))
        bar_set.setColor(_BAR)
        bar_set.setBorderColor(_BAR)
        series = QHorizontalBarSeries()
        series.append(bar_set)
        series.setBarWidth(0.6)
        # The score is part of each family's name on the axis, so a family at 0 (no bar) still shows "0".
        series.setLabelsVisible(False)
        chart.addSeries(series)
        self._categories = QBarCategoryAxis()
        self._categories.setLabelsFont(self.font())
        # A short chart (the welcome panel above it) would elide every family to "…": never truncate.
        self._categories.setTruncateLabels(False)
        # Right to left (Arabic), the names stand on the right and the bars grow leftwards.
        rtl = QGuiApplication.isRightToLeft()
        chart.addAxis(self._categories, Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(self._categories)
        values = QValueAxis()
        values.setRange(0, 100)
        values.setTickCount(6)
        values.setLabelFormat("%d")
        values.setLabelsFont(self.font())
        values.setReverse(rtl)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)

        view = QChartView(chart, self)
        view.setObjectName("familyChartView")
        view.setAccessibleName(self.tr("Technical score by family"))
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(self.fontMetrics().height() * 9)
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._chart_slot.addWidget(view)
        self._chart_view, self._chart, self._bar_set = view, chart, bar_set

    # ------------------------------------------------------------------------------------------ showing

    def request_id(self) -> int | None:
        """The request shown, if any."""
        return self._request_id

    def chart(self) -> QChart | None:
        """The family chart, once built."""
        return self._chart

    def reload_board(self) -> None:
        """Read the board's catalogue and settings again (after Board settings changed), then refresh."""
        self._catalogue = None
        self._context = None
        self.show_request(self._request_id)

    def show_request(self, request_id: int | None) -> None:
        """Show a request's dossier, or the hint for None (or a request that no longer exists)."""
        row = None
        if request_id is not None:
            row = register.request(self._db, request_id)
        self._request_id = request_id if row is not None else None
        if row is None:
            self.assessment = None
            self._stack.setCurrentWidget(self.hint)
            return
        if self._catalogue is None or self._context is None:
            self._catalogue = localized(criteria_toml.for_board(self._db))
            self._context = gates.BoardContext.of(board.read_board(self._db))
        catalogue = self._catalogue
        result = assessment.assess(row, catalogue, self._context)
        self.assessment = result
        self._show_header(row)
        self._show_recommendation(result, catalogue)
        self.gate_model.set_gates(result.gates, catalogue)
        self.criterion_model.set_points(catalogue, result.technical_points)
        self._show_chart(family_scores(catalogue, result.technical_points))
        self._show_facts(row)
        self.history_model.set_entries(history_entries(self._db, int(row["id"])))
        self._stack.setCurrentWidget(self._content)

    def _show_header(self, row: dict[str, Any]) -> None:
        locale = QLocale()
        self.title.setText(self.tr("{reference} — {employer}").format(
            reference=row["reference"], employer=row["employer_name"]))  # fmt: skip
        occupation = classifications.isco_titles().get(row["occupation_isco"], "")
        self.subtitle.setText(
            self.tr("{status} · {code} {occupation} · {region} · {workers} workers for {months} months").format(
                status=labels.request_status(row["status"]),
                code=row["occupation_isco"],
                occupation=occupation,
                region=row["region"],
                workers=locale.toString(int(row["workers_requested"])),
                months=locale.toString(int(row["duration_months"])),
            )
        )

    def _show_recommendation(self, result: Assessment, catalogue: Catalogue) -> None:
        locale = QLocale()
        rec = result.recommendation
        self.recommendation_icon.setPixmap(status_icons.outcome_icon(rec.outcome.value).pixmap(32, 32))
        self.recommendation.setText(self.tr("Recommendation: {outcome}").format(outcome=labels.outcome(rec.outcome)))
        if rec.reason == "gate_failed":
            why = self.tr("A compliance gate failed: {gates}. Gates are not offset by a good score.").format(
                gates=", ".join(rec.gates))  # fmt: skip
        elif rec.reason == "missing_evidence":
            why = self.tr("Missing evidence for {gates}: the dossier needs completing first.").format(
                gates=", ".join(rec.gates))  # fmt: skip
        elif rec.reason == "no_score":
            why = self.tr("No technical score: no automatic criterion has the data it needs.")
        else:
            why = ""
        if result.technical_score is None:
            score = self.tr("Technical score: not available.")
        else:
            score = self.tr(
                "Technical score {score} of 100 (pass mark {pass_mark}; conditions from {conditional})."
            ).format(
                score=locale.toString(result.technical_score, "f", 1),
                pass_mark=locale.toString(float(catalogue.pass_mark), "g", 4),
                conditional=locale.toString(float(catalogue.conditional_mark), "g", 4),
            )
        self.score_line.setText(f"{why} {score}".strip())
        if rec.conditions:
            self.conditions.setText(self.tr("Suggested conditions: {conditions}.").format(
                conditions="; ".join(labels.condition_in_text(c) for c in rec.conditions)))  # fmt: skip
            self.conditions.show()
        else:
            self.conditions.hide()
        self.sensitivity.setText(self.sensitivity_words(result, catalogue))

    def sensitivity_words(self, result: Assessment, catalogue: Catalogue) -> str:
        """The sensitivity in plain words: robust or fragile on which families, and the critical weight."""
        sens = result.sensitivity
        if sens is None:
            return self.tr("Sensitivity: nothing to test without a score.")
        if sens.robust:
            text = self.tr("Robust: moving any family's weight by 10 points does not change the band.")
        else:
            names = [labels.family(f) if not f.startswith("profile:") else
                     self.tr("the {group} weight profile").format(group=labels.constituency(f.split(":", 1)[1]))
                     for f in sens.fragile_on]  # fmt: skip
            text = self.tr("Fragile on {families}: a 10-point move of that weight changes the band.").format(
                families=", ".join(names))  # fmt: skip
        if sens.critical is not None:
            locale = QLocale()
            crit = sens.critical
            label = catalogue.criterion(crit.criterion).label
            text += " " + self.tr(
                "Critical weight: {code} ({label}) from {old} to {new} would carry the score across the pass mark."
            ).format(
                code=crit.criterion,
                label=label,
                old=locale.toString(float(crit.weight - crit.delta), "g", 4),
                new=locale.toString(float(crit.weight), "g", 4),
            )
        return text

    def _show_chart(self, scores: dict[Family, float | None]) -> None:
        self._ensure_chart()
        assert self._bar_set is not None
        families = list(reversed(list(Family)))  # a horizontal chart draws its first category at the bottom
        # Whole numbers read best beside a bar; the exact technical score is in the recommendation above.
        names = []
        for family in families:
            name = labels.family(family)
            score = scores[family]
            names.append(self.tr("{family} (no data)").format(family=name) if score is None
                         else self.tr("{family}  {score}").format(family=name, score=round(score)))  # fmt: skip
        self._categories.setCategories(names)
        self._bar_set.remove(0, self._bar_set.count())
        self._bar_set.append([float(round(scores[f] or 0.0)) for f in families])

    def _show_facts(self, row: dict[str, Any]) -> None:
        form = self._facts_form
        while form.rowCount():
            form.removeRow(0)
        for name, label in self._fact_labels():
            value = self._fact_text(name, row.get(name), row)
            field = QLabel(value, self._facts)
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setObjectName(f"fact-{name}")
            caption = QLabel(label, self._facts)
            form.addRow(caption, field)

    def _fact_labels(self) -> list[tuple[str, str]]:
        return [
            ("reference", self.tr("Reference")),
            ("employer_name", self.tr("Employer")),
            ("employer_id", self.tr("Employer id")),
            ("sector_isic", self.tr("Sector (ISIC)")),
            ("occupation_isco", self.tr("Occupation (ISCO)")),
            ("job_title", self.tr("Job title")),
            ("region", self.tr("Region")),
            ("workers_requested", self.tr("Workers requested")),
            ("duration_months", self.tr("Duration (months)")),
            ("wage_offered", self.tr("Wage offered")),
            ("prevailing_wage", self.tr("Prevailing wage")),
            ("origin_countries", self.tr("Origin countries")),
            ("vacancy_advertised_days", self.tr("Vacancy advertised (days)")),
            ("recruitment_channels", self.tr("Recruitment channels")),
            ("local_applicants", self.tr("Local applicants")),
            ("local_hired", self.tr("Local hires")),
            ("local_jobs_created", self.tr("Local jobs created")),
            ("local_trainees", self.tr("Local trainees")),
            ("layoffs_last_12m", self.tr("Layoffs, last 12 months")),
            ("compliance_violations_3y", self.tr("Violations, last 3 years")),
            ("labour_dispute", self.tr("Labour dispute")),
            ("fees_charged_to_workers", self.tr("Fees charged to workers")),
            ("housing_provided", self.tr("Housing provided")),
            ("housing_inspected", self.tr("Housing inspected")),
            ("integration_support", self.tr("Integration support")),
            ("firm_employees", self.tr("Employees")),
            ("firm_foreign_employees", self.tr("Foreign employees")),
            ("submitted_on", self.tr("Submitted on")),
            ("notes", self.tr("Notes")),
        ]

    def _fact_text(self, name: str, value: Any, row: dict[str, Any]) -> str:
        locale = QLocale()
        if value is None or value == "":
            return self.tr("— not given (missing evidence where a gate needs it)")
        if name in ("labour_dispute", "housing_provided", "housing_inspected"):
            return self.tr("yes") if value else self.tr("no")
        if name in ("wage_offered", "prevailing_wage"):
            return self.tr("{amount} {currency} per month").format(
                amount=locale.toString(float(value), "f", 2), currency=row.get("currency") or "")
        if name == "fees_charged_to_workers":
            return f"{locale.toString(float(value), 'f', 2)} {row.get('currency') or ''}".strip()
        if name == "occupation_isco":
            return f"{value} — {classifications.isco_titles().get(str(value), '')}"
        if name == "sector_isic":
            return f"{value} — {classifications.isic_titles().get(str(value), '')}"
        if name == "integration_support":
            return ", ".join(labels.integration_item(item) for item in str(value).split(";") if item)
        if isinstance(value, int):
            return locale.toString(value)
        return str(value)
