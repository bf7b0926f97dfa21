"""The gemeente export holds no personal data: every cell, the document properties and
the PDF text are scanned for the demo dataset's names, addresses, postcodes, dates of
birth, BSNs, phone numbers and e-mail addresses."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from wijkteam_desk.reports.figures import Period, QuarterlyFigures, ReportMeta
from wijkteam_desk.reports.quarterly_layout import quarterly_report
from wijkteam_desk.services.accounts import actor_for
from wijkteam_desk.services.demo import fill_demo
from wijkteam_desk.services.reports import ExportFormat, default_quarter
from wijkteam_desk.store.models import Household, Member, Signal, User
from wijkteam_desk.wiring import Services

WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
TUSSENVOEGSELS = {"de", "van", "der", "den", "het", "ter", "te", "in", "'t", "op", "ten"}


def _personal_data(services: Services) -> tuple[set[str], set[str]]:
    """(phrases that must not occur anywhere, name words that must not be a word anywhere)"""
    phrases: set[str] = set()
    words: set[str] = set()
    with services.db.begin() as session:
        for h in session.execute(select(Household)).scalars():
            phrases |= {h.name, h.postcode, h.postcode.replace(" ", ""), h.phone, h.email,
                        f"{h.street} {h.house_number}"}
        for m in session.execute(select(Member)).scalars():
            full = " ".join(p for p in (m.first_name, m.tussenvoegsel, m.last_name) if p)
            phrases |= {full, m.bsn, m.phone, m.email}
            words |= {w.lower() for w in WORD.findall(f"{m.first_name} {m.last_name}")}
            if m.date_of_birth:
                d = m.date_of_birth
                phrases |= {d.isoformat(), f"{d.day}-{d.month}-{d.year}",
                            f"{d.day:02d}-{d.month:02d}-{d.year}",
                            f"{d.day:02d}/{d.month:02d}/{d.year}"}
        for s in session.execute(select(Signal)).scalars():
            phrases |= {s.name, s.postcode, s.phone, s.email}
    return {p for p in phrases if p and len(p) >= 4}, words - TUSSENVOEGSELS


def _check_text(text: str, phrases: set[str], words: set[str], where: str) -> None:
    lowered = text.lower()
    for phrase in phrases:
        assert phrase.lower() not in lowered, f"{where}: {phrase!r}"
    found = {w.lower() for w in WORD.findall(text)} & words
    assert not found, f"{where}: names {sorted(found)}"


def test_the_demo_workbook_and_pdf_contain_no_personal_data(sqlite_services: Services,
                                                            tmp_path: Path) -> None:
    services = sqlite_services
    fill_demo(services, seed=3, households=400)
    with services.db.begin() as session:
        leader = actor_for(session.execute(select(User).where(
            User.username == "teamleider")).scalar_one())
    phrases, words = _personal_data(services)
    # Words of the program's own fixed text (an empty report) are not names, even where a
    # surname happens to be a Dutch word ('meer' in 'meer dan 8', from 'Van der Meer').
    empty = quarterly_report(QuarterlyFigures(ReportMeta("", Period.quarter(2026, 1),
                                                         date(2026, 4, 1))))
    vocabulary = {w.lower() for sheet in empty.sheets for table in sheet.tables
                  for row in table.rows for cell in (*row.cells, table.title)
                  for w in WORD.findall(str(cell))}
    vocabulary |= {w.lower() for sheet in empty.sheets for table in sheet.tables
                   for c in table.columns for w in WORD.findall(c.header)}
    words -= vocabulary
    assert len(phrases) > 1000 and len(words) > 100  # the scan has something to find
    year, quarter = default_quarter(date.today())
    period = Period.quarter(year, quarter)
    figures = services.reports.quarterly_figures(leader, period, leader.team_id)
    # The report's own dates (period, made on) may equal someone's birthday by chance.
    for d in (period.start, period.end, figures.meta.generated_on):
        phrases -= {d.isoformat(), f"{d.day}-{d.month}-{d.year}",
                    f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}"}
    assert figures.reach.households > 20 and figures.inloop.visits > 20  # real content

    xlsx = services.reports.export_quarterly(leader, period, leader.team_id,
                                             ExportFormat.XLSX, tmp_path / "k.xlsx").path
    wb = load_workbook(xlsx)
    cells = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                cells += 1
                assert not isinstance(cell.value, (date, datetime)), cell.coordinate
                _check_text(str(cell.value), phrases, words, f"{ws.title}!{cell.coordinate}")
        for text in (ws.oddHeader.center.text, ws.oddFooter.left.text, ws.oddFooter.right.text):
            _check_text(text or "", phrases, words, f"{ws.title} kop/voet")
    assert cells > 300
    props = wb.properties
    for name in ("creator", "lastModifiedBy", "title", "subject", "description", "keywords",
                 "category", "identifier", "version", "contentStatus", "language"):
        _check_text(str(getattr(props, name) or ""), phrases, words, f"eigenschap {name}")
    with zipfile.ZipFile(xlsx) as archive:  # app.xml, custom properties: everything
        for member in archive.namelist():
            _check_text(archive.read(member).decode("utf-8", "replace"), phrases, set(),
                        member)

    pdf = services.reports.export_quarterly(leader, period, leader.team_id, ExportFormat.PDF,
                                            tmp_path / "k.pdf").path
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    text = "\n".join(p.extract_text() for p in reader.pages)
    _check_text(text, phrases, words, "pdf")
    _check_text(" ".join(str(v) for v in (reader.metadata or {}).values()), phrases, words,
                "pdf-eigenschappen")
