"""The kwartaalrapportage as a PDF (reportlab): headline figures, a chart per topic and
the same suppressed tables as the workbook, with the Toelichting at the end."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from wijkteam_desk.paths import atomic_write_bytes
from wijkteam_desk.reports.figures import QuarterlyFigures
from wijkteam_desk.reports.pdf_common import (
    chart_flowable,
    frame_width,
    headline_flowable,
    para,
    render,
    table_flowable,
)
from wijkteam_desk.reports.quarterly_layout import quarterly_report
from wijkteam_desk.reports.tables import Report, format_cell


def report_story(report: Report, width: float, *, skip_first_sheet: bool = True) -> list[Flowable]:
    story: list[Flowable] = []
    for index, sheet in enumerate(report.sheets):
        if skip_first_sheet and index == 0:
            continue
        story.append(CondPageBreak(300))
        story.append(para(sheet.title, "h1"))
        if sheet.intro:
            story.append(para(sheet.intro))
        for chart in sheet.charts:
            story += chart_flowable(chart, width)
        for table in sheet.tables:
            story += table_flowable(table, width)
    return story


def quarterly_pdf_bytes(figures: QuarterlyFigures) -> bytes:
    report = quarterly_report(figures)
    meta = figures.meta
    width = frame_width()
    story: list[Flowable] = [para(report.title, "title"), para(report.subtitle, "subtitle"),
                             para("Kerncijfers", "h1"),
                             headline_flowable([(label, format_cell(value, kind))
                                                for label, value, kind in report.headline],
                                               width)]
    for table in report.sheets[0].tables:
        story += table_flowable(table, width)
    story.append(PageBreak())
    story += report_story(report, width)
    return render(story, title=report.title, team=meta.team_name, period=meta.period.label,
                  generated_on=meta.generated_on)


def write_quarterly_pdf(figures: QuarterlyFigures, target: Path) -> None:
    atomic_write_bytes(target, quarterly_pdf_bytes(figures))
