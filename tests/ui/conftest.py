"""GUI test helpers: real services on an encrypted SQLite database, windows built one at
a time with qtbot, message boxes found the way a user sees them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.conftest import TEST_PASSWORD
from wijkteam_desk.services.accounts import UserInput
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.store.models import Role
from wijkteam_desk.wiring import Services


@pytest.fixture
def gui_services(sqlite_services: Services) -> Iterator[Services]:
    yield sqlite_services


@pytest.fixture
def admin(gui_services: Services) -> Actor:
    return gui_services.accounts.create_first_admin("anna", "Anna de Beheerder", TEST_PASSWORD)


def add_user(services: Services, admin: Actor, username: str, *roles: Role,
             must_change: bool = False) -> Actor:
    services.accounts.create_user(admin, UserInput(username, username.title(),
                                                   frozenset(roles)), TEST_PASSWORD)
    if not must_change:
        actor = services.accounts.authenticate(username, TEST_PASSWORD)
        services.accounts.change_password(actor, TEST_PASSWORD, TEST_PASSWORD + "!")
        services.accounts.change_password(actor, TEST_PASSWORD + "!", TEST_PASSWORD)
    return services.accounts.authenticate(username, TEST_PASSWORD)


def message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


@pytest.fixture(autouse=True)
def _close_windows() -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
