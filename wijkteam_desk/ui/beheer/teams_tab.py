"""Beheer → Teams."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from wijkteam_desk.errors import KnownError
from wijkteam_desk.services.authz import Actor
from wijkteam_desk.ui.beheer.team_dialog import TeamDialog
from wijkteam_desk.ui.messages import show_error
from wijkteam_desk.ui.models import TeamsModel
from wijkteam_desk.ui.records_tab import RecordsTab

if TYPE_CHECKING:
    from wijkteam_desk.wiring import Services


class TeamsTab(RecordsTab):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(TeamsModel(), parent)
        self.services = services
        self.actor = actor
        self.table.setAccessibleName(self.tr("Teams"))
        self.new_button = self.add_button(self.tr("&Nieuw team"), self.new, "Ctrl+N")
        self.edit_button = self.add_button(self.tr("&Wijzigen"), self.edit, "F2")
        self.active_button = self.add_button(self.tr("&Deactiveren"), self.toggle_active,
                                             "Ctrl+D")
        self.finish_buttons()

    def load(self) -> list[Any]:
        return self.services.accounts.list_teams(self.actor)

    def selection_changed(self) -> None:
        team = self.current()
        self.edit_button.setEnabled(team is not None)
        self.active_button.setEnabled(team is not None)
        self.active_button.setText(self.tr("&Activeren") if team is not None and not team.active
                                   else self.tr("&Deactiveren"))

    def activate(self) -> None:
        self.edit()

    def _open(self, team: Any) -> TeamDialog:
        dialog = TeamDialog(self.services, self.actor, team, self)
        dialog.saved.connect(lambda saved: (self.refresh(),
                                            self.select(lambda row: row.id == saved.id)))
        dialog.open()
        return dialog

    def new(self) -> TeamDialog:
        return self._open(None)

    def edit(self) -> TeamDialog | None:
        team = self.current()
        return self._open(team) if team is not None else None

    def toggle_active(self) -> None:
        team = self.current()
        if team is None:
            return
        try:
            self.services.accounts.set_team_active(self.actor, team.id, not team.active)
        except KnownError as error:
            show_error(self, error)
        self.refresh()
