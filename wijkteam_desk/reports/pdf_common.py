"""Shared PDF parts (reportlab): page frame with date, team and 'pagina X van Y', styles,
and tables and charts as flowables."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as PdfTable

from wijkteam_desk.reports.charts import chart_drawing
from wijkteam_desk.reports.tables import Chart, Kind, Table, format_cell

PROGRAM = "Wijkteam Desk"
HEADER_BLUE = colors.HexColor("#2F5D7C")
_base = getSampleStyleSheet()
STYLES = {
    "title": ParagraphStyle("title", parent=_base["Title"], fontSize=18, spaceAfter=4,
                            alignment=0),
    "subtitle": ParagraphStyle("subtitle", parent=_base["Normal"], fontSize=10,
                               textColor=colors.HexColor("#555555"), spaceAfter=10),
    "h1": ParagraphStyle("h1", parent=_base["Heading1"], fontSize=14, spaceBefore=6,
                         spaceAfter=6, textColor=HEADER_BLUE),
    "h2": ParagraphStyle("h2", parent=_base["Heading2"], fontSize=11, spaceBefore=8,
                         spaceAfter=4),
    "body": ParagraphStyle("body", parent=_base["Normal"], fontSize=9, leading=11.5),
    "cell": ParagraphStyle("cell", parent=_base["Normal"], fontSize=8, leading=10),
    "cell_r": ParagraphStyle("cell_r", parent=_base["Normal"], fontSize=8, leading=10,
                             alignment=TA_RIGHT),
    "head": ParagraphStyle("head", parent=_base["Normal"], fontSize=8, leading=10,
                           textColor=colors.white, fontName="Helvetica-Bold"),
    "note": ParagraphStyle("note", parent=_base["Italic"], fontSize=8,
                           textColor=colors.HexColor("#555555")),
    "big": ParagraphStyle("big", parent=_base["Normal"], fontSize=20, leading=24,
                          fontName="Helvetica-Bold", textColor=HEADER_BLUE),
}


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(text: str, style: str = "body") -> Paragraph:
    return Paragraph(_escape(text), STYLES[style])


def table_flowable(table: Table, available_width: float) -> list[Flowable]:
    """The table with its title (kept together with the first rows)."""
    weights = [c.width for c in table.columns]
    widths = [available_width * w / sum(weights) for w in weights]
    data: list[list[Any]] = [[Paragraph(_escape(c.header), STYLES["head"])
                              for c in table.columns]]
    for row in table.rows:
        cells = []
        for i, value in enumerate(row.cells):
            kind = row.kind(i, table.columns)
            text = _escape(format_cell(value, kind))
            if row.total:
                text = f"<b>{text}</b>"
            cells.append(Paragraph(text, STYLES["cell" if kind is Kind.TEXT else "cell_r"]))
        data.append(cells)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BLUE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#C8C8C8")),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for r, row in enumerate(table.rows, start=1):
        if row.total:
            style.append(("LINEABOVE", (0, r), (-1, r), 0.8, colors.black))
    pdf_table = PdfTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    pdf_table.setStyle(TableStyle(style))
    parts: list[Flowable] = [para(table.title, "h2"), pdf_table]
    if table.note:
        parts.append(para(table.note, "note"))
    return [KeepTogether(parts[:2]), *parts[2:], Spacer(1, 4 * mm)]


def chart_flowable(chart: Chart, width: float) -> list[Flowable]:
    parts: list[Flowable] = [chart_drawing(chart, width, 190)]
    if chart.note:
        parts.append(para(chart.note, "note"))
    return [KeepTogether(parts), Spacer(1, 4 * mm)]


def headline_flowable(figures: Sequence[tuple[str, str]], width: float,
                      per_row: int = 4) -> Flowable:
    """Big numbers with their labels, in a grid."""
    cells = [[Paragraph(_escape(value), STYLES["big"]), para(label, "cell")]
             for label, value in figures]
    rows = [cells[i:i + per_row] for i in range(0, len(cells), per_row)]
    while rows and len(rows[-1]) < per_row:
        rows[-1].append("")
    grid = PdfTable(rows, colWidths=[width / per_row] * per_row, hAlign="LEFT")
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#C8C8C8")),
                              ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#C8C8C8")),
                              ("TOPPADDING", (0, 0), (-1, -1), 6),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return grid


def _dmy(d: date) -> str:
    return f"{d.day}-{d.month}-{d.year}"


def render(story: list[Flowable], *, title: str, team: str, period: str, generated_on: date,
           confidential: bool = False, landscape_pages: bool = False) -> bytes:
    """Build the PDF: every page shows title, team, period and date at the top, and
    'pagina X van Y' at the bottom; confidential documents say 'Vertrouwelijk' on every page.
    """
    pagesize = landscape(A4) if landscape_pages else A4
    header = f"{period} · gemaakt op {_dmy(generated_on)}"

    class NumberedCanvas(pdfcanvas.Canvas):
        """Two passes: remember every page, then stamp 'pagina X van Y' on each."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._frame(number, total)
                super().showPage()
            super().save()

        def _frame(self, number: int, total: int) -> None:
            width, height = pagesize
            self.saveState()
            self.setFont("Helvetica", 8)
            self.setFillColor(colors.HexColor("#555555"))
            self.drawString(15 * mm, height - 10 * mm, f"{title} · {header}")
            self.drawRightString(width - 15 * mm, 10 * mm, f"pagina {number} van {total}")
            self.drawString(15 * mm, 10 * mm, PROGRAM)
            if confidential:
                self.setFont("Helvetica-Bold", 10)
                self.setFillColor(colors.HexColor("#B00020"))
                self.drawRightString(width - 15 * mm, height - 10 * mm, "VERTROUWELIJK")
                self.setFont("Helvetica", 8)
                self.drawCentredString(width / 2, 10 * mm,
                                       "Vertrouwelijk – alleen voor intern gebruik")
            self.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=15 * mm,
                            rightMargin=15 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
                            title=title, author=PROGRAM, creator=PROGRAM,
                            subject=f"{team} · {period}", producer=PROGRAM)
    doc.build(story, canvasmaker=NumberedCanvas)
    return buffer.getvalue()


def frame_width(landscape_pages: bool = False) -> float:
    pagesize = landscape(A4) if landscape_pages else A4
    return pagesize[0] - 30 * mm
