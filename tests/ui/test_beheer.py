"""Beheer: users, teams and locations through the dialogs, seen back in the tables."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.conftest import TEST_PASSWORD
from tests.ui.conftest import message_boxes
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.store.models import LocationKind, Role
from wijkteam_desk.ui.beheer.beheer_section import BeheerSection
from wijkteam_desk.ui.form_dialog import FormDialog
from wijkteam_desk.ui.models import ROW_ROLE
from wijkteam_desk.ui.records_tab import RecordsTab
from wijkteam_desk.wiring import Services


@pytest.fixture
def section(qtbot: QtBot, gui_services: Services, admin: Actor) -> BeheerSection:
    widget = BeheerSection(gui_services, admin)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _save(dialog: FormDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def _table(tab: RecordsTab) -> list[list[str]]:
    proxy = tab.proxy
    return [[proxy.index(r, c).data() for c in range(proxy.columnCount())]
            for r in range(proxy.rowCount())]


def _select(tab: RecordsTab, text: str) -> None:
    assert tab.select(lambda row: text in (getattr(row, "full_name", "") or
                                          getattr(row, "name", ""))), text


def test_create_edit_deactivate_user(qtbot: QtBot, section: BeheerSection,
                                     gui_services: Services) -> None:
    tab = section.users
    dialog = tab.new()
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.full_name, "Pieter Post")
    qtbot.keyClicks(dialog.username, "pieter")
    dialog.password.setText(TEST_PASSWORD)
    dialog.repeat.setText(TEST_PASSWORD)
    _save(dialog)  # no role chosen yet
    assert dialog.isVisible()
    assert dialog.errors.text("roles") == "Kies minstens één rol."
    assert [u.username for u in gui_services.accounts.list_users(section.users.actor)] == [
        "anna"]
    dialog.role_boxes[Role.VRIJWILLIGER].setChecked(True)
    _save(dialog)
    assert not dialog.isVisible()
    assert ["Pieter Post", "pieter", "Vrijwilliger", "", "actief"] in _table(tab)
    assert tab.current().username == "pieter"

    edit = tab.edit()
    assert edit is not None and edit.full_name.text() == "Pieter Post"
    edit.full_name.setText("Pieter van der Post")
    edit.role_boxes[Role.SOCIAAL_WERKER].setChecked(True)
    _save(edit)
    assert ["Pieter van der Post", "pieter", "Vrijwilliger, Sociaal werker", "",
            "actief"] in _table(tab)

    _select(tab, "Pieter")
    assert tab.active_button.text() == "&Deactiveren"
    tab.active_button.click()
    assert ["Pieter van der Post", "pieter", "Vrijwilliger, Sociaal werker", "",
            "gedeactiveerd"] in _table(tab)
    assert tab.active_button.text() == "&Activeren"
    tab.active_button.click()
    assert "actief" in [row[4] for row in _table(tab) if row[1] == "pieter"]


def test_conflict_keeps_typed_input(qtbot: QtBot, section: BeheerSection,
                                    gui_services: Services, admin: Actor) -> None:
    tab = section.users
    _select(tab, "Anna")
    dialog = tab.edit()
    assert dialog is not None
    dialog.full_name.setText("Anna Bijgewerkt")
    # Meanwhile a colleague saves the same user.
    other = gui_services.accounts.list_users(admin)[0]
    from wijkteam_desk.services.accounts import UserInput
    gui_services.accounts.update_user(admin, other.id, UserInput(
        "anna", "Anna Anders", other.roles, None), other.version)
    _save(dialog)
    boxes = message_boxes()
    assert len(boxes) == 1 and "intussen gewijzigd" in boxes[0].text()
    assert dialog.isVisible() and dialog.full_name.text() == "Anna Bijgewerkt"


def test_last_beheerder_cannot_be_deactivated(section: BeheerSection) -> None:
    tab = section.users
    _select(tab, "Anna")
    tab.active_button.click()
    boxes = message_boxes()
    assert len(boxes) == 1 and "minstens één actieve beheerder" in boxes[0].text()
    assert _table(tab)[0][4] == "actief"


def test_reset_password(qtbot: QtBot, section: BeheerSection, gui_services: Services,
                        admin: Actor) -> None:
    tab = section.users
    _select(tab, "Anna")
    dialog = tab.reset_password()
    assert dialog is not None
    dialog.password.setText("kort")
    dialog.repeat.setText("kort")
    _save(dialog)
    assert dialog.errors.text("password") == "Kies een wachtwoord van minstens 10 tekens."
    dialog.password.setText("een-nieuw-wachtwoord")
    dialog.repeat.setText("een-nieuw-wachtwoord")
    _save(dialog)
    assert not dialog.isVisible()
    assert "opnieuw ingesteld" in message_boxes()[0].text()
    actor = gui_services.accounts.authenticate("anna", "een-nieuw-wachtwoord")
    assert gui_services.accounts.must_change_password(actor)


def test_create_edit_deactivate_team(qtbot: QtBot, section: BeheerSection) -> None:
    section.tabs.setCurrentWidget(section.teams)
    tab = section.teams
    dialog = tab.new()
    _save(dialog)
    assert dialog.errors.text("name") == "Vul de naam in."
    qtbot.keyClicks(dialog.name, "Wijkteam Noord")
    _save(dialog)
    assert _table(tab) == [["Wijkteam Noord", "actief"]]
    edit = tab.edit()
    assert edit is not None
    edit.name.setText("Dorpenteam Noord")
    _save(edit)
    assert _table(tab) == [["Dorpenteam Noord", "actief"]]
    tab.active_button.click()
    assert _table(tab) == [["Dorpenteam Noord", "gedeactiveerd"]]
    # A second team with the same name: message next to the name, input kept.
    again = tab.new()
    again.name.setText("Dorpenteam Noord")
    _save(again)
    assert again.errors.text("name") == "Deze naam is al in gebruik."
    assert again.isVisible() and again.name.text() == "Dorpenteam Noord"


def test_create_edit_deactivate_location(qtbot: QtBot, section: BeheerSection,
                                         gui_services: Services, admin: Actor) -> None:
    gui_services.accounts.create_team(admin, "Wijkteam Oost")
    section.tabs.setCurrentWidget(section.locations)
    tab = section.locations
    dialog = tab.new()
    qtbot.keyClicks(dialog.name, "Buurtkamer Heechterp")
    dialog.kind.setCurrentIndex(dialog.kind.findData(LocationKind.BUURTKAMER.value))
    dialog.team.setCurrentIndex(dialog.team.findText("Wijkteam Oost"))
    qtbot.keyClicks(dialog.address, "Heechterpstraat 1")
    qtbot.keyClicks(dialog.prefix, "b1")
    _save(dialog)
    assert "hoofdletters" in dialog.errors.text("ticket_prefix")
    dialog.prefix.setText("B")
    _save(dialog)
    assert _table(tab) == [["Buurtkamer Heechterp", "Buurtkamer", "Wijkteam Oost",
                            "Heechterpstraat 1", "B", "actief"]]
    edit = tab.edit()
    assert edit is not None
    edit.kind.setCurrentIndex(edit.kind.findData(LocationKind.DORPSKAMER.value))
    _save(edit)
    assert _table(tab)[0][1] == "Dorpskamer"
    tab.active_button.click()
    assert _table(tab)[0][5] == "gedeactiveerd"
    assert tab.proxy.index(0, 0).data(ROW_ROLE).active is False


def test_search_filters_the_table(qtbot: QtBot, section: BeheerSection,
                                  gui_services: Services, admin: Actor) -> None:
    from wijkteam_desk.services.accounts import UserInput
    gui_services.accounts.create_user(admin, UserInput(
        "pieter", "Pieter Post", frozenset({Role.VRIJWILLIGER})), TEST_PASSWORD)
    section.users.refresh()
    assert len(_table(section.users)) == 2
    qtbot.keyClicks(section.users.search, "post")
    assert [row[1] for row in _table(section.users)] == ["pieter"]
    assert section.users.count.text() == "1 van 2"


def test_report_threshold_saves_and_a_bad_value_changes_nothing(
        qtbot: QtBot, section: BeheerSection, gui_services: Services) -> None:
    section.tabs.setCurrentWidget(section.settings)
    tab = section.settings
    assert tab.threshold.text() == "5"
    tab.threshold.setText("8")
    tab.save_button.click()
    assert [b.text() for b in message_boxes()] == ["De drempel is opgeslagen."]
    assert gui_services.reports.threshold() == 8
    for box in message_boxes():
        box.close()
    for bad in ("1", "drie", "500"):
        tab.threshold.setText(bad)
        tab.save_button.click()
        boxes = message_boxes()
        assert len(boxes) == 1 and "drempel" in boxes[0].text().lower()
        boxes[0].close()
        assert gui_services.reports.threshold() == 8
