"""The kwartaalrapportage as an xlsx workbook (openpyxl).

One worksheet per sheet of the laid-out :class:`Report`: a title block, then titled
tables with a bold, filled header row, number formats, sensible column widths, the title
block (and for one-table sheets the header) frozen and repeated on every printed page,
landscape and fitted to the page width. Aggregated figures only; the document properties
name the program, never a person.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from wijkteam_desk.paths import atomic_write_bytes
from wijkteam_desk.reports.tables import NOT_AVAILABLE, NUMBER_FORMATS, Kind, Report, Sheet, Table

PROGRAM = "Wijkteam Desk"
TITLE_FONT = Font(bold=True, size=14)
SUBTITLE_FONT = Font(italic=True, size=10, color="555555")
TABLE_TITLE_FONT = Font(bold=True, size=12)
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="2F5D7C")
TOTAL_FONT = Font(bold=True)
NOTE_FONT = Font(italic=True, size=9, color="555555")
THIN = Side(style="thin", color="A0A0A0")
TOTAL_BORDER = Border(top=THIN)
TITLE_ROWS = 3  # title, subtitle, intro or blank


def _write_table(ws: Worksheet, table: Table, row: int) -> tuple[int, int]:
    """Writes ``table`` from ``row``; returns (header row, next free row)."""
    ws.cell(row, 1, table.title).font = TABLE_TITLE_FONT
    header_row = row + 1
    for col, column in enumerate(table.columns, start=1):
        cell = ws.cell(header_row, col, column.header)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="left" if column.kind is Kind.TEXT else "right",
                                   vertical="center", wrap_text=True)
    row = header_row + 1
    for data in table.rows:
        for col, value in enumerate(data.cells, start=1):
            kind = data.kind(col - 1, table.columns)
            cell = ws.cell(row, col, NOT_AVAILABLE if value is None else value)
            if kind is Kind.TEXT:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            else:
                cell.alignment = Alignment(horizontal="right", vertical="top")
                if not isinstance(value, str) and value is not None:
                    cell.number_format = NUMBER_FORMATS.get(kind, "General")
            if data.total:
                cell.font = TOTAL_FONT
                cell.border = TOTAL_BORDER
        row += 1
    if table.note:
        ws.cell(row, 1, table.note).font = NOTE_FONT
        row += 1
    return header_row, row + 1


def _write_sheet(ws: Worksheet, sheet: Sheet, subtitle: str) -> None:
    ws.title = sheet.name
    ws.cell(1, 1, sheet.title).font = TITLE_FONT
    ws.cell(2, 1, subtitle).font = SUBTITLE_FONT
    if sheet.intro:
        ws.cell(3, 1, sheet.intro).font = Font(italic=True)
    row = TITLE_ROWS + 2
    widths: dict[int, int] = {1: 30}
    header_rows = []
    for table in sheet.tables:
        header_row, row = _write_table(ws, table, row)
        header_rows.append(header_row)
        for col, column in enumerate(table.columns, start=1):
            widths[col] = max(widths.get(col, 0), column.width)
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = width
    frozen = header_rows[0] if len(header_rows) == 1 else TITLE_ROWS
    ws.freeze_panes = f"A{frozen + 1}"
    ws.print_title_rows = f"1:{frozen}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.oddFooter.left.text = subtitle
    ws.oddFooter.right.text = "pagina &P van &N"
    ws.oddHeader.center.text = "&A"


def build_workbook(report: Report, *, now: datetime | None = None) -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)
    subtitle = f"{report.title} · {report.subtitle}"
    for sheet in report.sheets:
        _write_sheet(wb.create_sheet(), sheet, subtitle)
    stamp = (now or datetime.now(UTC)).replace(tzinfo=None, microsecond=0)
    props = wb.properties
    props.creator = PROGRAM
    props.lastModifiedBy = PROGRAM
    props.title = report.title
    props.subject = "Kwartaalrapportage voor de gemeente (geaggregeerde cijfers)"
    props.description = report.subtitle
    props.keywords = "kwartaalrapportage; sociaal wijkteam"
    props.category = "Rapportage"
    props.created = stamp
    props.modified = stamp
    props.lastPrinted = None
    return wb


def workbook_bytes(report: Report, *, now: datetime | None = None) -> bytes:
    buffer = io.BytesIO()
    build_workbook(report, now=now).save(buffer)
    return buffer.getvalue()


def write_quarterly_xlsx(report: Report, target: Path, *, now: datetime | None = None) -> None:
    """Write the workbook atomically: a crash leaves the old file or the new one."""
    atomic_write_bytes(target, workbook_bytes(report, now=now))
