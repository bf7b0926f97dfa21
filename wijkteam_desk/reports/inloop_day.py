"""The inloop day overview of one location as PDF: counts, times, outcomes and the list
of ticket numbers (never names or questions)."""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from wijkteam_desk.i18n import msg
from wijkteam_desk.services.inloop_stats import Durations, InloopStats
from wijkteam_desk.services.inloop_types import LOCAL

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")


def minutes(seconds: float | None) -> str:
    """'12 min' (rounded to whole minutes), or '–' when there is nothing to measure."""
    if seconds is None:
        return "–"
    return f"{round(seconds / 60)} min"


def _duration_row(label: str, d: Durations) -> list[str]:
    return [label, str(d.count), minutes(d.median_s), minutes(d.p90_s)]


def _table(data: list[list[Any]], widths: list[float]) -> Table:
    table = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f0f0f0")]),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ]))
    return table


def build_day_pdf(stats: InloopStats, printed_at: datetime) -> bytes:
    styles = getSampleStyleSheet()
    day = stats.start
    title = msg("Dagoverzicht inloopspreekuur")
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm, title=title,
                            author="Wijkteam Desk")
    story: list[Any] = [
        Paragraph(f"{title} – {stats.location_name}", styles["Title"]),
        Paragraph(f"{day.day} {MONTHS[day.month - 1]} {day.year}", styles["Heading2"]),
        Spacer(1, 4 * mm),
        _table([[msg("Bezoekers"), msg("Spoed"), msg("Vertrokken (niet geholpen)")],
                [str(stats.visits), str(stats.spoed), str(stats.no_shows)]],
               [55 * mm, 35 * mm, 60 * mm]),
        Spacer(1, 4 * mm),
        _table([[msg("Tijd"), msg("Aantal"), msg("Mediaan"), msg("p90")],
                _duration_row(msg("Wachttijd"), stats.waiting),
                _duration_row(msg("Gesprekstijd"), stats.service)],
               [55 * mm, 30 * mm, 30 * mm, 30 * mm]),
        Spacer(1, 4 * mm),
        _table([[msg("Dagdeel"), msg("Bezoekers")]]
               + [[part, str(n)] for part, n in stats.per_daypart], [55 * mm, 30 * mm]),
        Spacer(1, 4 * mm),
        _table([[msg("Onderwerp (leefgebied)"), msg("Bezoekers")]]
               + [[topic, str(n)] for topic, n in stats.per_topic], [70 * mm, 30 * mm]),
        Spacer(1, 4 * mm),
        _table([[msg("Uitkomst"), msg("Bezoekers")]]
               + [[label, str(n)] for label, n in stats.outcomes], [70 * mm, 30 * mm]),
        Spacer(1, 6 * mm),
        Paragraph(msg("Volgnummers van de dag"), styles["Heading3"]),
    ]
    lines = [[msg("Nummer"), msg("Binnen"), msg("Onderwerp"), msg("Wacht"),
              msg("Gesprek"), msg("Uitkomst")]]
    for t in stats.tickets:
        lines.append([t.ticket + (" !" if t.spoed else ""),
                      t.arrived_at.astimezone(LOCAL).strftime("%H:%M"), t.topic,
                      minutes(t.waited_s), minutes(t.served_s), t.result])
    story.append(_table(lines, [20 * mm, 16 * mm, 48 * mm, 18 * mm, 18 * mm, 54 * mm]))
    story += [
        Spacer(1, 6 * mm),
        Paragraph(msg(
            "Wachttijd: van aanmelden tot de eerste keer geroepen. Gesprekstijd: van het "
            "begin van het gesprek tot afgerond. Mediaan: de middelste waarde. p90: 90% "
            "van de bezoekers wachtte (of sprak) niet langer dan deze tijd (nearest rank). "
            "'!' = spoed. Dit overzicht bevat geen namen."), styles["Normal"]),
        Paragraph(msg("Afgedrukt op {when}").format(
            when=printed_at.astimezone(LOCAL).strftime("%d-%m-%Y %H:%M")), styles["Italic"]),
    ]
    doc.build(story)
    return buffer.getvalue()
