"""Beheer: tabs for users, teams, locations, the leefgebieden of the plan and settings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from wijkteam_desk.services.authz import Actor
from wijkteam_desk.ui.beheer.leefgebieden_tab import LeefgebiedenTab
from wijkteam_desk.ui.beheer.locations_tab import LocationsTab
from wijkteam_desk.ui.beheer.settings_tab import SettingsTab
from wijkteam_desk.ui.beheer.teams_tab import TeamsTab
from wijkteam_desk.ui.beheer.users_tab import UsersTab

if TYPE_CHECKING:
    from wijkteam_desk.wiring import Services


class BeheerSection(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.users = UsersTab(services, actor)
        self.teams = TeamsTab(services, actor)
        self.locations = LocationsTab(services, actor)
        self.tabs.addTab(self.users, self.tr("&Gebruikers"))
        self.tabs.addTab(self.teams, self.tr("&Teams"))
        self.leefgebieden = LeefgebiedenTab(services, actor)
        self.settings = SettingsTab(services, actor)
        self.tabs.addTab(self.locations, self.tr("&Locaties"))
        self.tabs.addTab(self.leefgebieden, self.tr("Lee&fgebieden"))
        self.tabs.addTab(self.settings, self.tr("&Instellingen"))
        self.tabs.currentChanged.connect(lambda _i: self.tabs.currentWidget().refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.users.refresh()

    def restore_draft(self, key: str, data: dict[str, Any]) -> bool:
        if self.users.restore_draft(key, data):
            self.tabs.setCurrentWidget(self.users)
            return True
        return False
