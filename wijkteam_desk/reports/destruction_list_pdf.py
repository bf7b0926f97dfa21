"""The approved vernietigingslijst as a PDF for the archive (reportlab). Only household
numbers, wijk/dorp and closing dates: no names, no addresses. Plain data in, bytes out."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from wijkteam_desk.reports.pdf_common import frame_width, para, render, table_flowable
from wijkteam_desk.reports.tables import Column, Kind, Row, Table


def _dmy(d: date) -> str:
    return f"{d.day}-{d.month}-{d.year}"


def destruction_list_pdf(team: str, approved_on: date, approved_by: str, years: int,
                         rows: Sequence[tuple[str, str, date]]) -> bytes:
    """``rows``: (household number, wijk/dorp, closed on)."""
    width = frame_width()
    story: list[Flowable] = [
        para("Vernietigingslijst (goedgekeurd)", "title"),
        para(f"{team} · goedgekeurd op {_dmy(approved_on)} door {approved_by}", "subtitle"),
        para(f"Deze {len(rows)} huishoudens zijn afgesloten langer dan de bewaartermijn van "
             f"{years} jaar geleden en zijn geanonimiseerd. Namen, adressen en andere "
             "persoonsgegevens zijn verwijderd; de aantallen voor de rapportages blijven "
             "bestaan. Dit kan niet ongedaan worden gemaakt."),
        Spacer(1, 4 * mm),
    ]
    table = Table(
        f"Geanonimiseerde huishoudens ({len(rows)})",
        (Column("Huishouden", Kind.TEXT, 14), Column("Wijk of dorp", Kind.TEXT, 24),
         Column("Afgesloten op", Kind.DATE, 14)),
        tuple(Row((number, area or "–", _dmy(closed))) for number, area, closed in rows))
    story += table_flowable(table, width)
    return render(story, title="Vernietigingslijst", team=team,
                  period=f"bewaartermijn {years} jaar", generated_on=approved_on)
