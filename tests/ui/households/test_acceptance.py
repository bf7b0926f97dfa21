"""Issue 3 acceptance: find a household by typing part of a name, open it, add a contact
moment by keyboard only, and see it in the timeline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.households.conftest import Team
from wijkteam_desk.store.models import HouseholdStatus
from wijkteam_desk.ui.households.contact_dialog import ContactDialog
from wijkteam_desk.ui.households.dossier_window import DossierWindow
from wijkteam_desk.ui.households.households_page import HouseholdsPage


def _active_dialog() -> ContactDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ContactDialog) and widget.isVisible():
            return widget
    return None


def _dossier_window(page: HouseholdsPage) -> DossierWindow | None:
    return next((w for w in page.dossiers.values() if w.isVisible()), None)


def test_find_open_and_add_a_contact_by_keyboard_only(qtbot: QtBot, team: Team) -> None:
    page = HouseholdsPage(team.services, team.worker)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.caseload_model.rowCount() == 2  # Hoekstra and Bakker, not De Vries

    page.search.setFocus()
    qtbot.keyClicks(page.search, "hoek")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.results, timeout=2000)
    assert [r.name for r in page.results_model.rows()] == ["Wiebe Hoekstra"]
    assert page.results_model.rows()[0].address == "Tuinstraat 12"

    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # one hit: Enter opens it
    qtbot.waitUntil(lambda: _dossier_window(page) is not None, timeout=2000)
    window = _dossier_window(page)
    assert window is not None
    assert "Wiebe Hoekstra" in window.windowTitle()
    assert window.dossier.household.status is HouseholdStatus.AANGEMELD
    assert window.contacts.model.rowCount() == 0
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _active_dialog() is not None, timeout=2000)
    dialog = _active_dialog()
    assert dialog is not None
    assert window.tabs.currentWidget() is window.contacts
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    qtbot.waitUntil(dialog.report.hasFocus, timeout=2000)
    # the defaults: huisbezoek, 30 minutes, the acting worker
    assert dialog.kind.currentText() == "Huisbezoek"
    assert dialog.duration.value() == 30
    assert dialog.worker.currentData() == team.worker.user_id
    qtbot.keyClicks(dialog.report, "Kennismaking; samen de post doorgenomen.")
    qtbot.keyClick(dialog.report, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 1, timeout=2000)
    assert _active_dialog() is None
    shown = [window.contacts.proxy.index(0, c).data() for c in range(6)]
    assert shown[1] == "Huisbezoek"
    assert shown[2] == "Sietske Hoekstra"
    assert shown[3] == "30"
    assert shown[5] == "Kennismaking; samen de post doorgenomen."
    # the first contact made the household actief; the caseload shows the last contact
    assert window.dossier.household.status is HouseholdStatus.ACTIEF
    row = next(r for r in page.caseload_model.rows() if r.name == "Wiebe Hoekstra")
    assert row.last_contact is not None
