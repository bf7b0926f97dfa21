"""The PDFs read back with pypdf: headline figures, charts, page numbers, marking."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from tests.reports.sample import sample_figures, sample_overview
from wijkteam_desk.reports.quarterly_pdf import quarterly_pdf_bytes
from wijkteam_desk.reports.team_overview_pdf import team_overview_pdf_bytes

CHART_FILL = b".227451 .486275 .647059 rg"  # the bar colour #3A7CA5 as a fill operator


def _pages(data: bytes) -> list[tuple[str, bytes]]:
    reader = PdfReader(io.BytesIO(data))
    return [(p.extract_text(), p.get_contents().get_data()) for p in reader.pages]


def test_quarterly_pdf_headline_figures_and_page_numbers() -> None:
    pages = _pages(quarterly_pdf_bytes(sample_figures()))
    first = pages[0][0]
    assert "Kwartaalrapportage Wijkteam Oost" in first and "2026 kwartaal 3" in first
    for figure in ("412", "987", "141", "1.234", "230", "48", "37", "2,0"):
        assert re.search(rf"(^|\s){re.escape(figure)}(\s|$)", first), figure
    total = len(pages)
    for number, (text, _) in enumerate(pages, start=1):
        assert f"pagina {number} van {total}" in text
        assert "gemaakt op 5-10-2026" in text
    everything = "\n".join(t for t, _ in pages)
    assert "<5" in everything and "Toelichting" in everything
    assert "Vertrouwelijk" not in everything


def test_quarterly_pdf_has_its_charts() -> None:
    pages = _pages(quarterly_pdf_bytes(sample_figures()))
    titles = ["Nieuwe signalen naar bron", "Bezoeken per maand",
              "Huishoudens naar contacturen per maand", "Verwijzingen naar soort voorziening",
              "Gemiddelde verandering van de score per leefgebied", "Hiaten per wijk/dorp",
              "Doorpakbudget per maand (euro)"]
    for title in titles:
        page = next((content for text, content in pages if title in text), None)
        assert page is not None, title
    bars = sum(content.count(CHART_FILL) for _, content in pages)
    assert bars >= 8  # charts drawn as filled bars, not just their titles


def test_team_overview_is_marked_confidential_on_every_page() -> None:
    pages = _pages(team_overview_pdf_bytes(sample_overview()))
    assert len(pages) >= 2
    for number, (text, _) in enumerate(pages, start=1):
        assert "VERTROUWELIJK" in text
        assert f"pagina {number} van {len(pages)}" in text
    everything = "\n".join(t for t, _ in pages)
    for expected in ("Teamoverzicht Wijkteam Oost", "Sietske Hoekstra", "Anna Visser",
                     "Evaluaties over datum", "Acties over datum", "Open signalen naar leeftijd",
                     "Inloopbezoeken per week", "Uitkomst van de verwijzingen", "S-0041"):
        assert expected in everything, expected
    assert any(CHART_FILL in content for _, content in pages)


def test_pdf_metadata_names_the_program_not_a_person() -> None:
    reader = PdfReader(io.BytesIO(quarterly_pdf_bytes(sample_figures())))
    meta = reader.metadata
    assert meta.author == "Wijkteam Desk" and meta.creator == "Wijkteam Desk"
    assert meta.title == "Kwartaalrapportage Wijkteam Oost"
