"""Beheer → Leefgebieden: the beheerder shapes the leefgebieden of the plan and its
settings through the tab, and sees the result in the list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import message_boxes
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.store.models import Subdomain
from wijkteam_desk.ui.beheer.beheer_section import BeheerSection
from wijkteam_desk.ui.beheer.leefgebied_dialog import LeefgebiedDialog
from wijkteam_desk.ui.beheer.leefgebieden_tab import LeefgebiedenTab
from wijkteam_desk.wiring import Services


@pytest.fixture
def tab(qtbot: QtBot, gui_services: Services, admin: Actor) -> LeefgebiedenTab:
    section = BeheerSection(gui_services, admin)
    qtbot.addWidget(section)
    section.show()
    section.tabs.setCurrentWidget(section.leefgebieden)
    return section.leefgebieden


def _rows(tab: LeefgebiedenTab) -> list[list[str]]:
    proxy = tab.proxy
    return [[proxy.index(r, c).data() for c in range(proxy.columnCount())]
            for r in range(proxy.rowCount())]


def _names(tab: LeefgebiedenTab) -> list[str]:
    return [row[1] for row in _rows(tab)]


def _save(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_add_rename_move_and_retire_a_leefgebied(qtbot: QtBot, tab: LeefgebiedenTab,
                                                 gui_services: Services, admin: Actor) -> None:
    before = _names(tab)
    assert len(before) == 13 and "Financiën" in before
    dialog = tab.new()
    dialog.name.setText("financiën")  # same name as an existing one
    _save(dialog)
    assert dialog.isVisible()
    assert dialog.errors.text("name") == "Er is al een leefgebied met deze naam."
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Digitale vaardigheden")
    dialog.explanation.setPlainText("Omgaan met DigiD, mail en internetbankieren.")
    _save(dialog)
    assert not dialog.isVisible()
    assert _rows(tab)[-1] == ["14", "Digitale vaardigheden", "geen",
                              "Omgaan met DigiD, mail en internetbankieren.", "in gebruik"]
    assert tab.current().name == "Digitale vaardigheden"

    qtbot.keyClick(tab.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _names(tab)[12:] == ["Digitale vaardigheden", before[12]]
    tab.up_button.click()
    assert _names(tab)[11:] == ["Digitale vaardigheden", before[11], before[12]]
    tab.down_button.click()
    assert _names(tab)[12:] == ["Digitale vaardigheden", before[12]]
    assert [lg.name for lg in gui_services.plan_config.list_leefgebieden(admin)][12] == (
        "Digitale vaardigheden")

    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    edit = next(d for d in tab.findChildren(type(dialog)) if d.isVisible())
    assert edit.name.text() == "Digitale vaardigheden"
    edit.name.setText("Digitaal meedoen")
    _save(edit)
    assert "Digitaal meedoen" in _names(tab)

    tab.retire_button.click()
    row = next(r for r in _rows(tab) if r[1] == "Digitaal meedoen")
    assert row[4] == "buiten gebruik"
    assert tab.retire_button.text() == "Weer in gebr&uik"
    offered = [lg.name for lg in gui_services.plan_config.list_leefgebieden(admin)]
    assert "Digitaal meedoen" not in offered and len(offered) == 13
    tab.retire_button.click()
    assert next(r for r in _rows(tab) if r[1] == "Digitaal meedoen")[4] == "in gebruik"


def test_switch_participatieladder_and_weeks(tab: LeefgebiedenTab, gui_services: Services,
                                             admin: Actor) -> None:
    assert not tab.ladder.isChecked() and tab.weeks.value() == 6
    tab.ladder.setChecked(True)
    tab.weeks.setValue(0)
    tab.save_settings_button.click()
    assert tab.settings_errors.text("weeks_without_plan") == (
        "Kies een aantal weken van 1 tot en met 52.")
    assert not gui_services.plan_config.get_settings(admin).participatieladder
    tab.weeks.setValue(8)
    tab.save_settings_button.click()
    assert tab.settings_errors.text("weeks_without_plan") == ""
    settings = gui_services.plan_config.get_settings(admin)
    assert settings.participatieladder and settings.weeks_without_plan == 8
    assert [b.text() for b in message_boxes()] == [
        "De instellingen van het plan zijn opgeslagen."]
    tab.ladder.setChecked(False)
    tab.save_settings_button.click()
    assert not gui_services.plan_config.get_settings(admin).participatieladder


def test_the_subdomain_is_shown_and_chosen_in_the_tab(qtbot: QtBot, tab: LeefgebiedenTab,
                                                      gui_services: Services,
                                                      admin: Actor) -> None:
    shown = {row[1]: row[2] for row in _rows(tab)}
    assert (shown["Financiën"], shown["Huisvesting"], shown["Werk & opleiding"],
            shown["Justitie"]) == ("Schulden", "Wmo", "Participatie", "geen")
    assert tab.proxy.headerData(2, Qt.Orientation.Horizontal) == "Subdomein"

    assert shown["Huiselijke relaties"] == "Jeugd"  # opvoeding, by default
    tab.select(lambda row: row.name == "Middelengebruik")
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    edit = next(d for d in tab.findChildren(LeefgebiedDialog) if d.isVisible())
    combo = edit.subdomain
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Geen", "Jeugd", "Wmo", "Participatie", "Schulden"]
    assert combo.currentText() == "Geen" and combo.accessibleName() == "Subdomein"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Wmo"
    _save(edit)
    assert not edit.isVisible()
    assert {row[1]: row[2] for row in _rows(tab)}["Middelengebruik"] == "Wmo"
    assert tab.current().name == "Middelengebruik"

    qtbot.keyClick(tab.table, Qt.Key.Key_F2)  # the dialog opens with what is stored
    again = next(d for d in tab.findChildren(LeefgebiedDialog) if d.isVisible())
    assert again.subdomain.currentText() == "Wmo"
    again.reject()

    new = tab.new()
    assert new.subdomain.currentText() == "Geen"
    new.name.setText("Opvoeding")
    new.subdomain.setCurrentIndex(new.subdomain.findText("Jeugd"))
    _save(new)
    assert _rows(tab)[-1][1:3] == ["Opvoeding", "Jeugd"]
    stored = {lg.name: lg.subdomain for lg in gui_services.plan_config.list_leefgebieden(admin)}
    assert stored["Opvoeding"] is Subdomain.JEUGD
    assert stored["Middelengebruik"] is Subdomain.WMO
    assert stored["Huiselijke relaties"] is Subdomain.JEUGD
    assert stored["Financiën"] is Subdomain.SCHULDEN
