"""The kwartaalrapportage workbook, built from a hand-made figures object and read back."""

from __future__ import annotations

import getpass
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.reports.sample import sample_figures
from tests.reports.xlsx_reader import as_dict, read_tables
from wijkteam_desk.reports.figures import SECTIONS, QuarterlyFigures
from wijkteam_desk.reports.quarterly_layout import quarterly_report
from wijkteam_desk.reports.quarterly_xlsx import write_quarterly_xlsx

SHEETS = ["Samenvatting", "Instroom", "Inloop", "Trajecten", "Verwijzingen",
          "Plannen en leefgebieden", "Vroegsignalering schulden", "Subdomeinen", "Hiaten",
          "Doorpakbudget", "Toelichting"]


@pytest.fixture
def workbook(tmp_path: Path):  # type: ignore[no-untyped-def]
    target = tmp_path / "kwartaal.xlsx"
    write_quarterly_xlsx(quarterly_report(sample_figures()), target)
    return load_workbook(target)


def test_sheets_in_order(workbook) -> None:  # type: ignore[no-untyped-def]
    assert workbook.sheetnames == SHEETS


def test_every_cell_equals_the_laid_out_report(workbook) -> None:  # type: ignore[no-untyped-def]
    report = quarterly_report(sample_figures())
    for sheet in report.sheets:
        tables = read_tables(workbook[sheet.name])
        assert list(tables) == [t.title for t in sheet.tables], sheet.name
        for table in sheet.tables:
            rows = tables[table.title]
            assert rows[0] == [c.header for c in table.columns if c.header]
            expected = [["–" if v is None else (None if v == "" else v) for v in r.cells]
                        for r in table.rows]
            got = [[float(v) if isinstance(v, Decimal) else v for v in row] for row in rows[1:]]
            want = [[float(v) if isinstance(v, Decimal) else v for v in row] for row in expected]
            assert got == want, (sheet.name, table.title)


# Hand-computed from tests/reports/sample.py with threshold 5.
EXPECTED = {
    ("Samenvatting", "Kerncijfers"): {
        "Bereikte huishoudens": 412, "Nieuwe signalen": 141, "Bezoeken inloop": 1234,
        "Contacturen per huishouden per maand": 2.0,  # 1800 h / 300 hh / 3 months
        "Doorlooptijd signaal tot afsluiting, mediaan (dagen)": 150.0,
        "Verwijzingen": 182, "Aandeel actieve huishoudens met vastgesteld plan": 0.8,
        "Hiaten (geen passend aanbod)": 12, "Doorpakbudget: aantal uitgaven": 16,
        "Doorpakbudget: totaalbedrag": 4250.5},
    ("Instroom", "Nieuwe signalen naar bron"): {
        "Inloop": 61, "Zelfmelder": 40, "Huisarts": "<5", "Woningcorporatie": "x",
        "Vroegsignalering schulden": 25, "Totaal": 141},
    ("Instroom", "Nieuwe signalen naar wijk/dorp"): {
        "Heechterp-Schieringen": 70, "Vrijheidswijk": "x", "Wirdum": "<5", "Totaal": 141},
    ("Inloop", "Bezoeken naar dagdeel"): {"Ochtend": "x", "Middag": 630, "Avond": "<5"},
    ("Trajecten", "Trajecten"): {"Heropend": "<5", "Afgesloten": 37},
    ("Trajecten", "Afsluitredenen"): {"Doelen bereikt": 25, "Verhuisd": "<5",
                                      "Overgedragen": "x", "Totaal": 37},
    ("Plannen en leefgebieden", "Plannen"): {"Aandeel met vastgesteld plan": 0.8,
                                             "Aandeel doelen behaald": 70 / 150},
    ("Vroegsignalering schulden", "Van melding tot traject"): {
        "Meldingen": 25, "Contact": 18, "Traject": 9, "Afgewezen": "<5"},
}


@pytest.mark.parametrize("where", list(EXPECTED), ids=lambda w: f"{w[0]}/{w[1]}")
def test_hand_computed_figures(workbook, where) -> None:  # type: ignore[no-untyped-def]
    values = as_dict(read_tables(workbook[where[0]])[where[1]])
    for label, expected in EXPECTED[where].items():
        assert values[label] == pytest.approx(expected) if not isinstance(expected, str) \
            else values[label] == expected, label


