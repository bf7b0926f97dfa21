"""The wegwijzer: one A4 page for a visitor about one service (DESIGN §2.4).

Large, clear type and plain (B1) Dutch labels. Always exactly one page: long texts are
shrunk to fit rather than spilling onto a second sheet.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, Paragraph, SimpleDocTemplate, Spacer

MARGIN = 18 * mm

TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=26, leading=31,
                       spaceAfter=4)
ORG = ParagraphStyle("org", fontName="Helvetica", fontSize=15, leading=19,
                     textColor=colors.HexColor("#444444"), spaceAfter=10)
LABEL = ParagraphStyle("label", fontName="Helvetica-Bold", fontSize=16, leading=20,
                       spaceBefore=10, spaceAfter=2, textColor=colors.HexColor("#1F4E79"))
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=15, leading=20)
SMALL = ParagraphStyle("small", fontName="Helvetica", fontSize=10, leading=13,
                       textColor=colors.HexColor("#666666"), spaceBefore=14)


@dataclass(frozen=True)
class WegwijzerData:
    """What the visitor takes home. Every field is plain text; empty ones are left out."""

    name: str
    organization: str
    description: str
    addresses: tuple[str, ...]
    opening_hours: tuple[str, ...]
    phones: tuple[str, ...]
    bring: tuple[str, ...]
    cost: str
    who: str = ""
    how: str = ""
    website: str = ""
    email: str = ""
    footer: str = ""


def _lines(values: tuple[str, ...] | list[str]) -> str:
    return "<br/>".join(escape(v) for v in values if v)


def sections(data: WegwijzerData) -> list[tuple[str, str]]:
    """(label, text) pairs in print order; shared with the Qt print preview."""
    contact = list(data.phones)
    if data.email:
        contact.append(data.email)
    if data.website:
        contact.append(data.website)
    candidates = [
        ("Wat is het?", [data.description]),
        ("Voor wie?", [data.who]),
        ("Waar?", list(data.addresses)),
        ("Wanneer open?", list(data.opening_hours)),
        ("Bellen of mailen", contact),
        ("Hoe meld ik me aan?", [data.how]),
        ("Neem mee", [f"• {b}" for b in data.bring]),
        ("Wat kost het?", [data.cost]),
    ]
    return [(label, "\n".join(v for v in values if v)) for label, values in candidates
            if any(values)]


def build_wegwijzer(data: WegwijzerData) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN,
                            title=f"Wegwijzer: {data.name}", author="Wijkteam Desk")
    content: list = [Paragraph(escape(data.name), TITLE)]  # type: ignore[type-arg]
    if data.organization:
        content.append(Paragraph(escape(data.organization), ORG))
    for label, text in sections(data):
        content.append(Paragraph(escape(label), LABEL))
        content.append(Paragraph(_lines(text.split("\n")), BODY))
    if data.footer:
        content.append(Spacer(1, 6))
        content.append(Paragraph(escape(data.footer), SMALL))
    frame = KeepInFrame(doc.width, doc.height - 2, content, mode="shrink")
    doc.build([frame])
    return buffer.getvalue()
