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


def test_quarterly_pdf_has_the_subdomain_table_and_chart() -> None:
    pages = _pages(quarterly_pdf_bytes(sample_figures()))
    words = " ".join(" ".join(t for t, _ in pages).split())
    # 20 + 30 + 2 + 25 of the 141 new signals have a subdomain: 54,6%.
    assert "Nieuwe signalen met subdomein vastgelegd 54,6%" in words
    assert "Per subdomein: jeugd, Wmo, participatie en schulden" in words
    chart = next(content for text, content in pages if "Huishoudens per subdomein" in text)
    assert CHART_FILL in chart
    # Households, signals (Participatie's 2 is small, so Jeugd's 20 is hidden too),
    # referrals, maatwerk, contact hours (over the households with contact).
    for row in ("Jeugd 60 x 30 10 400,0", "Wmo 90 30 50 8 500,0",
                "Participatie <5 <5 <5 0 <5", "Schulden 70 25 40 <5 350,0",
                "Niet vastgelegd – 64 – – –", "Totaal – 141 – – –"):
        assert row in words, row


def test_team_overview_shows_the_subdomains_unsuppressed() -> None:
    pages = _pages(team_overview_pdf_bytes(sample_overview()))
    words = " ".join(" ".join(t for t, _ in pages).split())
    assert "Huishoudens per subdomein" in words
    assert "Participatie 3 2 1 0 10,0" in words and "Niet vastgelegd – 64 – – –" in words
