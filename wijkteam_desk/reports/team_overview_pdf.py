"""The teamleider overview as a PDF: headline figures, caseload per worker, open signals
and their age, overdue evaluations and actions, inloop trend and referral outcomes.
Marked 'Vertrouwelijk' on every page."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from wijkteam_desk.paths import atomic_write_bytes
from wijkteam_desk.reports.figures import TeamOverview
from wijkteam_desk.reports.pdf_common import frame_width, headline_flowable, para, render
from wijkteam_desk.reports.quarterly_pdf import report_story
from wijkteam_desk.reports.tables import format_cell
from wijkteam_desk.reports.team_layout import team_report

CONFIDENTIAL_NOTE = ("Vertrouwelijk: dit overzicht is voor intern gebruik door de teamleider. "
                     "Niet delen buiten het team.")


def team_overview_pdf_bytes(overview: TeamOverview) -> bytes:
    report = team_report(overview)
    meta = overview.meta
    width = frame_width()
    story: list[Flowable] = [
        para(report.title, "title"), para(report.subtitle, "subtitle"),
        para(CONFIDENTIAL_NOTE, "note"), para("Kerncijfers", "h1"),
        headline_flowable([(label, format_cell(value, kind))
                           for label, value, kind in report.headline], width)]
    story += report_story(report, width, skip_first_sheet=False)
    return render(story, title=report.title, team=meta.team_name, period=meta.period.label,
                  generated_on=meta.generated_on, confidential=True)


def write_team_overview_pdf(overview: TeamOverview, target: Path) -> None:
    atomic_write_bytes(target, team_overview_pdf_bytes(overview))
