"""Chart of the ZRM score per leefgebied over the measurements of a plan."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from wijkteam_desk.i18n import msg
from wijkteam_desk.services.plan_model import Plan

PALETTE = (colors.HexColor("#9db4cc"), colors.HexColor("#4f81bd"),
           colors.HexColor("#1f497d"), colors.HexColor("#0b2545"))
MAX_MEASUREMENTS = 4


def score_chart(plan: Plan, names: Mapping[int, str], width: float) -> Drawing:
    """Grouped horizontal bars: one group per leefgebied, one bar per measurement date
    (the last four), scale 1-5. Leefgebieden without scores are left out."""
    dates = sorted({s.measured_on for d in plan.domains for s in d.scores})[-MAX_MEASUREMENTS:]
    domains = [d for d in plan.domains if d.scores]
    row_h = 6 * max(1, len(dates)) + 6
    height = max(80.0, len(domains) * row_h + 60)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 120, 40
    chart.width, chart.height = width - 140, height - 55
    chart.data = [
        [next((s.score for s in d.scores if s.measured_on == day), 0) for d in domains]
        for day in dates
    ] or [[0]]
    chart.categoryAxis.categoryNames = [names.get(d.leefgebied_id, "?") for d in domains]
    chart.categoryAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.reverseDirection = True
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 5, 1
    chart.valueAxis.labels.fontSize = 7
    chart.barSpacing, chart.groupSpacing = 0.5, 4
    for i in range(len(dates)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 120, 14
    legend.fontSize = 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 70
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], f"{day:%d-%m-%Y}")
                             for i, day in enumerate(dates)]
    drawing.add(legend)
    drawing.add(String(0, 14, msg("Score"), fontName="Helvetica", fontSize=7))
    return drawing
