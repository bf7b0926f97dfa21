"""Idle lock, unlock with the same password, and another user logging in meanwhile."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from tests.conftest import TEST_PASSWORD
from tests.ui.conftest import add_user, message_boxes, visible_windows
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.store.models import Role
from wijkteam_desk.ui.beheer.beheer_section import BeheerSection
from wijkteam_desk.ui.beheer.user_dialog import UserDialog
from wijkteam_desk.ui.lock_window import LockWindow
from wijkteam_desk.ui.login_window import LoginWindow
from wijkteam_desk.ui.shell import Shell
from wijkteam_desk.wiring import Services


@pytest.fixture
def shell(qtbot: QtBot, gui_services: Services, admin: Actor) -> Shell:
    login = LoginWindow()
    qtbot.addWidget(login)
    shell = Shell(gui_services, login, database_label="test.db", idle_ms=600_000)
    shell.start()
    qtbot.keyClicks(login.username, "anna")
    qtbot.keyClicks(login.password, TEST_PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert shell.main is not None and shell.main.isVisible()
    assert shell.idle.is_running()
    return shell


def _short_idle(shell: Shell, ms: int = 300) -> None:
    shell.idle.set_timeout(ms)
    shell.idle.start()


def _open_user_dialog(shell: Shell) -> UserDialog:
    assert shell.main is not None
    section = shell.main.show_section(0)
    assert isinstance(section, BeheerSection)
    dialog = section.users.new()
    dialog.full_name.setText("Pieter Post")
    dialog.username.setText("pieter")
    dialog.role_boxes[Role.VRIJWILLIGER].setChecked(True)
    return dialog


def test_idle_timeout_locks_and_hides_everything(qtbot: QtBot, shell: Shell) -> None:
    dialog = _open_user_dialog(shell)
    assert dialog.isVisible()
    _short_idle(shell)
    qtbot.waitUntil(shell.is_locked, timeout=3000)
    assert visible_windows() == [shell.lock_window]
    assert not shell.main.isVisible() and not dialog.isVisible()  # type: ignore[union-attr]
    shell.lock_window.close()  # type: ignore[union-attr]
    assert shell.lock_window.isVisible()  # type: ignore[union-attr]
    # The lock screen names the user but shows nothing of their work.
    lock = shell.lock_window
    assert lock is not None
    texts = [w.text() for w in lock.findChildren(QLabel) + lock.findChildren(QLineEdit)]
    assert any("Anna de Beheerder" in t for t in texts)
    assert not any("Pieter" in t or "pieter" in t for t in texts)


def test_activity_keeps_the_screen_unlocked(qtbot: QtBot, shell: Shell) -> None:
    assert shell.main is not None
    _short_idle(shell, 800)
    for _ in range(6):  # 1.5 s in all, never 0.8 s without input
        qtbot.wait(250)
        qtbot.keyClick(shell.main.nav, Qt.Key.Key_Down)
    assert not shell.is_locked()
    qtbot.waitUntil(shell.is_locked, timeout=3000)


def test_unlock_restores_window_and_open_dialog_text(qtbot: QtBot, shell: Shell) -> None:
    dialog = _open_user_dialog(shell)
    _short_idle(shell)
    qtbot.waitUntil(shell.is_locked, timeout=3000)
    lock = shell.lock_window
    assert isinstance(lock, LockWindow)
    qtbot.keyClicks(lock.password, "fout-wachtwoord")
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    assert shell.is_locked()
    assert lock.error.text() == "Gebruikersnaam of wachtwoord onjuist."
    qtbot.keyClicks(lock.password, TEST_PASSWORD)
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    assert not shell.is_locked()
    assert shell.main is not None and shell.main.isVisible()
    assert dialog.isVisible() and dialog.isModal()
    assert dialog.full_name.text() == "Pieter Post"
    assert dialog.username.text() == "pieter"
    assert dialog.role_boxes[Role.VRIJWILLIGER].isChecked()
    assert not lock.isVisible()


def test_ctrl_l_locks_at_once(qtbot: QtBot, gui_services: Services, admin: Actor) -> None:
    login = LoginWindow()
    qtbot.addWidget(login)
    shell = Shell(gui_services, login, database_label="test.db", idle_ms=600_000)
    shell.open_main(admin)
    assert shell.main is not None
    shell.main.activateWindow()
    qtbot.waitUntil(shell.main.isActiveWindow)
    qtbot.keyClick(shell.main.nav, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert shell.is_locked()
    assert not shell.main.isVisible()


def test_other_user_keeps_first_users_draft_and_gets_it_back(
        qtbot: QtBot, shell: Shell, gui_services: Services, admin: Actor) -> None:
    add_user(gui_services, admin, "tamara", Role.TEAMLEIDER)
    first_main = shell.main
    _open_user_dialog(shell)
    _short_idle(shell)
    qtbot.waitUntil(shell.is_locked, timeout=3000)
    lock = shell.lock_window
    assert isinstance(lock, LockWindow)
    lock.other_button.click()
    qtbot.keyClicks(lock.other_username, "tamara")
    qtbot.keyClick(lock.other_username, Qt.Key.Key_Return)
    qtbot.keyClicks(lock.other_password, TEST_PASSWORD)
    qtbot.keyClick(lock.other_password, Qt.Key.Key_Return)

    # Tamara works in her own window; Anna's editor is gone, not shown to her.
    assert shell.main is not None and shell.main is not first_main
    assert shell.main.actor.username == "tamara"
    assert shell.main.section_titles() == [
        "Mijn huishoudens", "Nieuwe aanmeldingen", "Geopend met reden", "Signalering", "Inloop",
        "Logboek", "Rapportages", "Doorpakbudget", "Bewaartermijn", "Sociale kaart"]
    QApplication.processEvents()
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, UserDialog) and w.isVisible()]
    assert gui_services.drafts.list(admin) == ["beheer.gebruiker:nieuw"]

    # Tamara logs out; Anna logs in and is offered her draft back.
    shell.main.logout_action.trigger()
    login = shell.login
    assert login.isVisible()
    qtbot.keyClicks(login.username, "anna")
    qtbot.keyClicks(login.password, TEST_PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    boxes = message_boxes()
    assert len(boxes) == 1 and "niet was opgeslagen" in boxes[0].text()
    boxes[0].button(boxes[0].StandardButton.Yes).click()
    restored = [w for w in QApplication.topLevelWidgets()
                if isinstance(w, UserDialog) and w.isVisible()]
    assert len(restored) == 1
    assert restored[0].full_name.text() == "Pieter Post"
    assert restored[0].role_boxes[Role.VRIJWILLIGER].isChecked()
    assert gui_services.drafts.list(admin) == []


def test_logout_keeps_an_open_editor_as_draft(qtbot: QtBot, shell: Shell,
                                              gui_services: Services, admin: Actor) -> None:
    _open_user_dialog(shell)
    assert shell.main is not None
    shell.main.logout_action.trigger()
    assert shell.login.isVisible()
    assert gui_services.drafts.list(admin) == ["beheer.gebruiker:nieuw"]
    data = gui_services.drafts.take(admin, "beheer.gebruiker:nieuw")
    assert data is not None and data["full_name"] == "Pieter Post"
    assert "password" not in data


def test_ctrl_l_works_from_an_open_dialog_and_tab_follows_the_form(
        qtbot: QtBot, shell: Shell) -> None:
    dialog = _open_user_dialog(shell)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.full_name.setFocus()
    qtbot.keyClick(dialog.full_name, Qt.Key.Key_Tab)
    assert dialog.username.hasFocus()
    qtbot.keyClick(dialog.username, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert shell.is_locked()
    assert not dialog.isVisible()


def test_the_beheerder_sets_the_lock_time_for_every_pc_from_the_next_login(
        qtbot: QtBot, gui_services: Services, admin: Actor) -> None:
    from wijkteam_desk.ui.beheer.settings_tab import SettingsTab

    tab = SettingsTab(gui_services, admin)
    qtbot.addWidget(tab)
    tab.refresh()
    assert tab.idle_minutes.text() == ""  # not set: each PC's own setting applies
    for bad in ("0", "61", "tien"):
        tab.idle_minutes.setText(bad)
        tab.idle_button.click()
        (box,) = message_boxes()
        assert "1 tot en met 60" in box.text()
        box.close()
        assert gui_services.system.idle_lock_minutes(admin) is None
    tab.idle_minutes.setText("3")
    tab.idle_button.click()
    (box,) = message_boxes()
    assert box.text().startswith("De schermvergrendeling is opgeslagen")
    box.close()
    # a PC whose settings.json says 10 minutes locks after 3 once someone logs in
    login = LoginWindow()
    qtbot.addWidget(login)
    shell = Shell(gui_services, login, database_label="test.db", idle_ms=600_000)
    shell.start()
    qtbot.keyClicks(login.username, "anna")
    qtbot.keyClicks(login.password, TEST_PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert shell.idle.timeout_ms == 3 * 60_000 and shell.idle.is_running()
