"""The sociale kaart page, driven by keyboard and mouse like a volunteer or teamleider."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.conftest import ActorFactory
from wijkteam_desk.services.socialmap_format import OpeningHours
from wijkteam_desk.services.socialmap_types import SearchFilter
from wijkteam_desk.store.models import Role
from wijkteam_desk.ui.socialmap import SocialMapPage
from wijkteam_desk.ui.socialmap.report_dialog import ReportOutdatedDialog
from wijkteam_desk.ui.socialmap.results_model import ServiceResultsModel
from wijkteam_desk.ui.socialmap.service_dialog import ServiceDialog
from wijkteam_desk.ui.socialmap.to_check_dialog import ToCheckDialog
from wijkteam_desk.wiring import Services

SAMPLE = Path(__file__).parent.parent / "fixtures" / "hsds-sample"


@pytest.fixture
def actors(sqlite_services: Services) -> ActorFactory:
    factory = ActorFactory(sqlite_services)
    sqlite_services.socialmap.import_hsds(factory.admin, SAMPLE)
    return factory


def _page(qtbot: QtBot, actors: ActorFactory, role: Role) -> SocialMapPage:
    page = SocialMapPage(actors.services, actors(role))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def test_a_volunteer_finds_a_service_by_keyboard_and_reads_it(qtbot: QtBot,
                                                              actors: ActorFactory) -> None:
    page = _page(qtbot, actors, Role.VRIJWILLIGER)
    assert page.model.rowCount() == 3
    page.query.setFocus()
    qtbot.keyClicks(page.query, "taalcafe")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.keyClick(page.query, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    text = page.detail.toPlainText()
    assert "Taalcafé De Linde" in text
    assert "Lindelaan 12, 8925 CD Leeuwarden" in text
    assert "Donderdag 19:00–21:00 uur" in text
    assert "058 765 4321" in text  # the organisation's phone
    assert not page.new_button.isVisible() and not page.edit_button.isVisible()
    assert page.print_button.isEnabled() and page.report_button.isEnabled()


def test_filters_narrow_the_list(qtbot: QtBot, actors: ActorFactory) -> None:
    page = _page(qtbot, actors, Role.SOCIAAL_WERKER)
    page.cost.setCurrentIndex(page.cost.findData("paid"))
    assert [page.model.row_at(r).name for r in range(page.model.rowCount())] == [
        "Buurtrestaurant De Linde"]
    page.cost.setCurrentIndex(0)
    page.area.setCurrentIndex(page.area.findData("Heechterp-Schieringen"))
    page.age.setValue(16)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.query.setText("samen eten")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)


def test_stale_entries_are_flagged_in_the_list(qtbot: QtBot, actors: ActorFactory,
                                               qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, actors, Role.VRIJWILLIGER)
    names = {page.model.row_at(r).name: r for r in range(page.model.rowCount())}
    stale = page.model.index(names["Buurtrestaurant De Linde"], ServiceResultsModel.NAME)
    fresh = page.model.index(names["Taalcafé De Linde"], ServiceResultsModel.NAME)
    assert page.model.data(stale).startswith("⚠")  # checked in January 2025
    assert "verouderd" in page.model.data(stale.siblingAtColumn(ServiceResultsModel.CHECKED))
    assert not page.model.data(fresh).startswith("⚠")
    qtmodeltester.check(page.model)


def test_the_wegwijzer_is_saved_as_a_one_page_pdf(qtbot: QtBot, actors: ActorFactory,
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(qtbot, actors, Role.VRIJWILLIGER)
    page.query.setText("schuldhulp")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    target = tmp_path / "wegwijzer"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "PDF-bestanden (*.pdf)"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    reader = PdfReader(tmp_path / "wegwijzer.pdf")
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for expected in ("Schuldhulpmaatje Oost", "Oostergoplein 4", "09:00", "058 123 4567",
                     "Legitimatiebewijs"):
        assert expected in text


def test_klopt_niet_meer_reaches_the_teamleider(qtbot: QtBot, actors: ActorFactory) -> None:
    page = _page(qtbot, actors, Role.VRIJWILLIGER)
    detail = page.detail.detail
    assert detail is not None
    dialog = ReportOutdatedDialog(page._kaart, page._actor, detail.id, detail.name, page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.note, "Nieuw telefoonnummer: 058 999 0000")
    dialog.accept()
    leader_page = _page(qtbot, actors, Role.TEAMLEIDER)
    assert leader_page.check_button.isVisible()
    to_check = ToCheckDialog(leader_page._kaart, leader_page._actor, leader_page)
    qtbot.addWidget(to_check)
    assert "Nieuw telefoonnummer" in to_check.entries.item(0).text()
    assert "1 gemeld" in to_check.summary.text()
    to_check.entries.setCurrentRow(0)
    to_check.checked_button.click()
    assert "0 gemeld" in to_check.summary.text()


def test_a_teamleider_adds_a_service_with_opening_hours(qtbot: QtBot,
                                                        actors: ActorFactory) -> None:
    page = _page(qtbot, actors, Role.TEAMLEIDER)
    dialog = ServiceDialog(page._kaart, page._actor, None, page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Formulierenhulp Heechterp")
    dialog.organization.setCurrentIndex(dialog.organization.findText("Buurthuis De Linde"))
    dialog.description.setPlainText("Hulp bij formulieren.")
    dialog.hours.add_line(OpeningHours(("TU",), "13:30", "16:00"))
    dialog.extra_areas.setText("Heechterp-Schieringen")
    dialog.accept()
    assert dialog.saved is not None
    assert dialog.saved.opening_hours == (OpeningHours(("TU",), "13:30", "16:00"),)
    page.query.setText("formulieren")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "Dinsdag 13:30–16:00 uur" in page.detail.toPlainText()


def test_a_volunteer_records_a_hiaat_the_teamleider_sees_it(qtbot: QtBot,
                                                            actors: ActorFactory) -> None:
    from wijkteam_desk.ui.socialmap.gap_dialog import GapDialog
    from wijkteam_desk.ui.socialmap.gaps_dialog import GapsDialog

    page = _page(qtbot, actors, Role.VRIJWILLIGER)
    assert page.gap_button.isVisible() and not page.gaps_button.isVisible()
    dialog = GapDialog(actors.services, page._actor, "Wirdum", parent=page)
    qtbot.addWidget(dialog)
    dialog.topic.setCurrentIndex(dialog.topic.findText("Vervoer en hulpmiddelen"))
    qtbot.keyClicks(dialog.description, "Geen vervoer op zondag naar de kerk.")
    dialog.accept()
    leader = _page(qtbot, actors, Role.TEAMLEIDER)
    assert leader.gaps_button.isVisible()
    overview = GapsDialog(actors.services, leader._actor, leader)
    qtbot.addWidget(overview)
    text = overview.view.toPlainText()
    assert "Wirdum" in text and "Vervoer en hulpmiddelen" in text
    assert "Geen vervoer op zondag" in text


def test_printing_through_the_print_dialog_to_a_pdf_printer(
        qtbot: QtBot, actors: ActorFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QDialog

    from wijkteam_desk.ui.socialmap import printing

    target = tmp_path / "printer.pdf"

    class ChosenPdfPrinter:
        """Stands in for the print dialog: the user picks 'print to file'."""

        def __init__(self, printer: QPrinter, _parent: object) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))

        def setWindowTitle(self, _title: str) -> None:  # noqa: N802
            pass

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(printing, "QPrintDialog", ChosenPdfPrinter)
    page = _page(qtbot, actors, Role.VRIJWILLIGER)
    page.query.setText("taalcafe")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    text = PdfReader(target).pages[0].extract_text()
    assert "Taalcafé De Linde" in text and "Lindelaan 12" in text
    entries = actors.services.audit.list_entries(actors.admin,
                                                 action_prefix="socialmap.print")
    assert len(entries) == 1


def test_the_printer_version_has_the_same_sections(qtbot: QtBot, actors: ActorFactory) -> None:
    from wijkteam_desk.ui.socialmap.printing import wegwijzer_document

    services = actors.services
    (row,) = services.socialmap.search(actors.admin, SearchFilter(text="schuldhulp"))
    printed = services.socialmap.print_wegwijzer(actors.admin, row.id)
    text = wegwijzer_document(printed.data).toPlainText()
    for expected in ("Schuldhulpmaatje Oost", "Waar?", "Oostergoplein 4", "Wanneer open?",
                     "Maandag en woensdag 09:00–12:00 uur", "Neem mee", "058 123 4567"):
        assert expected in text


def test_import_and_export_run_in_the_background(qtbot: QtBot, actors: ActorFactory,
                                                 tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _p, _t, text, *a, **k: shown.append(text))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()))
    page = _page(qtbot, actors, Role.BEHEERDER)
    assert page.import_button.isVisible() and page.export_button.isVisible()
    out = tmp_path / "kaart.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(out), "Excel (*.xlsx)"))
    with qtbot.waitSignal(page.transfer.finished, timeout=20000):
        page.export_button.click()
    assert out.exists() and "uitgevoerd" in shown[-1]
    bad = tmp_path / "fout"
    bad.mkdir()
    (bad / "service.csv").write_text("id,organization_id,name,status\nS1,X,Taalcafé,open\n",
                                     encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(bad / "service.csv"), ""))
    with qtbot.waitSignal(page.transfer.finished, timeout=20000):
        page.import_button.click()
    assert "service.csv, regel 2, kolom status" in shown[-1]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    with qtbot.waitSignal(page.transfer.finished, timeout=20000):
        page.import_button.click()
    assert "0 nieuwe en 0 bijgewerkte voorzieningen" in shown[-1]
    volunteer = _page(qtbot, actors, Role.VRIJWILLIGER)
    assert not volunteer.import_button.isVisible() and not volunteer.export_button.isVisible()
