"""Login window, first start and the forced password change, driven like a user."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import TEST_PASSWORD
from tests.ui.conftest import add_user
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.services.demo import fill_demo
from wijkteam_desk.store.models import Role
from wijkteam_desk.ui.change_password_dialog import ChangePasswordDialog
from wijkteam_desk.ui.first_start_dialog import FirstStartDialog
from wijkteam_desk.ui.login_window import LoginWindow
from wijkteam_desk.ui.main_window import MainWindow
from wijkteam_desk.ui.shell import Shell
from wijkteam_desk.wiring import Services


def _login_window(qtbot: QtBot, services: Services) -> LoginWindow:
    window = LoginWindow()
    qtbot.addWidget(window)
    window.attach(services)
    window.show()
    return window


def _type_login(qtbot: QtBot, window: LoginWindow, username: str, password: str) -> None:
    window.username.clear()
    qtbot.keyClicks(window.username, username)
    qtbot.keyClick(window.username, Qt.Key.Key_Return)  # Enter moves on to the password
    assert window.password.hasFocus() or not window.isActiveWindow()
    qtbot.keyClicks(window.password, password)
    qtbot.keyClick(window.password, Qt.Key.Key_Return)


def test_login_with_enter_emits_the_user(qtbot: QtBot, gui_services: Services,
                                         admin: Actor) -> None:
    window = _login_window(qtbot, gui_services)
    with qtbot.waitSignal(window.logged_in) as signal:
        _type_login(qtbot, window, "anna", TEST_PASSWORD)
    assert signal.args[0].username == "anna"
    assert window.password.text() == ""


def test_wrong_password_shows_dutch_message(qtbot: QtBot, gui_services: Services,
                                            admin: Actor) -> None:
    window = _login_window(qtbot, gui_services)
    with qtbot.assertNotEmitted(window.logged_in):
        _type_login(qtbot, window, "anna", "verkeerd-wachtwoord")
    assert window.error.isVisible()
    assert window.error.text() == "Gebruikersnaam of wachtwoord onjuist."
    assert window.password.text() == ""


def test_lockout_message_shows_the_minutes(qtbot: QtBot, gui_services: Services,
                                           admin: Actor) -> None:
    window = _login_window(qtbot, gui_services)
    for _ in range(5):
        _type_login(qtbot, window, "anna", "verkeerd-wachtwoord")
    assert "tijdelijk geblokkeerd" in window.error.text()
    assert "Probeer het over 15 minuten opnieuw." in window.error.text()
    # Even the right password is refused now.
    with qtbot.assertNotEmitted(window.logged_in):
        _type_login(qtbot, window, "anna", TEST_PASSWORD)
    assert "minuten" in window.error.text()


def test_demo_accounts_only_on_a_demo_database(qtbot: QtBot, gui_services: Services,
                                               admin: Actor) -> None:
    real = _login_window(qtbot, gui_services)
    assert not real.demo.isVisible()
    assert "welkom-demo" not in real.demo.text()


def test_demo_database_shows_demo_accounts(qtbot: QtBot, gui_services: Services) -> None:
    fill_demo(gui_services)
    window = _login_window(qtbot, gui_services)
    assert window.demo.isVisible()
    for name in ("vrijwilliger", "sociaalwerker", "teamleider", "beheerder", "welkom-demo"):
        assert name in window.demo.text()


def test_demo_accounts_shown_are_the_real_ones() -> None:
    from wijkteam_desk.services import system
    from wijkteam_desk.ui import login_window

    assert login_window.DEMO_USERS == system.DEMO_USERS
    assert login_window.DEMO_PASSWORD == system.DEMO_PASSWORD


def test_login_waits_for_the_database(qtbot: QtBot) -> None:
    window = LoginWindow()
    qtbot.addWidget(window)
    window.show()
    assert not window.login_button.isEnabled()
    assert window.status.isVisible()


def test_first_start_creates_the_beheerder_and_logs_in(qtbot: QtBot,
                                                       gui_services: Services) -> None:
    login = LoginWindow()
    qtbot.addWidget(login)
    shell = Shell(gui_services, login, database_label="test.db", idle_ms=600_000)
    shell.start()
    dialog = shell.first_start
    assert isinstance(dialog, FirstStartDialog) and dialog.isVisible()
    assert not login.isVisible()
    # Invalid: passwords differ -> message next to the field, nothing saved.
    qtbot.keyClicks(dialog.full_name, "Anna de Beheerder")
    qtbot.keyClicks(dialog.username, "anna")
    qtbot.keyClicks(dialog.password, TEST_PASSWORD)
    qtbot.keyClicks(dialog.repeat, "iets-anders-dus")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.errors.text("repeat") == "De twee wachtwoorden zijn niet gelijk."
    assert gui_services.accounts.needs_first_admin()
    # Invalid username -> the service's message appears next to the username.
    dialog.repeat.setText(TEST_PASSWORD)
    dialog.username.setText("a b")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert "gebruikersnaam" in dialog.errors.text("username").lower()
    assert dialog.errors.text("repeat") == ""
    assert dialog.username.hasFocus() or not dialog.isActiveWindow()
    assert gui_services.accounts.needs_first_admin()
    dialog.username.setText("anna")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not gui_services.accounts.needs_first_admin()
    assert isinstance(shell.main, MainWindow) and shell.main.isVisible()
    assert shell.main.actor.roles == {Role.BEHEERDER}
    assert "Beheer" in shell.main.section_titles()


def test_new_user_must_change_password_before_the_main_window(
        qtbot: QtBot, gui_services: Services, admin: Actor) -> None:
    add_user(gui_services, admin, "sanne", Role.SOCIAAL_WERKER, must_change=True)
    login = LoginWindow()
    qtbot.addWidget(login)
    shell = Shell(gui_services, login, database_label="test.db", idle_ms=600_000)
    shell.start()
    _type_login(qtbot, login, "sanne", TEST_PASSWORD)
    dialog = shell.forced_change
    assert isinstance(dialog, ChangePasswordDialog) and dialog.isVisible()
    assert shell.main is None
    dialog.old.setText(TEST_PASSWORD)
    dialog.new.setText("nieuw-en-lang-genoeg")
    dialog.repeat.setText("nieuw-en-lang-genoeg")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert shell.main is not None and shell.main.isVisible()
    assert gui_services.accounts.authenticate("sanne", "nieuw-en-lang-genoeg")
