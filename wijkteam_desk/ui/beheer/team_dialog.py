"""Create or rename a team."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLineEdit, QWidget

from wijkteam_desk.services.accounts import TeamInfo
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.ui.form_dialog import FormDialog

if TYPE_CHECKING:
    from wijkteam_desk.wiring import Services


class TeamDialog(FormDialog):
    def __init__(self, services: Services, actor: Actor, team: TeamInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Nieuw team") if team is None else self.tr("Team wijzigen"),
                         parent)
        self.setObjectName("team-dialoog")
        self.services = services
        self.actor = actor
        self.team = team
        self.name = QLineEdit(team.name if team else "")
        self.add_row(self.tr("&Naam:"), "name", self.name)
        self.name.setFocus()

    def save(self) -> TeamInfo:
        if self.team is None:
            return self.services.accounts.create_team(self.actor, self.name.text())
        return self.services.accounts.update_team(self.actor, self.team.id, self.name.text(),
                                                  self.team.version)
