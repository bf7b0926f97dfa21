"""The dossier window: field messages, reasoned access, conflicts, status lifecycle."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import message_boxes
from tests.ui.households.conftest import Team
from wijkteam_desk.services.household_types import HouseholdInput
from wijkteam_desk.store.models import HouseholdStatus
from wijkteam_desk.ui.households.dossier_window import DossierWindow
from wijkteam_desk.ui.households.households_page import HouseholdsPage
from wijkteam_desk.ui.households.reason_dialog import ReasonDialog
from wijkteam_desk.ui.households.reasoned_access_page import ReasonedAccessPage


def _window(qtbot: QtBot, team: Team, household_id: int, actor=None) -> DossierWindow:  # type: ignore[no-untyped-def]
    actor = actor or team.worker
    window = DossierWindow(team.services, actor,
                           team.services.households.open(actor, household_id))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_member_form_rejects_a_bad_bsn_next_to_the_field(qtbot: QtBot, team: Team) -> None:
    window = _window(qtbot, team, team.hoekstra.id)
    assert window.members.model.rowCount() == 2
    assert window.members.proxy.index(1, 3).data() in ("******333", "")
    dialog = window.members.add()
    assert dialog is not None
    dialog.first_name.setText("Sjoukje")
    dialog.last_name.setText("Hoekstra")
    dialog.bsn.setText("123456789")  # fails the 11-proef
    assert not dialog.try_save()
    assert dialog.errors.text("bsn").startswith("BSN: dit nummer bestaat niet")
    assert dialog.bsn.hasFocus() or not window.isActiveWindow()
    assert dialog.bsn.accessibleDescription() == dialog.errors.text("bsn")
    assert dialog.errors.text("last_name") == ""
    dialog.bsn.setText("")
    dialog.date_of_birth.setText("31-02-2001")
    assert not dialog.try_save()
    assert dialog.errors.text("date_of_birth").startswith("Geboortedatum: vul een bestaande")
    dialog.date_of_birth.setText("12-03-2019")
    dialog.phone.setText("12345")
    assert not dialog.try_save()
    assert dialog.errors.text("phone").startswith("Telefoonnummer: dit is geen geldig nummer")
    assert dialog.errors.text("date_of_birth") == ""
    # nothing was saved by the three refusals; the typed text is still there
    assert len(team.services.households.open(team.worker, team.hoekstra.id).members) == 2
    assert dialog.first_name.text() == "Sjoukje"
    dialog.phone.setText("06 12345678")
    assert dialog.try_save()
    assert window.members.model.rowCount() == 3
    assert "Sjoukje Hoekstra" in [m.full_name for m in window.dossier.members]


def test_household_form_rejects_a_bad_postcode_and_saves_nothing(qtbot: QtBot,
                                                                 team: Team) -> None:
    window = _window(qtbot, team, team.hoekstra.id)
    dialog = window.overview.edit()
    dialog.edits["postcode"].setText("8921 A")
    dialog.edits["street"].setText("Nieuwe straat")
    assert not dialog.try_save()
    assert dialog.errors.text("postcode") == (
        "Postcode: vul vier cijfers en twee letters in, bijvoorbeeld 8921 AB.")
    again = team.services.households.open(team.worker, team.hoekstra.id).household
    assert (again.street, again.postcode) == ("Tuinstraat", "8921 AB")
    dialog.edits["postcode"].setText("8921ac")
    assert dialog.try_save()
    assert window.overview.values["place"].text() == "8921 AC Leeuwarden"
    assert window.overview.values["address"].text() == "Nieuwe straat 12"


def test_conflict_keeps_the_typed_input_and_offers_to_reload(qtbot: QtBot, team: Team) -> None:
    window = _window(qtbot, team, team.hoekstra.id)
    dialog = window.overview.edit()
    dialog.edits["phone"].setText("058 765 4321")
    # a colleague (the teamleider) saves the household meanwhile
    h = team.hoekstra
    team.services.households.update(team.leader, h.id, HouseholdInput(
        name=h.name, street=h.street, house_number=h.house_number, postcode=h.postcode,
        city=h.city, phone="058 123 4567",
        email="hoekstra@example.nl"), h.version)
    assert not dialog.try_save()
    [box] = message_boxes()
    assert "Een collega heeft dit gegeven intussen gewijzigd" in box.text()
    assert "Wilt u de nieuwste gegevens laden?" in box.text()
    assert dialog.isVisible()
    assert dialog.edits["phone"].text() == "058 765 4321"
    box.button(QMessageBox.StandardButton.Yes).click()
    assert window.overview.values["email"].text() == "hoekstra@example.nl"
    assert dialog.edits["phone"].text() == "058 765 4321"  # still what the user typed
    assert dialog.try_save()
    assert window.dossier.household.phone == "058 765 4321"


def test_status_lifecycle_with_buttons(qtbot: QtBot, team: Team) -> None:
    window = _window(qtbot, team, team.hoekstra.id)
    overview = window.overview
    assert overview.activate_button.isVisibleTo(window)
    assert not overview.reopen_button.isVisibleTo(window)
    overview.activate_button.click()
    assert window.dossier.household.status is HouseholdStatus.ACTIEF
    dialog = overview.close_household()
    assert not dialog.try_save()
    assert dialog.errors.text("closing_category") == "Kies een afsluitreden."
    dialog.category.setCurrentIndex(dialog.category.findText("Doelen behaald"))
    dialog.reason.setPlainText("Vraag opgelost; schulden geregeld.")
    assert dialog.try_save()
    assert window.dossier.household.status is HouseholdStatus.AFGESLOTEN
    assert overview.values["closing"].text() == "Doelen behaald"
    assert overview.values["closing_note"].text() == "Vraag opgelost; schulden geregeld."
    assert overview.reopen_button.isVisibleTo(window)
    overview.reopen_button.click()
    assert window.dossier.household.status is HouseholdStatus.HEROPEND
    assert overview.values["regie"].text() == "Sietske Hoekstra"  # same worker again
    assert not overview.values["closing"].isVisibleTo(window)  # the afsluitreden is gone
    history = [window.history.proxy.index(r, 1).data()
               for r in range(window.history.proxy.rowCount())]
    for text in ("Status: Aangemeld", "Status: Actief", "Status: Afgesloten",
                 "Status: Heropend"):
        assert text in history


def test_a_worker_who_is_not_involved_must_state_a_reason(qtbot: QtBot, team: Team) -> None:
    page = HouseholdsPage(team.services, team.other)  # Pieter, not involved with Hoekstra
    qtbot.addWidget(page)
    page.show()
    page.search.setText("tuinstr")
    page.run_search()
    [row] = page.results_model.rows()
    assert not row.involved
    shown = [page.results_proxy.index(0, c).data() for c in range(8)]
    assert shown == ["Wiebe Hoekstra", "8921 AB", "(alleen met reden)", "Sietske Hoekstra",
                     "", "", "", row.number]
    page.results.selectRow(0)
    dialog = page.open_current()
    assert isinstance(dialog, ReasonDialog)
    assert page.dossiers == {}
    qtbot.keyClicks(dialog.reason, "even")
    assert not dialog.try_save()
    assert dialog.errors.text("reason").startswith("Geef de reden waarom u dit huishouden opent")
    assert page.dossiers == {}
    dialog.reason.setPlainText("Bewoner belt; Sietske is vandaag ziek.")
    assert dialog.try_save()
    window = page.dossiers[row.household_id]
    assert window.isVisible()
    assert window.access.text() == "Alleen lezen: u hebt dit dossier geopend met een reden."
    assert not window.members.add_button.isEnabled()
    assert not window.contacts.new_button.isEnabled()
    assert window.contacts.new_contact() is None
    # the teamleider sees who opened it and why
    leader_page = ReasonedAccessPage(team.services, team.leader)
    qtbot.addWidget(leader_page)
    assert [leader_page.proxy.index(0, c).data() for c in range(1, 5)] == [
        "Pieter de Jong", "Wiebe Hoekstra", row.number, "Bewoner belt; Sietske is vandaag ziek."]
    assert window.reload()  # reloading asks nothing again and stays read only
    assert window.access.text() == "Alleen lezen: u hebt dit dossier geopend met een reden."


def test_show_bsn_asks_for_a_reason(qtbot: QtBot, team: Team) -> None:
    window = _window(qtbot, team, team.hoekstra.id)
    table = window.members.table
    anna = next(r for r in range(window.members.proxy.rowCount())
                if window.members.proxy.index(r, 0).data() == "Anna Hoekstra")
    table.selectRow(anna)
    assert window.members.proxy.index(anna, 3).data() == "******333"
    dialog = window.members.reveal_bsn()
    assert isinstance(dialog, ReasonDialog)
    assert not dialog.try_save()
    assert dialog.errors.text("reason") == "Geef de reden waarom u het BSN wilt zien."
    dialog.reason.setPlainText("Aanvraag toeslag invullen")
    assert dialog.try_save()
    [box] = message_boxes()
    assert box.text() == "BSN van Anna Hoekstra: 111222333"


def test_editing_a_member_never_loses_the_stored_bsn(qtbot: QtBot, team: Team) -> None:
    window = _window(qtbot, team, team.hoekstra.id)
    tab = window.members
    anna = next(r for r in range(tab.proxy.rowCount())
                if tab.proxy.index(r, 0).data() == "Anna Hoekstra")
    tab.table.selectRow(anna)
    dialog = tab.edit()
    assert dialog is not None
    assert dialog.bsn.text() == "" and "******333" in dialog.bsn.placeholderText()
    dialog.phone.setText("06 12345679")
    assert dialog.try_save()  # an empty BSN field keeps the stored number
    member = next(m for m in window.dossier.members if m.full_name == "Anna Hoekstra")
    assert (member.bsn_masked, member.phone) == ("******333", "06 12345679")
    tab.table.selectRow(anna)
    reveal = tab.reveal_bsn()
    reveal.reason.setPlainText("Gegevens bijwerken met moeder")
    assert reveal.try_save()
    for box in message_boxes():
        box.close()
    tab.table.selectRow(anna)
    dialog = tab.edit()
    assert dialog.bsn.text() == "111222333"  # shown once with a reason: filled in
    dialog.phone.setText("06 12345678")
    assert dialog.try_save()
    member = next(m for m in window.dossier.members if m.full_name == "Anna Hoekstra")
    assert (member.bsn_masked, member.phone) == ("******333", "06 12345678")
