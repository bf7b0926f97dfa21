"""Printing the previewed report on paper: the same tables as HTML in a QTextDocument."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QPageLayout, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from wijkteam_desk.reports.tables import Kind, Report, format_cell


def report_html(report: Report) -> str:
    parts = [f"<h1>{escape(report.title)}</h1><p><i>{escape(report.subtitle)}</i></p>"]
    for sheet in report.sheets:
        parts.append(f"<h2>{escape(sheet.title)}</h2>")
        if sheet.intro:
            parts.append(f"<p>{escape(sheet.intro)}</p>")
        for table in sheet.tables:
            parts.append(f"<h3>{escape(table.title)}</h3>"
                         "<table border='1' cellspacing='0' cellpadding='3'><tr>")
            parts += [f"<th>{escape(c.header)}</th>" for c in table.columns]
            parts.append("</tr>")
            for row in table.rows:
                parts.append("<tr>")
                for i, value in enumerate(row.cells):
                    kind = row.kind(i, table.columns)
                    align = "left" if kind is Kind.TEXT else "right"
                    text = escape(format_cell(value, kind))
                    if row.total:
                        text = f"<b>{text}</b>"
                    parts.append(f"<td align='{align}'>{text}</td>")
                parts.append("</tr>")
            parts.append("</table>")
    return "".join(parts)


def print_report(report: Report, printer: QPrinter) -> None:
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    document = QTextDocument()
    document.setHtml(report_html(report))
    document.print_(printer)