def test_derived_figures_over_small_groups_are_suppressed(workbook) -> None:  # type: ignore[no-untyped-def]
    durations = read_tables(workbook["Trajecten"])["Doorlooptijden (dagen)"]
    rows = {r[0]: r[1:] for r in durations[1:]}
    assert rows["Signaal tot eerste contact"] == [40, 6.0, 15.2]
    assert rows["Plan vastgesteld tot afsluiting"] == ["<5", "<5", "<5"]  # n = 4
    times = {r[0]: r[1:] for r in read_tables(workbook["Inloop"])
             ["Wacht- en gesprekstijd (minuten)"][1:]}
    assert times["Gesprekstijd"] == ["<5", "<5", "<5"]  # n = 3
    funnel = read_tables(workbook["Vroegsignalering schulden"])["Van melding tot traject"]
    assert funnel[4] == ["Afgewezen", "<5", "<5"]  # 4 of 25: numerator suppressed
    assert funnel[2][2] == pytest.approx(18 / 25)
    leefgebied = {r[0]: r[1:] for r in read_tables(workbook["Plannen en leefgebieden"])
                  ["Verandering per leefgebied (score 1–5)"][1:]}
    assert leefgebied["Huisvesting"][:4] == ["<5"] * 4
    assert leefgebied["Financiën"][3] == pytest.approx(0.95)
    budget = {r[0]: r[1:] for r in read_tables(workbook["Doorpakbudget"])
              ["Doorpakbudget per maand"][1:]}
    # 3 grants in July: suppressed, and August hidden too so July can't be subtracted.
    assert budget == {"juli": ["<5", "<5"], "augustus": ["x", "x"],
                      "september": [7, 2100], "Totaal": [16, 4250.5]}


def test_threshold_is_configurable(tmp_path: Path) -> None:
    target = tmp_path / "k.xlsx"
    write_quarterly_xlsx(quarterly_report(sample_figures(threshold=10)), target)
    wb = load_workbook(target)
    funnel = as_dict(read_tables(wb["Vroegsignalering schulden"])["Van melding tot traject"])
    assert funnel == {"Meldingen": 25, "Contact": 18, "Traject": "<10", "Afgewezen": "<10"}
    rules = read_tables(wb["Toelichting"])["Kleine aantallen"]
    assert "1 tot en met 9" in rules[1][0] and "'<10'" in rules[1][0]


def test_styling_and_print_setup(workbook) -> None:  # type: ignore[no-untyped-def]
    ws = workbook["Instroom"]
    header = next(r for r in ws.iter_rows() if r[0].value == "Bron")
    assert header[0].font.b and header[0].fill.fgColor.rgb.endswith("2F5D7C")
    total = next(r for r in ws.iter_rows() if r[0].value == "Totaal")
    assert total[1].font.b and total[1].number_format == "#,##0"
    assert ws.freeze_panes == "A4"  # the title block stays in view
    assert ws.print_title_rows == "$1:$3"
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.column_dimensions["A"].width >= 30
    vroeg = workbook["Vroegsignalering schulden"]  # one table: its header row is frozen too
    assert vroeg.freeze_panes == "A7"  # title 5, header 6
    share = next(r for r in vroeg.iter_rows() if r[0].value == "Contact")
    assert share[2].number_format == "0.0%"
    euro = next(r for r in workbook["Doorpakbudget"].iter_rows() if r[0].value == "september")
    assert "€" in euro[2].number_format


def test_document_properties_name_no_person(workbook) -> None:  # type: ignore[no-untyped-def]
    props = workbook.properties
    assert props.creator == "Wijkteam Desk" and props.lastModifiedBy == "Wijkteam Desk"
    assert props.title == "Kwartaalrapportage Wijkteam Oost"
    texts = [str(getattr(props, f)) for f in ("creator", "lastModifiedBy", "title", "subject",
                                              "description", "keywords", "category")]
    assert not any(getpass.getuser() in t for t in texts if getpass.getuser() != "root")
    assert "openpyxl" not in " ".join(texts)


def test_sections_without_a_source_say_so(tmp_path: Path) -> None:
    figures = QuarterlyFigures(sample_figures().meta, missing=frozenset(SECTIONS))
    target = tmp_path / "leeg.xlsx"
    write_quarterly_xlsx(quarterly_report(figures), target)
    wb = load_workbook(target)
    assert "niet vastgelegd" in wb["Inloop"]["A3"].value
    summary = as_dict(read_tables(wb["Samenvatting"])["Kerncijfers"])
    assert set(summary.values()) == {"niet vastgelegd"}
    missing = read_tables(wb["Toelichting"])["Nog niet vastgelegd"]
    assert ["Inloop"] in missing and len(missing) == 1 + len(SECTIONS)


def test_written_atomically_over_an_old_file(tmp_path: Path) -> None:
    target = tmp_path / "kwartaal.xlsx"
    target.write_bytes(b"oud")
    write_quarterly_xlsx(quarterly_report(sample_figures()), target)
    assert load_workbook(target).sheetnames == SHEETS
    assert [p.name for p in tmp_path.iterdir()] == ["kwartaal.xlsx"]  # no temp file left
