"""Charts as reportlab drawings, from the plain :class:`Chart` description.

Used in the PDFs, and rendered to SVG for the preview on the Rapportages screen (reportlab
needs no extra library for SVG, unlike PNG).
"""

from __future__ import annotations

import re

from reportlab.graphics import renderSVG
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from wijkteam_desk.reports.tables import Chart, Kind, format_cell

FONT = "Helvetica"
BAR_COLOURS = (colors.HexColor("#3A7CA5"), colors.HexColor("#E07B39"),
               colors.HexColor("#6A9F58"), colors.HexColor("#A05195"))


def _label(value: float) -> str:
    if value == int(value):
        return format_cell(int(value), Kind.COUNT)
    return format_cell(value, Kind.SCORE if abs(value) < 10 else Kind.HOURS)


def chart_drawing(chart: Chart, width: float = 460, height: float = 220) -> Drawing:
    """A drawing with the chart's title on top and the chart below it."""
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 12, chart.title, fontName=f"{FONT}-Bold", fontSize=11))
    values = [v for _name, series in chart.series for v in series]
    if not chart.categories or not values:
        drawing.add(String(0, height / 2, "Geen gegevens om te tonen.", fontName=FONT,
                           fontSize=9, fillColor=colors.grey))
        return drawing
    low, high = min(0.0, *values), max(0.0, *values)
    if high == low:
        high = low + 1
    plot_top = height - 24
    if chart.kind == "hbar":
        longest = max(len(c) for c in chart.categories)
        left = min(width * 0.45, 12 + 5.2 * longest)
        plot = HorizontalBarChart()
        plot.x, plot.y = left, 18
        plot.width, plot.height = width - left - 40, plot_top - 24
        plot.categoryAxis.labels.boxAnchor = "e"
        plot.categoryAxis.labels.dx = -4
        plot.barLabels.boxAnchor = "w"
        plot.barLabels.dx = 3
        plot.categoryAxis.joinAxisMode = "left"  # labels stay left of negative bars
    elif chart.kind == "line":
        plot = HorizontalLineChart()
        plot.x, plot.y = 40, 40
        plot.width, plot.height = width - 60, plot_top - 48
        plot.lines[0].strokeColor = BAR_COLOURS[0]
        plot.lines[0].strokeWidth = 2
        plot.categoryAxis.labels.angle = 45 if len(chart.categories) > 8 else 0
        plot.categoryAxis.labels.boxAnchor = "ne" if len(chart.categories) > 8 else "n"
    else:
        plot = VerticalBarChart()
        plot.x, plot.y = 40, 40
        plot.width, plot.height = width - 60, plot_top - 48
        plot.barLabels.boxAnchor = "s"
        plot.barLabels.dy = 2
        if len(chart.categories) > 6:
            plot.categoryAxis.labels.angle = 30
            plot.categoryAxis.labels.boxAnchor = "ne"
    plot.data = [list(series) for _name, series in chart.series]
    plot.categoryAxis.categoryNames = list(chart.categories)
    plot.categoryAxis.labels.fontName = FONT
    plot.categoryAxis.labels.fontSize = 8
    plot.valueAxis.valueMin = low * 1.15 if low < 0 else 0
    plot.valueAxis.valueMax = high * 1.15 if high > 0 else 0.5
    plot.valueAxis.labels.fontName = FONT
    plot.valueAxis.labels.fontSize = 8
    plot.valueAxis.labelTextFormat = _label
    if all(v == int(v) for v in values) and high - low <= 5:
        plot.valueAxis.valueStep = 1  # small counts: no 0,2 / 0,4 ticks
    if chart.kind != "line":
        for i in range(len(chart.series)):
            plot.bars[i].fillColor = BAR_COLOURS[i % len(BAR_COLOURS)]
            plot.bars[i].strokeColor = None
        plot.barLabelFormat = _label
        plot.barLabels.fontName = FONT
        plot.barLabels.fontSize = 7
    drawing.add(plot)
    return drawing


def chart_svg(chart: Chart, width: float = 460, height: float = 220) -> bytes:
    """SVG Tiny friendly: without reportlab's page clip path, which QtSvg would paint as a
    black rectangle over the whole chart."""
    svg = renderSVG.drawToString(chart_drawing(chart, width, height))
    svg = re.sub(r"<clipPath.*?</clipPath>", "", svg, flags=re.S)
    svg = svg.replace(' style="clip-path: url(#clip)"', "")
    return svg.encode("utf-8")
