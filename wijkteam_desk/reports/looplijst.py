"""The printable looplijst of an outreach round (reportlab). Plain data in, PDF out."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUTCOME_LABELS = {
    None: "",
    "niet_thuis": "niet thuis + flyer",
    "geen_contact_gewenst": "geen contact gewenst",
    "gesprek": "gesprek",
}


def write_looplijst(out: Path, round_name: str, planned_on: date,
                    addresses: Sequence[tuple[str, str, str]]) -> Path:
    """``addresses``: (address, postcode, outcome or ""). Writes atomically to ``out``."""
    styles = getSampleStyleSheet()
    tmp = out.with_suffix(out.suffix + ".tmp")
    doc = SimpleDocTemplate(str(tmp), pagesize=A4, title=f"Looplijst {round_name}",
                            leftMargin=15 * mm, rightMargin=15 * mm)
    rows = [["Adres", "Postcode", "Niet thuis + flyer", "Geen contact", "Gesprek",
             "Notitie"]]
    for address, postcode, outcome in addresses:
        marks = ["X" if outcome == key else "" for key in
                 ("niet_thuis", "geen_contact_gewenst", "gesprek")]
        rows.append([address, postcode, *marks, ""])
    table = Table(rows, repeatRows=1,
                  colWidths=[55 * mm, 22 * mm, 25 * mm, 22 * mm, 18 * mm, 38 * mm])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("ALIGN", (2, 1), (4, -1), "CENTER"),
    ]))
    story = [Paragraph(f"Looplijst: {round_name}", styles["Title"]),
             Paragraph(f"Datum: {planned_on.strftime('%d-%m-%Y')} — {len(addresses)} adressen",
                       styles["Normal"]),
             Paragraph("Deelname is vrijwillig. Niet thuis: laat een flyer achter en kom "
                       "'s avonds terug.", styles["Italic"]),
             Spacer(1, 6 * mm), table]
    doc.build(story)
    tmp.replace(out)
    return out
