"""The Rapportages screen: preview, exports in the background with progress, printing."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QThread, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tests.conftest import ActorFactory
from wijkteam_desk.store.models import Role
from wijkteam_desk.ui.reports.reports_page import ReportsPage
from wijkteam_desk.wiring import Services


@pytest.fixture
def page(qtbot, sqlite_services: Services):  # type: ignore[no-untyped-def]
    actors = ActorFactory(sqlite_services)
    actor = actors(Role.TEAMLEIDER, name="tineke")
    widget = ReportsPage(sqlite_services, actor)
    qtbot.addWidget(widget)
    widget.year.setValue(2026)
    widget.quarter.setCurrentIndex(2)
    widget.show()
    return widget


def _audit(services: Services, prefix: str) -> list:  # type: ignore[type-arg]
    from sqlalchemy import select

    from wijkteam_desk.store.models import AuditEntry

    with services.db.begin() as session:
        return [(e.username, e.action, e.reason) for e in session.execute(
            select(AuditEntry).where(AuditEntry.action.startswith(prefix))
            .order_by(AuditEntry.seq)).scalars()]


def test_preview_shows_every_sheet_with_results_in_the_gui_thread(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    threads = []
    page.preview_ready.connect(lambda _r: threads.append(QThread.currentThread()))
    with qtbot.waitSignal(page.preview_ready, timeout=20000):
        page.preview_button.click()
    assert threads == [QApplication.instance().thread()]
    names = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert names[0] == "Samenvatting" and names[-1] == "Toelichting" and len(names) == 11
    assert "Wijkteam Test" in page.status.text() and "2026 kwartaal 3" in page.status.text()
    assert page.print_button.isEnabled()
    assert _audit(page._services, "reports.quarterly_figures")[-1][:2] == (
        "tineke", "reports.quarterly_figures")


def test_export_runs_in_the_background_and_the_window_stays_responsive(
        qtbot, page, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "rapport"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "Excel-werkmap (*.xlsx)"))
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    at_finish: list[int] = []
    page.export_finished.connect(lambda _r: at_finish.append(len(ticks)))
    with qtbot.waitSignal(page.export_finished, timeout=30000) as finished:
        page.xlsx_button.click()
        # click() came back before the work was done: the GUI thread is free.
        assert page.busy and not page.xlsx_button.isEnabled()
        assert page._progress is not None and page._progress.isVisible()
    timer.stop()
    assert at_finish and at_finish[0] > 0, "the event loop ran while the export was working"
    result = finished.args[0]
    assert result.path == tmp_path / "rapport.xlsx"  # the extension is added
    assert load_workbook(result.path).sheetnames[0] == "Samenvatting"
    assert not page.busy and page.xlsx_button.isEnabled() and page._progress is None
    user, action, reason = _audit(page._services, "reports.export")[-1]
    assert (user, action) == ("tineke", "reports.export_quarterly")
    assert reason == "xlsx; 2026 kwartaal 3; rapport.xlsx"


def test_team_overview_export(qtbot, page, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "overzicht.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(page.export_finished, timeout=30000):
        page.overview_button.click()
    text = PdfReader(io.BytesIO(target.read_bytes())).pages[0].extract_text()
    assert "VERTROUWELIJK" in text and "Teamoverzicht Wijkteam Test" in text
    assert _audit(page._services, "reports.export_team")[-1][1] == \
        "reports.export_team_overview"


def test_cancelled_file_dialog_exports_nothing(qtbot, page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    page.pdf_button.click()
    assert not page.busy and _audit(page._services, "reports.export") == []


def test_custom_period_ending_before_it_starts_is_refused(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.kind.setCurrentIndex(1)
    assert page.start.isEnabled() and not page.year.isEnabled()
    page.start.setDate(QDate(2026, 5, 1))
    page.end.setDate(QDate(2026, 4, 1))
    page.preview_button.click()
    box = page.findChild(QMessageBox, "melding")
    assert box is not None and "einddatum ligt vóór de begindatum" in box.text()
    assert not page.busy


def test_a_teamleider_sees_only_their_own_team(qtbot, sqlite_services: Services) -> None:  # type: ignore[no-untyped-def]
    actors = ActorFactory(sqlite_services)
    other = sqlite_services.accounts.create_team(actors.admin, "Dorpenteam Noord")
    actor = actors(Role.TEAMLEIDER, team_id=other.id, name="noordleider")
    widget = ReportsPage(sqlite_services, actor)
    qtbot.addWidget(widget)
    assert [widget.team.itemText(i) for i in range(widget.team.count())] == ["Dorpenteam Noord"]


def test_printing_is_logged(qtbot, page, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.preview_ready, timeout=20000):
        page.preview_button.click()
    out = tmp_path / "afdruk.pdf"

    def pdf_printer() -> QPrinter:
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(page, "_make_printer", pdf_printer)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Accepted)
    page.print_button.click()
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Kerncijfers" in text and "Toelichting" in text
    assert _audit(page._services, "reports.print")[-1] == (
        "tineke", "reports.print", "kwartaalrapportage; 2026 kwartaal 3")


def test_a_demo_database_export_keeps_the_window_responsive(
        qtbot, sqlite_services: Services, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from wijkteam_desk.services.accounts import actor_for
    from wijkteam_desk.services.demo import fill_demo
    from wijkteam_desk.store.models import User

    fill_demo(sqlite_services, seed=5, households=300)
    with sqlite_services.db.begin() as session:
        leader = actor_for(session.execute(select(User).where(
            User.username == "teamleider")).scalar_one())
    page = ReportsPage(sqlite_services, leader)
    qtbot.addWidget(page)
    page.show()
    target = tmp_path / "demo.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    with qtbot.waitSignal(page.export_finished, timeout=60000):
        page.pdf_button.click()
        assert page.busy and page._progress is not None
    timer.stop()
    assert len(ticks) >= 3, "the event loop kept running during the export"
    assert "Kwartaalrapportage Wijkteam Oost" in PdfReader(target).pages[0].extract_text()


def test_preview_shows_the_subdomain_table_and_chart(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from PySide6.QtWidgets import QTableView

    from wijkteam_desk.store.models import Signal, SignalSource, Subdomain
    from wijkteam_desk.ui.reports.chart_view import ChartView

    team_id = page.team.currentData()
    recorded = [Subdomain.WMO] * 6 + [Subdomain.SCHULDEN] * 5 + [None] * 7
    with page._services.db.begin() as session:
        for n, subdomain in enumerate(recorded):
            session.add(Signal(team_id=team_id, source=SignalSource.ZELFMELDER,
                               received_on=date(2026, 8, 1 + n), subdomain=subdomain))
    with qtbot.waitSignal(page.preview_ready, timeout=20000):
        page.preview_button.click()
    names = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    page.tabs.setCurrentIndex(names.index("Subdomeinen"))
    tab = page.tabs.currentWidget()
    [view] = [v for v in tab.findChildren(QTableView) if v.accessibleName() == "Per subdomein"]
    model = view.model()
    shown = {model.index(r, 0).data(): model.index(r, 2).data()
             for r in range(model.rowCount())}
    assert shown == {"Jeugd": "0", "Wmo": "6", "Participatie": "0", "Schulden": "5",
                     "Niet vastgelegd": "7", "Totaal": "18"}
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Subdomein", "Huishoudens", "Signalen", "Verwijzingen", "waarvan maatwerk",
        "Contacturen"]
    [chart] = tab.findChildren(ChartView)
    assert chart.accessibleName() == "Huishoudens per subdomein" and chart.is_valid()
    assert view.isVisible() and chart.isVisible()
