"""Mijn huishoudens: the caseload, keyboard paths, and a contact draft brought back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.households.conftest import Team
from wijkteam_desk.ui.households.contact_dialog import ContactDialog
from wijkteam_desk.ui.households.households_page import SEARCH_DELAY_MS, HouseholdsPage


def _page(qtbot: QtBot, team: Team, actor=None) -> HouseholdsPage:  # type: ignore[no-untyped-def]
    page = HouseholdsPage(team.services, actor or team.worker)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    return page


def test_caseload_shows_last_contact_and_attention(qtbot: QtBot, team: Team) -> None:
    page = _page(qtbot, team)
    rows = {page.caseload_proxy.index(r, 0).data(): [
        page.caseload_proxy.index(r, c).data() for c in range(8)]
        for r in range(page.caseload_proxy.rowCount())}
    assert set(rows) == {"Wiebe Hoekstra", "Jelle Bakker"}
    assert rows["Wiebe Hoekstra"][1] == "Aangemeld: nog niet gestart; Nog geen contact"
    assert rows["Wiebe Hoekstra"][2] == ""
    assert rows["Jelle Bakker"][1] == ""
    assert rows["Jelle Bakker"][2] != ""  # the phone call three days ago
    assert page.count.text() == "2 huishoudens"
    assert page.caseload.accessibleName() == "Mijn huishoudens"


def test_search_is_debounced_and_escape_returns_to_the_caseload(qtbot: QtBot,
                                                                team: Team) -> None:
    page = _page(qtbot, team)
    page.search.setFocus()
    qtbot.keyClicks(page.search, "8922")
    assert page.timer.isActive()  # nothing searched per keystroke
    assert page.stack.currentWidget() is page.caseload
    qtbot.wait(SEARCH_DELAY_MS + 50)
    assert page.stack.currentWidget() is page.results
    assert [r.name for r in page.results_model.rows()] == ["Jelle Bakker"]
    assert page.count.text() == "1 gevonden"
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.results.hasFocus()
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == ""
    qtbot.wait(SEARCH_DELAY_MS + 50)
    assert page.stack.currentWidget() is page.caseload


def test_enter_in_the_caseload_opens_the_dossier(qtbot: QtBot, team: Team) -> None:
    page = _page(qtbot, team)
    page.caseload.setFocus()
    qtbot.waitUntil(page.caseload.hasFocus, timeout=2000)
    first = page.caseload_proxy.index(0, 0).data()
    qtbot.keyClick(page.caseload, Qt.Key.Key_Return)
    [window] = page.dossiers.values()
    assert window.dossier.household.name == first
    # opening it again raises the same window
    qtbot.keyClick(page.caseload, Qt.Key.Key_Return)
    assert list(page.dossiers.values()) == [window]


def test_a_contact_draft_is_brought_back(qtbot: QtBot, team: Team) -> None:
    page = _page(qtbot, team)
    window = page.show_dossier(team.services.households.open(team.worker, team.bakker.id))
    dialog = window.contacts.new_contact()
    assert isinstance(dialog, ContactDialog)
    dialog.template.setCurrentIndex(dialog.template.findText("Telefonisch contact"))
    assert dialog.report.toPlainText() == "Telefonisch gesproken over: "
    dialog.report.insertPlainText("de huurachterstand.")
    key, data = dialog.draft_key(), dialog.draft_data()
    assert key == f"huishoudens.contact:{team.bakker.id}"
    window.close()
    page2 = _page(qtbot, team)
    assert page2.restore_draft(key, data)
    restored = [d for d in page2.dossiers[team.bakker.id].findChildren(ContactDialog)
                if d.isVisible()]
    assert len(restored) == 1
    again = restored[0]
    assert again.kind.currentText() == "Telefoon"
    assert again.duration.value() == 10
    assert again.report.toPlainText() == "Telefonisch gesproken over: de huurachterstand."
    assert again.try_save()
    assert page2.dossiers[team.bakker.id].contacts.model.rowCount() == 2


def test_the_screens_load_their_english_translation(qtbot: QtBot, team: Team,
                                                    qapp) -> None:  # type: ignore[no-untyped-def]
    from wijkteam_desk.ui.translations import install_translators, remove_translators

    translators = install_translators(qapp, "en")
    try:
        page = _page(qtbot, team)
        assert page.heading.text() == "My households"
        window = page.show_dossier(team.services.households.open(team.worker, team.bakker.id))
        assert window.tabs.tabText(2) == "&Contacts"
        assert window.contacts.proxy.index(0, 1).data() == "Phone"
        assert window.access.text() == "You are involved with this household."
    finally:
        remove_translators(qapp, translators)


def test_teamleider_switches_to_the_whole_team_with_regievoerders(qtbot: QtBot,
                                                                 team: Team) -> None:
    worker_page = _page(qtbot, team)
    assert not worker_page.scope.isVisibleTo(worker_page)
    page = _page(qtbot, team, team.leader)
    assert page.scope.isVisibleTo(page)
    # the teamleider is nobody's regievoerder, so the page starts with the whole team
    assert page.scope.currentData() is True
    headers = [page.caseload_model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(page.caseload_model.columnCount())]
    assert "Regievoerder" in headers and "Mijn rol" not in headers
    column = headers.index("Regievoerder")
    rows = {page.caseload_proxy.index(r, 0).data(): page.caseload_proxy.index(r, column).data()
            for r in range(page.caseload_proxy.rowCount())}
    assert rows == {"Wiebe Hoekstra": "Sietske Hoekstra", "Jelle Bakker": "Sietske Hoekstra",
                    "Klaas de Vries": "Pieter de Jong"}
    assert page.heading.text() == "Huishoudens van het team"
    assert page.count.text() == "3 huishoudens"
    page.scope.setCurrentIndex(page.scope.findData(False))
    assert page.heading.text() == "Mijn huishoudens" and page.caseload_model.rowCount() == 0
