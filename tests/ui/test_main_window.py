"""Role-based navigation, the status bar, the logboek and the table models."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.conftest import add_user, message_boxes
from wijkteam_desk.services.accounts import LocationInfo, TeamInfo, UserInfo
from wijkteam_desk.services.audit import AuditRow
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.store.models import LocationKind, Role
from wijkteam_desk.ui.logboek_section import LogboekSection
from wijkteam_desk.ui.main_window import MainWindow
from wijkteam_desk.ui.models import AuditModel, LocationsModel, TeamsModel, UsersModel
from wijkteam_desk.wiring import Services


def _main(qtbot: QtBot, services: Services, actor: Actor) -> MainWindow:
    window = MainWindow(services, actor, "/data/wijkteam.db")
    qtbot.addWidget(window)
    window.show()
    return window


def test_navigation_follows_the_roles(qtbot: QtBot, gui_services: Services,
                                      admin: Actor) -> None:
    volunteer = add_user(gui_services, admin, "vera", Role.VRIJWILLIGER)
    leader = add_user(gui_services, admin, "tjeerd", Role.TEAMLEIDER)
    both = add_user(gui_services, admin, "bea", Role.TEAMLEIDER, Role.BEHEERDER)
    assert _main(qtbot, gui_services, admin).section_titles() == [
        "Beheer", "Logboek", "Sociale kaart"]
    assert _main(qtbot, gui_services, leader).section_titles() == [
        "Mijn huishoudens", "Nieuwe aanmeldingen", "Geopend met reden", "Signalering", "Inloop",
        "Logboek", "Rapportages", "Doorpakbudget", "Bewaartermijn", "Sociale kaart"]
    assert _main(qtbot, gui_services, both).section_titles() == [
        "Mijn huishoudens", "Nieuwe aanmeldingen", "Geopend met reden", "Signalering", "Inloop",
        "Beheer", "Logboek", "Rapportages", "Doorpakbudget", "Bewaartermijn", "Sociale kaart"]
    vera = _main(qtbot, gui_services, volunteer)
    assert vera.section_titles() == ["Inloop", "Sociale kaart"]
    from wijkteam_desk.ui.inloop.page import InloopPage

    assert isinstance(vera.show_section(0), InloopPage)


def test_status_bar_names_user_roles_and_database(qtbot: QtBot, gui_services: Services,
                                                  admin: Actor) -> None:
    both = add_user(gui_services, admin, "bea", Role.TEAMLEIDER, Role.BEHEERDER)
    window = _main(qtbot, gui_services, both)
    assert window.user_label.text() == "Ingelogd: Bea (Teamleider, Beheerder)"
    assert window.database_label.text() == "Database: /data/wijkteam.db"
    assert window.lock_action.shortcut().toString() == "Ctrl+L"


def test_teamleider_sees_logboek_without_verify_button(qtbot: QtBot, gui_services: Services,
                                                       admin: Actor) -> None:
    leader = add_user(gui_services, admin, "tjeerd", Role.TEAMLEIDER)
    window = _main(qtbot, gui_services, leader)
    section = window.show_section(window.section_titles().index("Logboek"))
    assert isinstance(section, LogboekSection)
    assert section.verify_button is None
    actions = [section.proxy.index(r, 3).data() for r in range(section.proxy.rowCount())]
    assert "accounts.create_user" in actions and "login.ok" in actions
    # Newest first.
    numbers = [section.proxy.index(r, 0).data() for r in range(section.proxy.rowCount())]
    assert numbers == sorted(numbers, key=int, reverse=True)


def test_beheerder_verifies_the_logboek(qtbot: QtBot, gui_services: Services,
                                        admin: Actor) -> None:
    window = _main(qtbot, gui_services, admin)
    section = window.show_section(1)
    assert isinstance(section, LogboekSection) and section.verify_button is not None
    section.verify_button.click()
    boxes = message_boxes()
    assert len(boxes) == 1 and boxes[0].text().startswith("Het logboek is in orde")


def test_table_models_pass_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    users = UsersModel()
    users.set_rows([UserInfo(1, "anna", "Anna", frozenset({Role.BEHEERDER}), None, "", True,
                             False, 1),
                    UserInfo(2, "vera", "Vera", frozenset({Role.VRIJWILLIGER}), 1, "Oost",
                             False, False, 3)])
    qtmodeltester.check(users)
    teams = TeamsModel()
    teams.set_rows([TeamInfo(1, "Oost", True, 1)])
    qtmodeltester.check(teams)
    locations = LocationsModel()
    locations.set_rows([LocationInfo(1, "Buurtkamer", LocationKind.BUURTKAMER, None, "", "",
                                     "B", True, 1)])
    qtmodeltester.check(locations)
    audit = AuditModel()
    audit.set_rows([AuditRow(1, "2026-11-22T09:00:00+00:00", "anna", "login.ok", "user", "1",
                             "")])
    qtmodeltester.check(audit)
    assert users.index(1, 4).data() == "gedeactiveerd"
    assert users.index(0, 2).data() == "Beheerder"
    empty = UsersModel()
    qtmodeltester.check(empty)


def test_keyboard_shortcuts_reach_the_visible_tab(qtbot: QtBot, gui_services: Services,
                                                  admin: Actor) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from wijkteam_desk.ui.beheer.beheer_section import BeheerSection
    from wijkteam_desk.ui.beheer.team_dialog import TeamDialog
    from wijkteam_desk.ui.beheer.user_dialog import UserDialog

    window = _main(qtbot, gui_services, admin)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    section = window.show_section(0)
    assert isinstance(section, BeheerSection)
    qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialogs = [w for w in QApplication.topLevelWidgets() if w.isVisible()
               and isinstance(w, (UserDialog, TeamDialog))]
    assert [type(d) for d in dialogs] == [UserDialog]
    dialogs[0].reject()
    section.tabs.setCurrentWidget(section.teams)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialogs = [w for w in QApplication.topLevelWidgets() if w.isVisible()
               and isinstance(w, (UserDialog, TeamDialog))]
    assert [type(d) for d in dialogs] == [TeamDialog]
    # Ctrl+2 switches to the Logboek.
    dialogs[0].reject()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.nav, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == 1


def test_every_section_page_can_be_imported() -> None:
    from PySide6.QtWidgets import QWidget

    from wijkteam_desk.ui.sections import SECTIONS

    for section in SECTIONS:
        assert issubclass(section.factory.page_class(), QWidget), section.title  # type: ignore[attr-defined]
