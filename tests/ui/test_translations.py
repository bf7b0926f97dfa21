"""Dutch is the source language; Qt's own Dutch strings and our English .qm load."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import add_user
from wijkteam_desk.errors import AuthenticationError
from wijkteam_desk.services.accounts import role_names
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.store.models import Role
from wijkteam_desk.ui.login_window import LoginWindow
from wijkteam_desk.ui.messages import error_text, translate
from wijkteam_desk.ui.translations import install_translators, remove_translators
from wijkteam_desk.wiring import Services


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_standard_buttons_are_dutch(qtbot: QtBot, language: str) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Opslaan"


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_dutch_login_window(qtbot: QtBot, language: str) -> None:
    window = LoginWindow()
    qtbot.addWidget(window)
    assert window.login_button.text() == "&Inloggen"
    assert window.windowTitle() == "Wijkteam Desk – inloggen"


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_english_translation_of_the_login_window(qtbot: QtBot, language: str) -> None:
    window = LoginWindow()
    qtbot.addWidget(window)
    assert window.login_button.text() == "&Log in"
    assert window.windowTitle() == "Wijkteam Desk – log in"
    assert window.status.text() == "Opening the database…"
    # Messages of the services layer are translated too.
    assert error_text(AuthenticationError()) == "Incorrect username or password."
    assert translate(role_names()[Role.BEHEERDER]) == "Administrator"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_every_service_message_has_an_english_translation() -> None:
    import xml.etree.ElementTree as ET

    from wijkteam_desk.translations_update import TRANSLATIONS, service_messages

    ts = ET.parse(TRANSLATIONS / "wijkteam_desk_en.ts").getroot()
    translated = {m.findtext("source") for c in ts.iter("context")
                  if c.findtext("name") == "Meldingen" for m in c.iter("message")
                  if (m.find("translation") is not None and m.find("translation").text)}
    missing = {text for text, _f, _l in service_messages()} - translated
    assert missing == set(), "run wijkteam_desk/translations_update.py and translate these"


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_english_main_window_and_lock_screen(qtbot: QtBot, language: str,
                                             gui_services: Services, admin: Actor) -> None:
    from wijkteam_desk.ui.lock_window import LockWindow
    from wijkteam_desk.ui.main_window import MainWindow

    window = MainWindow(gui_services, admin, "test.db")
    qtbot.addWidget(window)
    assert window.section_titles() == ["Administration", "Audit log", "Social map"]
    assert window.lock_action.text() == "&Lock"
    assert window.user_label.text() == "Logged in: Anna de Beheerder (Administrator)"
    section = window.show_section(0)
    assert section is not None
    assert [section.tabs.tabText(i) for i in range(5)] == [  # type: ignore[attr-defined]
        "&Users", "&Teams", "&Locations", "Li&fe domains", "&Settings"]
    leader = add_user(gui_services, admin, "tjeerd", Role.TEAMLEIDER)
    leader_window = MainWindow(gui_services, leader, "test.db")
    qtbot.addWidget(leader_window)
    assert leader_window.section_titles()[-3:] == ["Flexible budget", "Retention",
                                                   "Social map"]
    lock = LockWindow(gui_services, admin)
    qtbot.addWidget(lock)
    assert lock.unlock_button.text() == "&Unlock"
    assert lock.other_button.text() == "&Other user"


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_english_follow_up_section_for_the_teamleider(qtbot: QtBot, language: str,
                                                      gui_services: Services,
                                                      admin: Actor) -> None:
    from tests.ui.conftest import add_user
    from wijkteam_desk.ui.main_window import MainWindow

    leader = add_user(gui_services, admin, "tjeerd", Role.TEAMLEIDER)
    window = MainWindow(gui_services, leader, "test.db")
    qtbot.addWidget(window)
    assert window.section_titles()[3] == "Follow-up"
