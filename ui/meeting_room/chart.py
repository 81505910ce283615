"""The results chart: each constituency's score per family of criteria (QtCharts, imported only when drawn).

QtCharts costs start-up time and memory; most sessions never reach a reveal, so it loads on first use.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPen
from PySide6.QtWidgets import QWidget

from tripartite.aggregation import Aggregate, score_total
from tripartite.criteria import Catalogue, Family
from tripartite.models import Constituency
from tripartite.ui import labels
from tripartite.ui.meeting_room.style import CONSTITUENCY_COLOURS


def family_scores(points: dict[str, float | None], catalogue: Catalogue) -> dict[Family, float | None]:
    """The 0–100 score of each family over the criteria scored in ``points``."""
    weights = catalogue.weights
    out: dict[Family, float | None] = {}
    for family in Family:
        codes = {c.code for c in catalogue.criteria if c.family is family}
        out[family] = score_total({c: p for c, p in points.items() if c in codes}, weights)
    return out


def series_values(
    aggregate: Aggregate | None, technical: dict[str, int | None], catalogue: Catalogue
) -> list[tuple[str, str, list[float]]]:
    """``(label, colour, [score per family])`` per constituency that scored, else one "technical" series."""
    out = []
    if aggregate is not None and aggregate.constituency_criterion_points:
        for group in Constituency:
            points = aggregate.constituency_criterion_points.get(group)
            if not points:
                continue
            scores = family_scores(dict(points), catalogue)
            out.append(
                (labels.constituency(group), CONSTITUENCY_COLOURS[group.value], [scores[f] or 0.0 for f in Family])
            )
    if not out:
        scores = family_scores(dict(technical), catalogue)
        label = QCoreApplication.translate("ResultsChart", "Technical score (no member scored)")
        out.append((label, "#7a7a7a", [scores[f] or 0.0 for f in Family]))
    return out


def make_chart_view(
    aggregate: Aggregate | None, technical: dict[str, int | None], catalogue: Catalogue, parent: QWidget
) -> QWidget:
    """A bar chart: families on the x axis, one bar per constituency, 0–100, with the pass mark named."""
    from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries, QValueAxis

    chart = QChart()
    chart.setTitle(QCoreApplication.translate("ResultsChart", "Scores by family (0–100)"))
    title_font = QFont(chart.titleFont())
    title_font.setPointSizeF(max(11.0, title_font.pointSizeF() * 1.1))
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    # Right to left (Arabic), the families and the groups read from the right, and the scale stands there.
    rtl = QGuiApplication.isRightToLeft()
    families = list(Family)[::-1] if rtl else list(Family)
    sets = series_values(aggregate, technical, catalogue)
    series = QBarSeries()
    for label, colour, values in sets[::-1] if rtl else sets:
        bar_set = QBarSet(label)
        # Whole points read better from across a room.
        bar_set.append([float(round(v)) for v in (values[::-1] if rtl else values)])
        bar_set.setColor(QColor(colour))
        bar_set.setBorderColor(QColor(colour))
        bar_set.setLabelColor(QColor("#222222"))
        series.append(bar_set)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    # Two-word family names go on two lines, so three categories fit a narrow chart without "…".
    axis_x.append([labels.family(f).replace(" ", "<br>", 1) for f in families])
    axis_x.setTruncateLabels(False)
    axis_y = QValueAxis()
    axis_y.setRange(0, 100)
    axis_y.setTickCount(6)
    axis_y.setLabelFormat("%d")
    for axis in (axis_x, axis_y):
        font = QFont(axis.labelsFont())
        font.setPointSizeF(max(9.5, font.pointSizeF()))
        axis.setLabelsFont(font)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    # The pass mark as a dashed line across the whole plot, on a hidden 0–1 x axis.
    mark = QLineSeries()
    mark.setName(QCoreApplication.translate("ResultsChart", "pass mark"))
    mark.append(0, catalogue.pass_mark)
    mark.append(1, catalogue.pass_mark)
    pen = QPen(QColor("#444444"), 1.5, Qt.PenStyle.DashLine)
    mark.setPen(pen)
    chart.addSeries(mark)
    axis_mark = QValueAxis()
    axis_mark.setRange(0, 1)
    axis_mark.setVisible(False)
    chart.addAxis(axis_mark, Qt.AlignmentFlag.AlignTop)
    mark.attachAxis(axis_mark)
    mark.attachAxis(axis_y)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    # A narrow chart truncates the legend's longer names ("Emplead…"): the whole name is a hover away.
    chart.legend().setShowToolTips(True)
    view = QChartView(chart, parent)
    view.setObjectName("resultsChart")
    view.setAccessibleName(QCoreApplication.translate("ResultsChart", "Chart of scores by family and group"))
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(270)
    return view
