"""Printing the wegwijzer: straight to a printer through Qt's print dialog, or saved
as the reportlab PDF. Both go through the service, which logs the print."""

from __future__ import annotations

import os
import tempfile
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from wijkteam_desk.errors import KnownError
from wijkteam_desk.reports.wegwijzer import WegwijzerData, sections
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.socialmap import SocialMapService
from wijkteam_desk.ui.socialmap.common import show_error


def _tr(text: str) -> str:
    return QCoreApplication.translate("SocialMap", text)


def _write(path: Path, data: bytes) -> None:
    handle, temp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(handle, "wb") as out:
        out.write(data)
    os.replace(temp, path)


def save_wegwijzer(parent: QWidget, kaart: SocialMapService, actor: Actor,
                   service_id: str, name: str) -> Path | None:
    """Ask where to save, then write the wegwijzer PDF there. Returns the file or None."""
    suggested = "".join(c if c.isalnum() or c in " -_" else "_" for c in name).strip()
    path, _filter = QFileDialog.getSaveFileName(
        parent, _tr("Wegwijzer opslaan als PDF"),
        str(Path.home() / f"Wegwijzer {suggested}.pdf"), _tr("PDF-bestanden (*.pdf)"))
    if not path:
        return None
    target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
    try:
        printed = kaart.print_wegwijzer(actor, service_id)
        _write(target, printed.pdf)
    except KnownError as error:
        show_error(parent, error)
        return None
    except OSError as error:
        show_error(parent, KnownError(_tr("Het bestand kon niet worden opgeslagen.") +
                                      f" ({error.strerror})"))
        return None
    return target


def wegwijzer_document(data: WegwijzerData) -> QTextDocument:
    """The same content as the PDF, for printers (large type)."""
    parts = [f"<h1 style='font-size:26pt'>{escape(data.name)}</h1>",
             f"<p style='font-size:15pt;color:#444'>{escape(data.organization)}</p>"]
    for label, text in sections(data):
        parts.append(f"<h2 style='font-size:16pt;color:#1F4E79'>{escape(_tr(label))}</h2>")
        body = "<br>".join(escape(line) for line in text.split("\n"))
        parts.append(f"<p style='font-size:15pt'>{body}</p>")
    parts.append(f"<p style='font-size:10pt;color:#666'>{escape(data.footer)}</p>")
    document = QTextDocument()
    document.setDefaultFont(QFont("Arial", 15))
    document.setHtml("".join(parts))
    return document


def print_wegwijzer(parent: QWidget, kaart: SocialMapService, actor: Actor,
                    service_id: str) -> bool:
    """Show the print dialog and print one wegwijzer. True when printed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                      QPageLayout.Orientation.Portrait, QMarginsF(18, 18, 18, 18),
                                      QPageLayout.Unit.Millimeter))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("Wegwijzer afdrukken"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        printed = kaart.print_wegwijzer(actor, service_id)
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            _write(Path(printer.outputFileName()), printed.pdf)
        else:
            wegwijzer_document(printed.data).print_(printer)
    except KnownError as error:
        show_error(parent, error)
        return False
    return True
