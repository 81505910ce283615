"""The score chart of an agenda item (reportlab.graphics): each family's technical and constituency scores.

Bars per family, the pass mark dashed across them, and a legend; a score that does not exist has no bar.
Its words are in the document's language, each drawn in visual order (:func:`reports.fonts.visual`).
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from tripartite.criteria import Family
from tripartite.meetings.minutes_data import ItemMinutes
from tripartite.models import Constituency
from tripartite.reports import i18n
from tripartite.reports.fonts import BODY, visual
from tripartite.reports.i18n import _
from tripartite.reports.layout import RULE_COLOUR, TEXT_GREY
from tripartite.reports.words import CONSTITUENCY, FAMILY_SHORT

SERIES_COLOURS = {
    Constituency.GOVERNMENT: colors.HexColor("#1F4E79"),
    Constituency.EMPLOYER: colors.HexColor("#C55A11"),
    Constituency.UNION: colors.HexColor("#2E7D32"),
}
TECHNICAL_COLOUR = colors.HexColor("#A0A0A0")


def score_chart(item: ItemMinutes, width: float, pass_mark: float = 50.0) -> Drawing:
    """Bars per family: the technical score and each constituency's score, with the pass mark dashed.

    A score that does not exist (nobody scored the family, or its data is missing) has no bar, not a
    zero bar.
    """
    s = item.scores
    height = 52 * mm
    drawing = Drawing(width, height)
    series: list[tuple[str, colors.Color, list[float | None]]] = [
        (_("Technical"), TECHNICAL_COLOUR, [s.technical_family_scores.get(f) for f in Family])
    ]
    for group in Constituency:
        if group in s.family_scores:
            series.append((CONSTITUENCY[group], SERIES_COLOURS[group], [s.family_scores[group].get(f) for f in Family]))
    # Right to left (Arabic), the families and the series read from the right and the scale stands there.
    rtl = i18n.is_rtl()
    families = list(Family)[::-1] if rtl else list(Family)
    if rtl:
        series = [(name, colour, values[::-1]) for name, colour, values in reversed(series)]
    chart = VerticalBarChart()
    chart.x, chart.y = (4 if rtl else 20), 40
    # types-reportlab takes the type of these sizes from their int defaults; reportlab draws with any number.
    chart.width, chart.height = width - 24, height - chart.y - 14  # type: ignore[assignment]
    chart.data = [values for _, _, values in series]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 25
    chart.valueAxis.labels.fontName = BODY
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.strokeColor = RULE_COLOUR
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E3E7EB")
    chart.valueAxis.visibleGrid = True
    if rtl:
        chart.valueAxis.joinAxis = chart.categoryAxis
        chart.valueAxis.joinAxisMode = "right"
        chart.valueAxis.labels.boxAnchor = "w"
        chart.valueAxis.labels.dx = 5
    chart.categoryAxis.categoryNames = [visual(FAMILY_SHORT[f]) for f in families]
    chart.categoryAxis.labels.fontName = BODY
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = RULE_COLOUR
    chart.barSpacing = 1
    chart.groupSpacing = 6
    chart.bars.strokeColor = None
    for index, (_name, colour, _values) in enumerate(series):
        chart.bars[index].fillColor = colour
    drawing.add(chart)
    red = colors.HexColor("#B00020")
    pass_y = chart.y + chart.height * pass_mark / 100
    drawing.add(Line(chart.x, pass_y, chart.x + chart.width, pass_y, strokeColor=red, strokeWidth=0.7,
                     strokeDashArray=[3, 2]))  # fmt: skip
    drawing.add(Line(chart.x, height - 5, chart.x + 12, height - 5, strokeColor=red, strokeWidth=0.7,
                     strokeDashArray=[3, 2]))  # fmt: skip
    pass_text = visual(_("pass mark ({mark})").format(mark=i18n.number(pass_mark)))
    drawing.add(String(chart.x + 15, height - 7, pass_text, fontName=BODY, fontSize=6.5, fillColor=red))
    if not s.family_scores:
        drawing.add(String(chart.x + chart.width, height - 7, visual(_("no member scores")), fontName=BODY,
                           fontSize=6.5, fillColor=TEXT_GREY, textAnchor="end"))  # fmt: skip
    legend = Legend()
    legend.x, legend.y = chart.x, 20
    legend.alignment = "right"
    legend.columnMaximum = 2
    legend.deltax = chart.width / 2  # type: ignore[assignment]  # int in types-reportlab, as above
    legend.deltay = 9
    legend.dxTextSpace = 3
    legend.dx = legend.dy = 6
    legend.fontName = BODY
    legend.fontSize = 6.5
    legend.strokeColor = None
    legend.colorNamePairs = [(colour, visual(name)) for name, colour, _values in series]
    drawing.add(legend)
    return drawing
